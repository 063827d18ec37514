import { intlLocale, plural, t } from '../../lib/i18n';

/** A number as the seller's language writes it: "1,234". */
export function formatNumber(n: number): string {
  return n.toLocaleString(intlLocale());
}

/** A count of things: "3건" in Korean, "3 orders" (or the given English nouns) in English. */
export function countOf(n: number, one = 'order', many = 'orders'): string {
  const s = formatNumber(n);
  return t(`${s}건`, `${s} ${plural(n, one, many)}`);
}
