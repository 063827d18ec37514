import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';
import { type StoreSession, storeSession } from './chromium';
import { type ColdPage, coldPage } from './cold-page';
import { orderNo, productOrderNo } from './fixtures';
import { mainThreadScript, type TracedLoad, tracedLoad } from './main-thread';
import { type FloorFigures, launchFloor, measureFloor } from './overlay-floor';
import { type Bench, type BenchContext, type Figure, figure, le, lt, median, Skip, sleep } from './report';

const FIRST = 500;
const ROWS = 2_000;
const ADDED = 100;
/** rows are added this many times (`ADDED` each): a figure of a few milliseconds is the median of the rounds */
const ADD_ROUNDS = 5;
const HOST_TAG = 'sixshop-link-row';

function rowHtml(i: number): string {
  const po = productOrderNo(i);
  return (
    `<tr class="order-row" data-row-key="${po}"><td class="col-check"><input type="checkbox" class="row-check" value="${po}"></td>` +
    `<td class="col-product-order-no">${po}</td><td class="col-order-no">${orderNo(i)}</td>` +
    '<td class="col-status"><span class="status">결제완료</span></td><td class="col-place-order">발주 미확인</td>' +
    `<td class="col-product">린넨 침구 세트 (퀸)</td><td class="col-option">색상: 아이보리</td><td class="col-qty">1</td>` +
    '<td class="col-buyer">김하늘</td><td class="col-receiver">김하늘</td><td class="col-date">2026.11.28 10:00</td></tr>'
  );
}

/**
 * A seller-center order list like the demo's 발주(주문)확인/발송관리, with `rows` rows of product orders the
 * extension has stored, rendered by the server (no page script: the page's script time is the overlay's).
 */
function pageHtml(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => rowHtml(i)).join('\n');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>발주(주문)확인/발송관리</title></head><body>
<main><h1>발주(주문)확인/발송관리</h1><table id="order-table" class="data-table"><thead><tr><th><input type="checkbox" class="check-all"></th>
<th>상품주문번호</th><th>주문번호</th><th>주문상태</th><th>발주확인</th><th>상품명</th><th>옵션정보</th><th>수량</th><th>구매자명</th><th>수취인명</th><th>결제일</th></tr></thead>
<tbody id="order-rows">${body}</tbody></table></main></body></html>`;
}

/**
 * The pages on 127.0.0.1 (where the sandbox build's overlay runs) and the same pages on 127.0.0.2 (where it does
 * not: the page's own cost, for comparison).
 */
export async function serveOrderPages(): Promise<{ url: string; bareUrl: string; close(): Promise<void> }> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const rows = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('rows') ?? 0);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pageHtml(Math.min(rows, 10_000)));
  };
  const listen = async (host: string) => {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, host, resolve));
    return { server, url: `http://${host}:${(server.address() as AddressInfo).port}` };
  };
  const a = await listen('127.0.0.1');
  const b = await listen('127.0.0.2');
  return {
    url: a.url,
    bareUrl: b.url,
    async close() {
      for (const { server } of [a, b]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

/**
 * Everything a page load sets off is done by then (the overlay's rows near the viewport are read, looked up and
 * drawn well within it): each load is measured over the same window, with nothing polling the page meanwhile.
 */
export const SETTLE_MS = 2_000;
/** the same for rows added or a scroll */
const AFTER_CHANGE_MS = 1_000;

/**
 * Opens `url` in a new tab and measures the load over `SETTLE_MS`; the tab stays open. `overlay`: the overlay runs
 * there (its script must be in the trace).
 */
const load = (browser: ExtensionBrowser, url: string, overlay = true) =>
  tracedLoad(browser, url, SETTLE_MS, { required: overlay });

/** Script time of a change made to the page (`change` runs in the page), until `AFTER_CHANGE_MS` after it. */
async function changeCost(cdp: CDPSession, change: () => Promise<unknown>): Promise<number> {
  const traced = await mainThreadScript(cdp, async () => {
    await change();
    await sleep(AFTER_CHANGE_MS);
  });
  return traced.scriptMs;
}

/**
 * Rows with a control host whose shadow content is drawn (made when the row comes near the viewport); with
 * `lacking`, only those of them with nothing matching it inside.
 */
const drawn = (page: Page, lacking?: string) =>
  page.evaluate(
    ([tag, lacking]) =>
      [...document.getElementsByTagName(tag!)].filter(
        (h) =>
          (h.shadowRoot?.querySelector('.root')?.childElementCount ?? 0) > 0 &&
          !(lacking && h.shadowRoot?.querySelector(lacking)),
      ).length,
    [HOST_TAG, lacking] as const,
  );

const hosts = (page: Page) => page.evaluate((tag) => document.getElementsByTagName(tag).length, HOST_TAG);

/**
 * Rows the overlay has placed (its stats): with controls (drawn, or drawn when they come near the viewport), or
 * waiting to be read and given them when they come near.
 */
const placedRows = (page: Page) =>
  page.evaluate(() => {
    const stats = document.querySelector('sixshop-link-layer')?.getAttribute('data-stats');
    if (!stats) return 0;
    const s = JSON.parse(stats) as { rowsWithControls: number; rowsWaiting: number };
    return s.rowsWithControls + s.rowsWaiting;
  });

/**
 * Waits until the overlay has placed `n` rows and drawn the controls of those near the viewport (after a
 * measured window this is a check: it should be so already). Throws `Skip` when nothing at all is placed.
 */
export async function untilPlaced(page: Page, n: number, problems?: string[]): Promise<void> {
  const start = Date.now();
  const until = start + 60_000;
  for (;;) {
    const h = await placedRows(page);
    if (h >= n) break;
    if (problems && h === 0 && Date.now() - start > 20_000) {
      // nothing at all: the overlay is not there or not working in this build
      throw new Skip(
        `the overlay placed no control in 20 s on a page of ${n} product orders the extension has stored (${problems.join(' | ') || 'no message'})`,
      );
    }
    if (Date.now() > until) throw new Error(`controls on ${h} of ${n} rows after 60 s`);
    await sleep(100);
  }
  for (;;) {
    const [d, h] = [await drawn(page), await hosts(page)];
    if (d > 0 && d === h) break;
    if (Date.now() > until) throw new Error(`controls drawn on ${d} of ${h} rows in view after 60 s`);
    await sleep(100);
  }
}

/** After a measured window: were the rows placed within it? A figure for work not yet done would flatter. */
export async function placedWithin(page: Page, n: number, what: string, problems?: string[]): Promise<void> {
  const [h, d, all] = [await placedRows(page), await drawn(page), await hosts(page)];
  if (h >= n && d > 0 && d === all) return;
  await untilPlaced(page, n, problems);
  throw new Error(
    `${what}: ${h} of ${n} rows placed and ${d} of ${all} in view drawn at the end of the measured window; all came later (a slow machine: lengthen SETTLE_MS)`,
  );
}

const insertRows = (page: Page, from: number) =>
  page.evaluate(
    ([html]) => document.getElementById('order-rows')?.insertAdjacentHTML('beforeend', html!),
    [Array.from({ length: ADDED }, (_, i) => rowHtml(from + i)).join('')],
  );

/**
 * `ADD_ROUNDS` times `ADDED` rows appended after the first `have`: each round's script time (the insertion's
 * own included: the same is measured on the page without the overlay and taken off), and their median.
 */
async function addRowRounds(
  page: Page,
  cdp: CDPSession,
  have: number,
  placed: boolean,
): Promise<{ scriptMs: number; rounds: number[] }> {
  const rounds: number[] = [];
  for (let i = 0; i < ADD_ROUNDS; i++) {
    const from = have + i * ADDED;
    rounds.push(await changeCost(cdp, () => insertRows(page, from)));
    if (placed) await placedWithin(page, from + ADDED, `+${ADDED} rows`);
  }
  return { scriptMs: median(rounds), rounds };
}

/**
 * The pointer over the first row's 배송 처리 form in view (the form's script is not there yet): the script time
 * until the form has taken over (it then opens its courier list when typed into); undefined when no row in view
 * has an item to ship.
 */
async function formOnFirstHover(page: Page, cdp: CDPSession): Promise<number | undefined> {
  const form = page.locator(`${HOST_TAG} [data-role="dispatch-form"]`).first();
  if ((await form.count()) === 0) return undefined;
  const ms = await changeCost(cdp, () => form.hover());
  await form.getByRole('combobox').fill('cj');
  await form.locator('[role="listbox"]').waitFor({ timeout: 5_000 });
  return ms;
}

/** Scrolls to the end of the page: script time (and rows drawn) until the rows that came into view have controls. */
async function scrollToEnd(page: Page, cdp: CDPSession): Promise<{ scriptMs: number; drawn: number }> {
  const drawnBefore = await drawn(page);
  const scriptMs = await changeCost(cdp, () =>
    page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
  );
  return { scriptMs, drawn: (await drawn(page)) - drawnBefore };
}

/** The same page where the overlay does not run: its load, `ADD_ROUNDS` insertions and the scroll. */
async function bare(
  store: StoreSession,
  url: string,
  rows: number,
): Promise<{ load: TracedLoad; addMs: number; scrollMs: number; hoverMs: number }> {
  const b = await load(store.browser, url, false);
  try {
    // Playwright sets up its helper in a page at its first evaluation: done before anything is measured, as on
    // the overlay's pages
    await b.page.evaluate(() => 0);
    const hoverMs = await changeCost(b.cdp, () => b.page.locator('td.col-date').first().hover());
    const add = await addRowRounds(b.page, b.cdp, rows, false);
    const scroll = await scrollToEnd(b.page, b.cdp);
    return { load: b, addMs: add.scriptMs, scrollMs: scroll.scriptMs, hoverMs };
  } finally {
    await b.page.close();
  }
}

async function stats(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('sixshop-link-layer')?.getAttribute('data-stats') ?? '');
}

/**
 * The order overlay on a page of 500 and of 2,000 known product orders: main-thread script time from navigation
 * until every row is placed and those near the viewport have their controls, read from a trace
 * (main-thread.ts: the thread time of the script, promise callbacks included, which CDP's ScriptDuration leaves
 * out; the wall time is logged beside it) over a fixed window after
 * which the placing is checked. The page of 500 is measured as the first page of a fresh browser (cold-page.ts,
 * the median of a few browsers) and as a page where the overlay has run before; beside each, the floor
 * (overlay-floor.ts): the same page with only the work any overlay must do, measured the same way in browsers
 * of its own. Then 100 rows appended to each page, and the script time until they have theirs: the same on
 * both pages when added rows cost in proportion to what was added (not to the page). Those figures are what the
 * overlay adds: the same change on the page served where it does not run is taken off (the bench's own insertion
 * or scroll).
 */
export const overlayBench: Bench = {
  name: 'overlay',
  needsBuild: true,
  async run(ctx) {
    const began = performance.now();
    const { url, bareUrl, close } = await serveOrderPages();
    try {
      return await measure(ctx, began, url, bareUrl);
    } finally {
      await close();
    }
  },
};

/** Fresh browsers measured for each first-page figure (their median). */
const COLD_RUNS = 5;

/**
 * The first pages of fresh browsers (the overlay's and the floor's, `COLD_RUNS` each), then the pages of the
 * store's browser where both have run before.
 */
async function measure(ctx: BenchContext, began: number, url: string, bareUrl: string): Promise<Figure[]> {
  const at = () => `[${((performance.now() - began) / 1000).toFixed(0)} s]`;
  const cold: ColdPage[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const c = await coldPage({
      url: `${url}/orders?rows=${FIRST}`,
      stored: FIRST + ADDED,
      windowMs: SETTLE_MS,
      check: (page) => placedWithin(page, FIRST, `${FIRST} rows on a fresh browser's first page`),
    });
    cold.push(c);
    ctx.log(
      `${at()} ${FIRST} rows, a fresh browser's first page: script ${c.scriptMs.toFixed(1)} ms thread time, ${c.wallMs.toFixed(1)} ms wall (promise callbacks ${c.microtaskMs.toFixed(1)} of it; CDP ScriptDuration, which leaves them out, ${c.cdpScriptMs.toFixed(1)}); ${c.stats}`,
    );
  }
  // the seller's 발송관리 list: every row an item to ship, each drawn with its 배송 처리 form
  const toShip: ColdPage[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const c = await coldPage({
      url: `${url}/orders?rows=${FIRST}`,
      stored: FIRST + ADDED,
      status: 'PREPARING',
      windowMs: SETTLE_MS,
      check: async (page) => {
        await placedWithin(page, FIRST, `${FIRST} rows to ship on a fresh browser's first page`);
        const missing = await drawn(page, '[data-role="dispatch-form"]');
        if (missing > 0)
          throw new Error(`${missing} rows of a list to ship were drawn without a 배송 처리 form`);
      },
    });
    toShip.push(c);
    ctx.log(
      `${at()} ${FIRST} rows, all 배송 준비 중 (a form in each), a fresh browser's first page: script ${c.scriptMs.toFixed(1)} ms thread time, ${c.wallMs.toFixed(1)} ms wall; ${c.stats}`,
    );
  }
  const floors: FloorFigures[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const floorBrowser = await launchFloor(ROWS + ADDED);
    try {
      floors.push(await measureFloor(floorBrowser, { url, bareUrl, rows: FIRST, settleMs: SETTLE_MS }));
    } finally {
      await floorBrowser.close();
    }
    const floor = floors.at(-1)!;
    ctx.log(
      `${at()} the floor on ${FIRST} rows (overlay-floor.ts: the ${floor.first.rows} rows near the viewport read, one message, ${floor.first.drawn} drawn): script ${floor.first.scriptMs.toFixed(1)} ms thread time, ${floor.first.wallMs.toFixed(1)} ms wall on a fresh browser's first page (CDP ScriptDuration ${floor.first.cdpScriptMs.toFixed(1)}), ${floor.second.scriptMs.toFixed(1)} ms (${floor.second.wallMs.toFixed(1)} wall) on the next`,
    );
  }
  const floorCold = median(floors.map((f) => f.first.scriptMs));
  const floorWarm = median(floors.map((f) => f.second.scriptMs));
  const { empty, touch } = floors.at(-1)!;
  ctx.log(
    `  the browser's fixed cost: a content script that does nothing ${empty.scriptMs.toFixed(1)} ms script, one that sets one attribute ${touch.scriptMs.toFixed(1)} ms`,
  );

  const store = await storeSession();
  await store.fillTo(ROWS + ADD_ROUNDS * ADDED);
  const out: Figure[] = [];
  {
    const problems: string[] = [];
    const listen = (m: ConsoleMessage) => {
      // the overlay's problems (components/overlay/log.ts)
      if (m.type() === 'error' || m.text().includes('[SmartStore link]')) problems.push(m.text());
    };
    store.browser.context.on('console', listen);
    // the overlay has run in this browser before: the page as a seller opens it again and again (the last of
    // the loads stays open for the rows added)
    const before = await load(store.browser, `${url}/orders?rows=${FIRST}`);
    await placedWithin(before.page, FIRST, `${FIRST} rows`, problems);
    await before.page.close();
    const again: number[] = [];
    const againWall: number[] = [];
    let first!: TracedLoad;
    for (let i = 0; i < COLD_RUNS; i++) {
      if (first) await first.page.close();
      first = await load(store.browser, `${url}/orders?rows=${FIRST}`);
      await placedWithin(first.page, FIRST, `${FIRST} rows`, problems);
      again.push(first.scriptMs);
      againWall.push(first.wallMs);
    }
    const f = first;
    ctx.log(
      `${at()} ${FIRST} rows, pages where the overlay has run before: script ${again.map((a) => a.toFixed(1)).join(' / ')} ms thread time, ${againWall.map((a) => a.toFixed(1)).join(' / ')} ms wall; the last: promise callbacks ${f.microtaskMs.toFixed(1)}, CDP ScriptDuration ${f.cdpScriptMs.toFixed(1)}, main thread ${f.taskMs.toFixed(0)} ms; ${await stats(first.page)}`,
    );
    const drawnFirst = await drawn(first.page);
    ctx.log(`  rows drawn (near the viewport): ${drawnFirst} of ${FIRST}`);
    const fa = await addRowRounds(first.page, first.cdp, FIRST, true);
    ctx.log(
      `  +${ADDED} rows, ${ADD_ROUNDS} times: script ${fa.rounds.map((r) => r.toFixed(1)).join(' / ')} ms; ${await stats(first.page)}`,
    );
    const hovered = await formOnFirstHover(first.page, first.cdp);
    await first.page.close();

    const b = await load(store.browser, `${url}/orders?rows=${ROWS}`);
    await placedWithin(b.page, ROWS, `${ROWS} rows`);
    ctx.log(
      `${at()} ${ROWS} rows: script ${b.scriptMs.toFixed(1)} ms thread time, ${b.wallMs.toFixed(1)} ms wall (promise callbacks ${b.microtaskMs.toFixed(1)}; CDP ScriptDuration ${b.cdpScriptMs.toFixed(1)}), main thread ${b.taskMs.toFixed(0)} ms; ${await stats(b.page)}`,
    );
    ctx.log(`  rows drawn at first (near the viewport): ${await drawn(b.page)} of ${ROWS}`);
    const ba = await addRowRounds(b.page, b.cdp, ROWS, true);
    ctx.log(
      `  +${ADDED} rows, ${ADD_ROUNDS} times: script ${ba.rounds.map((r) => r.toFixed(1)).join(' / ')} ms; ${await stats(b.page)}`,
    );
    const scrolled = await scrollToEnd(b.page, b.cdp);
    await placedWithin(b.page, ROWS + ADD_ROUNDS * ADDED, 'scrolled to the end');
    await b.page.close();
    store.browser.context.off('console', listen);

    const bare500 = await bare(store, `${bareUrl}/orders?rows=${FIRST}`, FIRST);
    const bare2000 = await bare(store, `${bareUrl}/orders?rows=${ROWS}`, ROWS);
    ctx.log(
      `  the same pages without the overlay: ${FIRST} rows script ${bare500.load.scriptMs.toFixed(1)} ms, main thread ${bare500.load.taskMs.toFixed(0)} ms, +${ADDED} rows ${bare500.addMs.toFixed(1)} ms; ${ROWS} rows script ${bare2000.load.scriptMs.toFixed(1)} ms, main thread ${bare2000.load.taskMs.toFixed(0)} ms, +${ADDED} rows ${bare2000.addMs.toFixed(1)} ms, scroll ${bare2000.scrollMs.toFixed(1)} ms`,
    );
    const added500 = Math.max(0, fa.scriptMs - bare500.addMs);
    const formMs = hovered === undefined ? undefined : Math.max(0, hovered - bare500.hoverMs);
    if (formMs !== undefined) {
      ctx.log(
        `  the pointer over a row's 배송 처리 form for the first time: its script loaded and the form taken over, script ${formMs.toFixed(1)} ms`,
      );
    }
    const added2000 = Math.max(0, ba.scriptMs - bare2000.addMs);
    const scrollMs = Math.max(0, scrolled.scriptMs - bare2000.scrollMs);
    ctx.log(`  scrolled to the end: ${scrolled.drawn} rows drawn in full, script ${scrollMs.toFixed(1)} ms`);
    const coldMs = median(cold.map((c) => c.scriptMs));
    const coldWallMs = median(cold.map((c) => c.wallMs));
    // (the page has no script of its own: its loads are the overlay's alone; the log shows the bare pages' 0)
    const warm500 = median(again);
    const f2000 = b.scriptMs;
    out.push(
      figure(
        `overlay-${FIRST}.script-ms`,
        coldMs,
        `ms script, a fresh browser's first page (median of ${COLD_RUNS}): rows placed, those in view drawn`,
        lt(16),
        1,
      ),
      figure(
        `overlay-${FIRST} to ship.script-ms`,
        median(toShip.map((c) => c.scriptMs)),
        `ms script, the same on a list of items to ship only (배송 준비 중: a 배송 처리 form in every row drawn)`,
        undefined,
        1,
      ),
      figure(
        `overlay-${FIRST} wall.script-ms`,
        coldWallMs,
        `ms script, the same pages' wall time (median of ${COLD_RUNS}): with the waits for a core of this machine`,
        undefined,
        1,
      ),
      figure(
        `overlay-${FIRST} floor.script-ms`,
        floorCold,
        `ms script: the unavoidable work alone (overlay-floor.ts), a fresh browser's first page (median of ${COLD_RUNS})`,
        undefined,
        1,
      ),
      figure(
        `overlay-${FIRST} ÷ floor`,
        coldMs / Math.max(0.1, floorCold),
        '× the floor (≤ 2: its own work no more than the unavoidable)',
        le(2),
      ),
      figure(
        `overlay-${FIRST} again.script-ms`,
        warm500,
        `ms script, a page where the overlay has run before (median of ${COLD_RUNS}): rows placed, those in view drawn`,
        undefined,
        1,
      ),
      figure(
        `overlay-${FIRST} again ÷ floor again`,
        warm500 / Math.max(0.1, floorWarm),
        `× the floor's next page (${floorWarm.toFixed(1)} ms, median of ${COLD_RUNS})`,
        undefined,
      ),
      figure(
        `overlay-${FIRST}.main-thread-ms`,
        f.taskMs - bare500.load.taskMs,
        'ms main thread added (all tasks, the same window)',
        undefined,
        0,
      ),
      ...(formMs === undefined
        ? []
        : [
            figure(
              'overlay form on first hover.script-ms',
              formMs,
              "ms script: a row's 배송 처리 form's script loaded and the form taken over",
              undefined,
              1,
            ),
          ]),
      figure(`overlay-${ROWS}.script-ms`, f2000, 'ms script: rows placed, those in view drawn', undefined, 0),
      figure(
        `overlay-${ROWS}.main-thread-ms`,
        b.taskMs - bare2000.load.taskMs,
        'ms main thread added (all tasks, the same window)',
        undefined,
        0,
      ),
      figure(
        `overlay ${FIRST}+${ADDED} rows.script-ms`,
        added500,
        `ms script to their controls (median of ${ADD_ROUNDS})`,
        undefined,
        1,
      ),
      figure(
        `overlay ${ROWS}+${ADDED} rows.script-ms`,
        added2000,
        `ms script to their controls (median of ${ADD_ROUNDS})`,
        undefined,
        1,
      ),
      figure(
        `overlay-${ROWS} scroll to end.script-ms`,
        scrollMs,
        `ms script (${scrolled.drawn} rows drawn)`,
        undefined,
        1,
      ),
      figure(
        `overlay +${ADDED} rows on ${ROWS} ÷ on ${FIRST}`,
        added2000 / Math.max(0.1, added500),
        '× (1.00: cost set by the rows added)',
        le(1.5),
      ),
    );
  }
  return out;
}
