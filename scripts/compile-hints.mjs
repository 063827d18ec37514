// Vite plugin: marks the order overlay's script with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
// Chrome 136+; other engines read a comment). Most functions of that script run on a page with orders, where V8
// would otherwise parse each one twice (a quick pass at load, a full one at its first call). The overlay is a
// module its content script imports (ui-contract.ts): a module is compiled off the page's main thread while it
// streams in, hint or no hint, so with the hint every function is compiled there too, not at its first call on
// the seller's main thread. Measured while it was the content script itself (compiled on the main thread), in
// A/B runs of 20-40 page loads (medians): a page of 500 orders 8-12 ms less script, a seller page without orders
// 24 -> 16 ms. The on-demand form script runs whole when it comes (the seller is at a form). The product
// buttons' script does little on most pages: it keeps lazy compiling.
const HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHints(files = ['orders-overlay.js', 'orders-form.js']) {
  return {
    name: 'compile-hints',
    enforce: 'post',
    // after minification (which would drop the comment); the source map gets the added line
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !files.includes(chunk.fileName)) continue;
        chunk.code = HINT + chunk.code;
        // the map is already in the bundle as a file of its own: it starts with an empty line now
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source));
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
      }
    },
  };
}
