import { claimText, type OrderBrief } from '../../../lib/orders/queries';
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
 * A stand-in for the viewport (`whenNear` of the row watcher): nothing is near until `bring` says so; `waiting`
 * lists the elements whose wait was not cancelled.
 */
export function fakeNear() {
  const waits = new Map<Element, () => void>();
  return {
    whenNear(el: Element, onNear: () => void): () => void {
      waits.set(el, onNear);
      return () => waits.delete(el);
    },
    /** these elements come near the viewport (in one observer callback) */
    bring(...els: Element[]): void {
      for (const el of els) {
        const onNear = waits.get(el);
        waits.delete(el);
        onNear?.();
      }
    },
    waiting: () => [...waits.keys()],
  };
}
