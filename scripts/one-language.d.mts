import type { Plugin } from 'vite';

/** In the build of `entrypoints/worker-<lang>.ts`, every `t(ko, en)` becomes the argument of that language. */
export function oneLanguage(): Plugin;
