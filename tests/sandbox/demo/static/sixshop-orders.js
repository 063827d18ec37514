// 주문 관리 (Sixshop Pro): tabs and pages change the address with history.pushState and re-render in place.
import {
  byId,
  checkCell,
  createLoader,
  el,
  messageRow,
  num,
  positiveInt,
  renderPagination,
  statusBadge,
  td,
  wireSelection,
  wireUnavailable,
  won,
} from './common.js';

const DEFAULT_SIZE = 20;
const table = byId('order-table');
const tbody = byId('order-rows');
const panel = byId('order-panel');
const tabs = byId('order-tabs');
const pageSize = byId('page-size');
const pagination = byId('pagination');
const updateSelection = wireSelection(table, byId('selected-count'));

function readState() {
  const query = new URLSearchParams(location.search);
  return {
    tab: query.get('tab') ?? 'all',
    page: positiveInt(query.get('page'), 1),
    size: positiveInt(query.get('size'), DEFAULT_SIZE),
  };
}

function navigate(next) {
  const query = new URLSearchParams();
  if (next.tab !== 'all') query.set('tab', next.tab);
  if (next.page > 1) query.set('page', String(next.page));
  if (next.size !== DEFAULT_SIZE) query.set('size', String(next.size));
  const search = query.toString();
  history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  refresh();
}

function markActiveTab(tab) {
  for (const link of tabs.querySelectorAll('a.tab')) {
    const active = link.dataset.tab === tab;
    link.classList.toggle('is-active', active);
    link.setAttribute('aria-selected', String(active));
  }
}

function orderRows(groups) {
  const rows = [];
  groups.forEach((group, g) => {
    group.items.forEach((item, i) => {
      const row = el('tr', {
        className: `order-row ${i === 0 ? 'order-group-first' : 'order-group-rest'} ${g % 2 === 0 ? 'group-odd' : 'group-even'}`,
        attrs: { 'data-row-key': item.productOrderId },
      });
      row.append(
        checkCell(item.productOrderId),
        td(
          'col-order-no',
          el('a', {
            className: 'order-link',
            text: item.orderId,
            attrs: { href: `/sixshop/orders/${encodeURIComponent(item.orderId)}` },
          }),
        ),
        td('col-product-order-no', item.productOrderId),
        td('col-channel', item.channel),
        td(
          'col-product',
          el('span', { className: 'product-name', text: item.productName }),
          item.optionText ? el('span', { className: 'product-option', text: item.optionText }) : '',
        ),
        td('col-qty', num(item.quantity)),
        td('col-amount', won(item.amount)),
        td('col-buyer', item.buyerName),
        td('col-receiver', item.receiverName),
        td('col-date', item.orderedAt),
        td('col-status', statusBadge(item.status, item.statusLabel)),
      );
      rows.push(row);
    });
  });
  return rows;
}

function render(data) {
  markActiveTab(data.tab);
  for (const t of data.tabs) {
    const count = tabs.querySelector(`a.tab[data-tab="${t.key}"] .tab-count`);
    if (count) count.textContent = num(t.count);
  }
  byId('total-count').textContent = num(data.total);
  if (data.groups.length === 0) messageRow(tbody, '조건에 맞는 주문이 없습니다.');
  else tbody.replaceChildren(...orderRows(data.groups));
  updateSelection();
  renderPagination(pagination, data, (page) => navigate({ ...readState(), page }));
}

const load = createLoader({
  panel,
  render,
  fail(error) {
    messageRow(tbody, `주문을 불러오지 못했습니다. ${error.message}`, 'placeholder-row error-row');
    updateSelection();
  },
});

function refresh() {
  const state = readState();
  markActiveTab(state.tab);
  pageSize.value = String(state.size);
  const query = new URLSearchParams({ tab: state.tab, page: String(state.page), size: String(state.size) });
  load(`/api/sixshop/orders?${query}`);
}

tabs.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.tab') : null;
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate({ ...readState(), tab: link.dataset.tab ?? 'all', page: 1 });
});
pageSize.addEventListener('change', () =>
  navigate({ ...readState(), size: Number(pageSize.value), page: 1 }),
);
byId('refresh-button').addEventListener('click', refresh);
window.addEventListener('popstate', refresh);
wireUnavailable('excel-button');
refresh();
