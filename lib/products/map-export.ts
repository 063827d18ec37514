import type { ShopProduct } from '../sixshop/schemas/product';
import type { PresetFields } from '../sixshop/schemas/sales-preset';
import type { ProductWriteBody } from '../smartstore/products';
import type { OriginProductResponse } from '../smartstore/schemas/products';
import { NOTICE_TYPE_INFO, noticeTypeOf } from './notice-types';

/**
 * Shop product (+ sales preset) → SmartStore product body (내보내기). A create takes the product's own fields
 * and the preset's SmartStore settings. A re-export reads the current SmartStore product and changes only the
 * product's own fields (optionally the preset's too), so that everything set only on SmartStore stays.
 */

/** What a shop product holds that SmartStore holds too. */
export type ExportSource = Pick<
  ShopProduct,
  'name' | 'price' | 'stock' | 'sellerCode' | 'detailHtml' | 'images' | 'status' | 'options'
>;

/** SmartStore-hosted image URLs, in the shop product's order (first = representative). */
export interface HostedImages {
  representative: string;
  optional: string[];
}

type Json = Record<string, unknown>;

/** The product's stock as SmartStore counts it: with options, the sum of the usable combinations. */
export function exportStock(p: ExportSource): number {
  if (!p.options) return p.stock;
  return p.options.combinations.filter((c) => c.usable).reduce((sum, c) => sum + c.stock, 0);
}

/** Images as the shop lists them, split the way SmartStore takes them. */
export function imagesOf(p: Pick<ShopProduct, 'images'>): { representative?: string; optional: string[] } {
  const [representative, ...optional] = p.images;
  return representative ? { representative, optional } : { optional };
}

function imagesField(images: HostedImages): Json {
  return {
    representativeImage: { url: images.representative },
    optionalImages: images.optional.map((url) => ({ url })),
  };
}

function combinationFields(
  names: readonly string[],
  c: NonNullable<ExportSource['options']>['combinations'][number],
) {
  const out: Json = {};
  names.forEach((_, i) => {
    out[`optionName${i + 1}`] = c.names[i];
  });
  out.price = c.addPrice;
  out.stockQuantity = c.stock;
  out.usable = c.usable;
  if (c.sellerCode) out.sellerManagerCode = c.sellerCode;
  return out;
}

function groupNamesField(groupNames: readonly string[]): Json {
  return Object.fromEntries(groupNames.map((g, i) => [`optionGroupName${i + 1}`, g]));
}

/** `detailAttribute.optionInfo` of a new product (combination options only). */
export function newOptionInfo(p: ExportSource): Json | undefined {
  if (!p.options) return undefined;
  const { groupNames, combinations } = p.options;
  return {
    optionCombinationSortType: 'CREATE',
    optionCombinationGroupNames: groupNamesField(groupNames),
    optionCombinations: combinations.map((c) => combinationFields(groupNames, c)),
    useStockManagement: true,
  };
}

/** The preset's SmartStore settings as the API names them. */
export function presetParts(preset: PresetFields): {
  leafCategoryId: string;
  deliveryInfo: Json;
  detailAttribute: Json;
  channel: Json;
} {
  const d = preset.delivery;
  const fee: Json = {
    deliveryFeeType: d.deliveryFeeType,
    baseFee: d.deliveryFeeType === 'FREE' ? 0 : d.baseFee,
    deliveryFeePayType: d.deliveryFeePayType,
  };
  if (d.deliveryFeeType === 'CONDITIONAL_FREE' && d.freeConditionalAmount !== undefined)
    fee.freeConditionalAmount = d.freeConditionalAmount;
  if (d.islandExtraFee !== undefined) {
    fee.deliveryFeeByArea = {
      deliveryAreaType: 'AREA_3',
      area2extraFee: d.jejuExtraFee ?? 0,
      area3extraFee: d.islandExtraFee,
    };
  } else if (d.jejuExtraFee !== undefined) {
    fee.deliveryFeeByArea = { deliveryAreaType: 'AREA_2', area2extraFee: d.jejuExtraFee };
  }
  const deliveryInfo: Json = {
    deliveryType: d.deliveryType,
    deliveryAttributeType: d.deliveryAttributeType,
    ...(d.deliveryType === 'DELIVERY' && d.deliveryCompany ? { deliveryCompany: d.deliveryCompany } : {}),
    deliveryBundleGroupUsable: d.bundleGroupId !== undefined,
    ...(d.bundleGroupId !== undefined ? { deliveryBundleGroupId: d.bundleGroupId } : {}),
    ...(d.outboundLocationId ? { outboundLocationId: d.outboundLocationId } : {}),
    deliveryFee: fee,
    claimDeliveryInfo: {
      returnDeliveryFee: preset.claim.returnDeliveryFee,
      exchangeDeliveryFee: preset.claim.exchangeDeliveryFee,
      shippingAddressId: preset.claim.shippingAddressId,
      returnAddressId: preset.claim.returnAddressId,
    },
  };
  const o = preset.origin;
  const type = noticeTypeOf(preset.notice.type);
  const noticeKey = type ? NOTICE_TYPE_INFO[type].key : preset.notice.type.toLowerCase();
  const detailAttribute: Json = {
    afterServiceInfo: {
      afterServiceTelephoneNumber: preset.afterService.phone,
      afterServiceGuideContent: preset.afterService.guide,
    },
    originAreaInfo: {
      originAreaCode: o.code,
      ...(o.code === '02' && o.importer ? { importer: o.importer } : {}),
      ...(o.code === '04' && o.content ? { content: o.content } : {}),
      plural: false,
    },
    minorPurchasable: preset.minorPurchasable,
    taxType: preset.taxType,
    productInfoProvidedNotice: {
      productInfoProvidedNoticeType: preset.notice.type,
      [noticeKey]: { ...preset.notice.fields },
    },
  };
  return {
    leafCategoryId: preset.leafCategoryId,
    deliveryInfo,
    detailAttribute,
    channel: {
      naverShoppingRegistration: preset.naverShoppingRegistration,
      channelProductDisplayStatusType: preset.displayStatus,
    },
  };
}

/** `POST /v2/products` body for a shop product that is not on SmartStore yet. */
export function buildCreateBody(
  p: ExportSource,
  preset: PresetFields,
  images: HostedImages,
): ProductWriteBody {
  const parts = presetParts(preset);
  const optionInfo = newOptionInfo(p);
  const detailAttribute: Json = { ...parts.detailAttribute };
  if (p.sellerCode) detailAttribute.sellerCodeInfo = { sellerManagementCode: p.sellerCode };
  if (optionInfo) detailAttribute.optionInfo = optionInfo;
  return {
    originProduct: {
      statusType: 'SALE',
      saleType: 'NEW',
      leafCategoryId: parts.leafCategoryId,
      name: p.name,
      detailContent: p.detailHtml,
      images: imagesField(images),
      salePrice: p.price,
      stockQuantity: exportStock(p),
      deliveryInfo: parts.deliveryInfo,
      detailAttribute,
    },
    smartstoreChannelProduct: {
      ...parts.channel,
      // a hidden shop product goes out hidden (only SALE is accepted on create, so display carries it)
      ...(p.status === 'HIDDEN' ? { channelProductDisplayStatusType: 'SUSPENSION' } : {}),
    },
  };
}

const optionKey = (names: readonly unknown[]) => names.map((n) => String(n ?? '')).join('\u0000');
const NON_COMBINATION_OPTIONS = ['optionSimple', 'optionCustom', 'optionStandards', 'standardOptionGroups'];

/** Current `optionInfo` with the shop's combinations put in; SmartStore's combination IDs are kept by values. */
export function mergeOptionInfo(current: Json | undefined, p: ExportSource): Json | undefined {
  const info: Json = { ...(current ?? {}) };
  if (!p.options) {
    delete info.optionCombinationGroupNames;
    delete info.optionCombinations;
    const rest = NON_COMBINATION_OPTIONS.some((k) => Array.isArray(info[k]) && (info[k] as unknown[]).length);
    return rest ? info : undefined;
  }
  const { groupNames, combinations } = p.options;
  const known = new Map<string, Json>();
  for (const c of (Array.isArray(info.optionCombinations) ? info.optionCombinations : []) as Json[]) {
    const values = groupNames.map((_, i) => c[`optionName${i + 1}`]);
    known.set(optionKey(values), c);
  }
  for (const k of NON_COMBINATION_OPTIONS) delete info[k];
  info.optionCombinationGroupNames = {
    ...((info.optionCombinationGroupNames as Json | undefined) ?? {}),
    optionGroupName1: undefined,
    optionGroupName2: undefined,
    optionGroupName3: undefined,
    ...groupNamesField(groupNames),
  };
  stripUndefined(info.optionCombinationGroupNames as Json);
  info.optionCombinations = combinations.map((c) => {
    const previous = known.get(optionKey(c.names)) ?? {};
    const merged: Json = { ...previous };
    for (let i = groupNames.length + 1; i <= 4; i++) delete merged[`optionName${i}`];
    delete merged.sellerManagerCode;
    return { ...merged, ...combinationFields(groupNames, c) };
  });
  info.optionCombinationSortType ??= 'CREATE';
  info.useStockManagement ??= true;
  return info;
}

function stripUndefined(o: Json): void {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
}

/**
 * `PUT /v2/products/origin-products/{no}` body: the current product as SmartStore holds it (every field we do
 * not model included) with only our fields changed. With `preset`, its SmartStore settings are applied too.
 */
export function buildUpdateBody(
  current: OriginProductResponse,
  p: ExportSource,
  images: HostedImages,
  preset?: PresetFields,
): ProductWriteBody {
  const cur = structuredClone(current) as unknown as {
    originProduct: Json & { images: Json; detailAttribute: Json };
    smartstoreChannelProduct?: Json | null;
    windowChannelProduct?: Json | null;
  };
  const op = cur.originProduct;
  op.statusType = p.status === 'HIDDEN' ? 'SUSPENSION' : 'SALE';
  op.name = p.name;
  op.detailContent = p.detailHtml;
  op.images = { ...op.images, ...imagesField(images) };
  op.salePrice = p.price;
  op.stockQuantity = exportStock(p);
  const attr: Json = { ...op.detailAttribute };
  const codes: Json = { ...((attr.sellerCodeInfo as Json | null | undefined) ?? {}) };
  if (p.sellerCode) codes.sellerManagementCode = p.sellerCode;
  else delete codes.sellerManagementCode;
  stripUndefined(codes);
  if (Object.keys(codes).length > 0) attr.sellerCodeInfo = codes;
  else delete attr.sellerCodeInfo;
  const optionInfo = mergeOptionInfo((attr.optionInfo as Json | null | undefined) ?? undefined, p);
  if (optionInfo) attr.optionInfo = optionInfo;
  else delete attr.optionInfo;
  let channel: Json = { ...(cur.smartstoreChannelProduct ?? {}) };
  if (preset) {
    const parts = presetParts(preset);
    op.leafCategoryId = parts.leafCategoryId;
    op.deliveryInfo = { ...((op.deliveryInfo as Json | null | undefined) ?? {}), ...parts.deliveryInfo };
    Object.assign(attr, parts.detailAttribute);
    channel = { ...channel, ...parts.channel };
  }
  op.detailAttribute = attr;
  stripUndefined(op);
  return {
    originProduct: op,
    smartstoreChannelProduct: channel,
    ...(cur.windowChannelProduct ? { windowChannelProduct: cur.windowChannelProduct } : {}),
  };
}
