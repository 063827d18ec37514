import { intlLocale, t } from '../i18n';
import { detectLayout, rowsOf } from './columns';
import { type DecodedSheet, decodeSheet, type SheetEncoding } from './decode';
import { type Delimiter, parseDelimited } from './delimited';
import { BULK_MAX_ROWS, type BulkInputRow } from './types';

/** An upload read into rows, with what the page tells the seller about how it was read. */
export type BulkSheet =
  | {
      ok: true;
      rows: BulkInputRow[];
      encoding?: SheetEncoding | undefined;
      delimiter: Delimiter;
      headerLine?: number | undefined;
      warnings: string[];
    }
  | { ok: false; message: string; encoding?: SheetEncoding | undefined };

/** Text pasted from a spreadsheet, or the decoded text of a file. */
export function readBulkText(text: string, encoding?: SheetEncoding): BulkSheet {
  const sheet = parseDelimited(text.replace(/^\uFEFF/, ''));
  const layout = detectLayout(sheet.records);
  if (!layout.ok) return { ok: false, message: layout.message, encoding };
  const rows = rowsOf(sheet.records, layout.layout);
  if (rows.length === 0) {
    return {
      ok: false,
      message: t(
        '머리글 아래에 배송 처리할 행이 없습니다.',
        'There are no rows to dispatch below the header.',
      ),
      encoding,
    };
  }
  if (rows.length > BULK_MAX_ROWS) {
    const max = BULK_MAX_ROWS.toLocaleString(intlLocale());
    const now = rows.length.toLocaleString(intlLocale());
    return {
      ok: false,
      message: t(
        `한 번에 ${max}행까지 올릴 수 있습니다 (지금 ${now}행). 파일을 나눠 주세요.`,
        `Up to ${max} rows can be uploaded at once (this file has ${now}). Split the file.`,
      ),
      encoding,
    };
  }
  return {
    ok: true,
    rows,
    encoding,
    delimiter: sheet.delimiter,
    headerLine: layout.layout.headerLine,
    warnings: sheet.warnings,
  };
}

/** A dropped or chosen file (.csv, .tsv, .txt): UTF-8 with or without BOM, UTF-16, or CP949. */
export function readBulkFile(bytes: Uint8Array): BulkSheet {
  if (looksLikeWorkbook(bytes)) {
    return {
      ok: false,
      message: t(
        '엑셀 통합 문서(.xlsx, .xls)는 바로 읽을 수 없습니다. 엑셀에서 [다른 이름으로 저장] → "CSV UTF-8(쉼표로 분리)" 또는 "CSV(쉼표로 분리)"로 저장해 올리거나, 셀을 복사해 아래에 붙여 넣어 주세요.',
        'Excel workbooks (.xlsx, .xls) cannot be read directly. In Excel choose [Save As] → "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)" and upload that, or copy the cells and paste them below.',
      ),
    };
  }
  const decoded: DecodedSheet = decodeSheet(bytes);
  return readBulkText(decoded.text, decoded.encoding);
}

/** .xlsx is a zip (PK\x03\x04); .xls is an OLE compound file (D0 CF 11 E0). */
function looksLikeWorkbook(b: Uint8Array): boolean {
  return (
    (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) ||
    (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
  );
}
