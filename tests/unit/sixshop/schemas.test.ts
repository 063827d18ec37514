import { describe, expect, it } from 'vitest';
import {
  FIXED_AFTER_LINKING,
  MARKET_ORDER_STATUS_LABELS,
  MARKET_ORDER_STATUS_LABELS_EN,
  MARKET_ORDER_STATUSES,
  MarketAccountCreateSchema,
  MarketAccountUpdateSchema,
  MarketOrderSchema,
  PresetFieldsSchema,
  ShopProductCreateSchema,
} from '../../../lib/sixshop/schemas';
import { checkFields } from '../../../lib/sixshop/validation';
import { accountInput, marketOrder, presetFields, productInput } from './fixtures';

const paths = (r: ReturnType<typeof checkFields>) => (r.ok ? [] : r.fields.map((f) => f.path).sort());

describe('market order statuses', () => {
  it('label every status in Korean with the admin’s words, and in English', () => {
    for (const s of MARKET_ORDER_STATUSES) {
      expect(MARKET_ORDER_STATUS_LABELS[s]).toMatch(/[가-힣]/);
      expect(MARKET_ORDER_STATUS_LABELS_EN[s]).toMatch(/^[A-Z]/);
    }
    expect(MARKET_ORDER_STATUS_LABELS.PAYMENT_CONFIRMING).toBe('주문 확인 중');
    expect(MARKET_ORDER_STATUS_LABELS.PREPARING).toBe('배송 준비 중');
    expect(MARKET_ORDER_STATUS_LABELS.SHIPPING).toBe('배송 중');
    expect(MARKET_ORDER_STATUS_LABELS.DELIVERED).toBe('배송 완료');
  });

  it('accepts KST offsets and rejects an order without payment time', () => {
    expect(MarketOrderSchema.safeParse(marketOrder(1)).success).toBe(true);
    const { paidAt: _paidAt, ...unpaid } = marketOrder(1);
    expect(paths(checkFields(MarketOrderSchema, unpaid))).toEqual(['paidAt']);
  });
});

describe('market account input', () => {
  it('normalises the store slug and rejects what cannot be one', () => {
    const parsed = MarketAccountCreateSchema.parse(accountInput(1, { storeSlug: ' My-Store_01 ' }));
    expect(parsed.storeSlug).toBe('my-store_01');
    expect(
      paths(checkFields(MarketAccountCreateSchema, accountInput(1, { storeSlug: 'smartstore.naver.com/x' }))),
    ).toEqual(['storeSlug']);
    expect(
      paths(checkFields(MarketAccountCreateSchema, accountInput(1, { apiSellerId: 'has space' }))),
    ).toEqual(['apiSellerId']);
  });

  it('lets only the alias change', () => {
    expect(MarketAccountUpdateSchema.parse({ alias: '새 이름' })).toEqual({ alias: '새 이름' });
    const r = checkFields(MarketAccountUpdateSchema, {
      alias: 'x',
      apiSellerId: 'y',
      linkMode: 'OWN_APP',
      color: 1,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fields).toEqual([
        { path: 'apiSellerId', message: FIXED_AFTER_LINKING.apiSellerId },
        { path: 'linkMode', message: FIXED_AFTER_LINKING.linkMode },
        { path: 'color', message: '변경할 수 없는 항목입니다. 계정 별칭만 변경할 수 있습니다.' },
      ]);
    }
  });
});

describe('shop product input', () => {
  it('needs as many option values as option names, each combination once', () => {
    const r = checkFields(
      ShopProductCreateSchema,
      productInput({
        options: {
          groupNames: ['색상', '사이즈'],
          combinations: [
            { names: ['블랙', 'M'], addPrice: 0, stock: 1, usable: true },
            { names: ['블랙', 'M'], addPrice: 0, stock: 1, usable: true },
            { names: ['화이트'], addPrice: 0, stock: 1, usable: true },
          ],
        },
      }),
    );
    expect(paths(r)).toEqual(['options.combinations.1.names', 'options.combinations.2.names']);
  });

  it('rejects relative image URLs and fractional prices', () => {
    const r = checkFields(ShopProductCreateSchema, productInput({ images: ['/images/1.png'], price: 100.5 }));
    expect(paths(r)).toEqual(['images.0', 'price']);
  });
});

describe('sales preset fields', () => {
  it('accept a complete preset', () => {
    expect(PresetFieldsSchema.safeParse(presetFields()).success).toBe(true);
  });

  it('need a courier for parcel delivery but not for direct delivery', () => {
    const { deliveryCompany: _courier, ...noCourier } = presetFields().delivery;
    expect(paths(checkFields(PresetFieldsSchema, { ...presetFields(), delivery: noCourier }))).toEqual([
      'delivery.deliveryCompany',
    ]);
    const direct = { ...noCourier, deliveryType: 'DIRECT' as const };
    expect(checkFields(PresetFieldsSchema, { ...presetFields(), delivery: direct }).ok).toBe(true);
  });

  it('need the free threshold for conditional free delivery and the fee for paid delivery', () => {
    const { freeConditionalAmount: _amount, ...rest } = presetFields().delivery;
    expect(paths(checkFields(PresetFieldsSchema, { ...presetFields(), delivery: rest }))).toEqual([
      'delivery.freeConditionalAmount',
    ]);
    const paidFree = { ...rest, deliveryFeeType: 'PAID' as const, baseFee: 0 };
    expect(paths(checkFields(PresetFieldsSchema, { ...presetFields(), delivery: paidFree }))).toEqual([
      'delivery.baseFee',
    ]);
    const free = { ...rest, deliveryFeeType: 'FREE' as const, baseFee: 0 };
    expect(checkFields(PresetFieldsSchema, { ...presetFields(), delivery: free }).ok).toBe(true);
  });

  it('need the importer for imports and the text for a typed-in origin', () => {
    expect(paths(checkFields(PresetFieldsSchema, presetFields({ origin: { code: '02' } })))).toEqual([
      'origin.importer',
    ]);
    expect(paths(checkFields(PresetFieldsSchema, presetFields({ origin: { code: '04' } })))).toEqual([
      'origin.content',
    ]);
    expect(
      checkFields(PresetFieldsSchema, presetFields({ origin: { code: '02', importer: '(주)수입상사' } })).ok,
    ).toBe(true);
  });

  it('speak Korean for zod’s own messages', () => {
    const r = checkFields(PresetFieldsSchema, { ...presetFields(), minorPurchasable: 'yes' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fields[0]!.message).toMatch(/[가-힣]/);
  });
});
