import { describe, expect, it } from 'vitest';
import { compileHints } from '../../../scripts/compile-hints.mjs';

type Bundle = Record<
  string,
  { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string }
>;

function generate(bundle: Bundle, files?: string[]): Bundle {
  const plugin = compileHints(files) as unknown as { generateBundle(o: unknown, b: Bundle): void };
  plugin.generateBundle({}, bundle);
  return bundle;
}

describe('the compile hint on the order overlay script', () => {
  it('goes first in the built script, and its source map starts one line later', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,CAAC' };
    const out = generate({
      'orders-overlay.js': { type: 'chunk', fileName: 'orders-overlay.js', code: 'var a=1;' },
      'orders-overlay.js.map': {
        type: 'asset',
        fileName: 'orders-overlay.js.map',
        source: JSON.stringify(map),
      },
      'orders-loader.js': { type: 'chunk', fileName: 'orders-loader.js', code: 'var c=3;' },
      'content-scripts/products.js': {
        type: 'chunk',
        fileName: 'content-scripts/products.js',
        code: 'var b=2;',
      },
    });
    const orders = out['orders-overlay.js'] as { code: string };
    expect(orders.code).toBe('//# allFunctionsCalledOnLoad\nvar a=1;');
    const shifted = JSON.parse((out['orders-overlay.js.map'] as { source: string }).source);
    expect(shifted.mappings).toBe(';AAAA,CAAC');
    // other scripts keep lazy compiling (the order content script is only the overlay's loader)
    expect((out['orders-loader.js'] as { code: string }).code).toBe('var c=3;');
    expect((out['content-scripts/products.js'] as { code: string }).code).toBe('var b=2;');
  });
});
