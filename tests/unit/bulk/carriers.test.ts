import { describe, expect, it } from 'vitest';
import { carrierSpellings, matchCarrier } from '../../../lib/bulk/carriers';
import { trackingProblem } from '../../../lib/bulk/tracking-rules';
import { COURIERS } from '../../../lib/smartstore/enums';

const code = (cell: string) => {
  const m = matchCarrier(cell);
  return m.ok ? m.courier.code : m.reason;
};

describe('carrier names as sellers write them', () => {
  it.each([
    // CJ대한통운
    ['CJ대한통운', 'CJGLS'],
    ['대한통운', 'CJGLS'],
    ['CJ택배', 'CJGLS'],
    ['cj 대한통운', 'CJGLS'],
    ['CJ', 'CJGLS'],
    ['cjgls', 'CJGLS'],
    ['CJ Logistics', 'CJGLS'],
    // Lotte is HYUNDAI (there is no LOTTE code)
    ['롯데택배', 'HYUNDAI'],
    ['롯데', 'HYUNDAI'],
    ['롯데(현대)택배', 'HYUNDAI'],
    ['현대택배', 'HYUNDAI'],
    ['LOTTE', 'HYUNDAI'],
    ['Lotte', 'HYUNDAI'],
    ['HYUNDAI', 'HYUNDAI'],
    // Logen is KGB (there is no LOGEN code)
    ['로젠', 'KGB'],
    ['로젠택배', 'KGB'],
    ['LOGEN', 'KGB'],
    ['kgb', 'KGB'],
    // 우체국
    ['우체국', 'EPOST'],
    ['우체국택배', 'EPOST'],
    ['우체국 택배', 'EPOST'],
    ['우체국소포', 'EPOST'],
    ['EPOST', 'EPOST'],
    // 한진, 경동 and the rest
    ['한진', 'HANJIN'],
    ['한진택배', 'HANJIN'],
    [' 한진 택배 ', 'HANJIN'],
    ['경동', 'KDEXP'],
    ['경동택배', 'KDEXP'],
    ['대신택배', 'DAESIN'],
    ['일양로지스', 'ILYANG'],
    ['천일택배', 'CHUNIL'],
    ['합동택배', 'HDEXP'],
    ['CU편의점택배', 'CUPARCEL'],
    ['GS25', 'CVSNET'],
    ['GS Postbox택배', 'CVSNET'],
    ['우편등기', 'REGISTPOST'],
    ['등기', 'REGISTPOST'],
    ['기타택배', 'CH1'],
  ])('%s → %s', (cell, expected) => {
    expect(code(cell)).toBe(expected);
  });

  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['번개택배', 'unknown'],
    ['한', 'unknown'],
    ['LOTTE GLOBAL', 'unknown'],
  ])('%j is not a carrier (%s)', (cell, reason) => {
    expect(code(cell)).toBe(reason);
  });

  it('suggests close names for a near miss', () => {
    const m = matchCarrier('롯데글로벌');
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.suggestions.map((c) => c.code)).toContain('HYUNDAI');
  });

  it('every spelling of every courier leads back to that courier, and to no other', () => {
    for (const c of COURIERS) {
      for (const s of carrierSpellings(c.code)) expect([s, code(s)]).toEqual([s, c.code]);
    }
  });
});

describe('tracking numbers after Excel', () => {
  it.each([
    ['601234567890', 'CJGLS', undefined],
    ['6012345678', 'CJGLS', undefined],
    ['401234567890', 'HYUNDAI', undefined],
    ['31234567890', 'KGB', undefined],
    ['6865012345678', 'EPOST', undefined],
    ['598765432107', 'HANJIN', undefined],
    ['123456789', 'KDEXP', undefined],
    ['6.01235E+11', 'CJGLS', 'tracking-scientific'],
    ['6.01235e11', undefined, 'tracking-scientific'],
    ['12345678901', 'HYUNDAI', 'tracking-leading-zero'],
    ['1234567890', 'KGB', 'tracking-leading-zero'],
    ['865012345678', 'EPOST', 'tracking-leading-zero'],
    ['1234567890123', 'HYUNDAI', 'tracking-length'],
    ['12345', 'CJGLS', 'tracking-length'],
    ['1234567', 'KDEXP', 'tracking-length'],
    ['60123456789A', 'CJGLS', 'tracking-not-digits'],
    ['', 'CJGLS', 'missing-tracking'],
  ])('%s (%s) → %s', (digits, courier, expected) => {
    expect(trackingProblem(digits, courier)?.code).toBe(expected);
  });

  it('names the carrier’s length and the number with its zero back', () => {
    const p = trackingProblem('12345678901', 'HYUNDAI');
    expect(p?.message).toContain('롯데택배 송장번호는 12자리');
    expect(p?.message).toContain('012345678901');
    expect(p?.message).toContain('텍스트');
  });
});
