// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startProductOverlay } from '../../../entrypoints/products.content/overlay';
import { setLocale } from '../../../lib/i18n';
import type { PageJob, PageLookup } from '../../../lib/products/page-lookup';
import { PAGE_ADAPTERS } from '../../../lib/products/page-rows';
import { PRODUCT_LIST_IDS, productListShown } from '../../../lib/products/product-list';
import type { JobProgress } from '../../../lib/products/types';
import { tick, trustedEvent, untrustedEvent } from '../overlay/fixtures';

/**
 * The product overlay on a seller page: nothing at all on a page without a product list (an order list of
 * many rows), a button per product on a list page, and one request per press of the seller's own.
 */

interface Sent {
  type: string;
  payload: Record<string, unknown>;
}

/** An order list like the seller center's 발주(주문)확인/발송관리: many rows, no product list. */
function orderPage(rows: number, from = 0): string {
  const row = (i: number) => {
    const po = `2026112810${String(from + i).padStart(6, '0')}`;
    return `<tr class="order-row" data-row-key="${po}"><td class="col-check"><input type="checkbox" value="${po}"></td><td class="col-product-order-no">${po}</td><td class="col-status"><span class="status">결제완료</span></td><td class="col-product">린넨 침구 세트 (퀸)</td></tr>`;
  };
  return `<main><table id="order-table"><tbody id="order-rows">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table></main>`;
}

/** The seller center's 상품 조회/수정 list with these origin product numbers. */
function smartstoreList(numbers: string[]): string {
  return `<table><tbody id="product-rows">${numbers
    .map(
      (n) =>
        `<tr class="product-row" data-row-key="${n}"><td class="col-origin-no">${n}</td><td class="col-product">머그컵</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

let ctx: ContentScriptContext;
let sent: Sent[];
let replies: Partial<Record<string, (payload: Record<string, unknown>) => unknown>>;

const ok = (data: unknown) => ({ ok: true, data });
const progress = (done: number): JobProgress => ({
  total: 1,
  processed: 1,
  done,
  failed: 1 - done,
  conflicts: 0,
  skipped: 0,
});
const hosts = () => [...document.getElementsByTagName('sixshop-link-product')];
const buttonOf = (number: string) =>
  document
    .querySelector(`tr[data-row-key="${number}"] sixshop-link-product`)!
    .shadowRoot!.querySelector<HTMLButtonElement>('.pb__button')!;
const boxOf = (number: string) => buttonOf(number).parentElement!;
/** A spy on the method `target` really uses (happy-dom's globals are not the classes of its own document). */
function spyOnMethod<K extends 'querySelector' | 'querySelectorAll'>(target: Document | Element, key: K) {
  let owner: object | null = target;
  while (owner && !Object.hasOwn(owner, key)) owner = Object.getPrototypeOf(owner);
  return vi.spyOn(owner as Element, key);
}

/** the overlay rescans 80 ms after the page changes */
const afterScan = () => tick(120);

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  replies = {
    'products.pageLookup': () => ok({ accounts: [], links: {} } satisfies PageLookup),
    'overlay.styles': () => ok('.pb{}'),
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    const reply = replies[message.type];
    return reply ? reply(message.payload) : { ok: false, error: { kind: 'x', message: 'unexpected' } };
  }) as never);
  ctx = new ContentScriptContext('products');
});

afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
  setLocale('ko');
});

describe('a page without a product list', () => {
  it('places nothing, asks nothing and reads no row, at start and as the page changes', async () => {
    document.body.innerHTML = orderPage(300);
    const row = document.querySelector('tr')!;
    const queries = [
      spyOnMethod(document, 'querySelectorAll'),
      spyOnMethod(document, 'querySelector'),
      spyOnMethod(row, 'querySelectorAll'),
      spyOnMethod(row, 'querySelector'),
    ];
    // the spies see what the page's own code would
    document.querySelector('main');
    expect(queries[1]).toHaveBeenCalledTimes(1);
    startProductOverlay(ctx);
    // the order overlay drawing its controls, and the page adding rows
    for (const cell of document.querySelectorAll('.col-status'))
      cell.append(document.createElement('sixshop-link-row'));
    document.getElementById('order-rows')!.insertAdjacentHTML('beforeend', orderPage(100, 300));
    await afterScan();
    queries.forEach((q) => void q.mockClear());
    document.getElementById('order-rows')!.insertAdjacentHTML('beforeend', orderPage(100, 400));
    await afterScan();

    expect(hosts()).toEqual([]);
    expect(sent).toEqual([]); // not even for the stylesheet
    for (const q of queries) expect(q).not.toHaveBeenCalled();
    // it was listening all along: a product list put into the same page gets its buttons
    document.querySelector('main')!.innerHTML = smartstoreList(['10000001']);
    await afterScan();
    expect(hosts()).toHaveLength(1);
  });

  it('still finds a product list the page renders later (a single-page app changing route)', async () => {
    document.body.innerHTML = orderPage(50);
    startProductOverlay(ctx);
    await afterScan();
    expect(hosts()).toEqual([]);
    document.querySelector('main')!.innerHTML = smartstoreList(['10000001', '10000002']);
    await afterScan();
    expect(hosts()).toHaveLength(2);
    expect(sent).toEqual([
      { type: 'overlay.styles', payload: { name: 'products' } },
      { type: 'products.pageLookup', payload: { site: 'smartstore', numbers: ['10000001', '10000002'] } },
    ]);
    // and takes its buttons away when the list goes
    document.querySelector('main')!.innerHTML = orderPage(5);
    await afterScan();
    expect(hosts()).toEqual([]);
  });
});

describe('a product list', () => {
  it('puts a button beside each product and shows which are linked', async () => {
    replies['products.pageLookup'] = () =>
      ok({
        accounts: [{ id: 'acc-a', alias: '하늘리빙', hasDefaultPreset: true }],
        links: {
          '10000002': [
            {
              accountId: 'acc-a',
              originProductNo: 10000002,
              shopProductId: '1001',
              lastDirection: 'IMPORT',
              syncedAt: 1,
            },
          ],
        },
      } satisfies PageLookup);
    document.body.innerHTML = smartstoreList(['10000001', '10000002']);
    const reads = spyOnMethod(document, 'querySelectorAll');
    startProductOverlay(ctx);
    expect(reads).toHaveBeenCalled();
    reads.mockClear();
    await tick();
    expect(hosts()).toHaveLength(2);
    expect(buttonOf('10000001').textContent).toBe('가져오기');
    expect(buttonOf('10000002').textContent).toBe('다시 가져오기');
    expect(boxOf('10000002').querySelector('.pb__linked')!.textContent).toBe('연동됨');
    expect(boxOf('10000001').querySelector('.pb__linked')).toBeNull();
    // its own buttons going in do not make it read the list again
    await afterScan();
    expect(reads).not.toHaveBeenCalled();
    expect(sent.map((m) => m.type)).toEqual(['overlay.styles', 'products.pageLookup']);
  });

  it('sends one import per press of the seller, none for a scripted click or while one is running', async () => {
    let finish: (job: PageJob) => void = () => undefined;
    replies['products.pageImport'] = () =>
      new Promise((resolve) => {
        finish = (job) => resolve(ok(job));
      });
    document.body.innerHTML = smartstoreList(['10000001']);
    startProductOverlay(ctx);
    await tick();
    const button = buttonOf('10000001');

    button.dispatchEvent(untrustedEvent());
    button.click();
    await tick();
    expect(sent.filter((m) => m.type === 'products.pageImport')).toEqual([]);

    button.dispatchEvent(trustedEvent());
    button.dispatchEvent(trustedEvent());
    await tick();
    const imports = sent.filter((m) => m.type === 'products.pageImport');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.payload).toMatchObject({ originProductNo: 10000001 });
    expect(imports[0]!.payload.requestId).toEqual(expect.any(String));
    expect(boxOf('10000001').dataset.state).toBe('working');
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');

    finish({
      id: 'job-1',
      status: 'done',
      progress: progress(1),
      item: { status: 'done', outcome: 'created' },
    });
    await tick();
    expect(boxOf('10000001').dataset.state).toBe('done');
    expect(boxOf('10000001').querySelector('[role=status]')!.textContent).toBe('가져왔습니다');
    expect(buttonOf('10000001')).toBe(button);
    expect(button.disabled).toBe(false);
    expect(sent.filter((m) => m.type === 'products.pageImport')).toHaveLength(1);
  });

  it('says in English what to do when a job ends without a result (cancelled meanwhile)', async () => {
    setLocale('en');
    replies['products.pageImport'] = () =>
      ok({
        id: 'job-1',
        status: 'cancelled',
        progress: progress(0),
      } satisfies PageJob);
    document.body.innerHTML = smartstoreList(['10000001']);
    startProductOverlay(ctx);
    await tick();
    buttonOf('10000001').dispatchEvent(trustedEvent());
    await tick();
    expect(boxOf('10000001').dataset.state).toBe('failed');
    expect(boxOf('10000001').querySelector('[role=alert]')!.textContent).toBe(
      'Could not complete. Check the result in extension settings > Product link.',
    );
  });

  it('lets the seller pick the account to export a shop product to, then exports there', async () => {
    replies['products.pageLookup'] = () =>
      ok({
        accounts: [
          { id: 'acc-a', alias: '하늘리빙', hasDefaultPreset: true },
          { id: 'acc-b', alias: '하늘아울렛', hasDefaultPreset: true },
        ],
        links: {},
      } satisfies PageLookup);
    replies['products.pageExport'] = () =>
      ok({
        id: 'job-2',
        status: 'done',
        progress: progress(1),
        item: { status: 'done' },
      } satisfies PageJob);
    document.body.innerHTML = `<table><tbody id="product-rows"><tr class="product-row" data-row-key="1001"><td class="col-product-no">1001</td></tr></tbody></table>`;
    startProductOverlay(ctx);
    await tick();
    buttonOf('1001').dispatchEvent(trustedEvent());
    await tick();
    const items = [...boxOf('1001').querySelectorAll('[role=menuitem]')];
    expect(items.map((b) => b.textContent)).toEqual(['하늘리빙', '하늘아울렛']);
    expect(sent.filter((m) => m.type === 'products.pageExport')).toEqual([]);
    items[1]!.dispatchEvent(trustedEvent());
    await tick();
    expect(sent.filter((m) => m.type === 'products.pageExport').map((m) => m.payload)).toEqual([
      expect.objectContaining({ shopProductId: '1001', accountId: 'acc-b' }),
    ]);
    expect(boxOf('1001').dataset.state).toBe('done');
    expect(boxOf('1001').querySelector('[role=menu]')).toBeNull();
  });
});

describe('the early test for a product list', () => {
  it('every row selector starts with the id it is told by, so the test can only save work, never miss a row', () => {
    for (const adapter of PAGE_ADAPTERS) {
      const id = PRODUCT_LIST_IDS.find((i) => new RegExp(`^#${i}(?=[\\s>+~])`).test(adapter.rows));
      expect(id, adapter.rows).toBeDefined();
    }
  });

  it('answers from the element with that id (and in quirks mode always lets the scan decide)', () => {
    document.body.innerHTML = orderPage(3);
    expect(productListShown(document)).toBe(false);
    document.body.innerHTML = smartstoreList([]);
    expect(productListShown(document)).toBe(true);
    const quirks = document.implementation.createHTMLDocument('');
    Object.defineProperty(quirks, 'compatMode', { value: 'BackCompat' });
    expect(productListShown(quirks)).toBe(true);
  });
});
