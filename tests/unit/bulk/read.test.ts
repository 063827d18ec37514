import { describe, expect, it } from 'vitest';
import { cleanCell, digitsOf, excelRoundedPrefix } from '../../../lib/bulk/cells';
import { decodeSheet } from '../../../lib/bulk/decode';
import { parseDelimited, sniffDelimiter } from '../../../lib/bulk/delimited';
import { readBulkFile, readBulkText } from '../../../lib/bulk/read';
import { cp949, READS_CP949_EXTENSION, utf8, utf16le } from './encodings';

const ok = (sheet: ReturnType<typeof readBulkFile>) => {
  if (!sheet.ok) throw new Error(`expected rows, got: ${sheet.message}`);
  return sheet;
};
const triples = (sheet: ReturnType<typeof readBulkFile>) =>
  ok(sheet).rows.map((r) => [r.line, r.productOrderId, r.carrier, r.trackingNumber]);

describe('decoding what Excel and other tools save', () => {
  it('reads Korean Excel’s default "CSV (쉼표로 분리)": CP949, CRLF', () => {
    const text = '상품주문번호,택배사,송장번호\r\n2026112700001201,대한통운,601234567890\r\n';
    const bytes = cp949(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const d = decodeSheet(bytes);
    expect(d).toMatchObject({ encoding: 'cp949', bom: false, text });
    expect(triples(readBulkFile(bytes))).toEqual([[2, '2026112700001201', '대한통운', '601234567890']]);
    expect(ok(readBulkFile(bytes))).toMatchObject({ encoding: 'cp949', delimiter: ',', headerLine: 1 });
  });

  it('keeps the columns of rows with CP949-only syllables (똠, 햏), and reads them where the platform can', () => {
    const bytes = cp949(
      '상품주문번호,수취인,택배사,송장번호\r\n2026112700001201,김똠햏,CJGLS,601234567890\r\n',
    );
    const sheet = ok(readBulkFile(bytes));
    expect(sheet.encoding).toBe('cp949');
    // a CP949 trail byte is never a comma, quote or line break, so the row stays whole even where not decoded
    expect(triples(sheet)).toEqual([[2, '2026112700001201', 'CJGLS', '601234567890']]);
    if (READS_CP949_EXTENSION) expect(decodeSheet(bytes).text).toContain('김똠햏'); // Chromium (see the e2e)
  });

  it('reads "CSV UTF-8": UTF-8 with a BOM, the BOM never glued to the first header', () => {
    const bytes = utf8('상품주문번호,택배사,송장번호\r\n2026112700001201,롯데택배,401234567890\r\n', true);
    const sheet = ok(readBulkFile(bytes));
    expect(sheet.encoding).toBe('utf-8');
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows).toHaveLength(1);
  });

  it('reads UTF-8 without a BOM (Google Sheets, Numbers, LibreOffice)', () => {
    const bytes = utf8('상품주문번호,택배사,송장번호\n2026112700001201,한진,598765432107\n');
    expect(decodeSheet(bytes)).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(triples(readBulkFile(bytes))).toEqual([[2, '2026112700001201', '한진', '598765432107']]);
  });

  it('reads Excel’s "유니코드 텍스트": UTF-16LE with a BOM, tab separated', () => {
    const bytes = utf16le('상품주문번호\t택배사\t송장번호\r\n2026112700001201\t로젠\t31234567890\r\n');
    const sheet = ok(readBulkFile(bytes));
    expect(sheet).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(triples(sheet)).toEqual([[2, '2026112700001201', '로젠', '31234567890']]);
  });

  it('refuses an .xlsx or .xls workbook with a way out in Korean', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]);
    for (const b of [xlsx, xls]) {
      const sheet = readBulkFile(b);
      expect(sheet.ok).toBe(false);
      if (!sheet.ok) expect(sheet.message).toContain('CSV');
    }
  });
});

describe('CSV and TSV as spreadsheets write them', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts lines as the editor does', () => {
    const text = [
      '상품주문번호,상품명,택배사,송장번호,배송메모',
      '2026112700001201,"머그컵, 2개 세트",CJ대한통운,601234567890,"문 앞에 놓아 주세요"',
      '2026112700001202,"12"" 쿠션 ""특가""",우체국,6865012345678,"1층 경비실',
      '맡겨 주세요"',
      '2026112700001203,러그,한진택배,598765432107,',
    ].join('\r\n');
    const parsed = parseDelimited(text);
    expect(parsed.records.map((r) => r.cells[1])).toEqual([
      '상품명',
      '머그컵, 2개 세트',
      '12" 쿠션 "특가"',
      '러그',
    ]);
    expect(parsed.records[2]?.cells[4]).toBe('1층 경비실\r\n맡겨 주세요');
    expect(triples(readBulkText(text))).toEqual([
      [2, '2026112700001201', 'CJ대한통운', '601234567890'],
      [3, '2026112700001202', '우체국', '6865012345678'],
      [5, '2026112700001203', '한진택배', '598765432107'],
    ]);
  });

  it('skips blank lines and rows of empty cells (Excel’s ",,,") but keeps line numbers', () => {
    const text =
      '상품주문번호,택배사,송장번호,,\r\n\r\n2026112700001201,CJGLS,601234567890,,\r\n,,,,\r\n\r\n2026112700001202,KGB,31234567890,,\r\n';
    expect(triples(readBulkText(text))).toEqual([
      [3, '2026112700001201', 'CJGLS', '601234567890'],
      [6, '2026112700001202', 'KGB', '31234567890'],
    ]);
  });

  it('reads lone CR line ends (old Mac Excel) and LF', () => {
    expect(parseDelimited('a,b\rc,d\ne,f').records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps Excel’s scientific notation as written so the validation can name it', () => {
    const text = '상품주문번호,택배사,송장번호\r\n2.02611E+15,CJ대한통운,6.01235E+11\r\n';
    expect(triples(readBulkText(text))).toEqual([[2, '2.02611E+15', 'CJ대한통운', '6.01235E+11']]);
  });

  it('finds the columns by their Korean headers in any order, beside other columns and under a title row', () => {
    const text = [
      '발송처리 일괄 등록',
      '주문번호,운송장번호(필수),수취인명,배송방법,택배사 코드,상품주문번호',
      '2026112700001200,601234567890,김하늘,택배,CJGLS,2026112700001201',
    ].join('\r\n');
    const sheet = ok(readBulkText(text));
    expect(sheet.headerLine).toBe(2);
    expect(triples(sheet)).toEqual([[3, '2026112700001201', 'CJGLS', '601234567890']]);
  });

  it('says which column is missing when a header names only some of them', () => {
    const sheet = readBulkText('주문번호,택배사,송장번호\r\n2026112700001200,CJGLS,601234567890\r\n');
    expect(sheet.ok).toBe(false);
    if (!sheet.ok) expect(sheet.message).toContain('"상품주문번호"');
  });

  it('reads a paste from a spreadsheet: tab separated, no header, documented column order', () => {
    const paste = '2026112700001201\tCJ대한통운\t601234567890\n2026112700001202\t롯데\t401234567890\n';
    expect(sniffDelimiter(paste)).toBe('\t');
    expect(triples(readBulkText(paste))).toEqual([
      [1, '2026112700001201', 'CJ대한통운', '601234567890'],
      [2, '2026112700001202', '롯데', '401234567890'],
    ]);
  });

  it('finds the columns of a headerless paste by content when they come in another order', () => {
    const paste =
      '롯데택배\t401234567890\t2026112700001201\r\nCJ대한통운\t601234567890\t2026112700001202\r\n';
    expect(triples(readBulkText(paste))).toEqual([
      [1, '2026112700001201', '롯데택배', '401234567890'],
      [2, '2026112700001202', 'CJ대한통운', '601234567890'],
    ]);
  });

  it('skips an unknown header row above numbers', () => {
    const paste = '번호\t회사\t운송\r\n2026112700001201\t한진\t598765432107\r\n';
    const sheet = ok(readBulkText(paste));
    expect(sheet.headerLine).toBe(1);
    expect(triples(sheet)).toEqual([[2, '2026112700001201', '한진', '598765432107']]);
  });

  it('reads semicolon CSV from a European Excel', () => {
    const text = '상품주문번호;택배사;송장번호\r\n2026112700001201;CJGLS;601234567890\r\n';
    expect(ok(readBulkText(text)).delimiter).toBe(';');
  });

  it('warns about a quote left open instead of failing', () => {
    const sheet = ok(
      readBulkText('상품주문번호,택배사,송장번호\r\n2026112700001201,"CJGLS,601234567890\r\n'),
    );
    expect(sheet.warnings[0]).toContain('2행');
  });

  it('refuses more than 1000 rows and an empty file', () => {
    const rows = Array.from(
      { length: 1001 },
      (_, i) => `20261127000${String(i).padStart(5, '0')},CJGLS,60123456${String(i).padStart(4, '0')}`,
    );
    const big = readBulkText(`상품주문번호,택배사,송장번호\n${rows.join('\n')}`);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toContain('1,000행');
    expect(readBulkText('\r\n\r\n').ok).toBe(false);
  });
});

describe('cells', () => {
  it('unwraps ="…" (our export), a leading apostrophe, no-break and zero-width spaces', () => {
    expect(cleanCell('="2026112712345601"')).toBe('2026112712345601');
    expect(cleanCell("'601234567890")).toBe('601234567890');
    expect(cleanCell('\u00A0601234567890\u200B ')).toBe('601234567890');
    expect(digitsOf('6012-3456-7890')).toBe('601234567890');
    expect(digitsOf('601234567890.0')).toBe('601234567890');
    expect(digitsOf('6.01235E+11')).toBe('6.01235E+11');
  });

  it('knows which 16-digit numbers Excel may have rounded (15 significant digits)', () => {
    expect(excelRoundedPrefix('2026112712345600')).toBe('202611271234560');
    expect(excelRoundedPrefix('2026112712345601')).toBeUndefined();
    expect(excelRoundedPrefix('601234567890')).toBeUndefined();
  });
});
