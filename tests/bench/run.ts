/**
 * `npm run bench`: every benchmark against the emulators, one table on stdout (name, value, target, unit, ok).
 * `npm run bench -- --json`: the same figures as one JSON object on stdout. Progress goes to stderr.
 *
 * Options: `--only=order-sync,popup` (bench names), `--no-build` (use the `.output/chrome-mv3` already built
 * with SANDBOX=1). Figures never fail the run; only a benchmark that could not run makes the exit code 1.
 * Size budgets are enforced by `npm run size` (scripts/check-size.mjs), not here.
 */
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../e2e/browser';
import { closeStoreSession } from './chromium';
import { coldStartBench } from './cold-start.bench';
import { orderActionsBench } from './order-actions.bench';
import { orderSyncBench } from './order-sync.bench';
import { overlayBench } from './overlay.bench';
import { popupBench } from './popup.bench';
import { productExportBench } from './product-export.bench';
import { type Bench, type Figure, formatTable, Skip, toJson } from './report';
import { sizeBench } from './size.bench';
import { storageChromiumBench, storageNodeBench } from './storage.bench';

const BENCHES: Bench[] = [
  orderSyncBench,
  orderActionsBench,
  productExportBench,
  storageNodeBench,
  sizeBench,
  storageChromiumBench,
  popupBench,
  overlayBench,
  coldStartBench,
];

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const noBuild = args.includes('--no-build');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);

// stdout carries the table or the JSON and nothing else
console.log = (...a: unknown[]) => console.error(...a);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function build(): boolean {
  log('building the extension for the sandbox (SANDBOX=1 wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, SANDBOX: '1' },
  });
  return r.status === 0;
}

const selected = BENCHES.filter((b) => !only || only.includes(b.name));
const figures: Figure[] = [];
const failed: string[] = [];
const skipped: string[] = [];
let built: boolean | undefined = noBuild ? true : undefined;
const started = performance.now();

for (const bench of selected) {
  if (bench.needsBuild) {
    built ??= build();
    if (!built) {
      log(`${bench.name}: skipped, the build failed`);
      failed.push(bench.name);
      continue;
    }
    if (bench.name !== 'size' && !existsSync(CHROMIUM)) {
      log(`${bench.name}: skipped, Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
      continue;
    }
  }
  const t0 = performance.now();
  log(`${bench.name}…`);
  try {
    const out = await bench.run({ log: (m) => log(`  ${m}`) });
    figures.push(...out);
    log(`${bench.name}: ${out.length} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    if (e instanceof Skip) {
      skipped.push(`${bench.name}: ${e.message}`);
      log(`${bench.name}: skipped: ${e.message}`);
      continue;
    }
    failed.push(bench.name);
    log(`${bench.name} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
await closeStoreSession().catch((e: unknown) => log(`closing the browser: ${String(e)}`));

log(
  `done in ${((performance.now() - started) / 1000).toFixed(0)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
);
process.stdout.write(asJson ? `${JSON.stringify(toJson(figures), null, 2)}\n` : `${formatTable(figures)}\n`);
for (const s of skipped) process.stderr.write(`not measured: ${s}\n`);
process.exit(failed.length ? 1 : 0);
