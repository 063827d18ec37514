const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Formats epoch ms as the Commerce API's date-time: KST, milliseconds, `+09:00` (reference §2.1). */
export function formatKst(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`);
  const iso = new Date(ms + KST_OFFSET_MS).toISOString(); // 2026-11-27T05:03:00.000Z shifted to KST wall time
  return `${iso.slice(0, 23)}+09:00`;
}

/** Parses any ISO date-time with an offset (the API always sends one); returns epoch ms or NaN. */
export function parseApiDate(value: string): number {
  return Date.parse(value);
}

/** `yyyy-MM-dd` in KST. */
export function formatKstDate(ms: number): string {
  return formatKst(ms).slice(0, 10);
}
