// Runs every test: unit and integration (vitest), then the built extension in real Chromium (e2e).
// Prints one closing line with the totals of both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ssl-test-'));
const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRun = false;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status ?? 1;
}

function vitest(name, config) {
  const out = join(dir, `${name}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const code = run('npx', [...args, ...extra]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0) failedRun = true;
  } catch {
    failedRun = true;
  }
  if (code !== 0) failedRun = true;
}

// Browser checks run in both passes (the demo pages' test too), so Chromium comes first.
process.env.CHROMIUM_PATH = ensureChromium();
vitest('unit');
if (process.env.SKIP_E2E !== '1') {
  process.env.SANDBOX = '1';
  if (run('npx', ['wxt', 'build']) !== 0) failedRun = true;
  else {
    // size budgets of the built entries (entries not yet within budget may not grow past their ceiling)
    if (run('node', ['scripts/check-size.mjs', '--ci']) !== 0) failedRun = true;
    vitest('e2e', 'vitest.e2e.config.ts');
  }
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedRun || totals.failed > 0 ? 1 : 0);
