import { storeImage } from './images';
import { solidPng } from './png';
import { insertProduct } from './products';
import {
  SEED_CATEGORIES,
  SELLER_A_PRODUCTS,
  SELLER_B_PRODUCTS,
  SELLER_C_PRODUCTS,
  type SeedProductSpec,
  type SeedStoreInfo,
  seedProductBody,
} from './seed-catalog';
import { SELLER_A_ORDERS, SELLER_B_ORDERS, SELLER_C_ORDERS, seedOrders } from './seed-orders';
import type { EmulatorState, ProductRecord, SellerRecord } from './state';

/**
 * The fixed world other modules test against. Secrets are canonical bcrypt salts with cost 04 (fast in tests).
 * Seller A chose the shop's agency app for both 상품 API and 주문 API and also owns the SELF app; B chose the
 * agency for both; C turned API use on but chose a different agency.
 * The "API 연동용 판매자 ID" is in the `ncp_…` UID form (UNCONFIRMED format), and `accountUid` is the same value.
 */
export const COMMERCE_SEED = {
  selfApp: {
    clientId: '4nX9qLm2HsV7tRk3WcZp8d',
    clientSecret: '$2a$04$Qm7HsT2vLx9KpN4dWc1ZbO',
    sellerAccountId: 'ncp_1o3k5x_01',
  },
  agencyApp: {
    clientId: '6sKt2Ym8QvR4nLw9XpB3hJ',
    clientSecret: '$2a$04$Hn1LvR8kQe3TzWm5Yp0Axu',
  },
  otherAgencyApp: {
    clientId: '2pWq7Nc5LxT9vRm3KsH8yF',
    clientSecret: '$2a$04$Vb6JrD3nFw8LsKx2PcT9qe',
  },
  sellers: {
    A: {
      accountId: 'ncp_1o3k5x_01',
      accountUid: 'ncp_1o3k5x_01',
      storeSlug: 'haneul-living',
      channelNo: 100234561,
      name: '하늘리빙',
      grade: '빅파워',
    },
    B: {
      accountId: 'ncp_2p7m4q_01',
      accountUid: 'ncp_2p7m4q_01',
      storeSlug: 'bada-coffee',
      channelNo: 100234562,
      name: '바다커피로스터스',
      grade: '파워',
    },
    C: {
      accountId: 'ncp_3r9t2w_01',
      accountUid: 'ncp_3r9t2w_01',
      storeSlug: 'supsok-craft',
      channelNo: 100234563,
      name: '숲속공방',
      grade: '새싹',
    },
  },
  leafCategoryIds: SEED_CATEGORIES.map((c) => c.id),
} as const;

export type SeedSellerKey = keyof typeof COMMERCE_SEED.sellers;

/** How the tests link seller A (계정 별칭 하늘리빙) with its own application: the `accounts.link` request. */
export const OWN_APP_LINK_A = {
  mode: 'OWN_APP',
  alias: '하늘리빙',
  storeSlug: COMMERCE_SEED.sellers.A.storeSlug,
  apiSellerId: COMMERCE_SEED.sellers.A.accountId,
  clientId: COMMERCE_SEED.selfApp.clientId,
  clientSecret: COMMERCE_SEED.selfApp.clientSecret,
} as const;

const STORES: Record<SeedSellerKey, SeedStoreInfo & { agency: string; rgb: [number, number, number] }> = {
  A: {
    storeName: '하늘리빙',
    asPhone: '02-6952-1180',
    courier: 'CJGLS',
    sellerCodePrefix: 'HL',
    agency: COMMERCE_SEED.agencyApp.clientId,
    rgb: [88, 140, 196],
  },
  B: {
    storeName: '바다커피로스터스',
    asPhone: '051-744-3021',
    courier: 'HANJIN',
    sellerCodePrefix: 'BD',
    agency: COMMERCE_SEED.agencyApp.clientId,
    rgb: [122, 84, 58],
  },
  C: {
    storeName: '숲속공방',
    asPhone: '033-262-7719',
    courier: 'EPOST',
    sellerCodePrefix: 'SS',
    agency: COMMERCE_SEED.otherAgencyApp.clientId,
    rgb: [76, 128, 82],
  },
};

const DAY = 24 * 60 * 60 * 1000;

/**
 * Fills an empty state; every date is relative to `anchor` (the emulator clock at start). Apps, sellers and
 * categories are always loaded; `withData: false` leaves out the products, images and orders.
 */
export function loadSeed(state: EmulatorState, anchor: number, withData = true): void {
  for (const c of SEED_CATEGORIES) {
    state.categories.set(c.id, {
      wholeCategoryName: c.wholeCategoryName,
      wholeCategoryId: c.wholeCategoryId,
    });
  }
  const { selfApp, agencyApp, otherAgencyApp } = COMMERCE_SEED;
  state.apps.set(selfApp.clientId, {
    ...selfApp,
    kind: 'SELF',
    name: '하늘리빙 내스토어 애플리케이션',
    ipAllowList: null,
  });
  state.apps.set(agencyApp.clientId, {
    ...agencyApp,
    kind: 'AGENCY',
    name: '식스샵 프로 스마트스토어 연동',
    ipAllowList: null,
  });
  state.apps.set(otherAgencyApp.clientId, {
    ...otherAgencyApp,
    kind: 'AGENCY',
    name: '다른 연동 대행사',
    ipAllowList: null,
  });

  const seeds: [SeedSellerKey, readonly SeedProductSpec[], typeof SELLER_A_ORDERS, number][] = [
    ['A', SELLER_A_PRODUCTS, SELLER_A_ORDERS, 512_345_678_901],
    ['B', SELLER_B_PRODUCTS, SELLER_B_ORDERS, 612_345_678_901],
    ['C', SELLER_C_PRODUCTS, SELLER_C_ORDERS, 712_345_678_901],
  ];
  for (const [key, specs] of seeds) {
    const info = COMMERCE_SEED.sellers[key];
    const store = STORES[key];
    const seller: SellerRecord = {
      ...info,
      representativeImageUrl: `${state.baseUrl}/images/store-${key.toLowerCase()}.png`,
      talkTalkAccountId: `w${info.storeSlug.replace(/-/g, '')}`,
      agency: { product: store.agency, order: store.agency },
    };
    state.sellers.set(seller.accountId, seller);
    if (!withData) continue;
    storeImage(state, seller.accountId, solidPng(store.rgb, 96), `store-${key.toLowerCase()}`);
    specs.forEach((spec, i) => {
      seedProduct(state, seller, store, spec, i, anchor - (90 - i) * DAY);
    });
  }
  if (!withData) return;
  for (const [key, , orders, trackingBase] of seeds) {
    const accountId = COMMERCE_SEED.sellers[key].accountId;
    const products = [...state.products.values()].filter((p) => p.sellerAccountId === accountId);
    seedOrders(state, accountId, products, orders, anchor, trackingBase);
  }
}

function seedProduct(
  state: EmulatorState,
  seller: SellerRecord,
  store: SeedStoreInfo & { rgb: [number, number, number] },
  spec: SeedProductSpec,
  index: number,
  at: number,
): ProductRecord {
  const tint = (shift: number): [number, number, number] => [
    (store.rgb[0] + index * 23 + shift) % 256,
    (store.rgb[1] + index * 41 + shift) % 256,
    (store.rgb[2] + index * 67 + shift) % 256,
  ];
  const prefix = `seed-${store.sellerCodePrefix.toLowerCase()}-${String(index + 1).padStart(2, '0')}`;
  const representative = storeImage(state, seller.accountId, solidPng(tint(0)), prefix).url;
  const optional = Array.from(
    { length: spec.optionalImages ?? 0 },
    (_, k) => storeImage(state, seller.accountId, solidPng(tint(40 * (k + 1))), `${prefix}-${k + 1}`).url,
  );
  const record = insertProduct(
    state,
    seller.accountId,
    seedProductBody(spec, index, store, { representative, optional }),
    at,
  );
  record.modifiedDate = at + (index % 5) * 3 * DAY;
  if (spec.status === 'SUSPENSION') record.originProduct.statusType = 'SUSPENSION';
  return record;
}
