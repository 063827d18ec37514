/**
 * Where the order overlay's script time goes on a cold page of `n` known product orders: a CPU profile (CDP
 * Profiler) from navigation until every row is placed and those in view drawn, summed by script and function.
 * `npx tsx tests/bench/overlay-profile.ts [n] [--out=file.cpuprofile]` after `SANDBOX=1 npx wxt build`;
 * `--floor` profiles the floor extension instead (overlay-floor.ts: only the work any overlay must do).
 */
import { writeFileSync } from 'node:fs';
import { meteredPage, scriptMetrics } from './chromium';
import { serveOrderPages, untilPlaced } from './overlay.bench';
import { toolBrowser, untilFloorDrawn } from './overlay-floor';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500);
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const floor = process.argv.includes('--floor');
const { browser, close: closeBrowser } = await toolBrowser(n, floor);
const { url, close } = await serveOrderPages();
try {
  const { page, cdp } = await meteredPage(browser);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${url}/orders?rows=${n}`);
  if (floor) await untilFloorDrawn(page);
  else await untilPlaced(page, n);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const m = await scriptMetrics(cdp);
  if (out) writeFileSync(out, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const script = f.url ? (f.url.split('/').pop() ?? f.url) : `(${f.functionName || 'native'})`;
    if (script === '(idle)') continue;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const name = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, k: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
      .join('\n');
  process.stdout.write(
    `${n} rows: CDP ScriptDuration ${m.scriptMs.toFixed(1)} ms (the polls included, promise callbacks not)\n` +
      `by script (self time while sampled, idle excluded):\n${top(byScript, 12)}\nby function:\n${top(byFunction, 40)}\n`,
  );
  await page.close();
} finally {
  await close();
  await closeBrowser();
}
