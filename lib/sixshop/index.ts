export * from './auth';
export * from './client';
export * from './errors';
export * from './limits';
export * from './schemas';
export * from './validation';
