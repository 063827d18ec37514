// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ButtonView, createProductButton } from '../../../entrypoints/products.content/product-button';
import { setLocale } from '../../../lib/i18n';
import { diffShopProduct } from '../../../lib/products/diff';
import { toItemError } from '../../../lib/products/item-error';
import { unsupportedOptionKinds } from '../../../lib/products/map-import';
import { NOTICE_COMMON_FIELDS, NOTICE_TYPE_INFO, noticeFieldLabel } from '../../../lib/products/notice-types';
import {
  checkNotice,
  checkOptions,
  checkPrice,
  naverProblem,
  validateExport,
} from '../../../lib/products/validate';
import { describeShopBackendError, ShopBackendError } from '../../../lib/sixshop/errors';
import { FIXED_AFTER_LINKING, MarketAccountUpdateSchema } from '../../../lib/sixshop/schemas/market-account';
import { SHOP_PRODUCT_STATUS_LABELS, ShopProductCreateSchema } from '../../../lib/sixshop/schemas/product';
import { LINK_DIRECTION_LABELS } from '../../../lib/sixshop/schemas/product-link';
import {
  DELIVERY_ATTRIBUTE_TYPE_LABELS,
  DELIVERY_FEE_PAY_TYPE_LABELS,
  DELIVERY_FEE_TYPE_LABELS,
  DELIVERY_TYPE_LABELS,
  DISPLAY_STATUS_LABELS,
  type PresetFields,
  PresetFieldsSchema,
  TAX_TYPE_LABELS,
} from '../../../lib/sixshop/schemas/sales-preset';
import { checkFields } from '../../../lib/sixshop/validation';
import { CommerceApiError } from '../../../lib/smartstore/errors';
import { shopProduct, validPreset } from '../products/fixtures';

/** Products and the Sixshop contract in English: what a seller whose browser speaks English reads. */

const HANGUL = /[\uAC00-\uD7A3]/;
const noHangul = (texts: readonly string[]) => expect(texts.filter((s) => HANGUL.test(s))).toEqual([]);
const presetWith = (patch: Record<string, unknown>) =>
  ({ ...validPreset(), ...patch }) as unknown as PresetFields;

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('ko'));

describe('export checks in English', () => {
  it('names every problem and its field in English', () => {
    const problems = validateExport({
      product: shopProduct({ price: 12345, images: [], name: '', detailHtml: '' }),
      preset: presetWith({
        leafCategoryId: '',
        afterService: { phone: '', guide: '' },
        taxType: 'NONE',
        displayStatus: 'GONE',
        minorPurchasable: undefined,
        claim: { returnDeliveryFee: -1, exchangeDeliveryFee: 6000, shippingAddressId: 0, returnAddressId: 2 },
        delivery: { ...validPreset().delivery, deliveryCompany: '', baseFee: 0, jejuExtraFee: -5 },
      }),
      mode: 'create',
    });
    expect(problems.length).toBeGreaterThan(12);
    noHangul(problems.flatMap((p) => [p.label, p.message]));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['product.name']).toMatchObject({ label: 'Product name', message: 'Enter a product name.' });
    expect(byPath['product.price']?.message).toBe('Enter a sale price in steps of KRW 10 (now KRW 12,345).');
    expect(byPath['preset.delivery.deliveryCompany']?.label).toBe('Carrier');
    expect(byPath['preset.delivery.jejuExtraFee']?.message).toBe(
      'Jeju extra shipping fee must be from KRW 0 to KRW 100,000.',
    );
    expect(byPath['preset.claim.returnDeliveryFee']?.label).toBe('Return shipping fee (one way)');
  });

  it('asks for a preset in English when there is none', () => {
    const [problem] = validateExport({ product: shopProduct(), preset: undefined, mode: 'create' });
    expect(problem).toMatchObject({ label: 'Sales settings preset', fixIn: 'preset' });
    expect(problem!.message).toContain('Settings > Sales settings presets');
  });

  it('keeps option values as the seller wrote them inside English labels', () => {
    const problems = checkOptions({
      price: 20_000,
      options: {
        groupNames: ['색상'],
        combinations: [{ id: 'c1', names: ['화이트'], addPrice: 15_000, stock: 1, usable: true }],
      },
    });
    expect(problems).toEqual([
      {
        path: 'product.options.combinations.0.addPrice',
        label: 'Option 화이트 price',
        message:
          'At a sale price of KRW 20,000, option prices must be between KRW -10,000 and KRW 10,000 (now KRW 15,000).',
        fixIn: 'shop',
      },
    ]);
  });

  it('names the product notice and its items in English while the keys stay the API’s', () => {
    const problems = checkNotice(presetWith({ notice: { type: 'KITCHEN_UTENSILS', fields: {} } }));
    expect(problems[0]!.message).toBe(
      "Fill in 'Withdrawal terms for defects or wrong delivery' in the product information notice (Kitchenware).",
    );
    expect(NOTICE_TYPE_INFO.KITCHEN_UTENSILS).toEqual({ key: 'kitchenUtensils', label: 'Kitchenware' });
    expect(noticeFieldLabel('itemName')).toBe('Item name');
    noHangul(Object.values(NOTICE_TYPE_INFO).map((i) => i.label));
    noHangul(NOTICE_COMMON_FIELDS.map((f) => f.label));
    setLocale('ko');
    expect(NOTICE_TYPE_INFO.KITCHEN_UTENSILS.label).toBe('주방용품');
  });

  it('shows SmartStore’s own rejection under an English field name', () => {
    expect(naverProblem({ name: 'originProduct.salePrice', type: 'x', message: 'too low' })).toMatchObject({
      label: 'Sale price',
      fixIn: 'shop',
    });
    const error = toItemError(
      new CommerceApiError({
        kind: 'validation',
        status: 400,
        invalidInputs: [
          { name: 'originProduct.name', type: 'x', message: 'a' },
          { name: 'originProduct.images', type: 'x', message: 'b' },
        ],
      }),
    );
    expect(error.message).toBe('SmartStore rejected 2 fields. Fix them below and try again.');
    expect(checkPrice({ price: 5 })[0]!.message).toBe('Enter a sale price from KRW 10 to KRW 999,999,990.');
  });
});

describe('re-import changes in English', () => {
  it('reads each change in English, with counts and won', () => {
    const before = shopProduct();
    const after = shopProduct({
      price: 26000,
      sellerCode: undefined,
      status: 'SOLD_OUT',
      images: ['https://cdn.example/9.png'],
    });
    const byField = Object.fromEntries(diffShopProduct(before, after).map((c) => [c.field, c]));
    expect(byField.price).toMatchObject({ label: 'Sale price', before: 'KRW 24,000', after: 'KRW 26,000' });
    expect(byField.sellerCode).toMatchObject({ label: 'Seller product code', after: '(none)' });
    expect(byField.status).toMatchObject({ label: 'Status', before: 'On sale', after: 'Sold out' });
    expect(byField.images).toMatchObject({
      label: 'Images',
      before: '3 images',
      after: '1 image (main image changed)',
    });
  });

  it('names option kinds it cannot import in English', () => {
    const origin = { detailAttribute: { optionInfo: { optionSimple: [{}], optionCustom: [{}] } } };
    expect(unsupportedOptionKinds(origin as never)).toEqual(['single options', 'custom-input options']);
  });
});

describe('Sixshop Pro contract in English', () => {
  it('explains backend errors in English', () => {
    expect(describeShopBackendError({ kind: 'key-rejected' })).toMatch(
      /^The Sixshop Pro API key is not valid/,
    );
    const error = new ShopBackendError({
      kind: 'validation',
      fields: [
        { path: 'name', message: 'Enter a product name.' },
        { path: 'price', message: 'x' },
        { path: 'stock', message: 'y' },
      ],
    });
    expect(error.userMessage).toBe('Check your input: Enter a product name. and 2 more');
    expect(new ShopBackendError({ kind: 'unreachable', timedOut: true }).userMessage).toContain('20 seconds');
    noHangul(
      (['not-found', 'conflict', 'unreachable', 'server', 'bad-response'] as const).map((kind) =>
        describeShopBackendError({ kind }),
      ),
    );
  });

  it('checks a product and a preset with English messages, zod’s own included', () => {
    const product = checkFields(ShopProductCreateSchema, {
      name: ' ',
      price: 1.5,
      stock: 'many',
      detailHtml: '',
      images: ['ftp://x'],
      status: 'ON_SALE',
      extra: 1,
    });
    expect(product.ok).toBe(false);
    if (product.ok) return;
    const byPath = Object.fromEntries(product.fields.map((f) => [f.path, f.message]));
    expect(byPath).toMatchObject({
      name: 'Enter a product name.',
      price: 'Enter the price as a whole number of won.',
      'images.0': 'Image addresses must be full addresses starting with http(s).',
    });
    noHangul(product.fields.map((f) => f.message));

    const preset = checkFields(PresetFieldsSchema, {
      ...validPreset(),
      delivery: { ...validPreset().delivery, deliveryCompany: undefined, baseFee: 0 },
      origin: { code: '02' },
    });
    expect(preset.ok).toBe(false);
    if (preset.ok) return;
    expect(Object.fromEntries(preset.fields.map((f) => [f.path, f.message]))).toMatchObject({
      'delivery.deliveryCompany': 'Choose a carrier.',
      'delivery.baseFee': 'Enter the base shipping fee.',
      'origin.importer': 'Enter the importer for imported goods.',
    });
  });

  it('refuses fixed account fields in English', () => {
    const r = checkFields(MarketAccountUpdateSchema, { alias: 'Main', storeSlug: 'x', color: 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields).toEqual([
      { path: 'storeSlug', message: FIXED_AFTER_LINKING.storeSlug },
      { path: 'color', message: 'This field cannot be changed. Only the account alias can be changed.' },
    ]);
    expect(FIXED_AFTER_LINKING.storeSlug).toMatch(/^The SmartStore account ID cannot change after linking/);
  });

  it('labels statuses, directions and preset choices in English', () => {
    expect(SHOP_PRODUCT_STATUS_LABELS.HIDDEN).toBe('Hidden');
    expect(LINK_DIRECTION_LABELS).toEqual({ IMPORT: 'Import', EXPORT: 'Export' });
    expect(DELIVERY_FEE_TYPE_LABELS.CONDITIONAL_FREE).toBe('Conditionally free');
    const tables = [
      DELIVERY_TYPE_LABELS,
      DELIVERY_ATTRIBUTE_TYPE_LABELS,
      DELIVERY_FEE_TYPE_LABELS,
      DELIVERY_FEE_PAY_TYPE_LABELS,
      TAX_TYPE_LABELS,
      DISPLAY_STATUS_LABELS,
      SHOP_PRODUCT_STATUS_LABELS,
    ];
    noHangul(tables.flatMap((table) => Object.values(table)));
    setLocale('ko');
    expect(TAX_TYPE_LABELS.DUTYFREE).toBe('면세');
  });
});

describe('the product button in English', () => {
  function draw(view: ButtonView): HTMLElement {
    const root = document.createElement('div');
    createProductButton(root, { onPress: () => undefined, onPick: () => undefined })(view);
    return root;
  }
  const base: ButtonView = { site: 'smartstore', number: '101', linkedTo: [], state: 'idle' };
  const texts = (root: HTMLElement) => [
    root.textContent ?? '',
    ...[...root.querySelectorAll('[title],[aria-label]')].flatMap((e) => [
      e.getAttribute('title') ?? '',
      e.getAttribute('aria-label') ?? '',
    ]),
  ];

  it('says Import, Import again, Importing… and Imported', () => {
    expect(draw(base).querySelector('button')!.textContent).toBe('Import');
    expect(draw(base).querySelector('button')!.title).toBe('Import this SmartStore product into Sixshop Pro');
    const linked = draw({ ...base, linkedTo: ['Main'] });
    expect(linked.querySelector('button')!.textContent).toBe('Import again');
    expect(linked.querySelector('.pb__linked')!.textContent).toBe('Linked');
    expect(draw({ ...base, state: 'working' }).querySelector('button')!.textContent).toBe('Importing…');
    expect(draw({ ...base, state: 'done' }).querySelector('[role=status]')!.textContent).toBe('Imported');
  });

  it('says Export on the shop, with an English account menu', () => {
    const root = draw({
      ...base,
      site: 'shop',
      choose: [
        { id: 'a', alias: 'Main', hasDefaultPreset: true },
        { id: 'b', alias: 'Outlet', hasDefaultPreset: true },
      ],
    });
    expect(root.querySelector('button')!.textContent).toBe('Export');
    expect(root.querySelector('[role=menu]')!.getAttribute('aria-label')).toBe('Choose a SmartStore account');
    noHangul(texts(root));
    noHangul(texts(draw({ ...base, site: 'shop', state: 'working', linkedTo: ['Main'] })));
  });

  it('says Export again, Exporting… and Exported on the shop, with an English title', () => {
    const shop: ButtonView = { ...base, site: 'shop', number: '1001' };
    const linked = draw({ ...shop, linkedTo: ['Main'] });
    expect(linked.querySelector('button')!.textContent).toBe('Export again');
    expect(linked.querySelector('button')!.title).toBe(
      'Export this Sixshop Pro product to SmartStore (default sales settings preset)',
    );
    expect(draw({ ...shop, state: 'working' }).querySelector('button')!.textContent).toBe('Exporting…');
    const done = draw({ ...shop, state: 'done', linkedTo: ['Linked'] });
    expect(done.querySelector('[role=status]')!.textContent).toBe('Exported');
    noHangul(texts(done));
    noHangul(texts(draw({ ...shop, linkedTo: ['Main'], state: 'idle' })));
  });
});
