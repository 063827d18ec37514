import { t } from '../i18n';
import { SHOP_LIMITS } from '../sixshop/limits';
import type { ShopProduct, ShopProductCreate, ShopProductStatus } from '../sixshop/schemas/product';
import type { OriginProduct } from '../smartstore/schemas/products';

/**
 * SmartStore origin product → shop product (가져오기). Only what both sides hold is mapped: name, price,
 * stock, combination options, images, detail HTML and seller codes. Re-importing into an existing shop
 * product keeps its option combination IDs (matched by option values).
 */

type Combination = NonNullable<ShopProductCreate['options']>['combinations'][number];

/** The option group names of a combination-option product, in order (1 to 3). */
export function originGroupNames(origin: OriginProduct): string[] {
  const groups = origin.detailAttribute.optionInfo?.optionCombinationGroupNames ?? {};
  const names: string[] = [];
  for (const key of ['optionGroupName1', 'optionGroupName2', 'optionGroupName3']) {
    const v = (groups as Record<string, unknown>)[key];
    if (typeof v !== 'string' || !v.trim()) break;
    names.push(v.trim());
  }
  return names;
}

/**
 * Option kinds the shop cannot hold (단독형, 직접입력형, 표준형). A product that has them is not imported,
 * rather than imported without its options.
 */
export function unsupportedOptionKinds(origin: OriginProduct): string[] {
  const info = (origin.detailAttribute.optionInfo ?? {}) as Record<string, unknown>;
  const has = (k: string) => Array.isArray(info[k]) && (info[k] as unknown[]).length > 0;
  const kinds: string[] = [];
  if (has('optionSimple')) kinds.push(t('단독형 옵션', 'single options'));
  if (has('optionCustom')) kinds.push(t('직접 입력형 옵션', 'custom-input options'));
  if (has('optionStandards') || has('standardOptionGroups')) kinds.push(t('표준형 옵션', 'standard options'));
  return kinds;
}

const optionKey = (names: readonly string[]) => names.join('\u0000');

function statusOf(origin: OriginProduct, stock: number): ShopProductStatus {
  if (origin.statusType === 'SALE') return stock > 0 ? 'ON_SALE' : 'SOLD_OUT';
  if (origin.statusType === 'OUTOFSTOCK') return 'SOLD_OUT';
  return 'HIDDEN';
}

function code(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/** The shop product an import writes; with `existing`, its option combination IDs are kept. */
export function mapOriginToShop(origin: OriginProduct, existing?: ShopProduct): ShopProductCreate {
  const groupNames = originGroupNames(origin);
  const combos = origin.detailAttribute.optionInfo?.optionCombinations ?? [];
  const knownIds = new Map(existing?.options?.combinations.map((c) => [optionKey(c.names), c.id]) ?? []);
  let options: ShopProductCreate['options'];
  if (groupNames.length > 0 && combos.length > 0) {
    const combinations: Combination[] = combos.map((c) => {
      const names = [c.optionName1, c.optionName2, c.optionName3]
        .slice(0, groupNames.length)
        .map((n) => (n ?? '').trim());
      const id = knownIds.get(optionKey(names));
      const sellerCode = code(c.sellerManagerCode);
      return {
        ...(id ? { id } : {}),
        names,
        addPrice: c.price ?? 0,
        stock: c.stockQuantity ?? 0,
        ...(sellerCode ? { sellerCode } : {}),
        usable: c.usable ?? true,
      };
    });
    options = { groupNames, combinations };
  }
  const stock = options
    ? options.combinations.filter((c) => c.usable).reduce((sum, c) => sum + c.stock, 0)
    : (origin.stockQuantity ?? 0);
  const images = [
    origin.images.representativeImage.url,
    ...origin.images.optionalImages.map((i) => i.url),
  ].slice(0, SHOP_LIMITS.productImages);
  const sellerCode = code(origin.detailAttribute.sellerCodeInfo?.sellerManagementCode);
  return {
    name: origin.name.trim(),
    price: origin.salePrice,
    stock,
    ...(sellerCode ? { sellerCode } : {}),
    detailHtml: origin.detailContent ?? existing?.detailHtml ?? '',
    images,
    status: statusOf(origin, stock),
    ...(options ? { options } : {}),
  };
}
