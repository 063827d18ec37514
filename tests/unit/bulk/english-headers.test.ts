import { afterEach, describe, expect, it } from 'vitest';
import { matchCarrier } from '../../../lib/bulk/carriers';
import { headerField } from '../../../lib/bulk/columns';
import { readBulkText } from '../../../lib/bulk/read';
import { bulkTemplateCsv } from '../../../lib/bulk/results';
import { type ExportOrder, ordersToCsv } from '../../../lib/export/orders-csv';
import { setLocale } from '../../../lib/i18n';

afterEach(() => setLocale('ko'));

const rowsOf = (text: string) => {
  const sheet = readBulkText(text);
  if (!sheet.ok) throw new Error(`expected rows, got: ${sheet.message}`);
  return sheet;
};
const triples = (text: string) =>
  rowsOf(text).rows.map((r) => [r.line, r.productOrderId, r.carrier, r.trackingNumber]);

describe('a sheet written by an English-speaking seller', () => {
  it('finds the columns by English headers, in any case and order', () => {
    expect(
      triples(
        'Product order number,Carrier,Tracking number\r\n2026112700001201,CJ Logistics,601234567890\r\n',
      ),
    ).toEqual([[2, '2026112700001201', 'CJ Logistics', '601234567890']]);
    expect(
      triples('TRACKING NUMBER\tcarrier\tproduct ORDER number\n601234567890\tHanjin\t2026112700001201\n'),
    ).toEqual([[2, '2026112700001201', 'Hanjin', '601234567890']]);
    expect(
      triples(
        'Memo,Tracking No.,Courier company,Product Order ID (required)\n' +
          'leave at door,401234567890,Lotte,2026112700001301\n',
      ),
    ).toEqual([[2, '2026112700001301', 'Lotte', '401234567890']]);
  });

  it('recognises the usual English names of each column and leaves other headers alone', () => {
    for (const h of ['Product order number', 'Product Order No.', 'Order item ID', 'productOrderId']) {
      expect(headerField(h), h).toBe('productOrderId');
    }
    for (const h of ['Carrier', 'Carrier name', 'Courier', 'Shipping company', 'Delivery company']) {
      expect(headerField(h), h).toBe('carrier');
    }
    for (const h of ['Tracking number', 'Tracking #', 'Tracking', 'Waybill number', 'Invoice No']) {
      expect(headerField(h), h).toBe('trackingNumber');
    }
    for (const h of ['Order number', 'Recipient', 'Delivery note', 'Status', 'Quantity']) {
      expect(headerField(h), h).toBeUndefined();
    }
  });

  it('names the missing column in English when the page speaks English', () => {
    setLocale('en');
    const sheet = readBulkText('Product order number,Carrier,Memo\n2026112700001201,CJGLS,hello\n');
    expect(sheet.ok).toBe(false);
    if (sheet.ok) return;
    expect(sheet.message).toContain('"Tracking number"');
    expect(sheet.message).not.toMatch(/[\uAC00-\uD7A3]/);
  });

  it('knows carriers by their English names', () => {
    const code = (cell: string) => {
      const m = matchCarrier(cell);
      return m.ok ? m.courier.code : m.reason;
    };
    expect(code('CJ Logistics')).toBe('CJGLS');
    expect(code('korea post')).toBe('EPOST');
    expect(code('Kyungdong Express')).toBe('KDEXP');
    expect(code('Daesin Logistics')).toBe('DAESIN');
    expect(code('NH Logistics')).toBe('NONGHYUP');
    expect(code('Logen')).toBe('KGB');
  });

  it('reads back the English template and the English order export', () => {
    setLocale('en');
    expect(bulkTemplateCsv()).toBe('\uFEFFProduct order number,Carrier,Tracking number\r\n');
    const order: ExportOrder = {
      productOrderId: '2026112712345601',
      orderId: '2026112712345600',
      status: 'PREPARING',
      paidAt: Date.UTC(2026, 10, 27, 5, 3),
      receiverName: 'Kim Haneul',
      receiverPhone: '010-0000-0000',
      zipCode: '06236',
      address: 'Teheran-ro 123',
      buyerName: 'Kim Haneul',
      productName: 'Linen cushion cover',
      quantity: 1,
      courierCode: 'HYUNDAI',
      trackingNumber: '012345678901',
    };
    const sheet = rowsOf(ordersToCsv([order]));
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows.map((r) => [r.productOrderId, r.carrier, r.trackingNumber])).toEqual([
      ['="2026112712345601"', 'Lotte Global Logistics', '="012345678901"'],
    ]);
    expect(matchCarrier('Lotte Global Logistics')).toMatchObject({ ok: true, courier: { code: 'HYUNDAI' } });
  });
});
