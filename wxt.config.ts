import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileHints } from './scripts/compile-hints.mjs';
import { oneLanguage } from './scripts/one-language.mjs';

/**
 * `SANDBOX=1` builds (npm start, npm test) also let the overlays run on the local sandbox's demo seller pages
 * (http://127.0.0.1 and localhost). Store builds never touch loopback addresses.
 */
const SANDBOX = process.env.SANDBOX === '1';
const SANDBOX_PAGES = ['http://127.0.0.1/*', 'http://localhost/*'];
/** The seller's pages the order overlay runs on: SmartStore seller center, Sixshop Pro admin. */
const SELLER_PAGES = ['https://sell.smartstore.naver.com/*', 'https://*.sixshop.com/*'];

export default defineConfig({
  imports: false,
  // WXT_OUT_DIR lets parallel builds (benchmarks, a second checkout of the tests) keep apart; `.output` otherwise
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), oneLanguage(), compileHints()],
    build: {
      // terser (two compress passes) packs the service worker about 4 % smaller than esbuild's minifier
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      // for `node scripts/check-size.mjs --sources`, which shows what each entry is made of
      sourcemap: process.env.SIZE_SOURCEMAP === '1',
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: ['https://api.commerce.naver.com/*', 'https://api.sixshop.com/*'],
    // Asked for at run time, only when the seller points a service address at another https host.
    optional_host_permissions: ['https://*/*'],
    // the order overlay (imported by its content script) and its parts loaded on demand (ui-contract.ts): the
    // dialogs, and the rows' dispatch form; the product buttons, which it imports on a page with a product list
    web_accessible_resources: [
      {
        resources: ['orders-overlay.js', 'orders-ui.js', 'orders-form.js', 'content-scripts/products.js'],
        matches: SELLER_PAGES,
        // reachable only under this browser session's random id: pages cannot probe for the extension with it
        use_dynamic_url: true,
      },
    ],
    // the order overlay's loader (entrypoints/orders-loader.ts, an unlisted script: no WXT content-script runtime
    // on every seller page); its stylesheet is the orders.content entry, which the background hands the overlay
    content_scripts: [
      {
        matches: SELLER_PAGES,
        js: ['orders-loader.js'],
        run_at: 'document_idle',
        // the seller center shows some of its lists inside same-site frames
        all_frames: true,
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!SANDBOX) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...SANDBOX_PAGES];
      // the order overlay's on-demand parts are web-accessible resources: the sandbox pages may load them too
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war)
          war.matches = [...(war.matches ?? []), ...SANDBOX_PAGES];
      }
    },
  },
});
