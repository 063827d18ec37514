import { claimText, type OrderBrief } from '../../../lib/orders/queries';
import type { NearGate } from '../../../lib/overlay/row-watcher';
import { courierName } from '../../../lib/smartstore/codes';

/** One product order as `orders.lookup` answers it. */
export function brief(over: Partial<OrderBrief> & Pick<OrderBrief, 'productOrderId'>): OrderBrief {
  return {
    accountId: 'acc-1',
    accountAlias: '하늘리빙',
    storeSlug: 'haneul-living',
    orderId: `${over.productOrderId.slice(0, 14)}00`,
    status: 'PAYMENT_CONFIRMING',
    productName: '스테인리스 텀블러 500ml',
    optionText: '색상: 실버',
    quantity: 1,
    // as the background writes it (lookupOrders), in the language of the moment
    claimText: claimText(over),
    courierName: over.courierCode ? courierName(over.courierCode) : undefined,
    ...over,
  };
}

/** A row of the Sixshop Pro order list: check box, order number (a link), product order number, … */
export function sixshopRow(orderId: string, productOrderId: string, extra = ''): string {
  return `<tr class="order-row" data-row-key="${productOrderId}">
  <td class="col-check"><input type="checkbox" class="row-check" value="${productOrderId}"></td>
  <td class="col-order-no"><a class="order-link" href="/sixshop/orders/${orderId}">${orderId}</a></td>
  <td class="col-product-order-no">${productOrderId}</td>
  <td class="col-product"><span class="product-name">스테인리스 텀블러 500ml</span><span class="product-option">색상: 실버</span></td>
  <td class="col-qty">1</td>
  <td class="col-amount">21,000원</td>
  <td class="col-status"><span class="status">주문 확인 중</span>${extra}</td>
</tr>`;
}

export function table(rows: string[]): string {
  return `<table id="t"><thead><tr><th><input type="checkbox"></th><th>주문번호</th><th>상품주문번호</th><th>상품</th><th>수량</th><th>금액</th><th>상태</th></tr></thead><tbody id="rows">${rows.join('')}</tbody></table>`;
}

/** A trusted-looking event: happy-dom has no `isTrusted`, the browser sets it for the person's input only. */
export function trustedEvent(type = 'click'): Event {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function untrustedEvent(type = 'click'): Event {
  return new Event(type, { bubbles: true });
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Rows parsed in a table context (happy-dom drops <tr> parsed anywhere else). */
export function rowsFrom(html: string): HTMLTableRowElement[] {
  const t = document.createElement('table');
  t.innerHTML = `<tbody>${html}</tbody>`;
  return [...t.querySelectorAll<HTMLTableRowElement>('tbody > tr')];
}

/**
 * A stand-in for the viewport (the row watcher's `whenNear` gate): nothing is near until `bring` says so;
 * `waiting` lists the rows watched and not unwatched since.
 */
export function fakeNear() {
  const waits = new Set<Element>();
  let onNear: (rows: readonly Element[]) => void = () => undefined;
  return {
    whenNear(report: (rows: readonly Element[]) => void): NearGate {
      onNear = report;
      return {
        watch: (row) => void waits.add(row),
        unwatch: (row) => void waits.delete(row),
        disconnect: () => waits.clear(),
      };
    },
    /** these rows come near the viewport (in one observer callback) */
    bring(...rows: Element[]): void {
      const near = rows.filter((r) => waits.delete(r));
      if (near.length > 0) onNear(near);
    },
    waiting: () => [...waits],
  };
}
