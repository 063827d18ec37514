import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorPayload, UserFacingError } from '../../lib/messaging/errors';
import { createProductHandlers, type ProductHandlers } from '../../lib/products/messages';
import { presetProblems } from '../../lib/products/preset-problems';
import { updateSettings } from '../../lib/settings/settings';
import { validPreset } from '../unit/products/fixtures';
import { type ProductsWorld, productsWorld } from '../unit/products/world';

let world: ProductsWorld;
let h: ProductHandlers;

beforeAll(async () => {
  world = await productsWorld();
  h = createProductHandlers(world.deps);
});
afterAll(async () => {
  await world?.close();
});

const backendPresets = () =>
  Object.values(world.shop.state().shops).flatMap((s) => s.salesPresets[world.marketAccountId] ?? []);

describe('sales presets (판매 설정 프리셋) per linked account', () => {
  it('creates, edits, duplicates, keeps one default, deletes — on the shop backend, cached locally', async () => {
    const a = await h['presets.save'](
      { accountId: world.accountId, name: '주방용품', isDefault: true, fields: validPreset() },
      {},
    );
    const b = await h['presets.save'](
      {
        accountId: world.accountId,
        name: '침구',
        isDefault: false,
        fields: validPreset({ leafCategoryId: '50000803' }),
      },
      {},
    );
    expect(
      backendPresets()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['주방용품', '침구']);
    expect(await world.db.presets.where('accountId').equals(world.accountId).count()).toBe(2);

    const edited = await h['presets.save'](
      {
        accountId: world.accountId,
        id: b.id,
        name: '침구 (여름)',
        isDefault: false,
        fields: { ...b.fields, minorPurchasable: false },
      },
      {},
    );
    expect(edited.fields.minorPurchasable).toBe(false);

    const copy = await h['presets.duplicate']({ accountId: world.accountId, presetId: a.id }, {});
    expect(copy).toMatchObject({ name: '주방용품 복사본', isDefault: false });
    expect(copy.fields).toEqual(a.fields);

    await h['presets.setDefault']({ accountId: world.accountId, presetId: b.id }, {});
    const list = await h['presets.list']({ accountId: world.accountId }, {});
    expect(list.stale).toBe(false);
    expect(list.presets.filter((p) => p.isDefault).map((p) => p.id)).toEqual([b.id]);
    expect(list.presets[0]!.id).toBe(b.id);

    await h['presets.delete']({ accountId: world.accountId, presetId: copy.id }, {});
    expect(backendPresets().map((p) => p.id)).not.toContain(copy.id);
    expect(await world.db.presets.get(copy.id)).toBeUndefined();
  });

  it('shows every problem per field in Korean and saves nothing', async () => {
    const before = backendPresets().length;
    const bad = {
      accountId: world.accountId,
      name: '',
      isDefault: false,
      fields: {
        ...validPreset(),
        afterService: { phone: '모름', guide: '' },
        origin: { code: '02' },
        notice: { type: 'ETC', fields: {} },
      },
    };
    const err = await h['presets.save'](bad, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserFacingError);
    const fields = toErrorPayload(err).fields!;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([
        'name',
        'fields.afterService.phone',
        'fields.afterService.guide',
        'fields.origin.importer',
      ]),
    );
    for (const m of Object.values(fields)) expect(m).toMatch(/[가-힣]/);
    expect(backendPresets()).toHaveLength(before);
    // the export rules the schema does not know are checked too
    expect(
      presetProblems({
        name: '기본',
        isDefault: false,
        fields: validPreset({ notice: { type: 'ETC', fields: {} } }),
      }),
    ).toHaveProperty(['fields.notice.fields.itemName']);
  });

  it('a duplicate name is a field error on the name', async () => {
    const err = await h['presets.save'](
      { accountId: world.accountId, name: '주방용품', isDefault: false, fields: validPreset() },
      {},
    ).catch((e: unknown) => e);
    expect(toErrorPayload(err).fields?.name).toContain('이미 있습니다');
  });

  it('"스마트스토어 상품에서 시작" fills a draft from one of the account’s SmartStore products', async () => {
    const product = world.commerce.scenario
      .listProducts(world.sellerAccountId)
      .find((p) => p.originProduct.name === '라탄 수납 바구니 중형')!;
    const res = await h['presets.fromSmartstore'](
      { accountId: world.accountId, originProductNo: product.originProductNo },
      {},
    );
    expect(res.productName).toBe('라탄 수납 바구니 중형');
    expect(res.draft).toMatchObject({
      leafCategoryId: '50002122',
      delivery: {
        deliveryType: 'DELIVERY',
        deliveryCompany: 'CJGLS',
        deliveryFeeType: 'CONDITIONAL_FREE',
        baseFee: 3000,
        freeConditionalAmount: 50000,
      },
      claim: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
      afterService: { phone: expect.stringMatching(/^0\d{1,2}-\d{3,4}-\d{4}$/) },
      origin: { code: '02', importer: '(주)하늘무역' },
      minorPurchasable: true,
      notice: { type: 'ETC' },
      displayStatus: 'ON',
    });
    expect(res.missing).toEqual(['출고지 주소록 번호', '반품/교환지 주소록 번호']);
  });

  it('shows the local copy when the shop backend cannot be reached', async () => {
    await updateSettings(world.db, { shopBackendUrl: 'http://127.0.0.1:9' });
    try {
      const list = await h['presets.list']({ accountId: world.accountId }, {});
      expect(list.stale).toBe(true);
      expect(list.presets.length).toBeGreaterThan(0);
    } finally {
      await updateSettings(world.db, { shopBackendUrl: world.shop.url });
    }
  });
});
