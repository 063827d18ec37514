import { html, type RawHtml, raw } from './escape';

export type Site = 'sixshop' | 'smartstore';

interface NavItem {
  key: string;
  label: string;
  href?: string;
}

const NAV: Record<Site, { title: string; items: NavItem[] }[]> = {
  sixshop: [
    { title: '주문 관리', items: [{ key: 'orders', label: '주문 목록', href: '/sixshop/orders' }] },
    { title: '상품 관리', items: [{ key: 'products', label: '상품 목록', href: '/sixshop/products' }] },
    {
      title: '마켓 통합 관리',
      items: [
        { key: 'market-accounts', label: '마켓 계정 관리' },
        { key: 'product-links', label: '상품 연동 관리' },
      ],
    },
  ],
  smartstore: [
    {
      title: '상품관리',
      items: [
        { key: 'products', label: '상품 조회/수정', href: '/smartstore/products' },
        { key: 'product-new', label: '상품 등록' },
      ],
    },
    {
      title: '판매관리',
      items: [
        { key: 'orders', label: '발주(주문)확인/발송관리', href: '/smartstore/orders' },
        { key: 'claims', label: '취소/반품/교환 관리' },
      ],
    },
    { title: '정산관리', items: [{ key: 'settlement', label: '정산내역' }] },
  ],
};

export interface ShellInput {
  site: Site;
  /** `data-page` of the body; the page script reads nothing else from the server */
  page: string;
  /** document title */
  title: string;
  /** the shop or store name in the header */
  brandName: string;
  /** the active left-nav item */
  active: string;
  /** how long page scripts wait before they fetch (a single-page app loading its data) */
  delayMs: number;
  main: RawHtml;
  /** a file under /static/ */
  script: string;
}

function navMarkup(site: Site, active: string): RawHtml {
  return html`<nav class="side-nav" aria-label="메뉴">${NAV[site].map(
    (group) =>
      html`<div class="nav-group"><div class="nav-group-title">${group.title}</div><ul class="nav-list">${group.items.map(
        (item) =>
          html`<li>${
            item.href
              ? html`<a class="nav-link${item.key === active ? ' is-active' : ''}" href="${item.href}"${
                  item.key === active ? raw(' aria-current="page"') : ''
                }>${item.label}</a>`
              : html`<span class="nav-link is-disabled" title="샌드박스에는 없는 메뉴입니다">${item.label}</span>`
          }</li>`,
      )}</ul></div>`,
  )}</nav>`;
}

function headerMarkup(site: Site, brandName: string): RawHtml {
  if (site === 'sixshop') {
    return html`<header class="top-bar">
  <a class="brand" href="/sixshop/orders"><span class="brand-mark">S</span><span class="brand-text">sixshop <b>pro</b></span></a>
  <span class="brand-shop" title="상점 이름">${brandName}</span>
  <div class="top-bar-right"><a class="top-link" href="/">샌드박스 홈</a><span class="top-user">관리자</span></div>
</header>`;
  }
  return html`<header class="top-bar">
  <a class="brand" href="/smartstore/orders"><span class="brand-mark">N</span><span class="brand-text">스마트스토어센터</span></a>
  <span class="brand-shop" title="스토어 이름">${brandName}</span>
  <div class="top-bar-right"><a class="top-link" href="/">샌드박스 홈</a><span class="top-user">판매자</span></div>
</header>`;
}

/** The whole document: header, left nav, the page's main area and its script. */
export function shell(input: ShellInput): string {
  return `<!doctype html>${html`<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title}</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body class="site-${input.site}" data-page="${input.page}" data-load-delay="${input.delayMs}">
${headerMarkup(input.site, input.brandName)}
<div class="layout">
${navMarkup(input.site, input.active)}
<main class="content" id="content">
${input.main}
</main>
</div>
<script type="module" src="/static/${input.script}"></script>
</body>
</html>
`}`;
}
