import { normaliseCourierQuery, searchCouriers } from '../overlay/couriers';
import { COURIERS, type Courier, courierByCode } from '../smartstore/enums';

/**
 * Carrier names as sellers write them in sheets, beyond the names and aliases of `COURIERS`: English names,
 * old names, "택배" added or left out. Lotte is `HYUNDAI` (once 현대택배) and Logen is `KGB`: Naver has no LOTTE
 * or LOGEN code, which is the classic wrong-carrier mistake, so those words are mapped here.
 * i18n-data: matched against what sellers write in their sheets, whatever the page's language.
 */
const SHEET_NAMES: Readonly<Record<string, readonly string[]>> = {
  CJGLS: [
    'CJ GLS',
    'CJ Logistics',
    'CJ대한통운택배',
    '씨제이',
    '씨제이대한통운',
    '대한통운택배',
    'CJ 대한통운',
  ],
  HYUNDAI: [
    'Lotte',
    'Lotte Global Logistics',
    '롯데(현대)택배',
    '롯데현대택배',
    '롯데택배(현대)',
    'LOTTE택배',
  ],
  HANJIN: ['Hanjin', '한진택배'],
  KGB: ['Logen', '로젠택배', 'KGB택배', 'LOGEN택배'],
  EPOST: ['Korea Post', 'KoreaPost', 'ePost', '우체국 택배', '우정사업본부'],
  KDEXP: ['경동택배', 'Kyungdong', 'KD택배'],
  DAESIN: ['대신택배'],
  ILYANG: ['Ilyang', '일양로지스'],
  CHUNIL: ['천일택배'],
  HDEXP: ['합동택배'],
  CVSNET: ['GS25', 'GS25편의점택배', 'CVSnet', 'CVSnet편의점택배', 'GS편의점택배', 'GS Postbox'],
  CUPARCEL: ['CU편의점택배', 'CU 편의점'],
};

// i18n-data: the word sellers add to or leave out of a carrier's name in their sheets
const strip택배 = (k: string) => (k.endsWith('택배') && k.length > 2 ? k.slice(0, -2) : k);

function buildIndex(): { exact: Map<string, Set<string>>; loose: Map<string, Set<string>> } {
  const exact = new Map<string, Set<string>>();
  const loose = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, code: string) => {
    if (!key) return;
    const set = map.get(key) ?? new Set<string>();
    set.add(code);
    map.set(key, set);
  };
  for (const c of COURIERS) {
    const names = [c.code, c.name, c.nameEn, ...c.aliases, ...(SHEET_NAMES[c.code] ?? [])];
    for (const n of names) {
      const k = normaliseCourierQuery(n);
      add(exact, k, c.code);
      add(loose, strip택배(k), c.code);
    }
  }
  return { exact, loose };
}

const INDEX = buildIndex();

export type CarrierMatch =
  | { ok: true; courier: Courier }
  | { ok: false; reason: 'missing' | 'unknown' | 'ambiguous'; suggestions: Courier[] };

/**
 * The SmartStore courier a sheet's cell means: by code (CJGLS, HYUNDAI, KGB …) or by the names sellers write
 * (CJ대한통운, 대한통운, CJ택배, 롯데, 로젠, 우체국 …), ignoring case, spaces and brackets. Only an exact name
 * counts: "한" is not 한진택배. When nothing matches, up to three close names are suggested.
 */
export function matchCarrier(cell: string): CarrierMatch {
  const key = normaliseCourierQuery(cell);
  if (!key) return { ok: false, reason: 'missing', suggestions: [] };
  const hits = INDEX.exact.get(key) ?? INDEX.loose.get(strip택배(key));
  if (hits && hits.size === 1) return { ok: true, courier: courierByCode([...hits][0]!)! };
  if (hits && hits.size > 1) {
    return { ok: false, reason: 'ambiguous', suggestions: [...hits].map((c) => courierByCode(c)!) };
  }
  return { ok: false, reason: 'unknown', suggestions: searchCouriers(cell, 3) };
}

/** Every spelling `matchCarrier` accepts, per code (for the help text and the tests). */
export function carrierSpellings(code: string): string[] {
  const c = courierByCode(code);
  if (!c) return [];
  return [c.name, c.nameEn, ...c.aliases, ...(SHEET_NAMES[code] ?? []), c.code];
}
