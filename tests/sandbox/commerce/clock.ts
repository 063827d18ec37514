const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The emulator's notion of "now": the host clock shifted by an adjustable offset. */
export class Clock {
  constructor(private offsetMs = 0) {}

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  setOffset(ms: number): void {
    this.offsetMs = ms;
  }

  get offset(): number {
    return this.offsetMs;
  }
}

/** `2026-11-27T14:03:00.000+09:00`: the Commerce API's date-time format (reference §2.1). */
export function formatKst(ms: number): string {
  return `${new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
}

/** `20261127`: the KST calendar date of an instant. */
export function kstCompactDate(ms: number): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The instant of 00:00 KST on the KST calendar day of `ms`. */
export function kstStartOfDay(ms: number): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.floor((ms + KST_OFFSET_MS) / day) * day - KST_OFFSET_MS;
}

const API_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})(Z|[+-]\d{2}:\d{2})$/;
const LOOSE_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` (milliseconds and an offset are mandatory: the strict reading of §2.1).
 * A `+` that arrived unencoded in a query string has become a space and does not parse.
 */
export function parseApiDateTime(text: string): number | undefined {
  const m = API_DATE_TIME.exec(text);
  if (!m) return undefined;
  return validInstant(text, m);
}

/** Like `parseApiDateTime` but seconds and milliseconds may be omitted (product sale periods). */
export function parseLooseDateTime(text: string): number | undefined {
  const m = LOOSE_DATE_TIME.exec(text);
  if (!m) return undefined;
  return validInstant(text, m);
}

function validInstant(text: string, m: RegExpExecArray): number | undefined {
  const [, y, mo, d, h, mi] = m;
  const month = Number(mo);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12 || dayOfMonth < 1 || Number(h) > 23 || Number(mi) > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (dayOfMonth > daysInMonth) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Parses `yyyy-MM-dd` as a KST day; returns the instant of its 00:00 KST. */
export function parseKstDate(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  return parseLooseDateTime(`${text}T00:00+09:00`);
}
