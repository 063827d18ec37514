/** Dates as Korean sellers read them, in Korea's time zone whatever the computer's. */

const KST_OFFSET = 9 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

function parts(ms: number) {
  const t = new Date(ms + KST_OFFSET);
  return {
    y: t.getUTCFullYear(),
    m: pad(t.getUTCMonth() + 1),
    d: pad(t.getUTCDate()),
    hh: pad(t.getUTCHours()),
    mm: pad(t.getUTCMinutes()),
    ss: pad(t.getUTCSeconds()),
  };
}

/** "2026-11-27 14:03" (Excel reads it as a date-time) */
export function kstDateTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return '';
  const p = parts(ms);
  return `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}`;
}

/** "2026-11-27 14:03:09" */
export function kstDateTimeSeconds(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}:${p.ss}`;
}

/** "2026-11-27": the value of an `<input type="date">` */
export function kstDate(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${p.m}-${p.d}`;
}

/** "20261127_1403" for file names */
export function kstStamp(ms: number): string {
  const p = parts(ms);
  return `${p.y}${p.m}${p.d}_${p.hh}${p.mm}`;
}

/** Midnight (KST) that starts the day "2026-11-27"; undefined for anything else. */
export function kstDayStart(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - KST_OFFSET;
  return Number.isFinite(t) && kstDate(t) === date ? t : undefined;
}

/**
 * The paid-date filter of the export: from the start of `from` to the end of `to` (both KST days, both
 * included); an empty side is open.
 */
export function kstDayRange(from: string, to: string): { paidFrom?: number; paidTo?: number } {
  const a = from ? kstDayStart(from) : undefined;
  const b = to ? kstDayStart(to) : undefined;
  return {
    ...(a !== undefined ? { paidFrom: a } : {}),
    ...(b !== undefined ? { paidTo: b + DAY_MS } : {}),
  };
}
