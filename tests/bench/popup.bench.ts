import { injectProbe, type LinkedBrowser, meteredPage, probe, storeSession } from './chromium';
import { mainThreadScript } from './main-thread';
import { type Bench, figure, lt, median, sleep } from './report';

const SMALL = 500;
const LARGE = 50_000;
const OPENS = 5;
/** each opening is traced this long (its first render with data comes well within it) */
const WINDOW_MS = 2_000;

/** The popup's own marks (components/popup/PopupApp.tsx `MARKS`). */
const MARK_SENT = 'popup:summary-sent';
const MARK_RECEIVED = 'popup:summary-received';
const MARK_FIRST_DATA = 'popup:first-data';

interface Open {
  /** navigation start → first render with data */
  firstDataMs: number;
  /** the worker's answer to `popup.summary`, as the popup waited for it */
  summaryMs: number;
  /** main-thread script time of the popup page until then (traced: promise callbacks included) */
  scriptMs: number;
}

async function openPopup(lb: LinkedBrowser): Promise<Open> {
  const { page, cdp } = await meteredPage(lb.browser);
  try {
    await page.setViewportSize({ width: 380, height: 580 });
    // traced with nothing polling the page, counted up to the popup's first render with data
    const { scriptMs } = await mainThreadScript(
      cdp,
      async () => {
        await page.goto(`chrome-extension://${lb.browser.extensionId}/popup.html`);
        await sleep(WINDOW_MS);
      },
      { until: MARK_FIRST_DATA, required: true },
    );
    if ((await page.locator('main.popup[data-ready="true"]').count()) === 0) {
      throw new Error(`the popup showed no data ${WINDOW_MS} ms after it opened`);
    }
    // (no functions declared inside: tsx would name them with a helper the page does not have)
    const [sent, received, firstData, now] = await page.evaluate(
      (names) => [
        ...names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1),
        performance.now(),
      ],
      [MARK_SENT, MARK_RECEIVED, MARK_FIRST_DATA],
    );
    const marks = { sent: sent!, received: received!, firstData: firstData!, now: now! };
    const firstDataMs = marks.firstData >= 0 ? marks.firstData : marks.now;
    const summaryMs = marks.sent >= 0 && marks.received >= 0 ? marks.received - marks.sent : Number.NaN;
    return { firstDataMs, summaryMs, scriptMs };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

async function opens(lb: LinkedBrowser): Promise<Open> {
  await openPopup(lb); // warm-up: first page of the extension origin, worker just busy filling
  const all: Open[] = [];
  for (let i = 0; i < OPENS; i++) all.push(await openPopup(lb));
  return {
    firstDataMs: median(all.map((o) => o.firstDataMs)),
    summaryMs: median(all.map((o) => o.summaryMs)),
    scriptMs: median(all.map((o) => o.scriptMs)),
  };
}

/**
 * The toolbar popup (as a tab, the popup's size) over a store with 500 and with 50,000 product orders stored
 * (a store's history: see fixtures.ts). Median of 5 openings after one warm-up.
 */
export const popupBench: Bench = {
  name: 'popup',
  needsBuild: true,
  async run(ctx) {
    const store = await storeSession();
    if (store.stored > SMALL) throw new Error('the popup benchmark must run before more orders are stored');
    await store.fillTo(SMALL);
    const small = await opens(store);
    ctx.log(
      `${SMALL} orders: first data ${small.firstDataMs.toFixed(0)} ms, summary ${small.summaryMs.toFixed(0)} ms, script ${small.scriptMs.toFixed(0)} ms`,
    );
    const t0 = performance.now();
    await store.fillTo(LARGE);
    ctx.log(`stored ${LARGE} orders in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const large = await opens(store);
    const sw = await store.browser.worker();
    await injectProbe(sw);
    const parts = await probe.summaryParts(sw);
    ctx.log(`popup.summary at ${LARGE} orders, part by part: ${JSON.stringify(parts)} ms`);
    ctx.log(
      `${LARGE} orders: first data ${large.firstDataMs.toFixed(0)} ms, summary ${large.summaryMs.toFixed(0)} ms, script ${large.scriptMs.toFixed(0)} ms`,
    );
    return [
      figure('popup-50k.first-data-ms', large.firstDataMs, 'ms from navigation', undefined, 0),
      figure('popup-50k.script-ms', large.scriptMs, 'ms script (popup page)', lt(100), 0),
      figure('popup-50k.summary-ms', large.summaryMs, 'ms in the worker query', undefined, 0),
      figure('popup-500.first-data-ms', small.firstDataMs, 'ms from navigation', undefined, 0),
      figure('popup-500.summary-ms', small.summaryMs, 'ms in the worker query', undefined, 0),
      figure('popup 50k ÷ 500 first-data', large.firstDataMs / small.firstDataMs, '×'),
    ];
  },
};
