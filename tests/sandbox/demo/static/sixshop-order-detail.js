// 주문 상세 (Sixshop Pro): order information and its items, rendered after the data arrives.
import {
  byId,
  checkCell,
  createLoader,
  el,
  messageRow,
  num,
  statusBadge,
  td,
  wireSelection,
  wireUnavailable,
  won,
} from './common.js';

const segment = location.pathname.split('/').filter(Boolean).pop() ?? '';
let orderId = segment;
try {
  orderId = decodeURIComponent(segment);
} catch {
  orderId = segment;
}

const table = byId('item-table');
const tbody = byId('item-rows');
const info = byId('order-info');
const notice = byId('detail-notice');
const updateSelection = wireSelection(table, byId('selected-count'));

function setText(id, value) {
  byId(id).textContent = value === '' || value === undefined || value === null ? '-' : String(value);
}

function render(data) {
  const o = data.order;
  notice.hidden = true;
  setText('info-order-no', o.orderId);
  setText('info-channel', o.channel);
  setText('info-ordered-at', o.orderedAt);
  setText('info-paid-at', o.paidAt);
  setText('info-amount', won(o.totalAmount));
  setText('info-status', o.statusSummary);
  setText('info-buyer', o.buyerName);
  setText('info-receiver', o.receiverName);
  setText('info-phone', o.receiverPhone);
  setText('info-address', [`(${o.zipCode})`, o.address, o.addressDetail].filter(Boolean).join(' '));
  setText('info-memo', o.memo);
  info.setAttribute('aria-busy', 'false');
  tbody.replaceChildren(
    ...data.items.map((item) => {
      const row = el('tr', { className: 'order-item-row', attrs: { 'data-row-key': item.productOrderId } });
      row.append(
        checkCell(item.productOrderId),
        td('col-product-order-no', item.productOrderId),
        td('col-product', el('span', { className: 'product-name', text: item.productName })),
        td('col-option', item.optionText || '-'),
        td('col-qty', num(item.quantity)),
        td('col-amount', won(item.amount)),
        td('col-status', statusBadge(item.status, item.statusLabel)),
        td('col-courier', item.courier || '-'),
        td('col-tracking', item.trackingNumber || '-'),
      );
      return row;
    }),
  );
  updateSelection();
}

const load = createLoader({
  panel: byId('item-panel'),
  render,
  fail(error) {
    notice.textContent =
      error.status === 404
        ? `주문번호 ${orderId} 주문을 찾을 수 없습니다.`
        : `주문을 불러오지 못했습니다. ${error.message}`;
    notice.hidden = false;
    info.setAttribute('aria-busy', 'false');
    messageRow(tbody, '표시할 주문 상품이 없습니다.', 'placeholder-row error-row');
    updateSelection();
  },
});

function refresh() {
  load(`/api/sixshop/orders/${encodeURIComponent(orderId)}`);
}

byId('refresh-button').addEventListener('click', refresh);
wireUnavailable('print-button');
refresh();
