import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountDeps } from '../../lib/accounts/link';
import { linkAccount } from '../../lib/accounts/link';
import { listAccounts, previewUnlink, renameAccount, unlinkAccount } from '../../lib/accounts/manage';
import { connectShop } from '../../lib/accounts/shop-connection';
import { defaultClientFactory } from '../../lib/background/clients';
import { type LinkDb, openLinkDb } from '../../lib/db/schema';
import { toErrorPayload } from '../../lib/messaging/errors';
import { updateSettings } from '../../lib/settings/settings';
import { memoryTokenStore } from '../../lib/smartstore/token';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { SHOP_SEED } from '../sandbox/shop/seed';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';

const A = COMMERCE_SEED.sellers.A;
const B = COMMERCE_SEED.sellers.B;
const C = COMMERCE_SEED.sellers.C;

let commerce: CommerceEmulator;
let shop: ShopEmulator;
let db: LinkDb;
let deps: AccountDeps;
let ids = 0;

beforeAll(async () => {
  commerce = await startCommerceEmulator();
});
afterAll(async () => {
  await shop?.close();
  await commerce?.close();
});

beforeEach(async () => {
  await db?.delete();
  db = openLinkDb(`accounts-${Math.random()}`);
  deps = {
    db,
    clients: defaultClientFactory(memoryTokenStore()),
    now: Date.now,
    newId: () => `acc-${++ids}`,
  };
  await updateSettings(db, { commerceApiOrigin: commerce.url });
  await shop?.close();
  shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
  });
  await updateSettings(db, { shopBackendUrl: shop.url });
});

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, 'expected a failure').toBeDefined();
  return toErrorPayload(e);
}

const connect = () => connectShop(deps, { shopBackendUrl: shop.url, shopKey: SHOP_SEED.key });
const agencyLink = (seller: { accountId: string; storeSlug: string }, alias: string) =>
  linkAccount(deps, { mode: 'AGENCY', alias, storeSlug: seller.storeSlug, apiSellerId: seller.accountId });

describe('shop connection', () => {
  it('checks the key for real and saves only a working one', async () => {
    const bad = await failure(connectShop(deps, { shopBackendUrl: shop.url, shopKey: 'sxp_wrong_key' }));
    expect(bad.kind).toBe('key-rejected');
    expect(bad.message).toContain('API 키');
    expect(await db.secrets.count()).toBe(0);
    const ok = await connect();
    expect(ok.shopName).toBe(SHOP_SEED.shopName);
    expect(ok.maskedShopKey).not.toContain(SHOP_SEED.key);
  });

  it('says the service is unreachable when nothing answers', async () => {
    const e = await failure(
      connectShop(deps, { shopBackendUrl: 'http://127.0.0.1:9', shopKey: SHOP_SEED.key }),
    );
    expect(e.kind).toBe('unreachable');
  });
});

describe('link through the agency (the guide’s flow)', () => {
  it('verifies for real, creates the market account, then saves', async () => {
    await connect();
    const account = await agencyLink(A, '하늘리빙 스마트스토어');
    expect(account).toMatchObject({
      alias: '하늘리빙 스마트스토어',
      storeSlug: A.storeSlug,
      apiSellerId: A.accountId,
      linkMode: 'AGENCY',
      storeName: A.name,
    });
    const tokenCalls = commerce.requests.filter((r) => r.api === 'token' && r.status === 200);
    expect(tokenCalls.some((r) => r.path.startsWith('/partner/') && r.accountId === A.accountId)).toBe(true);
    const shopAccounts = Object.values(shop.state().shops).flatMap((s) => s.marketAccounts);
    expect(shopAccounts.map((m) => m.apiSellerId)).toEqual([A.accountId]);
  });

  it.each([
    [
      'unknown API seller ID',
      { storeSlug: A.storeSlug, apiSellerId: 'ncp_nobody_99' },
      'token-rejected',
      'API 연동용 판매자 ID',
    ],
    [
      'a seller who chose another agency',
      { storeSlug: C.storeSlug, apiSellerId: C.accountId },
      'agency-not-selected',
      '대행사',
    ],
    [
      'a store ID that is not this seller’s',
      { storeSlug: 'someone-else', apiSellerId: A.accountId },
      'store-mismatch',
      'smartstore.naver.com/haneul-living',
    ],
  ])('%s: says what to fix and saves nothing', async (_name, input, kind, fragment) => {
    await connect();
    const e = await failure(linkAccount(deps, { mode: 'AGENCY', alias: '테스트', ...input }));
    expect(e.kind).toBe(kind);
    expect(e.message).toContain(fragment);
    expect(await db.accounts.count()).toBe(0);
    expect(Object.values(shop.state().shops).flatMap((s) => s.marketAccounts)).toHaveLength(0);
  });

  it('rejects bad input per field before calling anything', async () => {
    await connect();
    const before = commerce.requests.length;
    const e = await failure(
      linkAccount(deps, { mode: 'AGENCY', alias: ' ', storeSlug: 'Bad Slug!', apiSellerId: 'has space' }),
    );
    expect(e.kind).toBe('invalid-input');
    expect(Object.keys(e.fields ?? {}).sort()).toEqual(['alias', 'apiSellerId', 'storeSlug']);
    expect(commerce.requests.length).toBe(before);
  });

  it('needs the shop connection first', async () => {
    const e = await failure(agencyLink(A, '하늘'));
    expect(e.kind).toBe('shop-not-connected');
  });

  it('accepts a pasted store address as the 스마트스토어 계정 ID', async () => {
    await connect();
    const account = await linkAccount(deps, {
      mode: 'AGENCY',
      alias: '하늘',
      storeSlug: `https://smartstore.naver.com/${A.storeSlug}`,
      apiSellerId: A.accountId,
    });
    expect(account.storeSlug).toBe(A.storeSlug);
  });
});

describe('link with the seller’s own application', () => {
  it('signs for a SELF token on /external and links', async () => {
    await connect();
    const account = await linkAccount(deps, {
      mode: 'OWN_APP',
      alias: '내 앱',
      storeSlug: A.storeSlug,
      apiSellerId: A.accountId,
      clientId: COMMERCE_SEED.selfApp.clientId,
      clientSecret: COMMERCE_SEED.selfApp.clientSecret,
    });
    expect(account.linkMode).toBe('OWN_APP');
    expect(
      commerce.requests.some((r) => r.api === 'token' && r.path.startsWith('/external/') && r.status === 200),
    ).toBe(true);
    const secret = await db.secrets.get(`ownApp:${account.id}`);
    expect(secret).toBeDefined();
  });

  it('a wrong secret: says to copy the secret again, keeps no secret', async () => {
    await connect();
    const wrong = '$2a$04$AAAAAAAAAAAAAAAAAAAAAA';
    const e = await failure(
      linkAccount(deps, {
        mode: 'OWN_APP',
        alias: '내 앱',
        storeSlug: A.storeSlug,
        apiSellerId: A.accountId,
        clientId: COMMERCE_SEED.selfApp.clientId,
        clientSecret: wrong,
      }),
    );
    expect(e.kind).toBe('token-rejected');
    expect(e.message).toContain('시크릿');
    expect(JSON.stringify(e)).not.toContain(wrong);
    expect(await db.secrets.count()).toBe(1); // only the shop key
  });

  it('the clock off by more than 5 minutes: says to fix the clock', async () => {
    await connect();
    const skewed = { ...deps, clients: defaultClientFactory(memoryTokenStore()) };
    commerce.scenario.setClockOffset(7 * 60 * 1000);
    try {
      const e = await failure(
        linkAccount(skewed, {
          mode: 'OWN_APP',
          alias: '내 앱',
          storeSlug: A.storeSlug,
          apiSellerId: A.accountId,
          clientId: COMMERCE_SEED.selfApp.clientId,
          clientSecret: COMMERCE_SEED.selfApp.clientSecret,
        }),
      );
      expect(e.kind).toBe('token-rejected');
      expect(e.message).toContain('시계');
    } finally {
      commerce.scenario.setClockOffset(0);
    }
  });

  it('an IP not on the app’s list: says to register it', async () => {
    await connect();
    commerce.scenario.setIpAllowList(COMMERCE_SEED.selfApp.clientId, ['10.9.9.9']);
    try {
      const e = await failure(
        linkAccount(deps, {
          mode: 'OWN_APP',
          alias: '내 앱',
          storeSlug: A.storeSlug,
          apiSellerId: A.accountId,
          clientId: COMMERCE_SEED.selfApp.clientId,
          clientSecret: COMMERCE_SEED.selfApp.clientSecret,
        }),
      );
      expect(e.kind).toBe('ip-not-allowed');
      expect(e.message).toContain('IP');
    } finally {
      commerce.scenario.setIpAllowList(COMMERCE_SEED.selfApp.clientId, null);
    }
  });
});

describe('several accounts, rename and unlink', () => {
  it('links two accounts side by side, renames one, unlinks the other with only its data gone', async () => {
    await connect();
    const a = await agencyLink(A, '하늘리빙');
    const b = await agencyLink(B, '바다커피');
    expect((await listAccounts(deps)).map((x) => x.alias)).toEqual(['하늘리빙', '바다커피']);

    const dup = await failure(agencyLink(A, '또 하늘'));
    expect(dup.kind).toBe('already-linked');

    const renamed = await renameAccount(deps, { accountId: a.id, alias: '하늘리빙 본점' });
    expect(renamed.alias).toBe('하늘리빙 본점');
    const shopA = Object.values(shop.state().shops)
      .flatMap((s) => s.marketAccounts)
      .find((m) => m.id === a.shopMarketAccountId);
    expect(shopA?.alias).toBe('하늘리빙 본점');
    const fixed = await failure(
      renameAccount(deps, { accountId: a.id, alias: 'x', apiSellerId: 'ncp_other' }),
    );
    expect(fixed.fields?.apiSellerId).toContain('변경할 수 없습니다');

    // some data for both accounts
    const t = Date.now();
    for (const acc of [a, b]) {
      await db.orders.add({
        accountId: acc.id,
        productOrderId: `${acc.id}-1`,
        orderId: 'o',
        status: 'PREPARING',
        lastChangedAt: t,
        paidAt: t,
        shopPending: 0,
        updatedAt: t,
        data: {},
      });
      await db.presets.add({
        id: `${acc.id}-p`,
        accountId: acc.id,
        name: 'p',
        isDefault: true,
        fields: {},
        updatedAt: t,
      });
    }

    const preview = await previewUnlink(deps, b.id);
    expect(preview.local).toEqual({ orders: 1, productLinks: 0, presets: 1 });
    expect(preview.shop).toBeDefined();

    const wrong = await failure(unlinkAccount(deps, { accountId: b.id, confirmAlias: '바다' }));
    expect(wrong.kind).toBe('confirm-mismatch');
    expect(await db.accounts.get(b.id)).toBeDefined();

    const commerceCallsBefore = commerce.requests.length;
    await unlinkAccount(deps, { accountId: b.id, confirmAlias: '바다커피' });
    expect(await db.accounts.get(b.id)).toBeUndefined();
    expect(await db.orders.where('accountId').equals(b.id).count()).toBe(0);
    expect(await db.presets.where('accountId').equals(b.id).count()).toBe(0);
    expect(await db.orders.where('accountId').equals(a.id).count()).toBe(1);
    expect(await db.presets.where('accountId').equals(a.id).count()).toBe(1);
    const shopAccounts = Object.values(shop.state().shops).flatMap((s) => s.marketAccounts);
    expect(shopAccounts.map((m) => m.apiSellerId)).toEqual([A.accountId]);
    // nothing is deleted on SmartStore: the Commerce API saw no call at all during the unlink
    expect(commerce.requests.slice(commerceCallsBefore)).toEqual([]);
  });
});
