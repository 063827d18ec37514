import type { Plugin } from 'vite';

/** Puts V8's `//# allFunctionsCalledOnLoad` at the top of the given built scripts (default: the order overlay). */
export function compileHints(files?: string[]): Plugin;
