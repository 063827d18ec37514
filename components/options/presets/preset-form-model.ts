import type { PresetDraft } from '../../../lib/products/preset-from-product';
import type { PresetFields } from '../../../lib/sixshop/schemas/sales-preset';

/**
 * The preset form's state: every input as the seller typed it (numbers as text), and the conversions to and
 * from the contract's `PresetFields`. Errors are keyed like the background's (`fields.delivery.baseFee`).
 */
export interface PresetForm {
  name: string;
  isDefault: boolean;
  leafCategoryId: string;
  deliveryType: string;
  deliveryAttributeType: string;
  deliveryCompany: string;
  deliveryFeeType: string;
  baseFee: string;
  freeConditionalAmount: string;
  deliveryFeePayType: string;
  jejuExtraFee: string;
  islandExtraFee: string;
  bundleGroupId: string;
  outboundLocationId: string;
  returnDeliveryFee: string;
  exchangeDeliveryFee: string;
  shippingAddressId: string;
  returnAddressId: string;
  asPhone: string;
  asGuide: string;
  originCode: string;
  importer: string;
  originContent: string;
  minorPurchasable: '' | 'true' | 'false';
  taxType: string;
  noticeType: string;
  noticeFields: Record<string, string>;
  naverShoppingRegistration: boolean;
  displayStatus: string;
}

const text = (v: number | string | undefined) => (v === undefined ? '' : String(v));

export function emptyForm(): PresetForm {
  return formFrom('', false, {
    delivery: {
      deliveryType: 'DELIVERY',
      deliveryAttributeType: 'NORMAL',
      deliveryFeeType: 'PAID',
      deliveryFeePayType: 'PREPAID',
    },
    taxType: 'TAX',
    origin: { code: '00' },
    minorPurchasable: true,
    notice: {
      type: 'ETC',
      fields: {
        returnCostReason: '1',
        noRefundReason: '1',
        qualityAssuranceStandard: '1',
        compensationProcedure: '1',
        troubleShootingContents: '1',
      },
    },
    naverShoppingRegistration: false,
    displayStatus: 'ON',
  });
}

/** The form for a stored preset or a draft (from a SmartStore product). */
export function formFrom(name: string, isDefault: boolean, f: PresetDraft | PresetFields): PresetForm {
  const d: Partial<PresetFields['delivery']> = f.delivery ?? {};
  const c: Partial<PresetFields['claim']> = f.claim ?? {};
  return {
    name,
    isDefault,
    leafCategoryId: f.leafCategoryId ?? '',
    deliveryType: d.deliveryType ?? 'DELIVERY',
    deliveryAttributeType: d.deliveryAttributeType ?? 'NORMAL',
    deliveryCompany: d.deliveryCompany ?? '',
    deliveryFeeType: d.deliveryFeeType ?? 'PAID',
    baseFee: text(d.baseFee),
    freeConditionalAmount: text(d.freeConditionalAmount),
    deliveryFeePayType: d.deliveryFeePayType ?? 'PREPAID',
    jejuExtraFee: text(d.jejuExtraFee),
    islandExtraFee: text(d.islandExtraFee),
    bundleGroupId: text(d.bundleGroupId),
    outboundLocationId: d.outboundLocationId ?? '',
    returnDeliveryFee: text(c.returnDeliveryFee),
    exchangeDeliveryFee: text(c.exchangeDeliveryFee),
    shippingAddressId: text(c.shippingAddressId),
    returnAddressId: text(c.returnAddressId),
    asPhone: f.afterService?.phone ?? '',
    asGuide: f.afterService?.guide ?? '',
    originCode: f.origin?.code ?? '',
    importer: f.origin?.importer ?? '',
    originContent: f.origin?.content ?? '',
    minorPurchasable: f.minorPurchasable === undefined ? '' : f.minorPurchasable ? 'true' : 'false',
    taxType: f.taxType ?? 'TAX',
    noticeType: f.notice?.type ?? 'ETC',
    noticeFields: { ...(f.notice?.fields ?? {}) },
    naverShoppingRegistration: f.naverShoppingRegistration ?? false,
    displayStatus: f.displayStatus ?? 'ON',
  };
}

/** Text → number where the seller typed one; empty stays absent, anything else stays text (and is refused). */
function num(v: string): number | string | undefined {
  const t = v.replace(/[,\s원]/g, '');
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : v;
}

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The payload `presets.save` takes (checked there and by `presetProblems`). */
export function fieldsFrom(form: PresetForm): Record<string, unknown> {
  const free = form.deliveryFeeType === 'FREE';
  return {
    leafCategoryId: form.leafCategoryId.trim(),
    delivery: defined({
      deliveryType: form.deliveryType,
      deliveryAttributeType: form.deliveryAttributeType,
      deliveryCompany: form.deliveryType === 'DELIVERY' ? form.deliveryCompany : undefined,
      deliveryFeeType: form.deliveryFeeType,
      baseFee: free ? 0 : (num(form.baseFee) ?? 0),
      freeConditionalAmount:
        form.deliveryFeeType === 'CONDITIONAL_FREE' ? num(form.freeConditionalAmount) : undefined,
      deliveryFeePayType: form.deliveryFeePayType,
      jejuExtraFee: num(form.jejuExtraFee),
      islandExtraFee: num(form.islandExtraFee),
      bundleGroupId: num(form.bundleGroupId),
      outboundLocationId: form.outboundLocationId.trim() || undefined,
    }),
    claim: defined({
      returnDeliveryFee: num(form.returnDeliveryFee),
      exchangeDeliveryFee: num(form.exchangeDeliveryFee),
      shippingAddressId: num(form.shippingAddressId),
      returnAddressId: num(form.returnAddressId),
    }),
    afterService: { phone: form.asPhone.trim(), guide: form.asGuide.trim() },
    origin: defined({
      code: form.originCode,
      importer: form.originCode === '02' ? form.importer.trim() || undefined : undefined,
      content: form.originCode === '04' ? form.originContent.trim() || undefined : undefined,
    }),
    ...(form.minorPurchasable ? { minorPurchasable: form.minorPurchasable === 'true' } : {}),
    taxType: form.taxType,
    notice: {
      type: form.noticeType,
      fields: Object.fromEntries(
        Object.entries(form.noticeFields)
          .map(([k, v]) => [k.trim(), v.trim()] as const)
          .filter(([k, v]) => k && v),
      ),
    },
    naverShoppingRegistration: form.naverShoppingRegistration,
    displayStatus: form.displayStatus,
  };
}

/** Where each error path is shown: the input's id. */
export const ERROR_INPUT: Record<string, string> = {
  name: 'preset-name',
  'fields.leafCategoryId': 'preset-leafCategoryId',
  'fields.delivery.deliveryType': 'preset-deliveryType',
  'fields.delivery.deliveryAttributeType': 'preset-deliveryAttributeType',
  'fields.delivery.deliveryCompany': 'preset-deliveryCompany',
  'fields.delivery.deliveryFeeType': 'preset-deliveryFeeType',
  'fields.delivery.baseFee': 'preset-baseFee',
  'fields.delivery.freeConditionalAmount': 'preset-freeConditionalAmount',
  'fields.delivery.deliveryFeePayType': 'preset-deliveryFeePayType',
  'fields.delivery.jejuExtraFee': 'preset-jejuExtraFee',
  'fields.delivery.islandExtraFee': 'preset-islandExtraFee',
  'fields.delivery.bundleGroupId': 'preset-bundleGroupId',
  'fields.claim.returnDeliveryFee': 'preset-returnDeliveryFee',
  'fields.claim.exchangeDeliveryFee': 'preset-exchangeDeliveryFee',
  'fields.claim.shippingAddressId': 'preset-shippingAddressId',
  'fields.claim.returnAddressId': 'preset-returnAddressId',
  'fields.afterService.phone': 'preset-asPhone',
  'fields.afterService.guide': 'preset-asGuide',
  'fields.origin.code': 'preset-originCode',
  'fields.origin.importer': 'preset-importer',
  'fields.origin.content': 'preset-originContent',
  'fields.minorPurchasable': 'preset-minorPurchasable',
  'fields.taxType': 'preset-taxType',
  'fields.notice.type': 'preset-noticeType',
  'fields.displayStatus': 'preset-displayStatus',
};
