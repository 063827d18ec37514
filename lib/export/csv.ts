/**
 * CSV that opens cleanly in Excel (Korean Windows included), written by hand rather than with a library: it is
 * a few lines, and the Excel quirks below need exact control.
 *
 * - **UTF-8 with a BOM.** Without the BOM, Korean Excel reads a CSV as CP949 and shows mojibake.
 * - **CRLF** line ends (RFC 4180; Excel on Windows expects them).
 * - **Numbers kept as text with `="…"`.** Excel turns `2026112712345601` into `2.02611E+15` and drops the last
 *   digit (15 significant digits), and `06236` (a zip code) into `6236`. A field written as the formula
 *   `="2026112712345601"` is shown as exactly that text by Excel, LibreOffice and Google Sheets, and when the
 *   seller saves the sheet again as CSV, Excel writes the shown text, so the number survives a round trip.
 *   Chosen over the other tricks: a leading apostrophe is shown literally when a CSV is opened; a leading tab
 *   is kept inside the cell and travels on into whatever the seller pastes the number into.
 *   Our own reader (`lib/bulk/cells.ts`) unwraps `="…"` too, so this file can be uploaded back as it is.
 * - **No formula injection.** Text that starts with `=`, `+`, `-`, `@` (a buyer's delivery memo, say) would be
 *   run by Excel as a formula; such text gets a leading apostrophe, which Excel shows but never runs.
 */

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/**
 * - `text`: free text (names, addresses, memos); protected from formula injection, and kept as text when it
 *   only looks like a number or a date (an option called `1-2` must not become 1월 2일).
 * - `id`: numbers that must stay exactly as written (order and tracking numbers, zip codes, phone numbers).
 * - `number`: a real quantity Excel may sum.
 * - `date`: a date-time text that Excel may read as a date ("2026-11-27 14:03").
 */
export type CsvKind = 'text' | 'id' | 'number' | 'date';

export interface CsvColumn<T> {
  header: string;
  kind: CsvKind;
  value: (row: T) => string | number | undefined;
}

const NEEDS_QUOTES = /[",\r\n\t]/;
const FORMULA_START = /^[=+\-@\t\r]/;
/** digits with separators only: Excel would read it as a number, a date or a time */
const NUMBER_LIKE = /^[\s\d.,:/\-+()%]+$|^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

function quote(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** `="…"` around text made of digits and separators only (no quote can be inside). */
function asExcelText(s: string): string {
  return quote(`="${s}"`);
}

/** One field, ready to be joined with commas. */
export function csvField(value: string | number | undefined, kind: CsvKind): string {
  if (value === undefined || value === '') return '';
  if (kind === 'number') return typeof value === 'number' ? String(value) : quote(value);
  const s = String(value);
  if (kind === 'date') return quote(s);
  if ((kind === 'id' || kind === 'text') && NUMBER_LIKE.test(s) && !s.includes('"')) {
    return asExcelText(s);
  }
  if (FORMULA_START.test(s)) return quote(`'${s}`);
  return quote(s);
}

/** A whole file: BOM, header row, one row per item, CRLF after every row. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => quote(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row), c.kind)).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}
