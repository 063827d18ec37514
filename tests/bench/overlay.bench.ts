import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { meteredPage, type StoreSession, scriptMetrics, storeSession } from './chromium';
import { orderNo, productOrderNo } from './fixtures';
import { type FloorBrowser, launchFloor, measureFloor } from './overlay-floor';
import { type Bench, type BenchContext, type Figure, figure, le, lt, Skip, sleep } from './report';

const FIRST = 500;
const ROWS = 2_000;
const ADDED = 100;
/** rows are added this many times (`ADDED` each): a figure of a few milliseconds is the median of the rounds */
const ADD_ROUNDS = 3;
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

/** The page alone (no overlay): main-thread and script time from navigation to 1 s after load. */
async function bare(store: StoreSession, url: string): Promise<{ scriptMs: number; taskMs: number }> {
  const { page, cdp } = await meteredPage(store.browser);
  try {
    await page.goto(url);
    await sleep(1_000);
    const m = await scriptMetrics(cdp);
    return { scriptMs: m.scriptMs, taskMs: m.taskMs };
  } finally {
    await page.close();
  }
}

/** Rows with a control host whose shadow content is drawn (made when the row comes near the viewport). */
const drawn = (page: Page) =>
  page.evaluate(
    (tag) =>
      [...document.getElementsByTagName(tag)].filter(
        (h) => (h.shadowRoot?.querySelector('.root')?.childElementCount ?? 0) > 0,
      ).length,
    HOST_TAG,
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

/** Scrolls to the end of the page; the script time until the rows that came into view have their controls. */
async function scrollToEnd(page: Page, cdp: CDPSession): Promise<{ scriptMs: number; drawn: number }> {
  const before = await scriptMetrics(cdp);
  const drawnBefore = await drawn(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await sleep(1_000);
  const after = await scriptMetrics(cdp);
  return { scriptMs: after.scriptMs - before.scriptMs, drawn: (await drawn(page)) - drawnBefore };
}

/**
 * Waits until the overlay has placed `n` rows and drawn the controls of those near the viewport, polling from
 * outside every 100 ms; the page's script time then, less what the polls themselves cost (each kind measured
 * afterwards on the same page).
 */
export async function untilPlaced(
  page: Page,
  cdp: CDPSession,
  n: number,
  problems?: string[],
): Promise<{ scriptMs: number; taskMs: number }> {
  const start = Date.now();
  const until = start + 60_000;
  let counts = 0;
  let draws = 0;
  for (; ; counts++) {
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
  for (; ; draws++) {
    const [d, h] = [await drawn(page), await hosts(page)];
    if (d > 0 && d === h) break;
    if (Date.now() > until) throw new Error(`controls drawn on ${d} of ${h} rows in view after 60 s`);
    await sleep(100);
  }
  const m = await scriptMetrics(cdp);
  const cost = async (poll: () => Promise<number>) => {
    const a = await scriptMetrics(cdp);
    for (let i = 0; i < 5; i++) await poll();
    return ((await scriptMetrics(cdp)).scriptMs - a.scriptMs) / 5;
  };
  const pollsMs =
    (counts + 1) * (await cost(() => placedRows(page))) +
    (draws + 1) * ((await cost(() => drawn(page))) + (await cost(() => hosts(page))));
  return { scriptMs: Math.max(0, m.scriptMs - pollsMs), taskMs: m.taskMs };
}

/** Appends `ADDED` rows after the first `have`; the page's script time until they have their controls. */
async function addRows(
  page: Page,
  cdp: CDPSession,
  have: number,
): Promise<{ scriptMs: number; taskMs: number }> {
  await sleep(500);
  const before = await scriptMetrics(cdp);
  await page.evaluate(
    ([html]) => document.getElementById('order-rows')?.insertAdjacentHTML('beforeend', html!),
    [Array.from({ length: ADDED }, (_, i) => rowHtml(have + i)).join('')],
  );
  const after = await untilPlaced(page, cdp, have + ADDED);
  return { scriptMs: after.scriptMs - before.scriptMs, taskMs: after.taskMs - before.taskMs };
}

/** `ADD_ROUNDS` times `ADDED` rows appended after the first `have`: each round's script time, and their median. */
async function addRowRounds(
  page: Page,
  cdp: CDPSession,
  have: number,
): Promise<{ scriptMs: number; rounds: number[] }> {
  const rounds: number[] = [];
  for (let i = 0; i < ADD_ROUNDS; i++) rounds.push((await addRows(page, cdp, have + i * ADDED)).scriptMs);
  const sorted = [...rounds].sort((a, b) => a - b);
  return { scriptMs: sorted[Math.floor(sorted.length / 2)]!, rounds };
}

async function stats(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('sixshop-link-layer')?.getAttribute('data-stats') ?? '');
}

/**
 * The order overlay on a page of 500 and of 2,000 known product orders: main-thread script time (CDP
 * ScriptDuration, the page has no script of its own) from navigation until every row has its controls; then
 * 100 rows appended to each page, and the script time until they have theirs: the same on both pages when
 * added rows cost in proportion to what was added (not to the page). Main-thread time (all tasks: style,
 * layout, …) is shown as what the overlay adds to the same page served where it does not run. The first
 * figure is also shown against the floor (overlay-floor.ts): the same page with only the work any overlay
 * must do, measured the same way in a browser of its own.
 */
export const overlayBench: Bench = {
  name: 'overlay',
  needsBuild: true,
  async run(ctx) {
    const began = performance.now();
    // the floor's own browser starts while the store is filled, and has settled before anything is measured
    const floorLaunch = launchFloor(ROWS + ADDED);
    floorLaunch.catch(() => undefined); // its failure is reported where it is awaited
    try {
      const store = await storeSession();
      await store.fillTo(ROWS + ADD_ROUNDS * ADDED);
      const floorBrowser = await floorLaunch;
      await floorBrowser.settled();
      return await measure(ctx, began, store, floorBrowser);
    } finally {
      await floorLaunch.then(
        (f) => f.close(),
        () => undefined,
      );
    }
  },
};

/** The overlay's pages in the store's browser, then the floor's pages in its own (no page shown there yet). */
async function measure(
  ctx: BenchContext,
  began: number,
  store: StoreSession,
  floorBrowser: FloorBrowser,
): Promise<Figure[]> {
  const { url, bareUrl, close } = await serveOrderPages();
  const out: Figure[] = [];
  try {
    const first = await meteredPage(store.browser);
    const problems: string[] = [];
    first.page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('스마트스토어 연동')) problems.push(m.text());
    });
    await first.page.goto(`${url}/orders?rows=${FIRST}`);
    const f = await untilPlaced(first.page, first.cdp, FIRST, problems);
    ctx.log(
      `[${((performance.now() - began) / 1000).toFixed(0)} s] ${FIRST} rows: script ${f.scriptMs.toFixed(1)} ms, main thread ${f.taskMs.toFixed(1)} ms; ${await stats(first.page)}`,
    );
    const drawnFirst = await drawn(first.page);
    const fa = await addRowRounds(first.page, first.cdp, FIRST);
    ctx.log(
      `  +${ADDED} rows, ${ADD_ROUNDS} times: script ${fa.rounds.map((r) => r.toFixed(1)).join(' / ')} ms; ${await stats(first.page)}`,
    );
    await first.page.close();

    const big = await meteredPage(store.browser);
    await big.page.goto(`${url}/orders?rows=${ROWS}`);
    const b = await untilPlaced(big.page, big.cdp, ROWS);
    ctx.log(
      `[${((performance.now() - began) / 1000).toFixed(0)} s] ${ROWS} rows: script ${b.scriptMs.toFixed(1)} ms, main thread ${b.taskMs.toFixed(1)} ms; ${await stats(big.page)}`,
    );
    ctx.log(`  rows drawn at first (near the viewport): ${await drawn(big.page)} of ${ROWS}`);
    const ba = await addRowRounds(big.page, big.cdp, ROWS);
    ctx.log(
      `  +${ADDED} rows, ${ADD_ROUNDS} times: script ${ba.rounds.map((r) => r.toFixed(1)).join(' / ')} ms; ${await stats(big.page)}`,
    );
    const scrolled = await scrollToEnd(big.page, big.cdp);
    ctx.log(
      `  scrolled to the end: ${scrolled.drawn} rows drawn in full, script ${scrolled.scriptMs.toFixed(1)} ms`,
    );
    await big.page.close();

    const bare500 = await bare(store, `${bareUrl}/orders?rows=${FIRST}`);
    const bare2000 = await bare(store, `${bareUrl}/orders?rows=${ROWS}`);
    ctx.log(
      `the same pages without the overlay: ${FIRST} rows main thread ${bare500.taskMs.toFixed(0)} ms, ${ROWS} rows ${bare2000.taskMs.toFixed(0)} ms`,
    );
    const floor = await measureFloor(floorBrowser, { url, bareUrl, rows: FIRST });
    ctx.log(
      `[${((performance.now() - began) / 1000).toFixed(0)} s] the floor on ${FIRST} rows (overlay-floor.ts: the ${floor.first.rows} rows near the viewport read, one message, ${floor.first.drawn} drawn; the overlay drew ${drawnFirst}): script ${floor.first.scriptMs.toFixed(1)} ms on a fresh browser's first page (main thread ${floor.first.taskMs.toFixed(0)} ms), ${floor.second.scriptMs.toFixed(1)} ms on the next`,
    );
    ctx.log(
      `  the browser's fixed cost: a content script that does nothing ${floor.empty.scriptMs.toFixed(1)} ms script, one that sets one attribute ${floor.touch.scriptMs.toFixed(1)} ms`,
    );
    out.push(
      figure(
        `overlay-${FIRST}.script-ms`,
        f.scriptMs,
        'ms script: rows placed, those in view drawn',
        lt(16),
        1,
      ),
      figure(
        `overlay-${FIRST}.main-thread-ms`,
        f.taskMs - bare500.taskMs,
        'ms main thread added',
        undefined,
        0,
      ),
      figure(
        `overlay-${FIRST} floor.script-ms`,
        floor.first.scriptMs,
        'ms script: the unavoidable work alone (overlay-floor.ts), fresh browser',
        undefined,
        1,
      ),
      figure(
        `overlay-${FIRST} ÷ floor`,
        f.scriptMs / Math.max(0.1, floor.first.scriptMs),
        '× the floor (≤ 2: its own work no more than the unavoidable)',
        le(2),
      ),
      figure(
        `overlay-${ROWS}.script-ms`,
        b.scriptMs,
        'ms script: rows placed, those in view drawn',
        undefined,
        0,
      ),
      figure(
        `overlay-${ROWS}.main-thread-ms`,
        b.taskMs - bare2000.taskMs,
        'ms main thread added',
        undefined,
        0,
      ),
      figure(
        `overlay ${FIRST}+${ADDED} rows.script-ms`,
        fa.scriptMs,
        `ms script to their controls (median of ${ADD_ROUNDS})`,
        undefined,
        1,
      ),
      figure(
        `overlay ${ROWS}+${ADDED} rows.script-ms`,
        ba.scriptMs,
        `ms script to their controls (median of ${ADD_ROUNDS})`,
        undefined,
        1,
      ),
      figure(
        `overlay-${ROWS} scroll to end.script-ms`,
        scrolled.scriptMs,
        `ms script (${scrolled.drawn} rows drawn)`,
        undefined,
        1,
      ),
      figure(
        `overlay +${ADDED} rows on ${ROWS} ÷ on ${FIRST}`,
        ba.scriptMs / Math.max(0.1, fa.scriptMs),
        '× (1.00: cost set by the rows added)',
        le(1.5),
      ),
    );
    return out;
  } finally {
    await close();
  }
}
