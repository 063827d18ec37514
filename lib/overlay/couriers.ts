import { COURIERS, type Courier } from '../smartstore/codes';

/** How sellers type courier names: case, spaces, brackets and dots do not matter. */
export function normaliseCourierQuery(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s()[\]\-_.·,/]/g, '');
}

interface Indexed {
  courier: Courier;
  order: number;
  keys: string[];
}

const INDEX: Indexed[] = COURIERS.map((courier, order) => ({
  courier,
  order,
  keys: [courier.name, ...courier.aliases, courier.code].map(normaliseCourierQuery).filter(Boolean),
}));

/** 0 exact, 1 prefix, 2 contained; undefined: no match. */
function score(entry: Indexed, q: string): number | undefined {
  let best: number | undefined;
  for (const k of entry.keys) {
    const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : undefined;
    if (s !== undefined && (best === undefined || s < best)) best = s;
  }
  return best;
}

/**
 * The couriers matching what the seller typed, best first: Korean names, the names sellers use
 * (대한통운, 롯데, 로젠, 우체국 …) and Naver's codes (CJGLS, HYUNDAI, KGB …). Lotte is `HYUNDAI` and Logen is
 * `KGB`, so "롯데" and "로젠" find them. Domestic couriers come before international ones.
 */
export function searchCouriers(query: string, limit = COURIERS.length): Courier[] {
  const q = normaliseCourierQuery(query);
  const scored: Array<{ e: Indexed; s: number }> = [];
  for (const e of INDEX) {
    const s = q ? score(e, q) : 0;
    if (s !== undefined) scored.push({ e, s });
  }
  scored.sort(
    (a, b) =>
      a.s - b.s || Number(b.e.courier.domestic) - Number(a.e.courier.domestic) || a.e.order - b.e.order,
  );
  return scored.slice(0, limit).map((x) => x.e.courier);
}

/** The one courier whose name, alias or code is exactly what was typed; undefined when none or unclear. */
export function exactCourier(query: string): Courier | undefined {
  const q = normaliseCourierQuery(query);
  if (!q) return undefined;
  const hits = INDEX.filter((e) => e.keys.includes(q));
  return hits.length === 1 ? hits[0]!.courier : undefined;
}
