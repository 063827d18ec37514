const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The KST wall-clock parts of an instant (SmartStore and Sixshop Pro both show Korean time). */
function kstIso(ms: number): string {
  return new Date(ms + KST_OFFSET_MS).toISOString();
}

/** `2026-11-27 14:03` (Sixshop Pro admin). */
export function kstMinute(ms: number): string {
  const iso = kstIso(ms);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** `2026.11.27 14:03:05` (SmartStore seller center). */
export function kstDotted(ms: number): string {
  const iso = kstIso(ms);
  return `${iso.slice(0, 10).replaceAll('-', '.')} ${iso.slice(11, 19)}`;
}

/** `2026.11.27` */
export function kstDottedDate(ms: number): string {
  return kstIso(ms).slice(0, 10).replaceAll('-', '.');
}

/** Parses an ISO date-time with an offset; NaN-safe (an unparsable value sorts first and shows as-is). */
export function instant(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

export function isoKstMinute(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : kstMinute(ms);
}
