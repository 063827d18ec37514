/**
 * A read-only label table whose values follow the current language, for tables other code reads by key
 * (`LABELS[code]`); `perLocale` is for tables only their own module reads: `TABLE[code]` reads `label(code)` each
 * time, so existing `LABELS[code]` lookups, `Object.keys(LABELS)` and `{ ...LABELS }` speak the seller's language.
 */
export function localeTable<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(table, key, { enumerable: true, get: () => label(key) });
  return Object.freeze(table);
}
