import { t } from '../i18n';
import { statusLabel } from '../orders/status';
import { courierName } from '../smartstore/enums';
import { matchCarrier } from './carriers';
import { digitsOf, excelRoundedPrefix, SCIENTIFIC } from './cells';
import { trackingProblem } from './tracking-rules';
import type {
  BulkInputRow,
  BulkOrderFacts,
  BulkOrderLookup,
  BulkPreview,
  BulkProblem,
  BulkRowVerdict,
} from './types';

const LOOKUP_CHUNK = 500;
const textTip = () =>
  t(
    '엑셀에서 셀 서식을 "텍스트"로 바꾸고 번호를 다시 넣어 주세요.',
    'In Excel, set the cell format to "Text" and type the numbers again.',
  );

function orderNumberProblem(digits: string): BulkProblem | undefined {
  if (!digits) {
    return {
      code: 'missing-order-number',
      message: t('상품주문번호가 비어 있습니다.', 'The product order number is empty.'),
    };
  }
  if (SCIENTIFIC.test(digits)) {
    return {
      code: 'order-number-scientific',
      message: t(
        `엑셀이 상품주문번호를 지수 표기(${digits})로 바꿔 원래 번호를 알 수 없습니다. ${textTip()}`,
        `Excel turned the product order number into scientific notation (${digits}), so the original number is lost. ${textTip()}`,
      ),
    };
  }
  if (!/^\d+$/.test(digits)) {
    return {
      code: 'order-number-not-digits',
      message: t(
        `상품주문번호는 숫자입니다 (${digits}).`,
        `A product order number is made of digits (${digits}).`,
      ),
    };
  }
  return undefined;
}

function statusProblem(order: BulkOrderFacts, trackingNumber: string): BulkProblem | undefined {
  switch (order.status) {
    case 'PREPARING':
      return undefined;
    case 'PAYMENT_CONFIRMING':
      return {
        code: 'not-preparing',
        message: t(
          '주문 확인 중인 품목입니다. 먼저 발주 확인을 해서 배송 준비 중으로 바꿔 주세요.',
          'This item is awaiting confirmation. Confirm the order first so it moves to Preparing shipment.',
        ),
      };
    case 'SHIPPING':
    case 'DELIVERED':
    case 'PURCHASE_DECIDED': {
      const same = order.trackingNumber && order.trackingNumber === trackingNumber;
      const sent = [order.courierCode ? courierName(order.courierCode) : '', order.trackingNumber ?? '']
        .filter(Boolean)
        .join(' ');
      const status = statusLabel(order.status);
      const detail = `${status}${sent ? `, ${sent}` : ''}`;
      return {
        code: 'already-shipped',
        message: same
          ? t(
              `이미 이 송장번호로 배송 처리된 품목입니다 (${status}).`,
              `This item was already dispatched with this tracking number (${status}).`,
            )
          : t(
              `이미 배송 처리된 품목입니다 (${detail}). 송장 수정은 스마트스토어 판매자센터에서 해 주세요.`,
              `This item was already dispatched (${detail}). Change the tracking number in the SmartStore Seller Center.`,
            ),
      };
    }
    case 'CANCEL_REQUESTED':
      return {
        code: 'not-preparing',
        message: t(
          '구매자가 취소를 요청한 품목입니다. 스마트스토어 판매자센터에서 먼저 처리해 주세요.',
          'The buyer asked to cancel this item. Handle the request in the SmartStore Seller Center first.',
        ),
      };
    default:
      return {
        code: 'not-preparing',
        message: t(
          `${statusLabel(order.status)} 상태라 배송 처리할 수 없습니다 (배송 준비 중 품목만 가능).`,
          `This item is ${statusLabel(order.status)} and cannot be dispatched (only items in Preparing shipment can).`,
        ),
      };
  }
}

async function lookupAll(lookup: BulkOrderLookup, ids: readonly string[]) {
  const found = new Map<string, BulkOrderFacts>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    for (const o of await lookup.byProductOrderIds(ids.slice(i, i + LOOKUP_CHUNK))) {
      if (!found.has(o.productOrderId)) found.set(o.productOrderId, o);
    }
  }
  return found;
}

async function unknownOrderProblem(lookup: BulkOrderLookup, digits: string): Promise<BulkProblem> {
  const prefix = excelRoundedPrefix(digits);
  if (prefix && lookup.byPrefix) {
    const candidates = await lookup.byPrefix(prefix);
    if (candidates.length > 0) {
      const shown = candidates
        .slice(0, 3)
        .map((c) => c.productOrderId)
        .join(', ');
      const more = candidates.length > 3 ? ' …' : '';
      return {
        code: 'order-number-rounded',
        message: t(
          `엑셀이 상품주문번호의 16번째 자리부터를 0으로 바꾼 것 같습니다 (비슷한 번호: ${shown}${more}). ${textTip()}`,
          `Excel seems to have turned the product order number into zeros from the 16th digit on (similar numbers: ${shown}${more}). ${textTip()}`,
        ),
      };
    }
  }
  return {
    code: 'unknown-order',
    message: t(
      '연동된 주문에서 찾을 수 없는 상품주문번호입니다. 번호를 확인하거나, 새 주문이면 먼저 동기화해 주세요.',
      'This product order number is not among the linked orders. Check the number, or sync first if the order is new.',
    ),
  };
}

/** The carrier code, or the cell as written: two rows are "the same" when these and the numbers match. */
const identity = (v: BulkRowVerdict) =>
  `${v.courierCode ?? `?${v.input.carrier.trim()}`}|${v.trackingNumber}`;

function markDuplicates(rows: BulkRowVerdict[]): void {
  // 1. the same product order more than once: an exact repeat is a duplicate row; different shipping is a conflict
  const byId = new Map<string, BulkRowVerdict[]>();
  for (const v of rows) {
    if (!v.order) continue;
    const list = byId.get(v.productOrderId) ?? [];
    list.push(v);
    byId.set(v.productOrderId, list);
  }
  const repeats = new Set<BulkRowVerdict>();
  for (const list of byId.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const conflict = list.some((v) => identity(v) !== identity(first));
    if (conflict) {
      for (const v of list) {
        const others = list
          .filter((o) => o !== v)
          .map((o) => o.line)
          .join(', ');
        v.problems.push({
          code: 'conflicting-rows',
          message: t(
            `같은 상품주문번호가 ${others}행에 다른 택배사·송장번호로 또 있습니다. 한 품목에는 송장 하나만 넣을 수 있으니 하나만 남겨 주세요.`,
            `The same product order number appears again on row ${others} with another carrier or tracking number. An item takes one tracking number only, so keep just one row.`,
          ),
        });
      }
    } else {
      for (const v of list.slice(1)) {
        repeats.add(v);
        v.problems.push({
          code: 'duplicate-row',
          message: t(
            `${first.line}행과 같은 내용이 반복됩니다. 이 행은 보내지 않습니다.`,
            `This row repeats row ${first.line} and will not be sent.`,
          ),
        });
      }
    }
  }
  // 2. one tracking number for different orders (the same order number is a bundle: 합포장)
  const byTracking = new Map<string, BulkRowVerdict[]>();
  for (const v of rows) {
    if (!v.order || repeats.has(v) || !/^\d+$/.test(v.trackingNumber)) continue;
    const list = byTracking.get(v.trackingNumber) ?? [];
    list.push(v);
    byTracking.set(v.trackingNumber, list);
  }
  for (const list of byTracking.values()) {
    if (list.length < 2) continue;
    const orders = new Set(list.map((v) => v.order!.orderId));
    if (orders.size === 1) {
      if (new Set(list.map((v) => v.productOrderId)).size > 1) for (const v of list) v.bundle = true;
      continue;
    }
    for (const v of list) {
      const others = list.filter((o) => o.order!.orderId !== v.order!.orderId);
      const orderIds = [...new Set(others.map((o) => o.order!.orderId))].join(', ');
      const lines = others.map((o) => o.line).join(', ');
      v.problems.push({
        code: 'duplicate-tracking',
        message: t(
          `같은 송장번호가 다른 주문(주문번호 ${orderIds}, ${lines}행)에도 있습니다. 한 송장은 같은 주문번호의 품목끼리만(합포장) 쓸 수 있습니다.`,
          `The same tracking number is also used for another order (order number ${orderIds}, row ${lines}). One tracking number can only be shared by items of the same order (combined shipping).`,
        ),
      });
    }
  }
}

/**
 * Checks every row of an upload before anything is sent: the product order must be one of the extension's
 * orders and 배송 준비 중; the carrier must be one SmartStore knows; the tracking number must have survived
 * Excel (no scientific notation, no lost leading zeros where the carrier's length shows it); a tracking number
 * may be shared only by items of one order; a row may not repeat or contradict another. Every reason is kept,
 * so the seller fixes the sheet once.
 */
export async function validateBulkRows(
  input: readonly BulkInputRow[],
  lookup: BulkOrderLookup,
): Promise<BulkPreview> {
  const rows: BulkRowVerdict[] = input.map((row) => {
    const productOrderId = digitsOf(row.productOrderId);
    const trackingNumber = digitsOf(row.trackingNumber);
    const problems: BulkProblem[] = [];
    const orderProblem = orderNumberProblem(productOrderId);
    if (orderProblem) problems.push(orderProblem);
    const carrier = matchCarrier(row.carrier);
    let courierCode: string | undefined;
    if (carrier.ok) courierCode = carrier.courier.code;
    else if (carrier.reason === 'missing') {
      problems.push({
        code: 'missing-carrier',
        message: t('택배사가 비어 있습니다.', 'The carrier is empty.'),
      });
    } else {
      const names = carrier.suggestions.map((c) => courierName(c.code)).join(', ');
      const hint = carrier.suggestions.length
        ? t(` 혹시 ${names} 인가요?`, ` Did you mean ${names}?`)
        : t(
            ' 예: CJ대한통운, 롯데택배, 한진택배, 로젠택배, 우체국택배 (또는 CJGLS 같은 코드).',
            ' For example: CJ Logistics, Lotte, Hanjin, Logen, Korea Post (or a code such as CJGLS).',
          );
      const written = row.carrier.trim();
      problems.push({
        code: 'unknown-carrier',
        message:
          carrier.reason === 'ambiguous'
            ? t(
                `택배사 "${written}"가 여러 택배사에 해당합니다.${hint}`,
                `The carrier "${written}" matches several carriers.${hint}`,
              )
            : t(`택배사 "${written}"를 알 수 없습니다.${hint}`, `Unknown carrier "${written}".${hint}`),
      });
    }
    const tracking = trackingProblem(trackingNumber, courierCode);
    if (tracking) problems.push(tracking);
    return {
      line: row.line,
      input: row,
      productOrderId,
      courierCode,
      courierName: courierCode ? courierName(courierCode) : undefined,
      trackingNumber,
      ready: false,
      problems,
    };
  });

  const ids = [...new Set(rows.filter((v) => /^\d+$/.test(v.productOrderId)).map((v) => v.productOrderId))];
  const found = await lookupAll(lookup, ids);
  const unknown = new Map<string, BulkProblem>();
  for (const v of rows) {
    if (!/^\d+$/.test(v.productOrderId)) continue;
    const order = found.get(v.productOrderId);
    if (!order) {
      const p = unknown.get(v.productOrderId) ?? (await unknownOrderProblem(lookup, v.productOrderId));
      unknown.set(v.productOrderId, p);
      v.problems.unshift(p);
      continue;
    }
    v.order = order;
    const status = statusProblem(order, v.trackingNumber);
    if (status) v.problems.splice(0, 0, status);
  }
  markDuplicates(rows);

  const accounts = new Map<string, { accountId: string; accountAlias: string; ready: number }>();
  let readyCount = 0;
  for (const v of rows) {
    v.ready = v.problems.length === 0 && !!v.order && !!v.courierCode;
    if (!v.ready) continue;
    readyCount++;
    const a = accounts.get(v.order!.accountId) ?? {
      accountId: v.order!.accountId,
      accountAlias: v.order!.accountAlias,
      ready: 0,
    };
    a.ready++;
    accounts.set(a.accountId, a);
  }
  return { rows, readyCount, problemCount: rows.length - readyCount, accounts: [...accounts.values()] };
}
