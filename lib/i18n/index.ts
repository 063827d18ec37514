/**
 * Bilingual text, written where it is used: `t('발주 확인', 'Confirm order')`. Both languages sit side by side
 * so a screen can never lack a translation (the type asks for both) and a reader sees what the English says.
 * Hand-written rather than a catalog library: the whole mechanism is a branch on one variable, it adds no
 * bytes to the size-budgeted content script, and `tests/unit/i18n/coverage.test.ts` proves no Korean text
 * reaches a screen outside `t()`.
 *
 * Call `t()` when the text is needed, not at module load, so a locale change (tests) is seen; module-level
 * tables go through `perLocale()`.
 */
import { type Locale, locale } from './locale';

export { intlLocale, type Locale, locale, pickLocale, setLocale } from './locale';
export { localeTable } from './table';

export function t(ko: string, en: string): string {
  return locale() === 'en' ? en : ko;
}

/** English singular/plural by count: `plural(n, 'order', 'orders')`. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** A table built once per locale, for label maps: `const labels = perLocale(() => ({ A: t('…', '…') }))`. */
export function perLocale<T>(make: () => T): () => T {
  const cache = new Map<Locale, T>();
  return () => {
    const key = locale();
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
}
