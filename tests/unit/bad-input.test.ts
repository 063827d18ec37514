import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientFactory } from '../../lib/accounts/connections';
import { linkAccount } from '../../lib/accounts/link';
import { renameAccount, unlinkAccount } from '../../lib/accounts/manage';
import { connectShop } from '../../lib/accounts/shop-connection';
import { readBulkFile, readBulkText } from '../../lib/bulk/read';
import { validateBulkRows } from '../../lib/bulk/validate';
import { type LinkDb, type OrderRow, openLinkDb } from '../../lib/db/schema';
import { toErrorPayload } from '../../lib/messaging/errors';
import { enqueueAction } from '../../lib/orders/enqueue';
import { syncAccount } from '../../lib/orders/sync';
import { checkPresetFields } from '../../lib/products/validate';
import { setShopKey } from '../../lib/settings/secrets';
import { updateSettings } from '../../lib/settings/settings';
import { createShopClient } from '../../lib/sixshop/client';
import { createCommerceClient, ownAppClient } from '../../lib/smartstore/client';
import { headerAuth } from '../../lib/smartstore/http';
import { presetFields } from './sixshop/fixtures';

/**
 * Bad input on every surface: each case is refused with a Korean message that says what to fix (the text is
 * asserted), and nothing changes — not a row of the extension's database, not a call to SmartStore or the shop.
 */

const KOREAN = /[가-힣]/;
const ACCOUNT = 'acc-1';
let db: LinkDb;
let calls: string[];

/** Clients that must never be reached by bad input: each call is noted and fails. */
const noNetwork: ClientFactory = {
  shop: () => trap('shop'),
  ownApp: () => trap('ownApp'),
  relay: () => trap('relay'),
};
function trap<T>(name: string): T {
  return new Proxy({} as object, {
    get(_t, prop) {
      return () => {
        calls.push(`${name}.${String(prop)}`);
        throw new Error(`${name}.${String(prop)} must not be called for bad input`);
      };
    },
  }) as T;
}

function row(productOrderId: string, orderId: string, status: string): OrderRow {
  return {
    accountId: ACCOUNT,
    productOrderId,
    orderId,
    status,
    lastChangedAt: 1,
    paidAt: 1,
    shopPending: 0,
    updatedAt: 1,
    data: { productOrderId, orderId, status, productName: '머그컵', quantity: 1 },
  };
}

beforeEach(async () => {
  calls = [];
  db = openLinkDb(`bad-${Math.random()}`);
  await updateSettings(db, { shopBackendUrl: 'https://api.sixshop.com' });
  await setShopKey(db, 'sxp_existing_key_0001');
  await db.accounts.add({
    id: ACCOUNT,
    alias: '하늘리빙',
    storeSlug: 'haneul-living',
    apiSellerId: 'ncp_1o3k5x_01',
    linkMode: 'AGENCY',
    shopMarketAccountId: 'ma_1',
    createdAt: 1,
    updatedAt: 1,
  });
  await db.orders.bulkPut([
    row('2026112700000101', '2026112700000100', 'PAYMENT_CONFIRMING'),
    row('2026112700000201', '2026112700000200', 'PREPARING'),
    row('2026112700000301', '2026112700000300', 'SHIPPING'),
  ]);
});
afterEach(async () => {
  await db.delete();
});

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

const deps = () => ({ db, clients: noNetwork, now: () => 1_800_000_000_000, newId: () => 'new-id' });

/** Runs `fn`, expects a refusal; returns everything the seller is shown (message and per-field messages). */
async function refusal(
  fn: () => Promise<unknown>,
): Promise<{ text: string; fields: Record<string, string> }> {
  let thrown: unknown;
  try {
    await fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'the input was accepted').toBeDefined();
  const p = toErrorPayload(thrown);
  expect(p.message).toMatch(KOREAN);
  const fields = p.fields ?? {};
  for (const [field, message] of Object.entries(fields))
    expect(message, `message of ${field}`).toMatch(KOREAN);
  return { text: [p.message, ...Object.values(fields)].join(' '), fields };
}

const link = (over: Record<string, unknown>) =>
  linkAccount(deps(), {
    mode: 'OWN_APP',
    alias: '내 스토어',
    storeSlug: 'my-store',
    apiSellerId: 'ncp_9z9z9z_01',
    clientId: 'AbCdEfGh12345678',
    clientSecret: '$2a$04$Qm7HsT2vLx9KpN4dWc1ZbO',
    ...over,
  });
const dispatch = (item: Record<string, unknown>) =>
  enqueueAction(deps(), 'dispatch', {
    requestId: 'req_bad_input_1',
    accountId: ACCOUNT,
    items: [
      { productOrderId: '2026112700000201', courierCode: 'CJGLS', trackingNumber: '612345678901', ...item },
    ],
  });

type Case = [surface: string, what: string, run: () => Promise<unknown>, shows: string];

const CASES: Case[] = [
  // link form
  ['link form', 'empty alias', () => link({ alias: '  ' }), '계정 별칭을 입력해 주세요.'],
  ['link form', 'alias of 31 characters', () => link({ alias: '가'.repeat(31) }), '30자 이내'],
  ['link form', 'empty store ID', () => link({ storeSlug: '' }), '스마트스토어 계정 ID를 입력해 주세요.'],
  [
    'link form',
    'store ID with spaces and symbols',
    () => link({ storeSlug: 'my store!' }),
    '영문, 숫자, -, _',
  ],
  [
    'link form',
    'empty API seller ID',
    () => link({ apiSellerId: '' }),
    'API 연동용 판매자 ID를 입력해 주세요.',
  ],
  ['link form', 'API seller ID with spaces', () => link({ apiSellerId: 'ncp 1o3k' }), '그대로 복사해 입력'],
  ['link form', 'application ID too short', () => link({ clientId: 'abc' }), '영문·숫자 값입니다'],
  [
    'link form',
    'secret that is not a bcrypt salt',
    () => link({ clientSecret: 'my-secret' }),
    '$2a$로 시작하는 값',
  ],
  ['link form', 'empty secret', () => link({ clientSecret: '' }), '애플리케이션 시크릿을 입력해 주세요.'],
  ['link form', 'unknown link mode', () => link({ mode: 'ROOT' }), '입력값을 확인해 주세요.'],
  [
    'link form',
    'a store ID already linked',
    () => link({ storeSlug: 'haneul-living' }),
    '이미 "하늘리빙" 계정으로 연동',
  ],
  [
    'account card',
    'changing the API seller ID after linking',
    () => renameAccount(deps(), { accountId: ACCOUNT, alias: '새 이름', apiSellerId: 'x' }),
    '계정 연동 후 변경할 수 없습니다',
  ],
  [
    'unlink dialog',
    'alias typed wrong',
    () => unlinkAccount(deps(), { accountId: ACCOUNT, confirmAlias: '하늘' }),
    '계정 별칭을 정확히 입력해 주세요.',
  ],
  // shop connection and settings
  [
    'shop connection',
    'plain http to a public host',
    () => connectShop(deps(), { shopBackendUrl: 'http://api.sixshop.com', shopKey: 'k_123456' }),
    'https:// 주소만',
  ],
  [
    'shop connection',
    'credentials in the address',
    () => connectShop(deps(), { shopBackendUrl: 'https://me:pw@api.sixshop.com', shopKey: 'k_123456' }),
    '계정 정보, 쿼리(?), #을 넣을 수 없습니다',
  ],
  [
    'shop connection',
    'not an address',
    () => connectShop(deps(), { shopBackendUrl: 'sixshop', shopKey: 'k_123456' }),
    '올바른 주소가 아닙니다',
  ],
  [
    'shop connection',
    'empty key',
    () => connectShop(deps(), { shopBackendUrl: 'https://api.sixshop.com', shopKey: ' ' }),
    '식스샵 프로 API 키를 입력해 주세요.',
  ],
  [
    'shop connection',
    'key with a space',
    () => connectShop(deps(), { shopBackendUrl: 'https://api.sixshop.com', shopKey: 'sxp abc' }),
    '공백이 들어갈 수 없습니다',
  ],
  [
    'settings',
    'a javascript: address',
    () => updateSettings(db, { commerceApiOrigin: 'javascript:alert(1)' }),
    'https:// 주소만',
  ],
  [
    'settings',
    'http to a LAN address',
    () => updateSettings(db, { commerceApiOrigin: 'http://192.168.0.10:8080' }),
    'https:// 주소만',
  ],
  [
    'settings',
    'a query string in the address',
    () => updateSettings(db, { shopBackendUrl: 'https://api.sixshop.com/?key=1' }),
    '쿼리(?)',
  ],
  [
    'settings',
    'collection every 0 minutes',
    () => updateSettings(db, { syncIntervalMinutes: 0 }),
    '1분 이상',
  ],
  [
    'settings',
    'collection every 61 minutes',
    () => updateSettings(db, { syncIntervalMinutes: 61 }),
    '60분 이하',
  ],
  ['settings', 'look back 91 days', () => updateSettings(db, { lookbackDays: 91 }), '90일 이하'],
  // 배송 처리
  [
    '배송 처리',
    'tracking number in Excel’s exponent form',
    () => dispatch({ trackingNumber: '1.23457E+11' }),
    '지수 표기',
  ],
  ['배송 처리', 'tracking number with letters', () => dispatch({ trackingNumber: '12ab3456789' }), '숫자만'],
  ['배송 처리', 'tracking number of 4 digits', () => dispatch({ trackingNumber: '1234' }), '9~15자리'],
  [
    '배송 처리',
    'tracking number of 16 digits',
    () => dispatch({ trackingNumber: '1234567890123456' }),
    '9~15자리',
  ],
  [
    '배송 처리',
    'empty tracking number',
    () => dispatch({ trackingNumber: '' }),
    '운송장 번호를 입력해 주세요.',
  ],
  ['배송 처리', 'no courier', () => dispatch({ courierCode: '' }), '택배사를 선택해 주세요.'],
  ['배송 처리', 'a courier not in the list', () => dispatch({ courierCode: 'ACME' }), '목록에 있는 택배사'],
  [
    '배송 처리',
    'nothing selected',
    () => enqueueAction(deps(), 'dispatch', { requestId: 'req_bad_input_2', accountId: ACCOUNT, items: [] }),
    '배송 처리할 품목을 선택해 주세요.',
  ],
  [
    '배송 처리',
    'an item still 주문 확인 중',
    () => dispatch({ productOrderId: '2026112700000101' }),
    '배송 준비 중 상태에서만',
  ],
  [
    '배송 처리',
    'an item the extension does not know',
    () => dispatch({ productOrderId: '9999999999999999' }),
    '연동된 주문에서 찾을 수 없습니다',
  ],
  [
    '배송 처리',
    'an order number that is not a number',
    () => dispatch({ productOrderId: '2026-1127' }),
    '주문번호는 숫자입니다.',
  ],
  // 발주 확인, 취소 처리
  [
    '발주 확인',
    'nothing selected',
    () => enqueueAction(deps(), 'confirm', { requestId: 'req_bad_input_3', accountId: ACCOUNT }),
    '발주 확인할 주문을 선택해 주세요.',
  ],
  [
    '발주 확인',
    'an item already 배송 중',
    () =>
      enqueueAction(deps(), 'confirm', {
        requestId: 'req_bad_input_4',
        accountId: ACCOUNT,
        productOrderIds: ['2026112700000301'],
      }),
    '배송 중 상태에서는 할 수 없습니다',
  ],
  [
    '발주 확인',
    'an account that is not linked',
    () =>
      enqueueAction(deps(), 'confirm', {
        requestId: 'req_bad_input_5',
        accountId: 'acc-gone',
        orderIds: ['2026112700000100'],
      }),
    '연동된 계정을 찾을 수 없습니다',
  ],
  [
    '취소 처리',
    'a detail of 501 characters',
    () =>
      enqueueAction(deps(), 'cancel', {
        requestId: 'req_bad_input_6',
        accountId: ACCOUNT,
        productOrderId: '2026112700000101',
        reason: 'SOLD_OUT',
        detail: '가'.repeat(501),
      }),
    '500자 이내',
  ],
  [
    '취소 처리',
    'an item already 배송 준비 중',
    () =>
      enqueueAction(deps(), 'cancel', {
        requestId: 'req_bad_input_7',
        accountId: ACCOUNT,
        productOrderId: '2026112700000201',
        reason: 'SOLD_OUT',
      }),
    '주문 확인 중 상태에서만',
  ],
];

describe('bad input is refused with a Korean message and changes nothing', () => {
  it('has at least 30 cases across the surfaces', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const [surface, what, run, shows] of CASES) {
    it(`${surface}: ${what}`, async () => {
      const before = await snapshot();
      const { text } = await refusal(run);
      expect(text).toContain(shows);
      expect(await snapshot()).toBe(before);
      expect(calls).toEqual([]);
    });
  }

  it('취소 처리: a reason that is not one of SmartStore’s is refused in Korean', async () => {
    const before = await snapshot();
    const { text } = await refusal(() =>
      enqueueAction(deps(), 'cancel', {
        requestId: 'req_bad_input_8',
        accountId: ACCOUNT,
        productOrderId: '2026112700000101',
        reason: 'BECAUSE',
      }),
    );
    expect(text).toContain('취소 사유');
    expect(await snapshot()).toBe(before);
  });

  it('settings: a collection interval that is not a whole number is refused in Korean', async () => {
    const before = await snapshot();
    const { text } = await refusal(() => updateSettings(db, { syncIntervalMinutes: 2.5 }));
    expect(text).toMatch(/분|정수|숫자/);
    expect(await snapshot()).toBe(before);
  });
});

describe('bulk 배송 처리 files', () => {
  it('an Excel workbook is refused with how to save it as CSV', () => {
    const r = readBulkFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r).toMatchObject({ ok: false });
    expect((r as { message: string }).message).toContain('CSV UTF-8(쉼표로 분리)');
  });

  it('a header without a tracking-number column is refused, naming the column', () => {
    const r = readBulkText('상품주문번호,택배사\n2026112700000201,CJ대한통운\n');
    expect(r).toMatchObject({ ok: false });
    expect((r as { message: string }).message).toContain('"송장번호"');
  });

  it('a header and no rows is refused', () => {
    const r = readBulkText('상품주문번호,택배사,송장번호\n');
    expect((r as { message: string }).message).toContain('머리글 아래에 배송 처리할 행이 없습니다.');
  });

  it('more than 1,000 rows is refused, asking to split the file', () => {
    const rows = Array.from(
      { length: 1001 },
      (_, i) => `20261127${String(i).padStart(8, '0')},CJ대한통운,6123456${String(i).padStart(5, '0')}`,
    );
    const r = readBulkText(`상품주문번호,택배사,송장번호\n${rows.join('\n')}\n`);
    expect((r as { message: string }).message).toContain('1,000행까지');
  });

  it('rows with an exponent-form order number or tracking number, or an unknown courier, are not ready', async () => {
    const sheet = readBulkText(
      '상품주문번호,택배사,송장번호\n2.02611E+15,CJ대한통운,612345678901\n2026112700000201,없는택배,612345678902\n2026112700000201,CJ대한통운,6.12346E+11\n',
    );
    expect(sheet.ok).toBe(true);
    const preview = await validateBulkRows(sheet.ok ? sheet.rows : [], {
      byProductOrderIds: async (ids) =>
        ids.includes('2026112700000201')
          ? [
              {
                accountId: ACCOUNT,
                accountAlias: '하늘리빙',
                productOrderId: '2026112700000201',
                orderId: '2026112700000200',
                status: 'PREPARING',
                productName: '머그컵',
                receiverName: '김하늘',
              },
            ]
          : [],
    });
    expect(preview.rows.every((r) => !r.ready)).toBe(true);
    const messages = preview.rows.map((r) => r.problems.map((p) => p.message).join(' '));
    expect(messages[0]).toContain('지수 표기');
    expect(messages[1]).toMatch(/택배사/);
    expect(messages[2]).toMatch(/지수|엑셀/);
    for (const m of messages) expect(m).toMatch(KOREAN);
  });
});

describe('sales preset fields', () => {
  it('a preset with a negative delivery fee, no A/S phone and no category lists each problem in Korean', () => {
    const problems = checkPresetFields(
      presetFields({
        leafCategoryId: '',
        delivery: { ...presetFields().delivery, baseFee: -100 },
        afterService: { phone: '', guide: '' },
      }),
    );
    const paths = problems.map((p) => p.path);
    expect(paths.some((p) => p.includes('leafCategoryId'))).toBe(true);
    expect(paths.some((p) => p.includes('baseFee'))).toBe(true);
    expect(paths.some((p) => p.includes('afterService'))).toBe(true);
    for (const p of problems) expect(p.message).toMatch(KOREAN);
  });
});

describe('API answers that break the schema are refused at the edge, in Korean, and change nothing', () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'GNCP-GW-Trace-ID': 'trace-bad-1' },
    });

  function commerceWith(answer: (url: string) => Response) {
    return createCommerceClient({
      baseUrl: 'https://api.commerce.naver.com/external',
      auth: headerAuth({ Authorization: 'Bearer x' }),
      fetch: (async (input: RequestInfo | URL) =>
        answer(String(input instanceof Request ? input.url : input))) as typeof fetch,
      sleep: async () => undefined,
    });
  }

  async function syncWith(answer: (url: string) => Response) {
    const before = await snapshot();
    const pushed: unknown[] = [];
    const result = await syncAccount(
      {
        db,
        commerce: commerceWith(answer),
        shop: {
          upsertMarketOrders: async (_id, orders) => {
            pushed.push(...orders);
            return { created: 0, updated: 0, unchanged: 0 };
          },
        },
        now: Date.now,
      },
      { id: ACCOUNT, shopMarketAccountId: 'ma_1' },
      { lookbackDays: 1 },
    );
    return { result, unchanged: (await snapshot()) === before, pushed };
  }

  it('a change feed that counts one change but lists none (the cursor must not skip the window)', async () => {
    const { result, unchanged, pushed } = await syncWith(() => json({ timestamp: 'x', data: { count: 1 } }));
    expect(unchanged, 'the answer was read as "no changes" and the cursor moved past the window').toBe(true);
    expect(result.error).toMatchObject({ kind: 'bad-response', traceId: 'trace-bad-1' });
    expect(result.error?.message).toContain('예상하지 못한 응답');
    expect(pushed).toEqual([]);
  });

  it('order details whose items have no product order number', async () => {
    const { result, unchanged } = await syncWith((url) =>
      url.includes('last-changed-statuses')
        ? json({
            timestamp: 'x',
            data: {
              count: 1,
              lastChangeStatuses: [
                {
                  orderId: '1',
                  productOrderId: '11',
                  lastChangedType: 'PAYED',
                  lastChangedDate: '2026-11-27T10:00:00.000+09:00',
                  productOrderStatus: 'PAYED',
                },
              ],
            },
          })
        : json({
            timestamp: 'x',
            data: [{ order: { orderId: '1' }, productOrder: { productOrderStatus: 'PAYED' } }],
          }),
    );
    expect(result.error?.kind).toBe('bad-response');
    expect(result.error?.message).toMatch(KOREAN);
    expect(unchanged).toBe(true);
  });

  it('an HTML error page where JSON was expected', async () => {
    const { result, unchanged } = await syncWith(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    );
    expect(result.error?.kind).toBe('bad-response');
    expect(result.error?.message).toContain('예상하지 못한 응답');
    expect(unchanged).toBe(true);
  });

  it('a token answer without a token: the link is refused and nothing is saved', async () => {
    const before = await snapshot();
    const fakeShop = createShopClient({
      baseUrl: 'https://api.sixshop.com',
      shopKey: 'sxp_existing_key_0001',
      fetch: (async () =>
        json({
          shopId: 's1',
          shopName: '모래마을',
          adminUrl: 'https://x.sixshop.com/admin',
        })) as typeof fetch,
    });
    const clients: ClientFactory = {
      shop: () => fakeShop,
      relay: () => trap('relay'),
      ownApp: (conn) =>
        ownAppClient(
          { ...conn },
          {
            fetch: (async () => json({ token_type: 'Bearer', expires_in: 10800 })) as typeof fetch,
            sleep: async () => undefined,
          },
        ),
    };
    const { text } = await refusal(() =>
      linkAccount(
        { ...deps(), clients },
        {
          mode: 'OWN_APP',
          alias: '내 스토어',
          storeSlug: 'my-store',
          apiSellerId: 'ncp_9z9z9z_01',
          clientId: 'AbCdEfGh12345678',
          clientSecret: '$2a$04$Qm7HsT2vLx9KpN4dWc1ZbO',
        },
      ),
    );
    expect(text).toContain('예상하지 못한 응답');
    expect(await snapshot()).toBe(before);
  });

  it('a shop backend answering the wrong shape: the connection is not saved', async () => {
    const before = await snapshot();
    const clients: ClientFactory = {
      ...noNetwork,
      shop: (conn) => createShopClient({ ...conn, fetch: (async () => json({ name: 'x' })) as typeof fetch }),
    };
    const { text } = await refusal(() =>
      connectShop(
        { db, clients },
        { shopBackendUrl: 'https://api.sixshop.com', shopKey: 'sxp_new_key_0002' },
      ),
    );
    expect(text).toContain('식스샵 프로 서버에서 예상하지 못한 응답');
    expect(await snapshot()).toBe(before);
  });
});
