/**
 * Figures of the benchmarks: one row each (name, value, target, unit, ok), printed as a table or as one JSON
 * object. A figure without a target is information (ok is blank); a benchmark never fails on its own figures.
 */

export type Op = '<=' | '<' | '=';

export interface Target {
  op: Op;
  value: number;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: Target | undefined;
  /** digits after the point in the table, default 2 (JSON keeps the value rounded to 4) */
  digits?: number | undefined;
}

export interface BenchContext {
  /** progress and notes, on stderr (stdout carries only the table or the JSON) */
  log(message: string): void;
}

export interface Bench {
  name: string;
  /** needs the extension built for the sandbox in `.output/chrome-mv3` */
  needsBuild?: boolean;
  run(ctx: BenchContext): Promise<Figure[]>;
}

/** Thrown by a benchmark whose subject is not there or does not work yet: no figures, no failure. */
export class Skip extends Error {
  override readonly name = 'Skip';
}

export const le = (value: number): Target => ({ op: '<=', value });
export const lt = (value: number): Target => ({ op: '<', value });
export const eq = (value: number): Target => ({ op: '=', value });

export function figure(name: string, value: number, unit: string, target?: Target, digits?: number): Figure {
  return { name, value, unit, target, digits };
}

/** Whether the figure meets its target; `undefined` when it has none. `=` allows rounding noise only. */
export function meets(f: Figure): boolean | undefined {
  if (!f.target || !Number.isFinite(f.value)) return f.target ? false : undefined;
  const t = f.target.value;
  switch (f.target.op) {
    case '<=':
      return f.value <= t + 1e-9;
    case '<':
      return f.value < t;
    case '=':
      return Math.abs(f.value - t) <= 1e-9 * Math.max(1, Math.abs(t));
  }
}

function fixed(f: Figure): string {
  if (!Number.isFinite(f.value)) return String(f.value);
  return f.value.toFixed(f.digits ?? 2);
}

export function targetText(t: Target | undefined, digits?: number): string {
  if (!t) return '';
  return `${t.op === '<=' ? '≤' : t.op} ${t.value.toFixed(digits ?? 2)}`;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = meets(f);
    return [
      f.name,
      fixed(f),
      targetText(f.target, f.digits),
      f.unit,
      ok === undefined ? '' : ok ? 'yes' : 'NO',
    ];
  });
  const head = ['name', 'value', 'target', 'unit', 'ok'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function toJson(
  figures: readonly Figure[],
): Record<string, { value: number; target: string | null; unit: string }> {
  const out: Record<string, { value: number; target: string | null; unit: string }> = {};
  for (const f of figures) {
    out[f.name] = {
      value: Number.isFinite(f.value) ? Math.round(f.value * 10_000) / 10_000 : f.value,
      target: f.target ? `${f.target.op} ${f.target.value}` : null,
      unit: f.unit,
    };
  }
  return out;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
