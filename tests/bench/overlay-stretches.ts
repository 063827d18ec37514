/**
 * Where the order overlay's script time goes on the first page of a fresh browser, stretch by stretch: each run
 * of script on the page's main thread (main-thread.ts), when it started, how long it took and what ran in it
 * (the content scripts' evaluation, an observer's or timer's callback, promise callbacks after a message's
 * answer or a module arrived). `npx tsx tests/bench/overlay-stretches.ts [n] [--loads=k]` after
 * `SANDBOX=1 npx wxt build`: k loads of the page in turn (the first is a fresh browser's first page). `--floor`
 * shows the floor extension's stretches instead (overlay-floor.ts: only the work any overlay must do).
 */
import { tracedLoad } from './main-thread';
import { SETTLE_MS, serveOrderPages } from './overlay.bench';
import { toolBrowser } from './overlay-floor';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500);
const loads = Number(process.argv.find((a) => a.startsWith('--loads='))?.split('=')[1] ?? 1);
const { browser, close: closeBrowser } = await toolBrowser(n, process.argv.includes('--floor'));
const { url, close } = await serveOrderPages();
try {
  for (let i = 0; i < loads; i++) {
    const { page, ...traced } = await tracedLoad(browser, `${url}/orders?rows=${n}`, SETTLE_MS, {
      required: true,
    });
    process.stdout.write(
      `load ${i + 1}, ${n} rows: script ${traced.scriptMs.toFixed(1)} ms thread time, ${traced.wallMs.toFixed(1)} ms wall, of which promise callbacks ${traced.microtaskMs.toFixed(1)} ms\n` +
        traced.stretches
          .filter((s) => s.ms >= 0.2)
          .map(
            (s) =>
              `${s.atMs.toFixed(1).padStart(8)} ms  ${s.ms.toFixed(2).padStart(7)} ms wall ${s.threadMs.toFixed(2).padStart(7)} ms thread  ${s.what}`,
          )
          .join('\n') +
        '\n',
    );
    await page.close();
  }
} finally {
  await close();
  await closeBrowser();
}
