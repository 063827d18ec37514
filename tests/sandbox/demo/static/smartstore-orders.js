// 발주(주문)확인/발송관리 (SmartStore seller center): the filter and pages live in location.hash.
import {
  byId,
  checkCell,
  createLoader,
  el,
  hashState,
  messageRow,
  num,
  renderPagination,
  statusBadge,
  td,
  wireSelection,
  wireUnavailable,
} from './common.js';

const DEFAULT_SIZE = 20;
const table = byId('order-table');
const tbody = byId('order-rows');
const filter = byId('status-filter');
const pageSize = byId('page-size');
const summary = byId('order-summary');
const updateSelection = wireSelection(table, byId('selected-count'));

const { read: readState, navigate } = hashState(DEFAULT_SIZE, () => refresh());

function orderRow(o) {
  const row = el('tr', { className: 'order-row', attrs: { 'data-row-key': o.productOrderId } });
  row.append(
    checkCell(o.productOrderId),
    td('col-product-order-no', o.productOrderId),
    td('col-order-no', o.orderId),
    td(
      'col-status',
      statusBadge(o.status, o.statusLabel),
      o.claimLabel
        ? el('span', { className: `claim-status${o.claimOpen ? '' : ' is-closed'}`, text: o.claimLabel })
        : '',
    ),
    td(
      'col-place-order',
      el('span', {
        className: `place-order${o.placeOrderConfirmed ? ' is-confirmed' : ''}`,
        text: o.placeOrderLabel,
      }),
    ),
    td('col-product', o.productName),
    td('col-option', o.optionText || '-'),
    td('col-qty', num(o.quantity)),
    td('col-buyer', o.ordererName),
    td('col-receiver', o.receiverName),
    td('col-date', o.paymentDate),
  );
  return row;
}

function render(data) {
  summary.replaceChildren(
    ...data.summary.map((s) =>
      el('li', { className: `summary-card${s.count > 0 && s.key === 'new' ? ' is-hot' : ''}` }, [
        el('span', { className: 'summary-card-label', text: s.label }),
        el('span', { className: 'summary-card-count', text: `${num(s.count)}건` }),
      ]),
    ),
  );
  for (const s of data.statuses) {
    const option = filter.querySelector(`option[value="${s.value}"]`);
    if (option) option.textContent = `${s.label} (${num(s.count)})`;
  }
  filter.value = data.status;
  byId('total-count').textContent = num(data.total);
  if (data.items.length === 0) messageRow(tbody, '조회된 주문이 없습니다.');
  else tbody.replaceChildren(...data.items.map(orderRow));
  updateSelection();
  renderPagination(byId('pagination'), data, (page) => navigate({ ...readState(), page }));
}

const load = createLoader({
  panel: byId('order-panel'),
  render,
  fail(error) {
    messageRow(tbody, `주문 목록을 불러오지 못했습니다. ${error.message}`, 'placeholder-row error-row');
    updateSelection();
  },
});

function refresh() {
  const state = readState();
  filter.value = state.status;
  pageSize.value = String(state.size);
  const query = new URLSearchParams({
    status: state.status,
    page: String(state.page),
    size: String(state.size),
  });
  load(`/api/smartstore/orders?${query}`);
}

filter.addEventListener('change', () => navigate({ ...readState(), status: filter.value, page: 1 }));
pageSize.addEventListener('change', () =>
  navigate({ ...readState(), size: Number(pageSize.value), page: 1 }),
);
byId('refresh-button').addEventListener('click', refresh);
window.addEventListener('hashchange', refresh);
wireUnavailable('excel-button');
refresh();
