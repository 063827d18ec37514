import { t } from '../i18n';
import {
  DELIVERY_ATTRIBUTE_TYPES,
  DELIVERY_FEE_PAY_TYPES,
  DELIVERY_FEE_TYPES,
  DELIVERY_TYPES,
  ORIGIN_CODES,
  type PresetFields,
  TAX_TYPES,
} from '../sixshop/schemas/sales-preset';
import type { OriginProductResponse } from '../smartstore/schemas/products';
import { NOTICE_TYPE_INFO, noticeTypeOf } from './notice-types';

/**
 * "스마트스토어 상품에서 시작": a preset draft from one of the account's SmartStore products. What the product
 * has is copied; what it lacks (or holds in a form a preset cannot, e.g. 수량별 배송비) is left out and named
 * in `missing`, for the seller to fill in the form.
 */

/** A preset's fields, each possibly missing. */
export type PresetDraft = {
  [K in keyof PresetFields]?: PresetFields[K] extends object ? Partial<PresetFields[K]> : PresetFields[K];
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

function defined<T extends Json>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function presetFromProduct(res: OriginProductResponse): { draft: PresetDraft; missing: string[] } {
  const op = res.originProduct as unknown as Json;
  const attr = obj(op.detailAttribute);
  const delivery = obj(op.deliveryInfo);
  const fee = obj(delivery.deliveryFee);
  const area = obj(fee.deliveryFeeByArea);
  const claim = obj(delivery.claimDeliveryInfo);
  const as = obj(attr.afterServiceInfo);
  const origin = obj(attr.originAreaInfo);
  const notice = obj(attr.productInfoProvidedNotice);
  const channel = obj(res.smartstoreChannelProduct);
  const missing: string[] = [];

  const feeType = oneOf(DELIVERY_FEE_TYPES, fee.deliveryFeeType);
  if (fee.deliveryFeeType && !feeType)
    missing.push(
      t(
        '배송비 유형(수량별·구간별 배송비는 프리셋에 담을 수 없습니다)',
        'Shipping fee type (per-quantity and tiered fees cannot be kept in a preset)',
      ),
    );
  const areaType = str(area.deliveryAreaType);
  const draftDelivery = defined({
    deliveryType: oneOf(DELIVERY_TYPES, delivery.deliveryType),
    deliveryAttributeType: oneOf(DELIVERY_ATTRIBUTE_TYPES, delivery.deliveryAttributeType),
    deliveryCompany: str(delivery.deliveryCompany),
    deliveryFeeType: feeType,
    baseFee: int(fee.baseFee),
    freeConditionalAmount: int(fee.freeConditionalAmount),
    deliveryFeePayType: oneOf(DELIVERY_FEE_PAY_TYPES, fee.deliveryFeePayType),
    jejuExtraFee: areaType ? int(area.area2extraFee) : undefined,
    islandExtraFee: areaType === 'AREA_3' ? int(area.area3extraFee) : undefined,
    bundleGroupId: delivery.deliveryBundleGroupUsable ? int(delivery.deliveryBundleGroupId) : undefined,
    outboundLocationId: str(delivery.outboundLocationId),
  });
  if (Object.keys(delivery).length === 0)
    missing.push(
      t('배송 정보(이 상품은 배송 없는 상품입니다)', 'Delivery info (this product has no delivery)'),
    );

  const draftClaim = defined({
    returnDeliveryFee: int(claim.returnDeliveryFee),
    exchangeDeliveryFee: int(claim.exchangeDeliveryFee),
    shippingAddressId: int(claim.shippingAddressId),
    returnAddressId: int(claim.returnAddressId),
  });
  if (draftClaim.shippingAddressId === undefined)
    missing.push(t('출고지 주소록 번호', 'Shipping address book number'));
  if (draftClaim.returnAddressId === undefined)
    missing.push(t('반품/교환지 주소록 번호', 'Return/exchange address book number'));

  const code = oneOf(ORIGIN_CODES, str(origin.originAreaCode)?.slice(0, 2));
  const draftOrigin = defined({ code, importer: str(origin.importer), content: str(origin.content) });
  if (!code) missing.push(t('원산지', 'Origin'));

  const type = noticeTypeOf(String(notice.productInfoProvidedNoticeType ?? ''));
  let draftNotice: PresetDraft['notice'];
  if (type) {
    const sub = obj(notice[NOTICE_TYPE_INFO[type].key]);
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(sub)) if (typeof v === 'string') fields[k] = v;
    draftNotice = { type, fields };
  } else missing.push(t('상품정보제공고시', 'Product information notice'));

  const leaf = str(op.leafCategoryId);
  if (!leaf) missing.push(t('카테고리', 'Category'));
  const draft: PresetDraft = defined({
    leafCategoryId: leaf,
    delivery: draftDelivery,
    claim: draftClaim,
    afterService: defined({
      phone: str(as.afterServiceTelephoneNumber),
      guide: str(as.afterServiceGuideContent),
    }),
    origin: draftOrigin,
    minorPurchasable: typeof attr.minorPurchasable === 'boolean' ? attr.minorPurchasable : undefined,
    taxType: oneOf(TAX_TYPES, attr.taxType) ?? 'TAX',
    notice: draftNotice,
    naverShoppingRegistration:
      typeof channel.naverShoppingRegistration === 'boolean' ? channel.naverShoppingRegistration : undefined,
    displayStatus: oneOf(['ON', 'SUSPENSION'] as const, channel.channelProductDisplayStatusType) ?? 'ON',
  }) as PresetDraft;
  return { draft, missing };
}
