/**
 * What a cell of a seller's sheet really says. Spreadsheets wrap numbers in ways that must be undone before a
 * number is compared: `="2026112712345601"` (our export, and a common trick to keep numbers as text), a
 * leading apostrophe (Google Sheets, hand-typed), no-break and zero-width spaces from web pages, and
 * `601234567890.0` from tools that write every number as a decimal.
 */
export function cleanCell(raw: string): string {
  let s = raw
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .trim();
  const formula = /^="(.*)"$/s.exec(s);
  if (formula) s = formula[1]!.replaceAll('""', '"').trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  return s;
}

/** Excel's scientific notation: 1.23457E+11, 2.02611E+15, 6E+11 */
export const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/** Digits as the seller meant them: spaces and dashes dropped, a lossless `.0` tail removed. */
export function digitsOf(cell: string): string {
  const s = cleanCell(cell).replace(/[\s-]/g, '');
  const decimal = /^(\d+)\.0+$/.exec(s);
  return decimal ? decimal[1]! : s;
}

/**
 * Excel keeps 15 significant digits: a 16-digit product order number typed into a number cell keeps its first
 * 15 digits and ends in 0 (2026112712345601 → 2026112712345600). The first 15 digits of such a number, if it
 * can be one; the caller looks them up.
 */
export function excelRoundedPrefix(digits: string): string | undefined {
  if (!/^\d{16,}$/.test(digits)) return undefined;
  return /^0+$/.test(digits.slice(15)) ? digits.slice(0, 15) : undefined;
}
