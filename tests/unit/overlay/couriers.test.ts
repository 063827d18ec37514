import { describe, expect, it } from 'vitest';
import { exactCourier, searchCouriers } from '../../../lib/overlay/couriers';

const first = (q: string) => searchCouriers(q)[0]?.code;

describe('courier search', () => {
  it('finds couriers by their Korean names', () => {
    expect(first('CJ대한통운')).toBe('CJGLS');
    expect(first('한진택배')).toBe('HANJIN');
    expect(first('우체국택배')).toBe('EPOST');
  });

  it('finds them by the names sellers use: Lotte is HYUNDAI, Logen is KGB', () => {
    expect(first('대한통운')).toBe('CJGLS');
    expect(first('cj')).toBe('CJGLS');
    expect(first('롯데')).toBe('HYUNDAI');
    expect(first('로젠')).toBe('KGB');
    expect(first('우체국')).toBe('EPOST');
    expect(first('현대택배')).toBe('HYUNDAI');
  });

  it('finds them by code, whatever the case and spacing', () => {
    expect(first('hyundai')).toBe('HYUNDAI');
    expect(first('KGB')).toBe('KGB');
    expect(first(' cj gls ')).toBe('CJGLS');
  });

  it('puts domestic couriers before international ones and exact matches before partial ones', () => {
    const cj = searchCouriers('cj').map((c) => c.code);
    expect(cj.indexOf('CJGLS')).toBeLessThan(cj.indexOf('KOREXG'));
    const lotte = searchCouriers('롯데').map((c) => c.code);
    expect(lotte).toEqual(['HYUNDAI', 'HLCGLOBAL']);
    expect(searchCouriers('').length).toBeGreaterThan(20);
    expect(searchCouriers('없는택배사')).toEqual([]);
  });

  it('picks a courier by what was typed only when that is exact and clear', () => {
    expect(exactCourier('대한통운')?.code).toBe('CJGLS');
    expect(exactCourier('로젠')?.code).toBe('KGB');
    expect(exactCourier('롯')).toBeUndefined();
    expect(exactCourier('')).toBeUndefined();
  });
});
