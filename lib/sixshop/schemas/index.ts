export * from './common';
export * from './error';
export * from './market-account';
export * from './market-order';
export * from './product';
export * from './product-link';
export * from './sales-preset';
export * from './shop';
