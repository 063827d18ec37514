/**
 * Two builds of the extension side by side on the overlay's page of order rows: which one costs the page less
 * script. On these noisy machines one page load moves by ±40 %, so a change of a few milliseconds shows only over
 * many loads taken in turns (A, B, then B, A, …) while the same other work weighs on both.
 *
 *   SANDBOX=1 WXT_OUT_DIR=.output/a npx wxt build # the build before the change (e.g. on a checkout of it)
 *   SANDBOX=1 WXT_OUT_DIR=.output/b npx wxt build # the build after it
 *   npx tsx tests/bench/overlay-ab.ts .output/a/chrome-mv3 .output/b/chrome-mv3 [--runs=30] [--rows=500] [--cold]
 *
 * Each build runs in a Chromium of its own with the same 600 stored product orders; every page is loaded, left
 * 2 s (as in overlay.bench.ts; the placing is checked after) and its script time read from a trace
 * (main-thread.ts: thread time, promise callbacks included; the wall time is printed too). With `--cold` every load is instead the first page of a browser
 * started for it (cold-page.ts: nothing compiled or cached yet; about 10 s a load).
 * Prints the median and mean of each and B − A per pair.
 */
import { resolve } from 'node:path';
import { injectProbe, type LinkedBrowser, linkedBrowser, probe } from './chromium';
import { coldPage } from './cold-page';
import { tracedLoad } from './main-thread';
import { placedWithin, SETTLE_MS, serveOrderPages } from './overlay.bench';
import { sleep } from './report';

const [dirA, dirB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = option('runs', 30);
const rows = option('rows', 500);
if (!dirA || !dirB) {
  console.error(
    'usage: npx tsx tests/bench/overlay-ab.ts <build A dir> <build B dir> [--runs=30] [--rows=500] [--cold]',
  );
  process.exit(2);
}

const cold = process.argv.includes('--cold');
const browsers: LinkedBrowser[] = [];
const { url, close } = await serveOrderPages();
try {
  const scriptMs: [number[], number[]] = [[], []];
  const wallMs: [number[], number[]] = [[], []];
  const dirs = [resolve(dirA), resolve(dirB)];
  if (cold) {
    // each load the first page of a browser of its own (cold-page.ts), the builds in turn
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const page = await coldPage({
          url: `${url}/orders?rows=${rows}`,
          stored: Math.max(rows, 1) + 100,
          windowMs: SETTLE_MS,
          extensionDir: dirs[k]!,
          check: (page) => placedWithin(page, rows, `build ${k ? 'B' : 'A'}`),
        });
        scriptMs[k]!.push(page.scriptMs);
        wallMs[k]!.push(page.wallMs);
      }
    }
  } else {
    for (const extensionDir of dirs) {
      const lb = await linkedBrowser({ extensionDir });
      browsers.push(lb);
      await injectProbe(lb.sw);
      await probe.fill(lb.sw, lb.accountId, 0, Math.max(rows, 1) + 100);
    }
    // both browsers settle after starting before anything is measured
    await sleep(3_000);
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const { page, ...traced } = await tracedLoad(
          browsers[k]!.browser,
          `${url}/orders?rows=${rows}`,
          SETTLE_MS,
          {
            required: true,
          },
        );
        await placedWithin(page, rows, `build ${k ? 'B' : 'A'}`);
        scriptMs[k]!.push(traced.scriptMs);
        wallMs[k]!.push(traced.wallMs);
        await page.close();
      }
    }
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  const [a, b] = scriptMs;
  console.log(
    `${rows} rows, ${runs} ${cold ? "fresh browsers' first pages" : 'loads'} each: A median ${median(a).toFixed(1)} ms, mean ${mean(a).toFixed(1)} | B median ${median(b).toFixed(1)} ms, mean ${mean(b).toFixed(1)}`,
  );
  console.log(`B − A per pair (ms): ${a.map((x, i) => (b[i]! - x).toFixed(0)).join(' ')}`);
  console.log(
    `wall time (the waits for a core included): A median ${median(wallMs[0]).toFixed(1)} ms | B median ${median(wallMs[1]).toFixed(1)} ms`,
  );
} finally {
  await close();
  for (const lb of browsers) await lb.close();
}
