/**
 * The physical floor of the order overlay: a minimal MV3 extension whose content script does only what any
 * overlay must do on a page of order rows, measured in its own Chromium with the same method as the overlay
 * (script time of the page's main thread read from a trace, from navigation until the rows in view have their
 * controls: main-thread.ts). Its content
 * script watches every row with the overlay's own `nearViewport` (the overlay's drawing margin); the rows near
 * the viewport it reads, each cell's text in the isolated world, finds their 16-digit numbers with the
 * overlay's own rule, asks its service worker about them in one message (answered from an in-memory Map, a
 * stand-in for the IndexedDB lookup: the round trip is part of the floor), and draws a light shadow host with
 * plain elements and one shared constructed stylesheet into each known one (the rest when the seller scrolls to
 * them). Two more content scripts show
 * the browser's fixed cost: one does nothing at all, the other only sets one attribute on the page (the first
 * touch of the DOM from the isolated world sets that world up, about 1–2 ms).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { nearViewport } from '../../components/overlay/near-viewport';
import type { t } from '../../lib/i18n';
import type { MarketOrderStatus } from '../../lib/orders/market-status';
import type { findOrderNumbers } from '../../lib/overlay/order-numbers';
import type { cellsOf } from '../../lib/overlay/scan';
import { type ExtensionBrowser, launchExtension } from '../e2e/browser';
import { closeStoreSession, storeSession } from './chromium';
import type { historyStatus, orderNo, productOrderNo } from './fixtures';
import { tracedLoad } from './main-thread';
import { sleep } from './report';

/** Set on `<html>` by the floor's content script when it has drawn: JSON `FloorStats`. */
const DONE_ATTRIBUTE = 'data-overlay-floor';

/** The floor runs on these pages (the bench server's, like the sandbox build's overlay)… */
const FLOOR_HOST = '127.0.0.1';
/**
 * …and the fixed-cost scripts on these (the bench server's pages where the overlay does not run): the one that
 * does nothing under `/empty/`, the one that sets an attribute under `/touch/`.
 */
const BASELINE_HOST = '127.0.0.2';

/** Just enough to lay the controls out: the overlay's stylesheet is larger, but one sheet is the floor. */
const CSS = `:host{all:initial;display:block;margin:4px 0 0;font:12px/1.4 sans-serif;color:#1d2127}
.root{display:flex;gap:4px;align-items:center;flex-wrap:wrap}
.brand{color:#fff;background:#03c75a;border-radius:3px;padding:0 4px;font-weight:700}
.badge{border:1px solid #d6dae0;border-radius:9px;padding:0 6px}
button{font:inherit;border:1px solid #d6dae0;border-radius:4px;background:#fff;padding:1px 6px;cursor:pointer}`;

interface FloorQuestion {
  numbers: string[];
}
/** What the badge needs and nothing more: the status of each number asked, in the order asked (null: unknown). */
interface FloorAnswer {
  statuses: Array<MarketOrderStatus | null>;
}
export interface FloorStats {
  /** rows read (near the viewport) with a 16-digit number */
  rows: number;
  /** of those, rows the extension knows */
  known: number;
  /** rows whose controls were drawn (near the viewport) */
  drawn: number;
}

/** What the content script is given: the overlay's own rules, bundled from lib, and the messaging. */
interface FloorPageLib {
  rowSelector: string;
  cellsOf: typeof cellsOf;
  findOrderNumbers: typeof findOrderNumbers;
  nearViewport: typeof nearViewport;
  label: (status: string) => string;
  t: typeof t;
  css: string;
  doneAttribute: string;
  ask: (question: FloorQuestion) => Promise<FloorAnswer>;
}

/**
 * The floor's content script (its source is put into the bundle as it is, so everything it uses comes in
 * through `lib`). Every row watched; the rows near the viewport read, asked about in one message and drawn.
 */
function floorContentScript(lib: FloorPageLib): void {
  const { t } = lib;
  const done = (stats: FloorStats) =>
    document.documentElement.setAttribute(lib.doneAttribute, JSON.stringify(stats));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(lib.css);
  const stop = (e: Event) => e.stopPropagation();
  let rowsWithNumbers = 0;
  let known = 0;
  let drawn = 0;
  const draw = (anchor: Element, status: MarketOrderStatus) => {
    const host = document.createElement('sixshop-floor-row');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    root.className = 'root';
    root.addEventListener('click', stop);
    const brand = document.createElement('span');
    brand.className = 'brand';
    brand.textContent = 'N';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = lib.label(status);
    const confirm = document.createElement('button');
    confirm.type = 'button';
    confirm.textContent = t('발주 확인', 'Confirm order');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = t('취소 처리', 'Cancel');
    root.append(brand, badge, confirm, cancel);
    shadow.append(root);
    anchor.append(host);
    drawn++;
  };
  // the observer reports every row near the viewport in one callback: they are read, asked about in one
  // message and drawn together
  let near: Element[] = [];
  const readNear = () => {
    const batch = near;
    near = [];
    const rows: Array<{ anchor: Element; from: number; to: number }> = [];
    const numbers: string[] = [];
    for (const row of batch) {
      const cells = lib.cellsOf(row);
      const from = numbers.length;
      // cell by cell: a row's whole text runs adjacent cells' digits together
      for (let i = 0; i < cells.length; i++) {
        for (const n of lib.findOrderNumbers(cells[i]!.textContent ?? '')) numbers.push(n);
      }
      if (numbers.length > from) rows.push({ anchor: cells[cells.length - 1]!, from, to: numbers.length });
    }
    rowsWithNumbers += rows.length;
    if (rows.length === 0) {
      done({ rows: rowsWithNumbers, known, drawn });
      return;
    }
    void lib.ask({ numbers }).then(({ statuses }) => {
      for (const { anchor, from, to } of rows) {
        let status: MarketOrderStatus | null = null;
        for (let i = from; i < to && !status; i++) status = statuses[i] ?? null;
        if (!status) continue;
        known++;
        draw(anchor, status);
      }
      done({ rows: rowsWithNumbers, known, drawn });
    });
  };
  const watcher = lib.nearViewport();
  for (const row of document.querySelectorAll(lib.rowSelector)) {
    watcher.watch(row, () => {
      if (near.push(row) === 1) queueMicrotask(readNear);
    });
  }
}

interface FloorWorkerLib {
  known: number;
  productOrderNo: typeof productOrderNo;
  orderNo: typeof orderNo;
  historyStatus: typeof historyStatus;
  listen: (answer: (question: FloorQuestion) => FloorAnswer) => void;
}

/** The floor's service worker: the statuses of the bench's first `known` product orders, by both numbers. */
function floorWorker(lib: FloorWorkerLib): void {
  const byNumber = new Map<string, MarketOrderStatus>();
  for (let i = 0; i < lib.known; i++) {
    byNumber.set(lib.productOrderNo(i), lib.historyStatus(i));
    byNumber.set(lib.orderNo(i), lib.historyStatus(i));
  }
  lib.listen(({ numbers }) => ({ statuses: numbers.map((n) => byNumber.get(n) ?? null) }));
}

const source = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));

/**
 * One script: the lib modules it imports, bundled and minified as the extension's own scripts are, and the
 * function's source called with them. `__name` is what tsx's transform wraps named inner functions with.
 */
async function bundle(imports: string, fn: (lib: never) => void, lib: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `${imports}\nconst __name = (f) => f;\n(${fn.toString()})(${lib});\n`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Writes the floor extension into a new temp dir; its worker knows the bench's first `known` product orders. */
export async function writeFloorExtension(known: number): Promise<string> {
  const content = await bundle(
    [
      `import { findOrderNumbers } from ${source('../../lib/overlay/order-numbers.ts')};`,
      `import { cellsOf, ROW_SELECTOR } from ${source('../../lib/overlay/scan.ts')};`,
      `import { nearViewport } from ${source('../../components/overlay/near-viewport.ts')};`,
      `import { marketOrderStatusLabel } from ${source('../../lib/orders/market-status.ts')};`,
      `import { t } from ${source('../../lib/i18n/index.ts')};`,
    ].join('\n'),
    floorContentScript,
    `{ rowSelector: ROW_SELECTOR, cellsOf, findOrderNumbers, nearViewport, label: marketOrderStatusLabel, t,
       css: ${JSON.stringify(CSS)}, doneAttribute: ${JSON.stringify(DONE_ATTRIBUTE)},
       ask: (question) => chrome.runtime.sendMessage(question) }`,
  );
  const worker = await bundle(
    `import { historyStatus, orderNo, productOrderNo } from ${source('./fixtures.ts')};`,
    floorWorker,
    `{ known: ${known}, productOrderNo, orderNo, historyStatus,
       listen: (answer) => chrome.runtime.onMessage.addListener((q, _sender, reply) => { reply(answer(q)); }) }`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'ssl-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'overlay floor',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches: [`http://${FLOOR_HOST}/*`], js: ['floor.js'], run_at: 'document_idle' },
      { matches: [`http://${BASELINE_HOST}/empty/*`], js: ['empty.js'], run_at: 'document_idle' },
      { matches: [`http://${BASELINE_HOST}/touch/*`], js: ['touch.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'floor.js'), content);
  writeFileSync(join(dir, 'worker.js'), worker);
  writeFileSync(join(dir, 'empty.js'), '// nothing: what the browser costs for a content script alone\n');
  writeFileSync(
    join(dir, 'touch.js'),
    `document.documentElement.setAttribute(${JSON.stringify(DONE_ATTRIBUTE)}, '{}');\n`,
  );
  return dir;
}

/**
 * A browser that has just started keeps both cores busy for a few seconds (profile, extension, worker): a page
 * measured then pays for it in script time (twice the floor, measured). Pages are measured after this long.
 */
const SETTLE_MS = 3_000;

export interface FloorBrowser {
  browser: ExtensionBrowser;
  /** resolves once the browser has been up for `SETTLE_MS` (at once if it has been longer) */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh Chromium (same flags as the extension's) with only the floor extension. */
export async function launchFloor(known: number): Promise<FloorBrowser> {
  const extensionDir = await writeFloorExtension(known);
  // a profile of our own: launchExtension waits for the options page of a fresh one, which this extension lacks
  const userDataDir = mkdtempSync(join(tmpdir(), 'ssl-floor-profile-'));
  const browser = await launchExtension({ extensionDir, userDataDir });
  const up = performance.now();
  return {
    browser,
    settled: () => sleep(Math.max(0, up + SETTLE_MS - performance.now())),
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export interface FloorPage extends FloorStats {
  /** traced script time (main-thread.ts: thread time, promise callbacks included) */
  scriptMs: number;
  /** its wall time */
  wallMs: number;
  /** CDP `ScriptDuration` over the same window (without the promise callbacks) */
  cdpScriptMs: number;
  taskMs: number;
}

/** The floor's stats once it has drawn, or null. */
const floorStats = (page: Page) =>
  page.evaluate((a) => document.documentElement.getAttribute(a), DONE_ATTRIBUTE);

/** Waits until the floor's content script has drawn, polling from outside every 100 ms. */
export async function untilFloorDrawn(page: Page): Promise<FloorStats> {
  const until = Date.now() + 30_000;
  for (;;) {
    const stats = await floorStats(page);
    if (stats) return JSON.parse(stats) as FloorStats;
    if (Date.now() > until) throw new Error('the floor extension drew nothing in 30 s');
    await sleep(100);
  }
}

export interface FloorFigures {
  /** the first page of a fresh browser, once settled (like the overlay's first figure) */
  first: FloorPage;
  /** the same page again, in a new tab */
  second: FloorPage;
  /** the same page with the content script that does nothing */
  empty: Metered;
  /** the same page with the content script that only sets one attribute */
  touch: Metered;
}

interface Metered {
  scriptMs: number;
  wallMs: number;
  cdpScriptMs: number;
  taskMs: number;
}

/**
 * The floor on `/orders?rows=<rows>` of the bench server (`url` where the floor runs, `bareUrl` where only the
 * fixed-cost scripts do), in the floor's browser (`launchFloor`), which has shown no page yet.
 */
export async function measureFloor(
  floor: FloorBrowser,
  opts: { url: string; bareUrl: string; rows: number; settleMs: number },
): Promise<FloorFigures> {
  await floor.settled();
  // the same window as the overlay's pages (overlay.bench.ts), nothing polling the page meanwhile
  const metered = async (url: string): Promise<{ page: Page } & Metered> => {
    const { page, scriptMs, wallMs, cdpScriptMs, taskMs } = await tracedLoad(
      floor.browser,
      url,
      opts.settleMs,
      {
        required: true,
      },
    );
    return { page, scriptMs, wallMs, cdpScriptMs, taskMs };
  };
  const onPage = async (): Promise<FloorPage> => {
    const { page, ...m } = await metered(`${opts.url}/orders?rows=${opts.rows}`);
    try {
      const stats = await floorStats(page);
      if (!stats) throw new Error(`the floor had not drawn ${opts.settleMs} ms after its page loaded`);
      return { ...(JSON.parse(stats) as FloorStats), ...m };
    } finally {
      await page.close();
    }
  };
  const baseline = async (path: string): Promise<Metered> => {
    const { page, ...m } = await metered(`${opts.bareUrl}/${path}/orders?rows=${opts.rows}`);
    await page.close();
    return m;
  };
  const first = await onPage();
  const second = await onPage();
  return { first, second, empty: await baseline('empty'), touch: await baseline('touch') };
}

/**
 * The browser a measuring tool (overlay-stretches.ts, overlay-profile.ts) loads the overlay's page in: the floor
 * extension's with `floor`, else the store's with `n` product orders stored; settled before anything is measured.
 */
export async function toolBrowser(
  n: number,
  floor: boolean,
): Promise<{ browser: ExtensionBrowser; close(): Promise<void> }> {
  if (floor) {
    const f = await launchFloor(n);
    await f.settled();
    return { browser: f.browser, close: () => f.close() };
  }
  const store = await storeSession();
  await store.fillTo(n);
  // the browser and its worker settle after starting and filling
  await sleep(3_000);
  return { browser: store.browser, close: closeStoreSession };
}
