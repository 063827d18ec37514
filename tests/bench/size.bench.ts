import { spawnSync } from 'node:child_process';
import { type Bench, figure, le } from './report';

interface EntrySize {
  name: string;
  jsGzip: number;
  cssGzip: number;
  /** absent for pages without a budget */
  budgetKb?: number;
}

/** `scripts/check-size.mjs` on the build: gzipped JavaScript of each entry against its budget (CI enforces it). */
export const sizeBench: Bench = {
  name: 'size',
  needsBuild: true,
  async run(ctx) {
    const r = spawnSync('node', ['scripts/check-size.mjs', '--json'], { encoding: 'utf8' });
    if (r.status === 2 || !r.stdout) throw new Error(`check-size: ${r.stderr}`);
    const entries = JSON.parse(r.stdout) as EntrySize[];
    for (const e of entries)
      ctx.log(`${e.name}: ${(e.jsGzip / 1000).toFixed(1)} kB js, ${(e.cssGzip / 1000).toFixed(1)} kB css`);
    return entries.map((e) =>
      figure(
        `size.${e.name}`,
        e.jsGzip / 1000,
        'kB gzip (js)',
        e.budgetKb === undefined ? undefined : le(e.budgetKb),
        1,
      ),
    );
  },
};
