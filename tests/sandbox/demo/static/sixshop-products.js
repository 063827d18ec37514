// 상품 관리 (Sixshop Pro): search and pages change the address with history.pushState.
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
const table = byId('product-table');
const tbody = byId('product-rows');
const pageSize = byId('page-size');
const search = byId('product-search');
const queryInput = byId('product-query');
const updateSelection = wireSelection(table, byId('selected-count'));

function readState() {
  const query = new URLSearchParams(location.search);
  return {
    q: query.get('q') ?? '',
    page: positiveInt(query.get('page'), 1),
    size: positiveInt(query.get('size'), DEFAULT_SIZE),
  };
}

function navigate(next) {
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  if (next.page > 1) query.set('page', String(next.page));
  if (next.size !== DEFAULT_SIZE) query.set('size', String(next.size));
  const text = query.toString();
  history.pushState(null, '', `${location.pathname}${text ? `?${text}` : ''}`);
  refresh();
}

function thumbnail(product) {
  if (!/^https?:\/\//.test(product.image)) {
    return el('span', { className: 'thumb thumb-empty', text: '이미지 없음' });
  }
  return el('img', {
    className: 'thumb',
    attrs: { src: product.image, alt: product.name, loading: 'lazy', width: 48, height: 48 },
  });
}

function render(data) {
  byId('total-count').textContent = num(data.total);
  if (data.items.length === 0) {
    messageRow(tbody, data.q ? `'${data.q}'에 맞는 상품이 없습니다.` : '등록된 상품이 없습니다.');
  } else {
    tbody.replaceChildren(
      ...data.items.map((p) => {
        const row = el('tr', { className: 'product-row', attrs: { 'data-row-key': p.id } });
        const sub = [p.sellerCode, p.optionCount > 0 ? `옵션 ${p.optionCount}개` : '']
          .filter(Boolean)
          .join(' · ');
        row.append(
          checkCell(p.id),
          td('col-product-no', p.id),
          td('col-image', thumbnail(p)),
          td(
            'col-product',
            el('span', { className: 'product-name', text: p.name }),
            sub ? el('span', { className: 'product-sub', text: sub }) : '',
          ),
          td('col-price', won(p.price)),
          td('col-stock', num(p.stock)),
          td('col-status', statusBadge(p.status, p.statusLabel)),
          td('col-date', p.updatedAt),
        );
        return row;
      }),
    );
  }
  updateSelection();
  renderPagination(byId('pagination'), data, (page) => navigate({ ...readState(), page }));
}

const load = createLoader({
  panel: byId('product-panel'),
  render,
  fail(error) {
    messageRow(tbody, `상품을 불러오지 못했습니다. ${error.message}`, 'placeholder-row error-row');
    updateSelection();
  },
});

function refresh() {
  const state = readState();
  pageSize.value = String(state.size);
  queryInput.value = state.q;
  const query = new URLSearchParams({ q: state.q, page: String(state.page), size: String(state.size) });
  load(`/api/sixshop/products?${query}`);
}

search.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate({ ...readState(), q: queryInput.value.trim(), page: 1 });
});
pageSize.addEventListener('change', () =>
  navigate({ ...readState(), size: Number(pageSize.value), page: 1 }),
);
byId('refresh-button').addEventListener('click', refresh);
window.addEventListener('popstate', refresh);
wireUnavailable('excel-button', 'new-product-button');
refresh();
