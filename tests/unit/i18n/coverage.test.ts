import { describe, expect, it } from 'vitest';
import { perLocale, pickLocale, plural, setLocale, t } from '../../../lib/i18n';
import { findUntranslated, findUntranslatedIn } from './untranslated';

describe('every screen in English too', () => {
  it('no Korean text reaches a screen outside t(ko, en)', () => {
    const left = findUntranslated(process.cwd()).map((u) => `${u.file}:${u.line} ${u.text}`);
    expect(left).toEqual([]);
  });

  it('the finder flags Korean text outside t(), and only that', () => {
    const source = [
      "const a = t('발주 확인', 'Confirm');",
      "const b = '발주 확인';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal
      'const c = `${n}건`;',
      'const d = <b>배송 처리</b>;',
      "type E = '주문';",
      '// i18n-data: carrier names sellers write',
      "const f = ['대한통운'];",
      "const g = t('취소', '취소'); // the English side must not be Korean",
      "const h = 'plain English';",
    ].join('\n');
    const found = findUntranslatedIn('sample.tsx', source).map((u) => u.line);
    expect(found).toEqual([2, 3, 4, 8]);
  });
});

describe('locale', () => {
  it('Korean by default, English only for English browsers', () => {
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('en')).toBe('en');
    expect(pickLocale('ko-KR')).toBe('ko');
    expect(pickLocale('ja')).toBe('ko');
    expect(pickLocale(undefined)).toBe('ko');
  });

  it('t, plural and perLocale follow the current locale', () => {
    const table = perLocale(() => ({ confirm: t('발주 확인', 'Confirm order') }));
    try {
      setLocale('en');
      expect(t('배송 처리', 'Ship')).toBe('Ship');
      expect(table().confirm).toBe('Confirm order');
      expect(`${3} ${plural(3, 'order', 'orders')}`).toBe('3 orders');
      setLocale('ko');
      expect(t('배송 처리', 'Ship')).toBe('배송 처리');
      expect(table().confirm).toBe('발주 확인');
    } finally {
      setLocale('ko');
    }
  });
});
