import { describe, expect, it, vi } from 'vitest';
import { REQUESTS, type RequestType } from '../../lib/messaging/protocol';
import { createRouter, type Handlers, type SenderInfo } from '../../lib/messaging/router';

/**
 * Nobody but the extension drives the background (DESIGN principle 2): the router checks who sent a message
 * before anything else, parses every envelope and payload, and lets a content script ask only what the
 * overlay needs (the order numbers it names, and the actions a seller's click sends).
 */

const ID = 'kfhmkmdjoehhbfhajjnnmpmgbepikcdl';
const ORIGIN = `chrome-extension://${ID}`;
const OWN_PAGE: SenderInfo = { id: ID, url: `${ORIGIN}/options.html` };
const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}/popup.html` };
/** our content script on a seller page: the extension's id, a tab, the page's URL */
const CONTENT_SCRIPT: SenderInfo = {
  id: ID,
  url: 'https://sell.smartstore.naver.com/#/naverpay/sale/delivery',
  tab: { id: 7 },
};

/** What the order overlay sends; everything else is for the extension's own pages. */
const CONTENT_SCRIPT_TYPES: readonly RequestType[] = [
  'orders.lookup',
  'overlay.styles',
  'orders.confirm',
  'orders.dispatch',
  'orders.cancel',
  'actions.get',
  'actions.retry',
  'products.pageLookup',
  'products.pageImport',
  'products.pageExport',
  'products.pageJob',
];
const PAGE_ONLY_TYPES = (Object.keys(REQUESTS) as RequestType[]).filter(
  (t) => !CONTENT_SCRIPT_TYPES.includes(t),
);

/** Sample payloads; requests without one are tried with an empty object. */
const SAMPLE: Partial<Record<RequestType, unknown>> = {
  'settings.get': {},
  'settings.update': { shopBackendUrl: 'https://evil.example' },
  'shop.status': {},
  'shop.connect': { shopBackendUrl: 'https://evil.example', shopKey: 'x' },
  'accounts.list': {},
  'accounts.link': { mode: 'AGENCY', alias: 'x', storeSlug: 'x', apiSellerId: 'x' },
  'accounts.rename': { accountId: 'a', alias: 'x' },
  'accounts.unlinkPreview': { accountId: 'a' },
  'accounts.unlink': { accountId: 'a', confirmAlias: 'x' },
  'orders.lookup': { productOrderIds: ['2026112712347101'], orderIds: [] },
  'overlay.styles': { name: 'orders' },
  'orders.confirm': { requestId: 'abcdefgh12', accountId: 'a', orderIds: ['1'] },
  'orders.dispatch': { requestId: 'abcdefgh12', accountId: 'a', items: [] },
  'orders.cancel': { requestId: 'abcdefgh12', accountId: 'a', productOrderId: '1', reason: 'SOLD_OUT' },
  'actions.get': { id: 'abcdefgh12' },
  'actions.retry': { id: 'abcdefgh12', requestId: 'abcdefgh13', productOrderIds: ['1'] },
  'sync.now': {},
  'popup.summary': {},
  'orders.search': { query: '' },
};

function setup() {
  const h = Object.fromEntries(
    Object.keys(REQUESTS).map((k) => [k, vi.fn(async () => ({ handled: k }))]),
  ) as unknown as Handlers;
  const rejected: string[] = [];
  const route = createRouter(h, {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    onRejected: (r) => rejected.push(r),
  });
  const called = () =>
    Object.entries(h).filter(([, fn]) => (fn as ReturnType<typeof vi.fn>).mock.calls.length > 0);
  return { h, route, rejected, called };
}

describe('who may talk to the background', () => {
  it('the extension’s own pages may send every request', async () => {
    const { route } = setup();
    for (const type of Object.keys(REQUESTS) as RequestType[]) {
      const reply = await route(
        { type, payload: SAMPLE[type] ?? {} },
        type.startsWith('popup') ? POPUP : OWN_PAGE,
      );
      // without a sample payload the envelope may be refused as malformed, but never for who sent it
      if (SAMPLE[type] !== undefined) expect(reply, type).toMatchObject({ ok: true });
      else if (!reply.ok) expect(reply.error.kind, type).not.toBe('forbidden');
    }
  });

  const strangers: Array<[string, SenderInfo]> = [
    [
      'another extension',
      {
        id: 'aaaabbbbccccddddeeeeffffgggghhhh',
        url: 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/x.html',
      },
    ],
    ['a web page (no extension id)', { url: 'https://evil.example/', tab: { id: 1 } }],
    ['a web page claiming our URL', { url: `${ORIGIN}/options.html` }],
    ['an id that only starts like ours', { id: `${ID}x`, url: `${ORIGIN}/options.html` }],
    ['no sender at all', {}],
    ['a look-alike origin', { id: ID, url: `${ORIGIN}.evil.example/options.html` }],
    ['a sandboxed/opaque frame', { id: ID, url: 'null' }],
    ['a data: URL', { id: ID, url: 'data:text/html,<script>1</script>' }],
    ['a file: URL', { id: ID, url: 'file:///x.html', tab: { id: 2 } }],
  ];
  for (const [who, sender] of strangers) {
    it(`refuses ${who}, for every request type, without running anything`, async () => {
      const { route, called, rejected } = setup();
      for (const type of Object.keys(REQUESTS) as RequestType[]) {
        const reply = await route({ type, payload: SAMPLE[type] ?? {} }, sender);
        expect(reply, `${who} → ${type}`).toEqual({
          ok: false,
          error: { kind: 'forbidden', message: '허용되지 않은 요청입니다.' },
        });
      }
      expect(called()).toEqual([]);
      expect(rejected.length).toBe(Object.keys(REQUESTS).length);
    });
  }

  it('a content script may not ask for settings, accounts, secrets, the popup’s lists or a collection', async () => {
    const { route, called } = setup();
    for (const type of PAGE_ONLY_TYPES) {
      const reply = await route({ type, payload: SAMPLE[type] ?? {} }, CONTENT_SCRIPT);
      expect(reply, type).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(called()).toEqual([]);
  });

  it('a content script is answered about the order numbers it names (the overlay works)', async () => {
    const { route, h } = setup();
    const reply = await route({ type: 'orders.lookup', payload: SAMPLE['orders.lookup'] }, CONTENT_SCRIPT);
    expect(reply, 'orders.lookup from the overlay was refused').toMatchObject({ ok: true });
    expect(h['orders.lookup']).toHaveBeenCalledWith(
      { productOrderIds: ['2026112712347101'], orderIds: [] },
      CONTENT_SCRIPT,
    );
  });

  it('a content script gets its stylesheet by name, and nothing else of the extension’s files', async () => {
    const { route, h, called } = setup();
    expect(
      await route({ type: 'overlay.styles', payload: { name: 'products' } }, CONTENT_SCRIPT),
    ).toMatchObject({
      ok: true,
    });
    expect(h['overlay.styles']).toHaveBeenCalledWith({ name: 'products' }, CONTENT_SCRIPT);
    for (const name of ['../manifest', 'background', 'orders.css', '', 42]) {
      const reply = await route({ type: 'overlay.styles', payload: { name } }, CONTENT_SCRIPT);
      expect(reply, String(name)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    // the handler ran once: for the good name
    expect(called().map(([type]) => type)).toEqual(['overlay.styles']);
    expect((h['overlay.styles'] as ReturnType<typeof vi.fn>).mock.calls).toHaveLength(1);
  });

  it('a content script on a page where our overlay never runs is refused even the overlay’s requests', async () => {
    const { route, called } = setup();
    for (const url of [
      'https://evil.example/orders',
      'http://attacker.test/',
      'https://sixshop.com.evil.example/',
    ]) {
      for (const type of CONTENT_SCRIPT_TYPES) {
        const reply = await route({ type, payload: SAMPLE[type] ?? {} }, { id: ID, url, tab: { id: 9 } });
        expect(reply, `${url} → ${type}`).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      }
    }
    expect(called()).toEqual([]);
  });

  it('logs a refusal without its payload', async () => {
    const { route, rejected } = setup();
    const secretish = 'sk_live_DO_NOT_LOG_5b1c';
    await route({ type: 'shop.connect', payload: { shopKey: secretish } }, { url: 'https://evil.example' });
    await route({ type: 'shop.connect', payload: { shopKey: secretish } }, CONTENT_SCRIPT);
    await route({ type: secretish, payload: {} }, OWN_PAGE);
    expect(rejected.length).toBe(3);
    expect(rejected.join('\n')).not.toContain(secretish);
  });
});

describe('every message is schema-checked before a handler sees it', () => {
  const bad: Array<[string, unknown]> = [
    ['not an object', 'orders.confirm'],
    ['an array', [{ type: 'settings.get' }]],
    ['no type', { payload: {} }],
    ['a numeric type', { type: 1 }],
    ['an unknown type', { type: 'orders.deleteAll', payload: {} }],
    ['a prototype key as type', { type: '__proto__', payload: {} }],
    ['a prototype key as type (toString)', { type: 'toString', payload: {} }],
    [
      'lookup with 501 numbers',
      { type: 'orders.lookup', payload: { productOrderIds: Array(501).fill('1') } },
    ],
    [
      'lookup with a 33-character number',
      { type: 'orders.lookup', payload: { productOrderIds: ['1'.repeat(33)] } },
    ],
    [
      'lookup with numbers that are not strings',
      { type: 'orders.lookup', payload: { productOrderIds: [1, 2] } },
    ],
    ['actions.get without an id', { type: 'actions.get', payload: {} }],
    ['actions.get with a 65-character id', { type: 'actions.get', payload: { id: 'a'.repeat(65) } }],
    [
      'actions.retry with 1001 items',
      { type: 'actions.retry', payload: { id: 'x', requestId: 'y', productOrderIds: Array(1001).fill('1') } },
    ],
    ['confirm with a payload that is a string', { type: 'orders.confirm', payload: 'all' }],
    ['dispatch with a payload that is an array', { type: 'orders.dispatch', payload: [] }],
    ['unlink preview with a numeric account', { type: 'accounts.unlinkPreview', payload: { accountId: 7 } }],
    ['search with a 51-character query', { type: 'orders.search', payload: { query: 'a'.repeat(51) } }],
    ['sync with a numeric account', { type: 'sync.now', payload: { accountId: 1 } }],
  ];
  for (const [what, message] of bad) {
    it(`refuses ${what} with a Korean message and runs nothing`, async () => {
      const { route, called } = setup();
      const reply = await route(message, OWN_PAGE);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
      expect((reply as { error: { message: string } }).error.message).toMatch(/[가-힣]/);
      expect(called()).toEqual([]);
    });
  }
});
