import { t } from '../i18n';

/**
 * A reader for CSV and tab-separated text, written here rather than taken from a library: it is small, and
 * what Excel and spreadsheet pastes produce needs exact control — quoted fields with commas, quotes ("") and
 * line breaks, CRLF / LF / lone CR, blank lines, ragged rows, and the sheet's own line numbers kept for the
 * preview. It never fails: a quote left open at the end keeps what was read and says so.
 */
export type Delimiter = ',' | '\t' | ';';

export interface SheetRecord {
  /** the line of the file (1-based) where this record starts, as the seller's editor numbers it */
  line: number;
  cells: string[];
}

export interface ParsedSheet {
  delimiter: Delimiter;
  records: SheetRecord[];
  /** something the seller should know (an unclosed quote) */
  warnings: string[];
}

/** How the page names a delimiter to the seller. */
export function delimiterLabel(delimiter: Delimiter): string {
  switch (delimiter) {
    case ',':
      return t('쉼표(,) 구분', 'Comma-separated (,)');
    case '\t':
      return t('탭 구분', 'Tab-separated');
    case ';':
      return t('세미콜론(;) 구분', 'Semicolon-separated (;)');
  }
}

/** Counts a character outside quotes in the first lines. */
function countOutsideQuotes(text: string, ch: string, maxLines = 20): number {
  let n = 0;
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < maxLines; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === ch) n++;
    else if (!inQuotes && c === '\n') lines++;
  }
  return n;
}

/**
 * Tabs win when there are any (a paste from a spreadsheet, Excel's tab-separated text); then commas; a file
 * with semicolons and no commas comes from a European Excel.
 */
export function sniffDelimiter(text: string): Delimiter {
  const tabs = countOutsideQuotes(text, '\t');
  const commas = countOutsideQuotes(text, ',');
  const semis = countOutsideQuotes(text, ';');
  if (tabs > 0 && tabs >= commas / 4) return '\t';
  if (commas > 0) return ',';
  if (semis > 0) return ';';
  return tabs > 0 ? '\t' : ',';
}

export function parseDelimited(text: string, delimiter: Delimiter = sniffDelimiter(text)): ParsedSheet {
  const records: SheetRecord[] = [];
  const warnings: string[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  /** a field that opened with a quote: whitespace after its closing quote is dropped */
  let quotedField = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedAt = 0;

  const endField = () => {
    cells.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '' && !quotedField) {
      // RFC 4180 quoting starts at the beginning of a field (spaces before it are tolerated)
      field = '';
      inQuotes = true;
      quotedField = true;
      quoteOpenedAt = line;
    } else if (c === delimiter) {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (quotedField && (c === ' ' || c === '\t')) {
      // spaces between a closing quote and the delimiter
    } else {
      // a quote inside an unquoted field (e.g. ="123") is an ordinary character
      field += c;
    }
  }
  if (inQuotes) {
    warnings.push(
      t(
        `${quoteOpenedAt}행에서 시작한 따옴표(")가 닫히지 않았습니다. 파일 끝까지를 한 칸으로 읽었으니 확인해 주세요.`,
        `The quote (") opened on row ${quoteOpenedAt} is never closed, so everything up to the end of the file was read as one cell. Please check it.`,
      ),
    );
  }
  if (field !== '' || cells.length > 0 || quotedField) endRecord();
  return { delimiter, records, warnings };
}
