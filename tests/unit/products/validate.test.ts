import { describe, expect, it } from 'vitest';
import {
  addPriceBounds,
  checkAfterService,
  checkCategory,
  checkClaim,
  checkDelivery,
  checkDetail,
  checkDisplay,
  checkImages,
  checkMinorPurchase,
  checkName,
  checkNotice,
  checkOptions,
  checkOrigin,
  checkPrice,
  checkStock,
  checkTax,
  naverProblem,
  validateExport,
} from '../../../lib/products/validate';
import type { PresetFields } from '../../../lib/sixshop/schemas/sales-preset';
import { shopProduct, validPreset } from './fixtures';

const paths = (list: { path: string }[]) => list.map((p) => p.path);
/** A preset with one part replaced, as a stale or hand-made one could be. */
const presetWith = (patch: Record<string, unknown>) =>
  ({ ...validPreset(), ...patch }) as unknown as PresetFields;
const withDelivery = (patch: Record<string, unknown>) =>
  presetWith({ delivery: { ...validPreset().delivery, ...patch } });
const withNotice = (type: string, fields: Record<string, string>) => presetWith({ notice: { type, fields } });
const HANGUL = /[가-힣]/;

describe('export validation (SmartStore create rules, before anything is sent)', () => {
  it('passes a complete product and preset', () => {
    expect(validateExport({ product: shopProduct(), preset: validPreset(), mode: 'create' })).toEqual([]);
  });

  it('lists every problem per field, in Korean, with where to fix it', () => {
    const problems = validateExport({
      product: shopProduct({ price: 12345, images: [], name: '' }),
      preset: presetWith({ leafCategoryId: '', afterService: { phone: '', guide: '' } }),
      mode: 'create',
    });
    expect(paths(problems)).toEqual([
      'product.name',
      'product.price',
      'product.images',
      'preset.leafCategoryId',
      'preset.afterService.phone',
      'preset.afterService.guide',
    ]);
    for (const p of problems) {
      expect(p.message).toMatch(HANGUL);
      expect(p.label).toMatch(HANGUL);
    }
    expect(problems[0]!.fixIn).toBe('shop');
    expect(problems[3]!.fixIn).toBe('preset');
  });

  it('needs a preset to create, not to re-export', () => {
    expect(paths(validateExport({ product: shopProduct(), preset: undefined, mode: 'create' }))).toEqual([
      'preset',
    ]);
    expect(validateExport({ product: shopProduct(), preset: undefined, mode: 'update' })).toEqual([]);
  });

  it('name: required, at most 100 characters', () => {
    expect(paths(checkName({ name: ' ' }))).toEqual(['product.name']);
    expect(checkName({ name: '가'.repeat(101) })[0]!.message).toContain('100자');
    expect(checkName({ name: '가'.repeat(100) })).toEqual([]);
  });

  it('detail content: required on create only', () => {
    expect(paths(checkDetail({ detailHtml: '' }, 'create'))).toEqual(['product.detailHtml']);
    expect(checkDetail({ detailHtml: '' }, 'update')).toEqual([]);
  });

  it('price: 10 to 999,999,990 and a multiple of 10', () => {
    expect(checkPrice({ price: 0 })).toHaveLength(1);
    expect(checkPrice({ price: 5 })).toHaveLength(1);
    expect(checkPrice({ price: 1_000_000_000 })).toHaveLength(1);
    expect(checkPrice({ price: 12345 })[0]!.message).toContain('10원 단위');
    expect(checkPrice({ price: 10 })).toEqual([]);
    expect(checkPrice({ price: 999_999_990 })).toEqual([]);
  });

  it('stock: 0 to 99,999,999; with options the usable combinations count', () => {
    expect(checkStock({ stock: -1, options: undefined })).toHaveLength(1);
    expect(checkStock({ stock: 100_000_000, options: undefined })).toHaveLength(1);
    expect(checkStock({ stock: 0, options: undefined })).toEqual([]);
    const big = shopProduct().options!;
    big.combinations[0]!.stock = 99_999_999;
    expect(paths(checkStock({ stock: 0, options: big }))).toEqual(['product.options']);
  });

  it('images: a representative image, and at most 9 optional images', () => {
    expect(checkImages({ images: [] })[0]!.label).toBe('대표 이미지');
    const eleven = Array.from({ length: 11 }, (_, i) => `https://x.example/${i}.png`);
    expect(checkImages({ images: eleven })[0]!.message).toContain('9장');
    expect(checkImages({ images: eleven.slice(0, 10) })).toEqual([]);
  });

  it('options: at most 3 groups, names given and short, no duplicates', () => {
    const o = shopProduct().options!;
    expect(
      paths(checkOptions({ price: 24000, options: { ...o, groupNames: ['a', 'b', 'c', 'd'] } })),
    ).toContain('product.options.groupNames');
    expect(paths(checkOptions({ price: 24000, options: { ...o, groupNames: ['색상', ''] } }))).toContain(
      'product.options.groupNames.1',
    );
    expect(paths(checkOptions({ price: 24000, options: { ...o, groupNames: ['색상', '색상'] } }))).toContain(
      'product.options.groupNames',
    );
    const dup = { ...o, combinations: [o.combinations[0]!, { ...o.combinations[0]!, id: 'z' }] };
    expect(paths(checkOptions({ price: 24000, options: dup }))).toContain(
      'product.options.combinations.1.names',
    );
    const long = { ...o, combinations: [{ ...o.combinations[0]!, names: ['가'.repeat(26), 'M'] }] };
    expect(paths(checkOptions({ price: 24000, options: long }))).toContain(
      'product.options.combinations.0.names.0',
    );
    const short = { ...o, combinations: [{ ...o.combinations[0]!, names: ['화이트'] }] };
    expect(paths(checkOptions({ price: 24000, options: short }))).toContain(
      'product.options.combinations.0.names',
    );
    expect(paths(checkOptions({ price: 24000, options: { ...o, combinations: [] } }))).toContain(
      'product.options.combinations',
    );
  });

  it('options: add-on price bounds follow the sale price', () => {
    expect(addPriceBounds(1500)).toEqual({ min: 0, max: 1500 });
    expect(addPriceBounds(5000)).toEqual({ min: -2500, max: 5000 });
    expect(addPriceBounds(24000)).toEqual({ min: -12000, max: 12000 });
    const o = shopProduct().options!;
    const over = { ...o, combinations: [{ ...o.combinations[0]!, addPrice: 12010 }] };
    expect(checkOptions({ price: 24000, options: over })[0]!.path).toBe(
      'product.options.combinations.0.addPrice',
    );
    const under = { ...o, combinations: [{ ...o.combinations[0]!, addPrice: -12010 }] };
    expect(checkOptions({ price: 24000, options: under })).toHaveLength(1);
    const ok = { ...o, combinations: [{ ...o.combinations[0]!, addPrice: -12000 }] };
    expect(checkOptions({ price: 24000, options: ok })).toEqual([]);
  });

  it('options: stock per combination 0 to 99,999,999', () => {
    const o = shopProduct().options!;
    const bad = { ...o, combinations: [{ ...o.combinations[0]!, stock: -2 }] };
    expect(paths(checkOptions({ price: 24000, options: bad }))).toEqual([
      'product.options.combinations.0.stock',
    ]);
  });

  it('category: a leaf category number', () => {
    expect(paths(checkCategory(presetWith({ leafCategoryId: '가구' })))).toEqual(['preset.leafCategoryId']);
    expect(checkCategory(validPreset())).toEqual([]);
  });

  it('delivery: type, attribute, courier for parcels, fee type and amounts, pay type', () => {
    expect(paths(checkDelivery(withDelivery({ deliveryType: 'BOAT' })))).toEqual([
      'preset.delivery.deliveryType',
    ]);
    expect(paths(checkDelivery(withDelivery({ deliveryAttributeType: '' })))).toEqual([
      'preset.delivery.deliveryAttributeType',
    ]);
    expect(paths(checkDelivery(withDelivery({ deliveryCompany: undefined })))).toEqual([
      'preset.delivery.deliveryCompany',
    ]);
    expect(checkDelivery(withDelivery({ deliveryCompany: 'LOTTE' }))[0]!.message).toContain(
      '알 수 없는 택배사',
    );
    expect(checkDelivery(withDelivery({ deliveryType: 'DIRECT', deliveryCompany: undefined }))).toEqual([]);
    expect(paths(checkDelivery(withDelivery({ deliveryFeeType: 'UNIT_QUANTITY_PAID' })))).toEqual([
      'preset.delivery.deliveryFeeType',
    ]);
    expect(paths(checkDelivery(withDelivery({ deliveryFeeType: 'PAID', baseFee: 0 })))).toEqual([
      'preset.delivery.baseFee',
    ]);
    expect(paths(checkDelivery(withDelivery({ baseFee: 100_001 })))).toEqual(['preset.delivery.baseFee']);
    expect(checkDelivery(withDelivery({ deliveryFeeType: 'FREE', baseFee: 0 }))).toEqual([]);
    expect(paths(checkDelivery(withDelivery({ freeConditionalAmount: undefined })))).toEqual([
      'preset.delivery.freeConditionalAmount',
    ]);
    expect(paths(checkDelivery(withDelivery({ deliveryFeePayType: 'CARD' })))).toEqual([
      'preset.delivery.deliveryFeePayType',
    ]);
    expect(paths(checkDelivery(withDelivery({ jejuExtraFee: -1 })))).toEqual([
      'preset.delivery.jejuExtraFee',
    ]);
  });

  it('return/exchange: fees 0 to 1,000,000 and both address book IDs', () => {
    const claim = validPreset().claim;
    expect(paths(checkClaim(presetWith({ claim: { ...claim, returnDeliveryFee: -1 } })))).toEqual([
      'preset.claim.returnDeliveryFee',
    ]);
    expect(paths(checkClaim(presetWith({ claim: { ...claim, exchangeDeliveryFee: 1_000_001 } })))).toEqual([
      'preset.claim.exchangeDeliveryFee',
    ]);
    expect(
      paths(
        checkClaim(presetWith({ claim: { ...claim, shippingAddressId: undefined, returnAddressId: 0 } })),
      ),
    ).toEqual(['preset.claim.shippingAddressId', 'preset.claim.returnAddressId']);
    expect(checkClaim(validPreset())).toEqual([]);
  });

  it('A/S: a phone number and a guide', () => {
    expect(
      paths(checkAfterService(presetWith({ afterService: { phone: '전화 주세요', guide: '안내' } }))),
    ).toEqual(['preset.afterService.phone']);
    expect(
      paths(checkAfterService(presetWith({ afterService: { phone: '1588-0000', guide: ' ' } }))),
    ).toEqual(['preset.afterService.guide']);
    expect(checkAfterService(validPreset())).toEqual([]);
  });

  it('origin: a known code; importer for 수입산, content for 기타-직접입력', () => {
    expect(paths(checkOrigin(presetWith({ origin: { code: '09' } })))).toEqual(['preset.origin.code']);
    expect(paths(checkOrigin(presetWith({ origin: { code: '02' } })))).toEqual(['preset.origin.importer']);
    expect(paths(checkOrigin(presetWith({ origin: { code: '04' } })))).toEqual(['preset.origin.content']);
    expect(checkOrigin(presetWith({ origin: { code: '02', importer: '(주)수입' } }))).toEqual([]);
    expect(checkOrigin(presetWith({ origin: { code: '04', content: '베트남 외' } }))).toEqual([]);
  });

  it('minor purchase: must be chosen', () => {
    expect(paths(checkMinorPurchase(presetWith({ minorPurchasable: undefined })))).toEqual([
      'preset.minorPurchasable',
    ]);
    expect(checkMinorPurchase(presetWith({ minorPurchasable: false }))).toEqual([]);
  });

  it('tax type: one of 과세, 면세, 영세', () => {
    expect(paths(checkTax(presetWith({ taxType: 'VAT' })))).toEqual(['preset.taxType']);
    expect(checkTax(validPreset())).toEqual([]);
  });

  it('product notice: a known type and its fields', () => {
    expect(paths(checkNotice(withNotice('TOYS', {})))).toEqual(['preset.notice.type']);
    const common = {
      returnCostReason: '0',
      noRefundReason: '0',
      qualityAssuranceStandard: '0',
      compensationProcedure: '0',
      troubleShootingContents: '0',
    };
    expect(checkNotice(withNotice('KITCHEN_UTENSILS', common))).toEqual([]);
    expect(paths(checkNotice(withNotice('KITCHEN_UTENSILS', { ...common, noRefundReason: '' })))).toEqual([
      'preset.notice.fields.noRefundReason',
    ]);
    expect(paths(checkNotice(withNotice('ETC', common)))).toEqual([
      'preset.notice.fields.itemName',
      'preset.notice.fields.modelName',
      'preset.notice.fields.manufacturer',
      'preset.notice.fields.afterServiceDirector',
    ]);
    const etc = {
      ...common,
      itemName: '컵',
      modelName: 'M1',
      manufacturer: '공방',
      customerServicePhoneNumber: '02-111-2222',
    };
    expect(checkNotice(withNotice('ETC', etc))).toEqual([]);
  });

  it('display: Naver Shopping registration and display status', () => {
    expect(
      paths(checkDisplay(presetWith({ naverShoppingRegistration: 'yes', displayStatus: 'WAIT' }))),
    ).toEqual(['preset.naverShoppingRegistration', 'preset.displayStatus']);
    expect(checkDisplay(validPreset())).toEqual([]);
  });

  it('reads SmartStore’s own invalidInputs as field problems', () => {
    expect(
      naverProblem({
        name: 'originProduct.detailAttribute.afterServiceInfo.afterServiceTelephoneNumber',
        type: 'NotBlank',
        message: '필수 값입니다.',
      }),
    ).toEqual({
      path: 'originProduct.detailAttribute.afterServiceInfo.afterServiceTelephoneNumber',
      label: 'A/S 전화번호',
      message: '필수 값입니다.',
      fixIn: 'preset',
    });
    expect(naverProblem({ name: 'originProduct.images.optionalImages[0].url', message: 'x' }).fixIn).toBe(
      'shop',
    );
    expect(naverProblem({ name: 'somethingNew', message: 'x' })).toMatchObject({
      label: 'somethingNew',
      fixIn: 'smartstore',
    });
  });
});
