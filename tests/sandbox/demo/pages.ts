import { html, type RawHtml } from './escape';
import { shell } from './layout';
import { PAGE_SIZES } from './paging';
import { ORDER_TABS } from './sixshop-data';
import { LISTED_ORDER_STATUSES, ORDER_STATUS_LABELS } from './smartstore-data';

export interface PageContext {
  shopName: string;
  storeName: string;
  delayMs: number;
}

interface Column {
  className: string;
  label: string;
}

const CHECK_ALL = html`<input type="checkbox" class="check-all" aria-label="전체 선택">`;

function table(id: string, className: string, bodyId: string, columns: Column[], loading: string): RawHtml {
  return html`<div class="table-wrap"><table class="data-table ${className}" id="${id}">
<thead><tr>${columns.map((c) =>
    c.className === 'col-check'
      ? html`<th class="col-check" scope="col">${CHECK_ALL}</th>`
      : html`<th class="${c.className}" scope="col">${c.label}</th>`,
  )}</tr></thead>
<tbody id="${bodyId}"><tr class="placeholder-row"><td colspan="${columns.length}">${loading}</td></tr></tbody>
</table></div>`;
}

function pageSizeSelect(): RawHtml {
  return html`<label class="page-size">표시 개수 <select id="page-size">${PAGE_SIZES.map(
    (n) => html`<option value="${n}">${n}개씩</option>`,
  )}</select></label>`;
}

function listToolbar(unit: string): RawHtml {
  return html`<div class="list-toolbar">
  <div class="list-summary">총 <strong id="total-count">-</strong>${unit} <span class="divider"></span> 선택 <strong id="selected-count">0</strong>${unit}</div>
  <div class="list-tools">${pageSizeSelect()}</div>
</div>`;
}

function pageHead(crumbs: RawHtml, title: RawHtml | string, actions: RawHtml): RawHtml {
  return html`<div class="page-head">
  <div><p class="breadcrumb">${crumbs}</p><h1 class="page-title">${title}</h1></div>
  <div class="page-actions">${actions}</div>
</div>`;
}

const REFRESH = html`<button type="button" class="btn" id="refresh-button">새로고침</button>`;
const EXCEL = html`<button type="button" class="btn" id="excel-button">엑셀 다운로드</button>`;

export const SIXSHOP_ORDER_COLUMNS: Column[] = [
  { className: 'col-check', label: '' },
  { className: 'col-order-no', label: '주문번호' },
  { className: 'col-product-order-no', label: '상품주문번호' },
  { className: 'col-channel', label: '판매채널' },
  { className: 'col-product', label: '상품명/옵션' },
  { className: 'col-qty', label: '수량' },
  { className: 'col-amount', label: '결제금액' },
  { className: 'col-buyer', label: '주문자' },
  { className: 'col-receiver', label: '수령인' },
  { className: 'col-date', label: '주문일시' },
  { className: 'col-status', label: '상태' },
];

export function sixshopOrdersPage(ctx: PageContext): string {
  return shell({
    site: 'sixshop',
    page: 'sixshop-orders',
    title: '주문 관리 | 식스샵 프로',
    brandName: ctx.shopName,
    active: 'orders',
    delayMs: ctx.delayMs,
    script: 'sixshop-orders.js',
    main: html`${pageHead(html`주문 관리`, '주문 관리', html`${REFRESH}${EXCEL}`)}
<nav class="tabs" id="order-tabs" role="tablist" aria-label="주문 상태">${ORDER_TABS.map(
      (t) =>
        html`<a class="tab" role="tab" href="/sixshop/orders?tab=${t.key}" data-tab="${t.key}">${t.label} <span class="tab-count"></span></a>`,
    )}</nav>
<section class="panel" id="order-panel" aria-busy="true">
${listToolbar('건')}
${table('order-table', 'order-table', 'order-rows', SIXSHOP_ORDER_COLUMNS, '주문을 불러오는 중입니다…')}
<div class="pagination" id="pagination"></div>
</section>`,
  });
}

export const SIXSHOP_ITEM_COLUMNS: Column[] = [
  { className: 'col-check', label: '' },
  { className: 'col-product-order-no', label: '상품주문번호' },
  { className: 'col-product', label: '상품명' },
  { className: 'col-option', label: '옵션' },
  { className: 'col-qty', label: '수량' },
  { className: 'col-amount', label: '금액' },
  { className: 'col-status', label: '상태' },
  { className: 'col-courier', label: '택배사' },
  { className: 'col-tracking', label: '운송장 번호' },
];

function infoList(fields: [string, string][]): RawHtml {
  return html`<dl class="info-list">${fields.map(
    ([id, label]) => html`<div class="info-row"><dt>${label}</dt><dd id="${id}">-</dd></div>`,
  )}</dl>`;
}

export function sixshopOrderDetailPage(ctx: PageContext, orderId: string): string {
  return shell({
    site: 'sixshop',
    page: 'sixshop-order-detail',
    title: `주문 상세 ${orderId} | 식스샵 프로`,
    brandName: ctx.shopName,
    active: 'orders',
    delayMs: ctx.delayMs,
    script: 'sixshop-order-detail.js',
    main: html`${pageHead(
      html`<a href="/sixshop/orders">주문 관리</a> › 주문 상세`,
      html`주문 상세 <span class="heading-sub" id="heading-order-no">${orderId}</span>`,
      html`<a class="btn" href="/sixshop/orders">목록으로</a>${REFRESH}<button type="button" class="btn" id="print-button">주문서 인쇄</button>`,
    )}
<div class="notice" id="detail-notice" hidden></div>
<div class="info-grid" id="order-info" aria-busy="true">
<section class="panel"><h2 class="panel-title">주문 정보</h2>${infoList([
      ['info-order-no', '주문번호'],
      ['info-channel', '판매채널'],
      ['info-ordered-at', '주문일시'],
      ['info-paid-at', '결제일시'],
      ['info-amount', '결제금액'],
      ['info-status', '주문 상태'],
    ])}</section>
<section class="panel"><h2 class="panel-title">주문자 / 배송지 정보</h2>${infoList([
      ['info-buyer', '주문자'],
      ['info-receiver', '수령인'],
      ['info-phone', '연락처'],
      ['info-address', '주소'],
      ['info-memo', '배송 메모'],
    ])}</section>
</div>
<section class="panel" id="item-panel" aria-busy="true">
<div class="panel-head"><h2 class="panel-title">주문 상품</h2><div class="list-summary">선택 <strong id="selected-count">0</strong>건</div></div>
${table('item-table', 'order-item-table', 'item-rows', SIXSHOP_ITEM_COLUMNS, '주문 상품을 불러오는 중입니다…')}
</section>`,
  });
}

export const SIXSHOP_PRODUCT_COLUMNS: Column[] = [
  { className: 'col-check', label: '' },
  { className: 'col-product-no', label: '상품번호' },
  { className: 'col-image', label: '대표 이미지' },
  { className: 'col-product', label: '상품명' },
  { className: 'col-price', label: '판매가' },
  { className: 'col-stock', label: '재고' },
  { className: 'col-status', label: '상태' },
  { className: 'col-date', label: '수정일' },
];

export function sixshopProductsPage(ctx: PageContext): string {
  return shell({
    site: 'sixshop',
    page: 'sixshop-products',
    title: '상품 관리 | 식스샵 프로',
    brandName: ctx.shopName,
    active: 'products',
    delayMs: ctx.delayMs,
    script: 'sixshop-products.js',
    main: html`${pageHead(
      html`상품 관리`,
      '상품 관리',
      html`<button type="button" class="btn btn-primary" id="new-product-button">상품 등록</button>${REFRESH}${EXCEL}`,
    )}
<form class="search-bar" id="product-search" role="search">
  <input type="search" name="q" id="product-query" placeholder="상품명 또는 판매자 상품코드" autocomplete="off">
  <button type="submit" class="btn">검색</button>
</form>
<section class="panel" id="product-panel" aria-busy="true">
${listToolbar('개')}
${table('product-table', 'product-table', 'product-rows', SIXSHOP_PRODUCT_COLUMNS, '상품을 불러오는 중입니다…')}
<div class="pagination" id="pagination"></div>
</section>`,
  });
}

export const SMARTSTORE_ORDER_COLUMNS: Column[] = [
  { className: 'col-check', label: '' },
  { className: 'col-product-order-no', label: '상품주문번호' },
  { className: 'col-order-no', label: '주문번호' },
  { className: 'col-status', label: '주문상태' },
  { className: 'col-place-order', label: '발주확인' },
  { className: 'col-product', label: '상품명' },
  { className: 'col-option', label: '옵션정보' },
  { className: 'col-qty', label: '수량' },
  { className: 'col-buyer', label: '구매자명' },
  { className: 'col-receiver', label: '수취인명' },
  { className: 'col-date', label: '결제일' },
];

export function smartStoreOrdersPage(ctx: PageContext): string {
  return shell({
    site: 'smartstore',
    page: 'smartstore-orders',
    title: '발주(주문)확인/발송관리 : 스마트스토어센터',
    brandName: ctx.storeName,
    active: 'orders',
    delayMs: ctx.delayMs,
    script: 'smartstore-orders.js',
    main: html`${pageHead(html`판매관리 › 주문통합검색`, '발주(주문)확인/발송관리', html`${REFRESH}${EXCEL}`)}
<ul class="summary-cards" id="order-summary" aria-label="주문 현황"></ul>
<section class="panel filter-panel">
  <div class="filter-row">
    <label class="filter-label" for="status-filter">주문상태</label>
    <select id="status-filter"><option value="ALL">전체</option>${LISTED_ORDER_STATUSES.map(
      (s) => html`<option value="${s}">${ORDER_STATUS_LABELS[s]}</option>`,
    )}</select>
    <span class="filter-hint">결제가 완료된 주문만 표시됩니다.</span>
  </div>
</section>
<section class="panel" id="order-panel" aria-busy="true">
${listToolbar('건')}
${table('order-table', 'order-grid', 'order-rows', SMARTSTORE_ORDER_COLUMNS, '주문 목록을 불러오는 중입니다…')}
<div class="pagination" id="pagination"></div>
</section>`,
  });
}

export const SMARTSTORE_PRODUCT_COLUMNS: Column[] = [
  { className: 'col-check', label: '' },
  { className: 'col-origin-no', label: '원상품번호' },
  { className: 'col-channel-no', label: '채널상품번호' },
  { className: 'col-product', label: '상품명' },
  { className: 'col-status', label: '판매상태' },
  { className: 'col-price', label: '판매가' },
  { className: 'col-stock', label: '재고수량' },
  { className: 'col-date', label: '등록일' },
];

export function smartStoreProductsPage(ctx: PageContext): string {
  return shell({
    site: 'smartstore',
    page: 'smartstore-products',
    title: '상품 조회/수정 : 스마트스토어센터',
    brandName: ctx.storeName,
    active: 'products',
    delayMs: ctx.delayMs,
    script: 'smartstore-products.js',
    main: html`${pageHead(html`상품관리`, '상품 조회/수정', html`${REFRESH}${EXCEL}`)}
<section class="panel filter-panel">
  <div class="filter-row">
    <label class="filter-label" for="status-filter">판매상태</label>
    <select id="status-filter"><option value="ALL">전체</option></select>
  </div>
</section>
<section class="panel" id="product-panel" aria-busy="true">
${listToolbar('개')}
${table('product-table', 'product-grid', 'product-rows', SMARTSTORE_PRODUCT_COLUMNS, '상품 목록을 불러오는 중입니다…')}
<div class="pagination" id="pagination"></div>
</section>`,
  });
}

export interface IndexContext {
  shopName: string;
  storeName: string;
  sellerAccountId: string;
  commerceUrl: string;
  shopUrl: string;
  /** an order to open in the detail page, if the shop has any */
  sampleOrderId?: string;
}

export function indexPage(ctx: IndexContext): string {
  const card = (href: string, title: string, text: string) =>
    html`<li class="index-card"><a href="${href}"><span class="index-card-title">${title}</span><span class="index-card-path">${href}</span><span class="index-card-text">${text}</span></a></li>`;
  return `<!doctype html>${html`<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>샌드박스 판매자 페이지</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body class="site-index" data-page="index">
<main class="index">
<h1 class="index-title">샌드박스 판매자 페이지</h1>
<p class="index-lead">판매자가 일하는 관리자 화면을 이 컴퓨터에서 흉내 낸 페이지입니다. 확장 프로그램은 이 페이지들 위에 버튼을 덧붙입니다.</p>
<section class="index-section">
<h2>식스샵 프로 관리자 <small>${ctx.shopName}</small></h2>
<ul class="index-cards">
${card('/sixshop/orders', '주문 관리', '스마트스토어에서 들어온 주문: 주문 확인 중, 배송 준비 중, 배송 중, 배송 완료, 취소·반품·교환')}
${
  ctx.sampleOrderId
    ? card(
        `/sixshop/orders/${encodeURIComponent(ctx.sampleOrderId)}`,
        '주문 상세',
        '주문 정보, 주문자·배송지, 주문 상품',
      )
    : html`<li class="index-card is-empty"><span class="index-card-title">주문 상세</span><span class="index-card-text">아직 들어온 주문이 없습니다. 스마트스토어 계정을 연동하면 주문 목록에서 열 수 있습니다.</span></li>`
}
${card('/sixshop/products', '상품 관리', '식스샵 프로 상품 목록 (스마트스토어로 내보내기)')}
</ul>
</section>
<section class="index-section">
<h2>스마트스토어센터 <small>${ctx.storeName} · ${ctx.sellerAccountId}</small></h2>
<ul class="index-cards">
${card('/smartstore/orders', '발주(주문)확인/발송관리', '결제가 완료된 스마트스토어 주문 (입금대기 주문은 보이지 않습니다)')}
${card('/smartstore/products', '상품 조회/수정', '스마트스토어 상품 목록 (식스샵 프로로 가져오기)')}
</ul>
</section>
<p class="index-foot">커머스API 에뮬레이터 <code>${ctx.commerceUrl}</code> · 식스샵 프로 백엔드 에뮬레이터 <code>${ctx.shopUrl}</code></p>
</main>
</body>
</html>
`}`;
}

export function notFoundPage(path: string): string {
  return `<!doctype html>${html`<html lang="ko">
<head><meta charset="utf-8"><title>페이지를 찾을 수 없습니다</title><link rel="stylesheet" href="/static/demo.css"></head>
<body class="site-index" data-page="not-found">
<main class="index"><h1 class="index-title">페이지를 찾을 수 없습니다</h1><p class="index-lead"><code>${path}</code> 에는 페이지가 없습니다.</p><p><a href="/">샌드박스 판매자 페이지로</a></p></main>
</body>
</html>
`}`;
}
