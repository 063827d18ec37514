// 상품 조회/수정 (SmartStore seller center): the filter and pages live in location.hash.
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
  won,
} from './common.js';

const DEFAULT_SIZE = 20;
const table = byId('product-table');
const tbody = byId('product-rows');
const filter = byId('status-filter');
const pageSize = byId('page-size');
const updateSelection = wireSelection(table, byId('selected-count'));

const { read: readState, navigate } = hashState(DEFAULT_SIZE, () => refresh());

function productRow(p) {
  const row = el('tr', { className: 'product-row', attrs: { 'data-row-key': p.originProductNo } });
  row.append(
    checkCell(p.originProductNo),
    td('col-origin-no', p.originProductNo),
    td('col-channel-no', p.channelProductNo),
    td('col-product', p.name),
    td('col-status', statusBadge(p.status, p.statusLabel)),
    td('col-price', won(p.salePrice)),
    td('col-stock', num(p.stockQuantity)),
    td('col-date', p.regDate),
  );
  return row;
}

function render(data) {
  filter.replaceChildren(
    ...data.statuses.map((s) =>
      el('option', { text: `${s.label} (${num(s.count)})`, attrs: { value: s.value } }),
    ),
  );
  filter.value = data.status;
  byId('total-count').textContent = num(data.total);
  if (data.items.length === 0) messageRow(tbody, '조회된 상품이 없습니다.');
  else tbody.replaceChildren(...data.items.map(productRow));
  updateSelection();
  renderPagination(byId('pagination'), data, (page) => navigate({ ...readState(), page }));
}

const load = createLoader({
  panel: byId('product-panel'),
  render,
  fail(error) {
    messageRow(tbody, `상품 목록을 불러오지 못했습니다. ${error.message}`, 'placeholder-row error-row');
    updateSelection();
  },
});

function refresh() {
  const state = readState();
  pageSize.value = String(state.size);
  const query = new URLSearchParams({
    status: state.status,
    page: String(state.page),
    size: String(state.size),
  });
  load(`/api/smartstore/products?${query}`);
}

filter.addEventListener('change', () => navigate({ ...readState(), status: filter.value, page: 1 }));
pageSize.addEventListener('change', () =>
  navigate({ ...readState(), size: Number(pageSize.value), page: 1 }),
);
byId('refresh-button').addEventListener('click', refresh);
window.addEventListener('hashchange', refresh);
wireUnavailable('excel-button');
refresh();
