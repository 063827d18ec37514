import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_APP_LINK_A } from '../sandbox/commerce/seed';
import { api, session } from '../sandbox/commerce/test-client';
import { COMMERCE_SEED, type Sandbox, SHOP_SEED, startSandbox } from '../sandbox/sandbox';
import { EXTENSION_DIR, type ExtensionBrowser, launchExtension } from './browser';
import { connectShop, pointAtSandbox, sendFromPage, submitLink, waitReady } from './options-page';

/**
 * Nobody gets in (real Chromium, the built extension, the whole sandbox): a hostile page on a host where our
 * content scripts run cannot drive the extension; secrets never show in a console, a reply, a page, a table
 * a page can read, or storage; hostile order data renders as text everywhere; the manifest asks for the
 * minimum; 연동 해제 leaves nothing of the account behind.
 */

/** The extension APIs as the evaluated functions see them inside an extension page. */
declare const chrome: {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const A = COMMERCE_SEED.sellers.A;
const B = COMMERCE_SEED.sellers.B;
const HOSTILE = {
  buyer: `<img src=x onerror="window.__pwned='buyer'">김해커`,
  address: `<script>window.__pwned='address'</script>서울시`,
  memo: `"><svg onload="window.__pwned='memo'"></svg>`,
  product: `<img src=x onerror="window.__pwned='product'">머그컵`,
};

let sandbox: Sandbox;
let browser: ExtensionBrowser;
let options: Page;
let hostile: Server;
let hostileUrl = '';
let hostileOrderIds: string[] = [];
let accountIds: { a: string; b: string };
const consoleLines: string[] = [];
const replies: string[] = [];

async function readStore<T = Record<string, unknown>>(p: Page, store: string): Promise<T[]> {
  return p.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('smartstore-link');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

async function storeNames(p: Page): Promise<string[]> {
  return p.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('smartstore-link');
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          resolve(names);
        };
      }),
  );
}

async function send<T = unknown>(
  type: string,
  payload: unknown = {},
): Promise<{ ok: boolean; data?: T; error?: { message: string } }> {
  const reply = await sendFromPage<{ ok: boolean; data?: T; error?: { message: string } }>(options, {
    type,
    payload,
  });
  replies.push(JSON.stringify(reply));
  return reply;
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** What a page shows, with every open shadow root inlined; and whether a hostile handler ever ran. */
async function inspect(p: Page): Promise<{ html: string; injected: number; pwned: unknown; text: string }> {
  return p.evaluate(() => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    let injected = 0;
    let html = '';
    let text = '';
    for (const root of roots) {
      injected += root.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length;
      injected += [...root.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('__pwned'),
      ).length;
      html += root instanceof Document ? root.documentElement.outerHTML : root.innerHTML;
      text += root instanceof Document ? (root.body?.textContent ?? '') : (root as ShadowRoot).textContent;
    }
    return { html, injected, pwned: (window as unknown as { __pwned?: unknown }).__pwned, text };
  });
}

function watch(p: Page): Page {
  p.on('console', (m) => consoleLines.push(m.text()));
  p.on('pageerror', (e) => consoleLines.push(`${e.message}\n${e.stack ?? ''}`));
  return p;
}

/** A hostile page on the sandbox host: it shows real order numbers (so our overlay joins it) and attacks. */
function hostilePage(ids: readonly string[]): string {
  const rows = ids.map((id) => `<tr class="order-row"><td>${id}</td><td>결제완료</td></tr>`).join('');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 관리</title></head><body>
<h1>주문 관리</h1><table><thead><tr><th>상품주문번호</th><th>상태</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}

beforeAll(async () => {
  sandbox = await startSandbox({
    shopDataFile: join(mkdtempSync(join(tmpdir(), 'ssl-sec-shop-')), 'shop.json'),
  });
  const s = sandbox.commerce.scenario;
  // hostile order data, before the first collection
  const product = s.listProducts(A.accountId)[0]!;
  const sess = await session(sandbox.commerce);
  const got = await api<{ originProduct: { name: string } }>(
    sandbox.commerce,
    sess,
    'GET',
    `/v2/products/origin-products/${product.originProductNo}`,
  );
  got.json.originProduct.name = HOSTILE.product;
  await api(
    sandbox.commerce,
    sess,
    'PUT',
    `/v2/products/origin-products/${product.originProductNo}`,
    got.json,
  );
  const evil = s.addPaidOrder({
    sellerAccountId: A.accountId,
    items: [{ originProductNo: product.originProductNo }, {}],
    buyer: { name: HOSTILE.buyer, shippingMemo: HOSTILE.memo, address: { baseAddress: HOSTILE.address } },
  });
  hostileOrderIds = evil.productOrderIds;

  hostile = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostilePage(hostileOrderIds));
  });
  await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', () => r()));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/admin/orders`;

  browser = await launchExtension();
  browser.context.on('console', (m) => consoleLines.push(m.text()));
  (await browser.worker()).on('console', (m) => consoleLines.push(`[sw] ${m.text()}`));
  browser.context.on('serviceworker', (w) => w.on('console', (m) => consoleLines.push(`[sw] ${m.text()}`)));
  options = watch(await browser.openPage('options.html'));
  await waitReady(options);
  await pointAtSandbox(options, { commerce: sandbox.commerce.url, shop: sandbox.shop.url });
  await connectShop(options, SHOP_SEED.key);
  const wrong = await submitLink(options, {
    mode: 'OWN_APP',
    alias: '하늘리빙',
    storeSlug: A.storeSlug,
    apiSellerId: A.accountId,
    clientId: COMMERCE_SEED.selfApp.clientId,
    clientSecret: '$2a$04$AAAAAAAAAAAAAAAAAAAAAA',
  });
  expect(wrong.ok).toBe(false);
  const a = await submitLink(options, OWN_APP_LINK_A);
  expect(a.ok, a.text).toBe(true);
  const b = await submitLink(options, {
    mode: 'AGENCY',
    alias: '바다커피',
    storeSlug: B.storeSlug,
    apiSellerId: B.accountId,
  });
  expect(b.ok, b.text).toBe(true);
  const accounts = await readStore<{ id: string; apiSellerId: string }>(options, 'accounts');
  accountIds = {
    a: accounts.find((x) => x.apiSellerId === A.accountId)!.id,
    b: accounts.find((x) => x.apiSellerId === B.accountId)!.id,
  };
  const paid = (seller: string) =>
    s.listProductOrders(seller).filter((p) => p.productOrderStatus !== 'PAYMENT_WAITING').length;
  await until(
    async () => {
      await send('sync.now');
      return (await readStore(options, 'orders')).length >= paid(A.accountId) + paid(B.accountId);
    },
    'both accounts collected',
    60_000,
  );

  // actions, one refused by SmartStore (a tracking number another order uses), and a request refused by us
  const orders = await readStore<{ accountId: string; productOrderId: string; status: string }>(
    options,
    'orders',
  );
  const preparing = orders
    .filter((o) => o.accountId === accountIds.a && o.status === 'PREPARING')
    .slice(0, 2);
  const used = s.listProductOrders(A.accountId).find((p) => p.delivery?.trackingNumber)!.delivery!
    .trackingNumber!;
  await send('orders.dispatch', {
    requestId: 'sec_e2e_dispatch_1',
    accountId: accountIds.a,
    items: [
      { productOrderId: preparing[0]!.productOrderId, courierCode: 'CJGLS', trackingNumber: '612345678909' },
      { productOrderId: preparing[1]!.productOrderId, courierCode: 'CJGLS', trackingNumber: used },
    ],
  });
  await send('orders.dispatch', {
    requestId: 'sec_e2e_dispatch_2',
    accountId: accountIds.a,
    items: [{ productOrderId: preparing[1]!.productOrderId, courierCode: 'NOPE', trackingNumber: '1' }],
  });
  const confirming = orders.find((o) => o.accountId === accountIds.b && o.status === 'PAYMENT_CONFIRMING')!;
  await send('orders.confirm', {
    requestId: 'sec_e2e_confirm_1',
    accountId: accountIds.b,
    productOrderIds: [confirming.productOrderId],
  });
  s.injectFault({ api: 'orders.lastChangedStatuses', kind: 'malformed', times: 3 });
  await send('sync.now');
  await new Promise((r) => setTimeout(r, 1_500));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  await new Promise((r) => hostile?.close(() => r(undefined)));
});

describe('the manifest asks for the minimum', () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    permissions: string[];
    optional_permissions?: string[];
    host_permissions: string[];
    optional_host_permissions?: string[];
    content_security_policy: { extension_pages: string };
    content_scripts: Array<{ matches: string[] }>;
    web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  };

  it('exactly storage and alarms; notifications only optional; the two services as hosts', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://api.commerce.naver.com/*',
      'https://api.sixshop.com/*',
    ]);
    for (const p of manifest.optional_host_permissions ?? []) expect(p).toMatch(/^https:\/\//);
  });

  it('nothing broad: no <all_urls>, no tabs/scripting/webRequest/cookies, no externally_connectable', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"|"http:\/\/\*\/\*"/);
    for (const p of [
      'tabs',
      'scripting',
      'webRequest',
      'cookies',
      'history',
      'debugger',
      'management',
      'nativeMessaging',
    ]) {
      expect(manifest.permissions).not.toContain(p);
    }
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('content scripts run only on the seller pages (and loopback in this sandbox build)', () => {
    const allowed = [
      'https://sell.smartstore.naver.com/*',
      'https://*.sixshop.com/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ];
    for (const cs of manifest.content_scripts) for (const m of cs.matches) expect(allowed).toContain(m);
    for (const war of manifest.web_accessible_resources ?? []) {
      expect(war.use_dynamic_url).toBe(true);
      for (const m of war.matches) expect(allowed).toContain(m);
    }
  });

  it('a strict CSP for extension pages: script-src self, no eval, no inline', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(csp).toContain("object-src 'self'");
  });
});

describe('a hostile page on a host where our content scripts run', () => {
  let page: Page;
  let before: { requests: number; outbox: number };

  beforeAll(async () => {
    page = watch(await browser.context.newPage());
    await page.goto(hostileUrl);
    await page.locator('tr.order-row').first().waitFor();
    await new Promise((r) => setTimeout(r, 2_000)); // the overlay has had time to join the page
    before = {
      requests: sandbox.commerce.requests.length,
      outbox: (await readStore(options, 'outbox')).length,
    };
  });

  const actionsSince = () =>
    sandbox.commerce.requests
      .slice(before.requests)
      .filter((r) => ['orders.confirm', 'orders.dispatch', 'orders.cancelRequest'].includes(r.api));

  it('cannot reach the extension’s messaging: chrome.runtime.sendMessage is not there for it', async () => {
    const result = await page.evaluate(async (id) => {
      const c = (
        globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } };
        }
      ).chrome;
      if (!c?.runtime?.sendMessage) return 'no chrome.runtime.sendMessage';
      try {
        await c.runtime.sendMessage(id, {
          type: 'orders.confirm',
          payload: { requestId: 'hostile_1234', accountId: 'x', orderIds: ['1'] },
        });
        return 'sent';
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, browser.extensionId);
    expect(result).not.toBe('sent');
  });

  it('cannot read the extension’s database', async () => {
    const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs).not.toContain('smartstore-link');
  });

  it('window.postMessage with our message shapes, forged clicks and look-alike controls achieve nothing', async () => {
    const s = sandbox.commerce.scenario;
    const target = hostileOrderIds[0]!;
    const poBefore = s.getProductOrder(target)!;
    await page.evaluate(
      ({ ids, accountId }) => {
        const shapes = [
          {
            type: 'orders.confirm',
            payload: { requestId: 'hostile_confirm_1', accountId, orderIds: [], productOrderIds: ids },
          },
          {
            type: 'orders.cancel',
            payload: { requestId: 'hostile_cancel_1', accountId, productOrderId: ids[0], reason: 'SOLD_OUT' },
          },
          { type: 'accounts.unlink', payload: { accountId, confirmAlias: '하늘리빙' } },
          { type: 'settings.update', payload: { shopBackendUrl: 'https://evil.example' } },
        ];
        for (const m of shapes) {
          window.postMessage(m, '*');
          window.postMessage({ source: 'sixshop-link', ...m }, '*');
          document.dispatchEvent(new CustomEvent('sixshop-link', { detail: m }));
        }
        // forged events on every control of ours the page can reach (our shadow roots are open)
        const roots: Array<Document | ShadowRoot> = [document];
        for (let i = 0; i < roots.length; i++)
          for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        for (const root of roots.slice(1)) {
          for (const input of root.querySelectorAll('input')) {
            input.value = '612345678900';
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          }
          for (const button of root.querySelectorAll('button')) {
            button.click();
            button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
            button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
            button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
            button.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
            );
          }
          for (const form of root.querySelectorAll('form')) form.requestSubmit();
        }
        // controls that look like ours
        const fake = document.createElement('sixshop-link-row');
        const shadow = fake.attachShadow({ mode: 'open' });
        shadow.innerHTML = ids
          .map(
            (id) =>
              `<div class="item" data-product-order-id="${id}"><button>발주 확인</button><button>취소 처리</button></div>`,
          )
          .join('');
        document.body.append(fake);
        for (const b of shadow.querySelectorAll('button')) b.click();
      },
      { ids: hostileOrderIds, accountId: accountIds.a },
    );
    await new Promise((r) => setTimeout(r, 2_000));
    expect(actionsSince(), 'SmartStore received an action').toEqual([]);
    expect((await readStore(options, 'outbox')).length, 'an outbox row was written').toBe(before.outbox);
    expect(s.getProductOrder(target)).toEqual(poBefore);
    expect((await readStore<{ alias: string }>(options, 'accounts')).length).toBe(2);
    expect((await send<{ shopBackendUrl: string }>('settings.get')).data?.shopBackendUrl).toBe(
      sandbox.shop.url,
    );
  });

  it('our controls were really on that page (so the forged clicks above had something to press)', async () => {
    const hosts = await page.evaluate(() => document.querySelectorAll('sixshop-link-row').length);
    // one of them is the page's own look-alike
    expect(hosts - 1, 'the order overlay never joined the page: its lookups were refused').toBeGreaterThan(0);
  });
});

describe('secrets never leave the background', () => {
  let secrets: Record<string, string>;

  beforeAll(async () => {
    const session = await options.evaluate(async () => chrome.storage.session.get(null));
    const tokens = Object.values(session as Record<string, { accessToken?: string }>)
      .map((v) => v?.accessToken)
      .filter((t): t is string => typeof t === 'string');
    secrets = {
      'shop key': SHOP_SEED.key,
      'own application secret': COMMERCE_SEED.selfApp.clientSecret,
      'own application secret (body)': COMMERCE_SEED.selfApp.clientSecret.slice(7),
      'agency application secret': COMMERCE_SEED.agencyApp.clientSecret,
      ...Object.fromEntries(tokens.map((t, i) => [`access token #${i + 1}`, t])),
    };
    expect(tokens.length, 'the own application got a token').toBeGreaterThan(0);
  });

  const leaks = (where: string, text: string) =>
    Object.entries(secrets)
      .filter(([, v]) => text.includes(v))
      .map(([k]) => `${k} in ${where}`);

  it('not in any console line of the pages or the service worker, nor in any reply', () => {
    expect(consoleLines.length + replies.length).toBeGreaterThan(0);
    expect(leaks('console', consoleLines.join('\n'))).toEqual([]);
    expect(leaks('replies', replies.join('\n'))).toEqual([]);
    expect(
      replies.some((r) => r.includes('"ok":false')),
      'the flow included refusals',
    ).toBe(true);
  });

  it('not in the DOM of the options page, the popup, the demo seller pages or the hostile page', async () => {
    const pages: Array<[string, string]> = [
      ['options.html', 'options'],
      ['popup.html', 'popup'],
    ];
    const found: string[] = [];
    found.push(...leaks('options', (await inspect(options)).html));
    const popup = watch(await browser.openPage(pages[1]![0]));
    await popup.locator('main.popup[data-ready="true"]').waitFor({ timeout: 15_000 });
    found.push(...leaks('popup', (await inspect(popup)).html));
    await popup.close();
    const demo = watch(await browser.context.newPage());
    for (const path of ['/sixshop/orders?size=100', '/smartstore/orders#status=ALL&page=1&size=100']) {
      await demo.goto(`${sandbox.demo.url}${path}`);
      await demo.locator('tr.order-row').first().waitFor();
      found.push(...leaks(path, (await inspect(demo)).html));
    }
    await demo.close();
    expect(found).toEqual([]);
  });

  it('not in any IndexedDB table but `secrets`, nor in storage.local; tokens only in storage.session', async () => {
    const found: string[] = [];
    for (const name of await storeNames(options)) {
      if (name === 'secrets') continue;
      found.push(...leaks(`IndexedDB ${name}`, JSON.stringify(await readStore(options, name))));
    }
    const local = await options.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    found.push(...leaks('storage.local', local));
    const session = await options.evaluate(async () =>
      JSON.stringify(await chrome.storage.session.get(null)),
    );
    expect(session).not.toContain(SHOP_SEED.key);
    expect(session).not.toContain(COMMERCE_SEED.selfApp.clientSecret);
    expect(found).toEqual([]);
  });
});

describe('order and product data render as text everywhere', () => {
  async function expectInert(p: Page, where: string) {
    const seen = await inspect(p);
    expect(seen.injected, `${where}: an element was built from order data`).toBe(0);
    expect(seen.pwned, `${where}: a hostile handler ran`).toBeUndefined();
    return seen;
  }

  it('the popup shows the hostile names as text', async () => {
    const popup = watch(await browser.openPage('popup.html'));
    await popup.locator('main.popup[data-ready="true"]').waitFor({ timeout: 15_000 });
    await until(
      async () => (await inspect(popup)).text.includes('<img src=x'),
      'the hostile order in the popup',
      15_000,
    );
    await expectInert(popup, 'popup');
    await popup.close();
  });

  it('the options page, the demo seller pages and the overlay on the hostile page stay inert', async () => {
    await expectInert(options, 'options');
    const demo = watch(await browser.context.newPage());
    await demo.goto(`${sandbox.demo.url}/sixshop/orders?size=100`);
    await demo.locator('tr.order-row').first().waitFor();
    await new Promise((r) => setTimeout(r, 1_500));
    const seen = await expectInert(demo, 'demo 주문 관리');
    expect(seen.text).toContain('김해커');
    await demo.close();
    const page = watch(await browser.context.newPage());
    await page.goto(hostileUrl);
    await new Promise((r) => setTimeout(r, 2_000));
    await expectInert(page, 'overlay on the hostile page');
    await page.close();
  });
});

describe('연동 해제 leaves no byte of the account', () => {
  async function traces(needles: Record<string, string>): Promise<string[]> {
    const found: string[] = [];
    const hay: Record<string, string> = {};
    for (const name of await storeNames(options))
      hay[`IndexedDB ${name}`] = JSON.stringify(await readStore(options, name));
    hay['storage.local'] = await options.evaluate(async () =>
      JSON.stringify(await chrome.storage.local.get(null)),
    );
    hay['storage.session'] = await options.evaluate(async () =>
      JSON.stringify(await chrome.storage.session.get(null)),
    );
    for (const [where, text] of Object.entries(hay))
      for (const [what, needle] of Object.entries(needles))
        if (text.includes(needle)) found.push(`${what} in ${where}`);
    return found;
  }

  it('the agency account: its id, API seller ID and slug are gone from every store', async () => {
    expect((await send('accounts.unlink', { accountId: accountIds.b, confirmAlias: '바다커피' })).ok).toBe(
      true,
    );
    expect(
      await traces({ 'account id': `"${accountIds.b}"`, 'API seller ID': B.accountId, slug: B.storeSlug }),
    ).toEqual([]);
    expect((await readStore(options, 'orders')).length, 'the other account keeps its orders').toBeGreaterThan(
      0,
    );
  });

  it('the own-application account: also its application ID, secret and cached token', async () => {
    const session = await options.evaluate(async () => chrome.storage.session.get(null));
    const token = Object.values(session as Record<string, { accessToken?: string }>).find(
      (v) => v?.accessToken,
    )?.accessToken;
    expect((await send('accounts.unlink', { accountId: accountIds.a, confirmAlias: '하늘리빙' })).ok).toBe(
      true,
    );
    expect(
      await traces({
        'account id': `"${accountIds.a}"`,
        'API seller ID': A.accountId,
        slug: A.storeSlug,
        'application ID': COMMERCE_SEED.selfApp.clientId,
        'application secret': COMMERCE_SEED.selfApp.clientSecret,
        ...(token ? { 'access token': token } : {}),
      }),
      'left behind after unlinking the own-application account',
    ).toEqual([]);
  });
});
