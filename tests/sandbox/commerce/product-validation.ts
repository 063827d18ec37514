import { courierByCode } from '../../../lib/smartstore/enums';
import { LIMITS } from '../../../lib/smartstore/limits';
import { parseLooseDateTime } from './clock';
import type { InvalidInput } from './errors';
import { type OptionInfo, type ProductBody, ProductBodySchema } from './product-schema';
import type { EmulatorState } from './state';

export type ValidationMode = 'create' | 'update';

export type ValidationResult = { ok: true; body: ProductBody } | { ok: false; issues: InvalidInput[] };

const DELIVERY_TYPES = ['DELIVERY', 'DIRECT'];
const DELIVERY_ATTRIBUTE_TYPES = [
  'NORMAL',
  'TODAY',
  'OPTION_TODAY',
  'HOPE',
  'TODAY_ARRIVAL',
  'DAWN_ARRIVAL',
  'PRE_ORDER',
  'ARRIVAL_GUARANTEE',
  'SELLER_GUARANTEE',
  'HOPE_SELLER_GUARANTEE',
  'PICKUP',
  'QUICK',
];
const DELIVERY_FEE_TYPES = ['FREE', 'CONDITIONAL_FREE', 'PAID', 'UNIT_QUANTITY_PAID', 'RANGE_QUANTITY_PAID'];
const DELIVERY_FEE_PAY_TYPES = ['COLLECT', 'PREPAID', 'COLLECT_OR_PREPAID'];
const ORIGIN_AREA_PREFIXES = ['00', '01', '02', '03', '04', '05'];

/** Notice type → the name of its sub-object (reference §4.3). */
export const NOTICE_FIELDS: Readonly<Record<string, string>> = {
  WEAR: 'wear',
  SHOES: 'shoes',
  BAG: 'bag',
  FASHION_ITEMS: 'fashionItems',
  SLEEPING_GEAR: 'sleepingGear',
  FURNITURE: 'furniture',
  IMAGE_APPLIANCES: 'imageAppliances',
  HOME_APPLIANCES: 'homeAppliances',
  SEASON_APPLIANCES: 'seasonAppliances',
  OFFICE_APPLIANCES: 'officeAppliances',
  OPTICS_APPLIANCES: 'opticsAppliances',
  MICROELECTRONICS: 'microElectronics',
  NAVIGATION: 'navigation',
  CAR_ARTICLES: 'carArticles',
  MEDICAL_APPLIANCES: 'medicalAppliances',
  KITCHEN_UTENSILS: 'kitchenUtensils',
  COSMETIC: 'cosmetic',
  JEWELLERY: 'jewellery',
  FOOD: 'food',
  GENERAL_FOOD: 'generalFood',
  DIET_FOOD: 'dietFood',
  KIDS: 'kids',
  MUSICAL_INSTRUMENT: 'musicalInstrument',
  SPORTS_EQUIPMENT: 'sportsEquipment',
  BOOKS: 'books',
  RENTAL_ETC: 'rentalEtc',
  RENTAL_HA: 'rentalHa',
  DIGITAL_CONTENTS: 'digitalContents',
  GIFT_CARD: 'giftCard',
  MOBILE_COUPON: 'mobileCoupon',
  MOVIE_SHOW: 'movieShow',
  ETC_SERVICE: 'etcService',
  BIOCHEMISTRY: 'biochemistry',
  BIOCIDAL: 'biocidal',
  CELLPHONE: 'cellPhone',
  ETC: 'etc',
};

/**
 * The five 소비자 보호 fields. The reference lists them for `etc`; requiring them in every notice type's
 * sub-object is the strict reading (UNCONFIRMED for the other types).
 */
const NOTICE_COMMON_FIELDS = [
  'returnCostReason',
  'noRefundReason',
  'qualityAssuranceStandard',
  'compensationProcedure',
  'troubleShootingContents',
];
const NOTICE_ETC_FIELDS = ['itemName', 'modelName', 'manufacturer'];

class Issues {
  readonly list: InvalidInput[] = [];

  add(name: string, type: string, message: string): void {
    if (!this.list.some((i) => i.name === name)) this.list.push({ name, type, message });
  }

  notNull(name: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.add(name, 'NotNull', `${name}은(는) 필수 값입니다.`);
      return false;
    }
    return true;
  }

  notBlank(name: string, value: string | undefined): value is string {
    if (value === undefined || value.trim() === '') {
      this.add(name, value === undefined ? 'NotNull' : 'NotBlank', `${name}은(는) 필수 값입니다.`);
      return false;
    }
    return true;
  }

  oneOf(name: string, value: string | undefined, allowed: readonly string[]): void {
    if (!this.notBlank(name, value)) return;
    if (!allowed.includes(value))
      this.add(name, 'Invalid', `${name}은(는) ${allowed.join(', ')} 중 하나여야 합니다.`);
  }

  range(name: string, value: number | undefined, min: number, max: number, required: boolean): void {
    if (value === undefined) {
      if (required) this.notNull(name, value);
      return;
    }
    if (value < min || value > max) {
      this.add(name, 'Range', `${name}은(는) ${min} 이상 ${max} 이하여야 합니다.`);
    }
  }
}

/**
 * Images inside `detailContent` are not checked: whether they must be Naver-hosted is UNCONFIRMED, and detail
 * pages with externally hosted images are common, so this one point is read leniently.
 *
 * Validates a product create/update body (reference §4.3, §4.4) and lists every problem with Naver-style dotted
 * paths. `update` differs from `create`: statusType may be SALE or SUSPENSION, and leafCategoryId, detailContent,
 * stockQuantity and productInfoProvidedNotice may be omitted.
 */
export function validateProductBody(
  raw: unknown,
  mode: ValidationMode,
  state: EmulatorState,
): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ name: 'body', type: 'TypeMismatch', message: '요청 본문은 JSON 객체여야 합니다.' }],
    };
  }
  const issues = new Issues();
  const body = parseTolerantly(raw, issues);
  checkOriginProduct(body, mode, state, issues);
  const channel = body.smartstoreChannelProduct;
  if (issues.notNull('smartstoreChannelProduct', channel) && channel) {
    issues.notNull('smartstoreChannelProduct.naverShoppingRegistration', channel.naverShoppingRegistration);
    issues.oneOf(
      'smartstoreChannelProduct.channelProductDisplayStatusType',
      channel.channelProductDisplayStatusType,
      ['ON', 'SUSPENSION'],
    );
  }
  return issues.list.length === 0 ? { ok: true, body } : { ok: false, issues: issues.list };
}

/**
 * Parses with the schema; fields of the wrong type are reported (TypeMismatch) and removed so that the
 * remaining rules still run on everything else.
 */
function parseTolerantly(raw: object, issues: Issues): ProductBody {
  const copy: unknown = structuredClone(raw);
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = ProductBodySchema.safeParse(copy);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const name = pathName(issue.path);
      issues.add(name, 'TypeMismatch', `${name}의 형식이 올바르지 않습니다.`);
      removeAt(copy, issue.path);
    }
  }
  return {};
}

function pathName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'body';
}

function removeAt(root: unknown, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (typeof node !== 'object' || node === null || last === undefined) return;
  if (Array.isArray(node) && typeof last === 'number') node[last] = {};
  else delete (node as Record<PropertyKey, unknown>)[last];
}

function checkOriginProduct(
  body: ProductBody,
  mode: ValidationMode,
  state: EmulatorState,
  issues: Issues,
): void {
  const op = body.originProduct;
  if (!issues.notNull('originProduct', op) || !op) return;
  const p = 'originProduct';

  if (issues.notBlank(`${p}.statusType`, op.statusType)) {
    const allowed = mode === 'create' ? ['SALE'] : ['SALE', 'SUSPENSION'];
    if (!allowed.includes(op.statusType)) {
      issues.add(
        `${p}.statusType`,
        'Invalid',
        mode === 'create'
          ? '상품 등록 시 판매 상태는 SALE만 입력할 수 있습니다.'
          : '상품 수정 시 판매 상태는 SALE 또는 SUSPENSION만 입력할 수 있습니다.',
      );
    }
  }
  if (op.saleType !== undefined) issues.oneOf(`${p}.saleType`, op.saleType, ['NEW', 'OLD']);
  if (mode === 'create' || op.leafCategoryId !== undefined) {
    if (
      issues.notBlank(`${p}.leafCategoryId`, op.leafCategoryId) &&
      !state.categories.has(op.leafCategoryId)
    ) {
      issues.add(`${p}.leafCategoryId`, 'Invalid', '존재하지 않거나 리프가 아닌 카테고리입니다.');
    }
  }
  if (issues.notBlank(`${p}.name`, op.name) && op.name.length > 100) {
    issues.add(`${p}.name`, 'Size', '상품명은 최대 100자까지 입력할 수 있습니다.');
  }
  if (mode === 'create' || op.detailContent !== undefined)
    issues.notBlank(`${p}.detailContent`, op.detailContent);

  checkImages(body, state, issues);

  const price = op.salePrice;
  issues.range(`${p}.salePrice`, price, 10, LIMITS.maxSalePrice, true);
  if (price !== undefined && price >= 10 && price <= LIMITS.maxSalePrice && price % 10 !== 0) {
    issues.add(`${p}.salePrice`, 'Invalid', '판매가는 10원 단위로 입력해야 합니다.');
  }
  issues.range(`${p}.stockQuantity`, op.stockQuantity, 0, LIMITS.maxStockQuantity, mode === 'create');

  checkSalePeriod(op.saleStartDate, `${p}.saleStartDate`, 0, issues);
  checkSalePeriod(op.saleEndDate, `${p}.saleEndDate`, 59, issues);

  checkDeliveryInfo(body, issues);
  checkDetailAttribute(body, mode, issues);
}

function checkImages(body: ProductBody, state: EmulatorState, issues: Issues): void {
  const images = body.originProduct?.images;
  const p = 'originProduct.images';
  if (!issues.notNull(p, images) || !images) return;
  const uploaded = (name: string, url: string | undefined) => {
    if (issues.notBlank(name, url) && !state.imageUrls.has(url)) {
      issues.add(
        name,
        'Invalid',
        '이미지 URL은 반드시 상품 이미지 다건 등록 API로 이미지를 업로드하고 반환받은 URL 값을 입력해야 합니다.',
      );
    }
  };
  if (issues.notNull(`${p}.representativeImage`, images.representativeImage)) {
    uploaded(`${p}.representativeImage.url`, images.representativeImage?.url);
  }
  const optional = images.optionalImages ?? [];
  if (optional.length > LIMITS.optionalImages) {
    issues.add(
      `${p}.optionalImages`,
      'Size',
      `추가 이미지는 최대 ${LIMITS.optionalImages}개까지 등록할 수 있습니다.`,
    );
  }
  optional.forEach((img, i) => {
    uploaded(`${p}.optionalImages[${i}].url`, img.url);
  });
}

function checkSalePeriod(value: string | undefined, name: string, minute: number, issues: Issues): void {
  if (value === undefined) return;
  const ms = parseLooseDateTime(value);
  if (ms === undefined) {
    issues.add(name, 'Pattern', `${name}의 형식이 올바르지 않습니다.`);
    return;
  }
  const kstMinute = new Date(ms + 9 * 3600_000).getUTCMinutes();
  if (kstMinute !== minute) {
    issues.add(name, 'Invalid', `${name}의 분은 ${String(minute).padStart(2, '0')}분이어야 합니다.`);
  }
}

function checkDeliveryInfo(body: ProductBody, issues: Issues): void {
  const d = body.originProduct?.deliveryInfo;
  if (!d) return;
  const p = 'originProduct.deliveryInfo';
  issues.oneOf(`${p}.deliveryType`, d.deliveryType, DELIVERY_TYPES);
  issues.oneOf(`${p}.deliveryAttributeType`, d.deliveryAttributeType, DELIVERY_ATTRIBUTE_TYPES);
  if (d.deliveryType === 'DELIVERY' && issues.notBlank(`${p}.deliveryCompany`, d.deliveryCompany)) {
    if (!courierByCode(d.deliveryCompany))
      issues.add(`${p}.deliveryCompany`, 'Invalid', '택배사 코드를 확인해 주세요.');
  }
  const fee = d.deliveryFee;
  if (issues.notNull(`${p}.deliveryFee`, fee) && fee) {
    issues.oneOf(`${p}.deliveryFee.deliveryFeeType`, fee.deliveryFeeType, DELIVERY_FEE_TYPES);
    if (fee.deliveryFeeType && fee.deliveryFeeType !== 'FREE') {
      issues.range(`${p}.deliveryFee.baseFee`, fee.baseFee, 0, 100_000, true);
      issues.oneOf(`${p}.deliveryFee.deliveryFeePayType`, fee.deliveryFeePayType, DELIVERY_FEE_PAY_TYPES);
    }
    if (fee.deliveryFeeType === 'CONDITIONAL_FREE') {
      issues.range(
        `${p}.deliveryFee.freeConditionalAmount`,
        fee.freeConditionalAmount,
        0,
        LIMITS.maxSalePrice,
        true,
      );
    }
  }
  const claim = d.claimDeliveryInfo;
  if (issues.notNull(`${p}.claimDeliveryInfo`, claim) && claim) {
    issues.range(`${p}.claimDeliveryInfo.returnDeliveryFee`, claim.returnDeliveryFee, 0, 1_000_000, true);
    issues.range(`${p}.claimDeliveryInfo.exchangeDeliveryFee`, claim.exchangeDeliveryFee, 0, 1_000_000, true);
  }
}

function checkDetailAttribute(body: ProductBody, mode: ValidationMode, issues: Issues): void {
  const a = body.originProduct?.detailAttribute;
  const p = 'originProduct.detailAttribute';
  if (!issues.notNull(p, a) || !a) return;

  if (issues.notNull(`${p}.afterServiceInfo`, a.afterServiceInfo)) {
    issues.notBlank(
      `${p}.afterServiceInfo.afterServiceTelephoneNumber`,
      a.afterServiceInfo?.afterServiceTelephoneNumber,
    );
    issues.notBlank(
      `${p}.afterServiceInfo.afterServiceGuideContent`,
      a.afterServiceInfo?.afterServiceGuideContent,
    );
  }

  const origin = a.originAreaInfo;
  if (issues.notNull(`${p}.originAreaInfo`, origin) && origin) {
    const code = origin.originAreaCode;
    const name = `${p}.originAreaInfo.originAreaCode`;
    if (issues.notBlank(name, code)) {
      if (!/^\d{2,}$/.test(code) || !ORIGIN_AREA_PREFIXES.includes(code.slice(0, 2))) {
        issues.add(name, 'Invalid', '원산지 코드를 확인해 주세요.');
      } else if (code.startsWith('02')) {
        issues.notBlank(`${p}.originAreaInfo.importer`, origin.importer);
      } else if (code.startsWith('04')) {
        issues.notBlank(`${p}.originAreaInfo.content`, origin.content);
      }
    }
  }

  issues.notNull(`${p}.minorPurchasable`, a.minorPurchasable);

  const notice = a.productInfoProvidedNotice;
  if (notice || mode === 'create') {
    const n = `${p}.productInfoProvidedNotice`;
    if (issues.notNull(n, notice) && notice) {
      const type = notice.productInfoProvidedNoticeType;
      issues.oneOf(`${n}.productInfoProvidedNoticeType`, type, Object.keys(NOTICE_FIELDS));
      const field = type ? NOTICE_FIELDS[type] : undefined;
      if (field) checkNotice(notice[field], `${n}.${field}`, type === 'ETC', issues);
    }
  }

  if (a.optionInfo) checkOptions(a.optionInfo, body.originProduct?.salePrice, issues);
}

function checkNotice(value: unknown, name: string, isEtc: boolean, issues: Issues): void {
  if (!issues.notNull(name, value)) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.add(name, 'TypeMismatch', `${name}의 형식이 올바르지 않습니다.`);
    return;
  }
  const fields = value as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : undefined);
  for (const key of NOTICE_COMMON_FIELDS) issues.notBlank(`${name}.${key}`, text(key));
  if (!isEtc) return;
  for (const key of NOTICE_ETC_FIELDS) issues.notBlank(`${name}.${key}`, text(key));
  if (!text('afterServiceDirector')?.trim() && !text('customerServicePhoneNumber')?.trim()) {
    issues.add(
      `${name}.afterServiceDirector`,
      'NotBlank',
      'afterServiceDirector 또는 customerServicePhoneNumber 중 하나는 필수입니다.',
    );
  }
}

function checkOptions(o: OptionInfo, salePrice: number | undefined, issues: Issues): void {
  const p = 'originProduct.detailAttribute.optionInfo';
  const groups = o.optionCombinationGroupNames;
  const hasSimple = (o.optionSimple?.length ?? 0) > 0;
  const hasCombination =
    (o.optionCombinations?.length ?? 0) > 0 || Boolean(groups && Object.values(groups).some((v) => v));
  const hasStandard = (o.optionStandards?.length ?? 0) > 0 || (o.standardOptionGroups?.length ?? 0) > 0;
  if ([hasSimple, hasCombination, hasStandard].filter(Boolean).length > 1) {
    issues.add(p, 'Invalid', '단독형, 조합형, 표준형 옵션은 함께 사용할 수 없습니다.');
  }

  const simple = o.optionSimple ?? [];
  if (new Set(simple.map((s) => s.groupName)).size > 3) {
    issues.add(`${p}.optionSimple`, 'Size', '단독형 옵션 그룹은 최대 3개입니다.');
  }
  simple.forEach((s, i) => {
    issues.notBlank(`${p}.optionSimple[${i}].groupName`, s.groupName);
    issues.notBlank(`${p}.optionSimple[${i}].name`, s.name);
  });
  const custom = o.optionCustom ?? [];
  if (custom.length > 5) issues.add(`${p}.optionCustom`, 'Size', '직접 입력형 옵션은 최대 5개입니다.');
  custom.forEach((s, i) => {
    issues.notBlank(`${p}.optionCustom[${i}].groupName`, s.groupName);
    issues.notBlank(`${p}.optionCustom[${i}].name`, s.name);
  });

  if (!hasCombination) return;
  const g = `${p}.optionCombinationGroupNames`;
  const names = [groups?.optionGroupName1, groups?.optionGroupName2, groups?.optionGroupName3];
  if (groups?.optionGroupName4) {
    issues.add(`${g}.optionGroupName4`, 'Invalid', '조합형 옵션 그룹은 최대 3개입니다.');
  }
  if (!issues.notBlank(`${g}.optionGroupName1`, groups?.optionGroupName1)) return;
  const depth = names.findIndex((n) => !n?.trim()) === -1 ? 3 : names.findIndex((n) => !n?.trim());
  if (names.slice(depth).some((n) => n?.trim())) {
    issues.add(g, 'Invalid', '조합형 옵션 그룹명은 1번부터 차례대로 입력해야 합니다.');
  }
  const combos = o.optionCombinations ?? [];
  if (combos.length === 0)
    issues.add(`${p}.optionCombinations`, 'NotEmpty', '조합형 옵션 목록이 비어 있습니다.');
  const seen = new Set<string>();
  combos.forEach((c, i) => {
    const n = `${p}.optionCombinations[${i}]`;
    const values = [c.optionName1, c.optionName2, c.optionName3];
    values.forEach((v, k) => {
      if (k < depth) issues.notBlank(`${n}.optionName${k + 1}`, v);
      else if (v !== undefined)
        issues.add(`${n}.optionName${k + 1}`, 'Invalid', '옵션 그룹명이 없는 옵션값입니다.');
    });
    if (c.optionName4 !== undefined)
      issues.add(`${n}.optionName4`, 'Invalid', '조합형 옵션값은 최대 3개입니다.');
    if (issues.notNull(`${n}.price`, c.price) && c.price !== undefined && salePrice !== undefined) {
      if (salePrice + c.price < 0)
        issues.add(`${n}.price`, 'Range', '옵션가를 더한 판매가가 0원보다 작을 수 없습니다.');
    }
    issues.range(`${n}.stockQuantity`, c.stockQuantity, 0, LIMITS.maxStockQuantity, false);
    const key = values.slice(0, depth).join('\u0000');
    if (seen.has(key)) issues.add(`${n}`, 'Invalid', '중복된 옵션 조합입니다.');
    seen.add(key);
  });
}
