import { describe, expect, it } from 'vitest';
import { cleanCell } from '../../../lib/bulk/cells';
import { decodeSheet } from '../../../lib/bulk/decode';
import { parseDelimited } from '../../../lib/bulk/delimited';
import { readBulkText } from '../../../lib/bulk/read';
import { csvField } from '../../../lib/export/csv';
import { kstDateTime, kstDayRange, kstDayStart } from '../../../lib/export/format';
import { type ExportOrder, exportFileName, ordersToCsv } from '../../../lib/export/orders-csv';

const PAID = Date.UTC(2026, 10, 27, 5, 3); // 2026-11-27 14:03 KST

const ORDERS: ExportOrder[] = [
  {
    productOrderId: '2026112712345601',
    orderId: '2026112712345600',
    status: 'PREPARING',
    paidAt: PAID,
    shippingDueAt: PAID + 3 * 86_400_000,
    receiverName: '김하늘',
    receiverPhone: '010-1234-5678',
    zipCode: '06236',
    address: '서울특별시 강남구 테헤란로 123',
    addressDetail: '4층 401호 "하늘리빙"',
    productName: '린넨 쿠션 커버, 45×45',
    optionText: '1-2',
    quantity: 2,
    memo: '=HYPERLINK("http://evil","클릭")\n문 앞에 놓아 주세요',
    buyerName: '이바다',
    accountAlias: '하늘리빙',
  },
  {
    productOrderId: '2026112712345701',
    orderId: '2026112712345700',
    status: 'SHIPPING',
    paidAt: PAID - 3_600_000,
    receiverName: '+박구름',
    receiverPhone: '01098765432',
    zipCode: '48058',
    address: '부산광역시 해운대구 센텀중앙로 79',
    productName: '세라믹 머그',
    quantity: 1,
    courierCode: 'HYUNDAI',
    trackingNumber: '012345678901',
    buyerName: '박구름',
    accountAlias: '하늘리빙',
  },
];

/** Reads the file back the way a spreadsheet does: decode the bytes, split, evaluate ="…". */
function readBack(csv: string): string[][] {
  const bytes = new TextEncoder().encode(csv);
  const decoded = decodeSheet(bytes);
  expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
  return parseDelimited(decoded.text, ',').records.map((r) => r.cells.map(cleanCell));
}

describe('order export: a CSV that opens cleanly in Excel', () => {
  it('starts with a BOM, ends every row with CRLF and has the columns a courier booking needs', () => {
    const csv = ordersToCsv(ORDERS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\r')).toBe(false);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual([
      '상품주문번호',
      '주문번호',
      '상태',
      '결제일',
      '발송기한',
      '수취인',
      '연락처',
      '우편번호',
      '주소',
      '상품명',
      '옵션',
      '수량',
      '배송메모',
      '구매자',
      '계정',
      '택배사',
      '송장번호',
    ]);
  });

  it('round trip: numbers intact (16-digit order numbers, zip with a leading zero, tracking with a leading zero), Korean intact', () => {
    const rows = readBack(ordersToCsv(ORDERS));
    expect(rows).toHaveLength(3);
    const [first, second] = [rows[1]!, rows[2]!];
    expect(first.slice(0, 9)).toEqual([
      '2026112712345601',
      '2026112712345600',
      '배송 준비 중',
      '2026-11-27 14:03',
      '2026-11-30 14:03',
      '김하늘',
      '010-1234-5678',
      '06236',
      '서울특별시 강남구 테헤란로 123 4층 401호 "하늘리빙"',
    ]);
    expect(first.slice(9, 15)).toEqual([
      '린넨 쿠션 커버, 45×45',
      '1-2',
      '2',
      expect.any(String),
      '이바다',
      '하늘리빙',
    ]);
    expect(second).toEqual([
      '2026112712345701',
      '2026112712345700',
      '배송 중',
      '2026-11-27 13:03',
      '',
      '+박구름',
      '01098765432',
      '48058',
      '부산광역시 해운대구 센텀중앙로 79',
      '세라믹 머그',
      '',
      '1',
      '',
      '박구름',
      '하늘리빙',
      '롯데택배',
      '012345678901',
    ]);
  });

  it('writes numbers as ="…" so Excel keeps them as text, and real quantities as numbers', () => {
    const csv = ordersToCsv(ORDERS);
    const line = csv.split('\r\n')[2]!;
    expect(line.startsWith('"=""2026112712345701""","=""2026112712345700""",배송 중,')).toBe(true);
    expect(line).toContain(',"=""01098765432""","=""48058""",');
    expect(line.endsWith(',롯데택배,"=""012345678901"""')).toBe(true);
    expect(csv.split('\r\n')[1]).toContain(',"=""1-2""",2,');
  });

  it('never lets buyer text run as a formula', () => {
    const csv = ordersToCsv(ORDERS);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""클릭"")\n문 앞에 놓아 주세요"`);
    expect(csv).toContain(",'+박구름,");
    // as a spreadsheet sees the cell: text after an apostrophe, not a formula
    const raw = parseDelimited(csv.slice(1), ',').records[1]!.cells[12]!;
    expect(raw.startsWith("'=HYPERLINK")).toBe(true);
  });

  it('is itself a 대량 배송 처리 sheet: fill 택배사 and 송장번호, upload it back', () => {
    const csv = ordersToCsv([
      { ...ORDERS[0]!, courierCode: 'CJGLS', trackingNumber: '601234567890' },
      ORDERS[1]!,
    ]);
    const sheet = readBulkText(csv);
    if (!sheet.ok) throw new Error(sheet.message);
    expect(sheet.rows.map((r) => [r.productOrderId, r.carrier, r.trackingNumber].map(cleanCell))).toEqual([
      ['2026112712345601', 'CJ대한통운', '601234567890'],
      ['2026112712345701', '롯데택배', '012345678901'],
    ]);
  });
});

describe('fields and dates', () => {
  it.each([
    ['2026112712345601', 'id', '"=""2026112712345601"""'],
    ['', 'id', ''],
    [undefined, 'text', ''],
    ['린넨, 쿠션', 'text', '"린넨, 쿠션"'],
    ['12" 쿠션', 'text', '"12"" 쿠션"'],
    ['@SUM(A1)', 'text', "'@SUM(A1)"],
    ['-빨강', 'text', "'-빨강"],
    ['2026-11-27', 'text', '"=""2026-11-27"""'],
    [3, 'number', '3'],
    ['2026-11-27 14:03', 'date', '2026-11-27 14:03'],
  ] as const)('%j as %s → %s', (value, kind, expected) => {
    expect(csvField(value, kind)).toBe(expected);
  });

  it('formats in Korea’s time zone and turns the date filter into a paid-date range', () => {
    expect(kstDateTime(PAID)).toBe('2026-11-27 14:03');
    expect(kstDayStart('2026-11-27')).toBe(Date.UTC(2026, 10, 26, 15));
    expect(kstDayStart('2026-02-30')).toBeUndefined();
    expect(kstDayRange('2026-11-01', '2026-11-27')).toEqual({
      paidFrom: Date.UTC(2026, 9, 31, 15),
      paidTo: Date.UTC(2026, 10, 27, 15),
    });
    expect(kstDayRange('', '')).toEqual({});
    expect(exportFileName('주문', PAID)).toBe('스마트스토어_주문_20261127_1403.csv');
  });
});
