/**
 * One order collection of `n` product orders against the emulators: wall time, time inside Commerce API and
 * shop-backend calls, the rest (local work) and the process CPU time.
 * `npx tsx tests/bench/sync-profile.ts [n]`; for a CPU profile: `node --cpu-prof --import tsx tests/bench/sync-profile.ts`.
 */
import 'fake-indexeddb/auto';
import { runSync } from '../../lib/orders/runner';
import { benchWorld, newMeter, SELLER_A } from './node-world';

const n = Number(process.argv[2] ?? 10_000);
const meter = newMeter();
const world = await benchWorld(meter);
try {
  world.commerce.scenario.addOrders({ sellerAccountId: SELLER_A, count: n, productOrdersPerOrder: 1 });
  await world.db.cursors.put({
    accountId: world.accountId,
    value: { from: Date.now() - 23 * 60 * 60 * 1000 },
  });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const [result] = await runSync(world.deps);
  const wallMs = performance.now() - t0;
  const localMs = wallMs - meter.apiMs - meter.shopMs;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    `${JSON.stringify({ created: result?.created, error: result?.error })}\n` +
      `wall ${wallMs.toFixed(0)} ms, api ${meter.apiMs.toFixed(0)}, shop ${meter.shopMs.toFixed(0)}, local ${localMs.toFixed(0)}, process cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms\n`,
  );
} finally {
  await world.close();
}
