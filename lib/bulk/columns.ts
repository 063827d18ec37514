import { t } from '../i18n';
import { matchCarrier } from './carriers';
import { digitsOf } from './cells';
import type { SheetRecord } from './delimited';
import type { BulkInputRow } from './types';

export type BulkField = 'productOrderId' | 'carrier' | 'trackingNumber';

/**
 * Header names sellers use, per field, as `normaliseHeader` leaves them. SmartStore's own 발송처리 sheet uses
 * 상품주문번호 / 택배사 / 송장번호; courier programs write 운송장번호; our export writes the same three (in
 * English: Product order number / Carrier / Tracking number), and English sheets name them in several ways.
 * i18n-data: matched against the headers of sellers' sheets, in both languages whatever the page's language.
 */
const HEADERS: Record<BulkField, readonly string[]> = {
  productOrderId: [
    '상품주문번호',
    '상품주문no',
    '상품주문id',
    '품목주문번호',
    '주문상품번호',
    '상품주문코드',
    'productorderid',
    'productorderno',
    'productordernumber',
    'productordercode',
    'productorder',
    'orderitemid',
    'orderitemno',
    'orderitemnumber',
  ],
  carrier: [
    '택배사',
    '택배사명',
    '택배사코드',
    '택배회사',
    '택배업체',
    '배송사',
    '배송업체',
    '배송회사',
    '운송사',
    '택배',
    'courier',
    'carrier',
    'deliverycompany',
    'deliverycompanycode',
    'deliverycompanyname',
    'carriername',
    'carriercode',
    'couriername',
    'couriercode',
    'couriercompany',
    'shippingcompany',
    'shippingcarrier',
  ],
  trackingNumber: [
    '송장번호',
    '운송장번호',
    '운송장',
    '송장',
    '운송장no',
    '송장no',
    '송장번호운송장번호',
    'trackingnumber',
    'trackingno',
    'invoiceno',
    'invoicenumber',
    'invoice',
    'tracking',
    'trackingcode',
    'trackingid',
    'waybill',
    'waybillno',
    'waybillnumber',
    'awb',
    'awbnumber',
  ],
};

/** "운송장번호(필수)", "* 택배사", "Tracking No." → the bare name */
export function normaliseHeader(cell: string): string {
  return cell
    .normalize('NFC')
    .replace(/\(.*?\)|\[.*?\]|（.*?）/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const FIELD_OF = new Map<string, BulkField>();
for (const [field, names] of Object.entries(HEADERS) as Array<[BulkField, readonly string[]]>) {
  for (const n of names) FIELD_OF.set(n, field);
}

export function headerField(cell: string): BulkField | undefined {
  return FIELD_OF.get(normaliseHeader(cell));
}

export interface ColumnMap {
  productOrderId: number;
  carrier: number;
  trackingNumber: number;
}

export interface SheetLayout {
  columns: ColumnMap;
  /** the line of the header row, when the sheet has one */
  headerLine?: number | undefined;
  /** records before the data (a title, the header) */
  skip: number;
}

export type LayoutResult = { ok: true; layout: SheetLayout } | { ok: false; message: string };

const FIELDS: readonly BulkField[] = ['productOrderId', 'carrier', 'trackingNumber'];

/** The field's header name in the seller's language, as our template and export write it. */
export function fieldLabel(field: BulkField): string {
  switch (field) {
    case 'productOrderId':
      return t('상품주문번호', 'Product order number');
    case 'carrier':
      return t('택배사', 'Carrier');
    case 'trackingNumber':
      return t('송장번호', 'Tracking number');
  }
}

/** A header is a row among the first five whose cells name at least two of the three fields. */
function findHeader(records: readonly SheetRecord[]): { index: number; map: Partial<ColumnMap> } | undefined {
  for (let i = 0; i < Math.min(5, records.length); i++) {
    const map: Partial<ColumnMap> = {};
    records[i]!.cells.forEach((cell, col) => {
      const f = headerField(cell);
      if (f && map[f] === undefined) map[f] = col;
    });
    if (Object.keys(map).length >= 2) return { index: i, map };
  }
  return undefined;
}

/**
 * Without a header the columns are found by what they hold: the carrier column is the one whose cells are
 * carrier names, the product order number column the one with the longest numbers (16 digits, where tracking
 * numbers have 9–15). A sheet that gives no clue is read in the documented order: 상품주문번호, 택배사, 송장번호.
 */
function inferColumns(records: readonly SheetRecord[]): ColumnMap | undefined {
  const sample = records.slice(0, 30);
  const width = Math.max(0, ...sample.map((r) => r.cells.length));
  if (width < 3) return undefined;
  const carrierRate: number[] = [];
  const digitLength: number[] = [];
  for (let col = 0; col < width; col++) {
    const cells = sample.map((r) => r.cells[col] ?? '').filter((c) => c.trim() !== '');
    carrierRate.push(cells.length ? cells.filter((c) => matchCarrier(c).ok).length / cells.length : 0);
    const lengths = cells.map((c) => digitsOf(c)).map((d) => (/^\d+$/.test(d) ? d.length : 0));
    digitLength.push(lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0);
  }
  const best = Math.max(...carrierRate);
  const carrier = best >= 0.5 ? carrierRate.indexOf(best) : 1;
  const numeric = [...Array(width).keys()].filter((c) => c !== carrier && digitLength[c]! >= 9);
  if (numeric.length < 2) return { productOrderId: 0, carrier: 1, trackingNumber: 2 };
  numeric.sort((a, b) => digitLength[b]! - digitLength[a]! || a - b);
  const [productOrderId, trackingNumber] = numeric as [number, number];
  if (digitLength[productOrderId] === digitLength[trackingNumber]) {
    const [first, second] = [productOrderId, trackingNumber].sort((a, b) => a - b) as [number, number];
    return { productOrderId: first, carrier, trackingNumber: second };
  }
  return { productOrderId, carrier, trackingNumber };
}

export function detectLayout(records: readonly SheetRecord[]): LayoutResult {
  if (records.length === 0) {
    return {
      ok: false,
      message: t(
        '읽을 행이 없습니다. 파일 내용을 확인해 주세요.',
        'There are no rows to read. Check the file.',
      ),
    };
  }
  const header = findHeader(records);
  if (header) {
    const missing = FIELDS.filter((f) => header.map[f] === undefined);
    if (missing.length > 0) {
      const names = missing.map((f) => `"${fieldLabel(f)}"`).join(', ');
      return {
        ok: false,
        message: t(
          `머리글에서 ${names} 열을 찾지 못했습니다. 머리글을 상품주문번호 / 택배사 / 송장번호로 바꾸거나 머리글 행을 지워 주세요.`,
          `No ${names} column was found in the header. Rename the headers to Product order number / Carrier / Tracking number, or delete the header row.`,
        ),
      };
    }
    return {
      ok: true,
      layout: {
        columns: header.map as ColumnMap,
        headerLine: records[header.index]!.line,
        skip: header.index + 1,
      },
    };
  }
  // A first row without any long number above rows with them is a header we do not know: skip it.
  const hasNumber = (r: SheetRecord | undefined) => !!r?.cells.some((c) => /^\d{9,}$/.test(digitsOf(c)));
  const skip = records.length > 1 && !hasNumber(records[0]) && hasNumber(records[1]) ? 1 : 0;
  const columns = inferColumns(records.slice(skip));
  if (!columns) {
    return {
      ok: false,
      message: t(
        '한 행에 상품주문번호, 택배사, 송장번호 세 칸이 있어야 합니다. 쉼표(,)나 탭으로 나눈 파일인지 확인해 주세요.',
        'Each row needs three cells: product order number, carrier and tracking number. Check that the file is separated by commas (,) or tabs.',
      ),
    };
  }
  return { ok: true, layout: { columns, skip, headerLine: skip ? records[0]!.line : undefined } };
}

export function rowsOf(records: readonly SheetRecord[], layout: SheetLayout): BulkInputRow[] {
  return records.slice(layout.skip).map((r) => ({
    line: r.line,
    productOrderId: r.cells[layout.columns.productOrderId] ?? '',
    carrier: r.cells[layout.columns.carrier] ?? '',
    trackingNumber: r.cells[layout.columns.trackingNumber] ?? '',
  }));
}
