import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../lib/bulk/delimited';
import { readBulkFile, readBulkText } from '../../../lib/bulk/read';
import { bulkResults, resultCounts, resultsToCsv } from '../../../lib/bulk/results';
import type { BulkOrderFacts, BulkOrderLookup, BulkPreview } from '../../../lib/bulk/types';
import { validateBulkRows } from '../../../lib/bulk/validate';
import type { ActionRecord } from '../../../lib/orders/outbox-types';
import { cp949 } from './encodings';

const order = (id: string, over: Partial<BulkOrderFacts> = {}): BulkOrderFacts => ({
  accountId: 'acc-a',
  accountAlias: '하늘리빙',
  productOrderId: id,
  orderId: `${id.slice(0, 14)}00`,
  status: 'PREPARING',
  productName: '린넨 쿠션 커버',
  receiverName: '김하늘',
  ...over,
});

/** The extension's orders for these tests. */
const ORDERS: BulkOrderFacts[] = [
  order('2026112700001201'),
  order('2026112700001202'),
  order('2026112700001301'),
  order('2026112700001302'),
  order('2026112700001401'),
  order('2026112700001501'),
  order('2026112700001601'),
  order('2026112700001701', { status: 'PAYMENT_CONFIRMING' }),
  order('2026112700001801', { status: 'SHIPPING', courierCode: 'CJGLS', trackingNumber: '601234560000' }),
  order('2026112700001901', { status: 'CANCEL_REQUESTED' }),
  order('2026112700002001', { status: 'RETURN_REQUESTED' }),
  order('2026112700002101', { accountId: 'acc-b', accountAlias: '바다커피' }),
];

function fakeLookup(orders = ORDERS): BulkOrderLookup & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async byProductOrderIds(ids) {
      calls.push([...ids]);
      return orders.filter((o) => ids.includes(o.productOrderId));
    },
    async byPrefix(prefix) {
      return orders.filter((o) => o.productOrderId.startsWith(prefix));
    },
  };
}

async function preview(text: string): Promise<BulkPreview> {
  const sheet = readBulkText(text);
  if (!sheet.ok) throw new Error(sheet.message);
  return validateBulkRows(sheet.rows, fakeLookup());
}

const byLine = (p: BulkPreview, line: number) => p.rows.find((r) => r.line === line)!;
const codes = (p: BulkPreview, line: number) => byLine(p, line).problems.map((x) => x.code);

describe('bulk dispatch preview: every row ready or wrong with its reason', () => {
  it('checks a mixed sheet the way a seller writes one', async () => {
    const p = await preview(
      [
        '상품주문번호,택배사,송장번호', // 1
        '2026112700001201,CJ대한통운,601234567890', // 2 ready
        '="2026112700001202",롯데,="401234567890"', // 3 ready (our export's ="…")
        '2026112700009901,한진,598765432107', // 4 unknown order
        '2026112700001701,CJGLS,601234567891', // 5 주문 확인 중
        '2026112700001801,CJGLS,601234567892', // 6 already shipped
        '2026112700001901,CJGLS,601234567893', // 7 cancel requested
        '2026112700002001,CJGLS,601234567894', // 8 return requested
        '2026112700001301,번개택배,601234567895', // 9 unknown carrier
        '2026112700001302,CJ대한통운,6.01235E+11', // 10 scientific
        '2026112700001401,롯데택배,12345678901', // 11 lost leading zero (Lotte: 12 digits)
        '2026112700001501,한진,598700000001', // 12 same tracking, other order → duplicate
        '2026112700001601,한진,598700000001', // 13 (its pair)
        '2026112700001201,CJ대한통운,601234567890', // 14 repeats line 2
        '2.02611E+15,CJGLS,601234567896', // 15 order number in scientific notation
        '2026112700001200,CJGLS,601234567897', // 16 rounded by Excel (…1201 → …1200)
        ',CJGLS,601234567898', // 17 no order number
        '2026112700002101,로젠,31234567890', // 18 ready, other account
      ].join('\r\n'),
    );
    expect(p.rows).toHaveLength(17);
    expect(byLine(p, 2)).toMatchObject({ ready: true, courierCode: 'CJGLS', trackingNumber: '601234567890' });
    expect(byLine(p, 3)).toMatchObject({
      ready: true,
      productOrderId: '2026112700001202',
      courierCode: 'HYUNDAI',
      courierName: '롯데택배',
      trackingNumber: '401234567890',
    });
    expect(codes(p, 4)).toEqual(['unknown-order']);
    expect(codes(p, 5)).toEqual(['not-preparing']);
    expect(byLine(p, 5).problems[0]?.message).toContain('발주 확인');
    expect(codes(p, 6)).toEqual(['already-shipped']);
    expect(byLine(p, 6).problems[0]?.message).toContain('601234560000');
    expect(codes(p, 7)).toEqual(['not-preparing']);
    expect(byLine(p, 7).problems[0]?.message).toContain('취소를 요청');
    expect(byLine(p, 8).problems[0]?.message).toContain('반품 요청 중');
    expect(codes(p, 9)).toEqual(['unknown-carrier']);
    expect(byLine(p, 9).problems[0]?.message).toContain('"번개택배"');
    expect(codes(p, 10)).toEqual(['tracking-scientific']);
    expect(byLine(p, 10).problems[0]?.message).toContain('지수 표기');
    expect(codes(p, 11)).toEqual(['tracking-leading-zero']);
    expect(codes(p, 12)).toEqual(['duplicate-tracking']);
    expect(byLine(p, 12).problems[0]?.message).toContain('13행');
    expect(codes(p, 13)).toEqual(['duplicate-tracking']);
    expect(codes(p, 14)).toEqual(['duplicate-row']);
    expect(byLine(p, 14).problems[0]?.message).toContain('2행');
    expect(byLine(p, 2).ready).toBe(true); // the first of a repeat still goes
    expect(codes(p, 15)).toEqual(['order-number-scientific']);
    expect(codes(p, 16)).toEqual(['order-number-rounded']);
    expect(byLine(p, 16).problems[0]?.message).toContain('2026112700001201');
    expect(codes(p, 17)).toEqual(['missing-order-number']);
    expect(byLine(p, 18)).toMatchObject({ ready: true, courierCode: 'KGB' });
    expect(p.readyCount).toBe(3);
    expect(p.problemCount).toBe(14);
    expect(p.accounts).toEqual([
      { accountId: 'acc-a', accountAlias: '하늘리빙', ready: 2 },
      { accountId: 'acc-b', accountAlias: '바다커피', ready: 1 },
    ]);
  });

  it('lets items of one order share a tracking number (합포장)', async () => {
    const p = await preview(
      '상품주문번호\t택배사\t송장번호\n2026112700001201\tCJGLS\t601234567890\n2026112700001202\tCJGLS\t601234567890\n',
    );
    expect(p.rows.map((r) => [r.ready, r.bundle])).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it('refuses both rows when one item is given two different tracking numbers', async () => {
    const p = await preview(
      '상품주문번호,택배사,송장번호\n2026112700001201,CJGLS,601234567890\n2026112700001201,CJGLS,601234567899\n',
    );
    expect(p.rows.map((r) => r.problems.map((x) => x.code))).toEqual([
      ['conflicting-rows'],
      ['conflicting-rows'],
    ]);
    expect(p.readyCount).toBe(0);
  });

  it('keeps every reason of a row, so the sheet is fixed once', async () => {
    const p = await preview('상품주문번호,택배사,송장번호\n2026112700001701,번개,1.2E+11\n');
    expect(codes(p, 2)).toEqual(['not-preparing', 'unknown-carrier', 'tracking-scientific']);
  });

  it('asks the lookup once for all the numbers', async () => {
    const lookup = fakeLookup();
    const sheet = readBulkText(
      '상품주문번호,택배사,송장번호\n2026112700001201,CJGLS,601234567890\n2026112700001202,CJGLS,601234567891\n2026112700001201,CJGLS,601234567890\n',
    );
    if (!sheet.ok) throw new Error(sheet.message);
    await validateBulkRows(sheet.rows, lookup);
    expect(lookup.calls).toEqual([['2026112700001201', '2026112700001202']]);
  });

  it('reads a CP949 file straight from Excel end to end', async () => {
    const bytes = cp949(
      '상품주문번호,주문번호,수취인명,택배사,송장번호\r\n2026112700001201,2026112700001200,김하늘,대한통운,601234567890\r\n2026112700001202,2026112700001200,김하늘,우체국택배,6865012345678\r\n',
    );
    const sheet = readBulkFile(bytes);
    if (!sheet.ok) throw new Error(sheet.message);
    const p = await validateBulkRows(sheet.rows, fakeLookup());
    expect(p.rows.map((r) => [r.ready, r.courierCode])).toEqual([
      [true, 'CJGLS'],
      [true, 'EPOST'],
    ]);
  });
});

describe('bulk dispatch results', () => {
  it('gives each row the result of its item, and the reason of the rows not sent; downloadable as CSV', async () => {
    const p = await preview(
      [
        '상품주문번호,택배사,송장번호',
        '2026112700001201,CJ대한통운,601234567890',
        '2026112700001202,롯데,401234567890',
        '2026112700009901,한진,598765432107',
        '2026112700001201,CJ대한통운,601234567890',
        '2026112700001301,한진,598765432100',
      ].join('\n'),
    );
    const record: ActionRecord = {
      id: 'req-1',
      accountId: 'acc-a',
      kind: 'dispatch',
      status: 'queued',
      createdAt: 1,
      updatedAt: 2,
      items: [
        {
          productOrderId: '2026112700001201',
          orderId: 'x',
          state: 'done',
          courierCode: 'CJGLS',
          trackingNumber: '601234567890',
          attempts: 1,
        },
        {
          productOrderId: '2026112700001202',
          orderId: 'x',
          state: 'failed',
          courierCode: 'HYUNDAI',
          trackingNumber: '401234567890',
          code: '104121',
          message: '이미 다른 주문에 사용된 운송장 번호입니다.',
          attempts: 1,
        },
        {
          productOrderId: '2026112700001301',
          orderId: 'y',
          state: 'pending',
          courierCode: 'HANJIN',
          trackingNumber: '598765432100',
          attempts: 0,
        },
      ],
    };
    const results = bulkResults(p, [record]);
    expect(results.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'done'],
      [3, 'failed'],
      [4, 'not-sent'],
      [5, 'not-sent'],
      [6, 'sending'],
    ]);
    expect(results[1]).toMatchObject({
      code: '104121',
      outcomeMessage: '이미 다른 주문에 사용된 운송장 번호입니다.',
    });
    expect(results[2]?.outcomeMessage).toContain('찾을 수 없는');
    expect(resultCounts(results)).toEqual({ done: 1, failed: 1, sending: 1, skipped: 0, 'not-sent': 2 });

    const csv = resultsToCsv(results);
    expect(csv.startsWith('\uFEFF행,상품주문번호,주문번호,택배사,송장번호')).toBe(true);
    const table = parseDelimited(csv.slice(1)).records.map((r) => r.cells);
    expect(table[1]).toEqual([
      '2',
      '="2026112700001201"',
      '="2026112700001200"',
      'CJ대한통운',
      '="601234567890"',
      '린넨 쿠션 커버',
      '김하늘',
      '하늘리빙',
      '완료',
      '',
      '',
    ]);
    expect(table[2]?.slice(8)).toEqual(['실패', '이미 다른 주문에 사용된 운송장 번호입니다.', '="104121"']);
  });
});
