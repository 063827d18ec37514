import {
  DELIVERY_ATTRIBUTE_TYPES,
  DELIVERY_FEE_PAY_TYPES,
  DELIVERY_FEE_TYPES,
  DELIVERY_TYPES,
  DISPLAY_STATUSES,
  ORIGIN_CODES,
  type PresetFields,
  TAX_TYPES,
} from '../sixshop/schemas/sales-preset';
import { courierByCode } from '../smartstore/enums';
import type { InvalidInput } from '../smartstore/errors';
import { LIMITS } from '../smartstore/limits';
import type { ExportSource } from './map-export';
import { NOTICE_COMMON_FIELDS, NOTICE_ETC_FIELDS, NOTICE_TYPE_INFO, noticeTypeOf } from './notice-types';
import type { FieldProblem } from './types';

/**
 * SmartStore's create rules (reference §4.3–§4.6), checked before anything is sent: every problem of the
 * product and of its sales preset, one per field, in Korean, with where to fix it. Nothing is sent while one
 * exists. Each rule is a small function of its own so that it can be tested alone.
 */

const won = (n: number) => `${n.toLocaleString('ko-KR')}원`;
const MAX_NAME = 100;
const MAX_OPTION_NAME = 25;
const MAX_BASE_FEE = 100_000;
const MAX_CLAIM_FEE = 1_000_000;
const PHONE = /^[0-9+][0-9-]{6,19}$/;

class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, label: string, message: string, fixIn: FieldProblem['fixIn']): void {
    if (!this.list.some((p) => p.path === path)) this.list.push({ path, label, message, fixIn });
  }
  shop(path: string, label: string, message: string): void {
    this.add(`product.${path}`, label, message, 'shop');
  }
  preset(path: string, label: string, message: string): void {
    this.add(`preset.${path}`, label, message, 'preset');
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function checkName(p: Pick<ExportSource, 'name'>, out = new Problems()): FieldProblem[] {
  const name = p.name?.trim() ?? '';
  if (!name) out.shop('name', '상품명', '상품명을 입력해 주세요.');
  else if (name.length > MAX_NAME)
    out.shop('name', '상품명', `상품명은 ${MAX_NAME}자까지 쓸 수 있습니다 (지금 ${name.length}자).`);
  return out.list;
}

export function checkDetail(
  p: Pick<ExportSource, 'detailHtml'>,
  mode: 'create' | 'update',
  out = new Problems(),
): FieldProblem[] {
  if (mode === 'create' && blank(p.detailHtml))
    out.shop(
      'detailHtml',
      '상세 설명',
      '상세 설명이 비어 있습니다. 식스샵 상품에 상세 설명을 입력해 주세요.',
    );
  return out.list;
}

/** 판매가: 10원 ~ 999,999,990원, 10원 단위. */
export function checkPrice(p: Pick<ExportSource, 'price'>, out = new Problems()): FieldProblem[] {
  if (!isInt(p.price) || p.price < 10 || p.price > LIMITS.maxSalePrice) {
    out.shop('price', '판매가', `판매가는 ${won(10)} 이상 ${won(LIMITS.maxSalePrice)} 이하로 입력해 주세요.`);
  } else if (p.price % 10 !== 0) {
    out.shop('price', '판매가', `판매가는 10원 단위로 입력해 주세요 (지금 ${won(p.price)}).`);
  }
  return out.list;
}

/** 재고: 0 ~ 99,999,999 (옵션 상품은 옵션 재고의 합). */
export function checkStock(p: Pick<ExportSource, 'stock' | 'options'>, out = new Problems()): FieldProblem[] {
  const max = LIMITS.maxStockQuantity.toLocaleString('ko-KR');
  if (p.options) {
    const total = p.options.combinations.filter((c) => c.usable).reduce((s, c) => s + (c.stock ?? 0), 0);
    if (total > LIMITS.maxStockQuantity)
      out.shop('options', '옵션 재고', `옵션 재고의 합은 ${max}개를 넘을 수 없습니다.`);
  } else if (!isInt(p.stock) || p.stock < 0 || p.stock > LIMITS.maxStockQuantity) {
    out.shop('stock', '재고', `재고는 0개 이상 ${max}개 이하로 입력해 주세요.`);
  }
  return out.list;
}

/** 대표 이미지 1장(필수) + 추가 이미지 9장까지. */
export function checkImages(p: Pick<ExportSource, 'images'>, out = new Problems()): FieldProblem[] {
  const images = p.images ?? [];
  if (images.length === 0 || blank(images[0])) {
    out.shop(
      'images',
      '대표 이미지',
      '대표 이미지가 없습니다. 식스샵 상품에 이미지를 한 장 이상 등록해 주세요.',
    );
  } else if (images.length - 1 > LIMITS.optionalImages) {
    out.shop(
      'images',
      '추가 이미지',
      `스마트스토어는 대표 이미지 외에 추가 이미지를 ${LIMITS.optionalImages}장까지 받습니다. 식스샵 상품의 이미지를 ${LIMITS.optionalImages + 1}장 이하로 줄여 주세요 (지금 ${images.length}장).`,
    );
  }
  return out.list;
}

/**
 * 옵션가 범위 (스마트스토어 판매자센터 규칙): 판매가 2,000원 미만은 0% ~ +100%, 2,000원 ~ 10,000원 미만은
 * -50% ~ +100%, 10,000원 이상은 -50% ~ +50%. The API reference gives no numbers (UNCONFIRMED there).
 */
export function addPriceBounds(price: number): { min: number; max: number } {
  if (price < 2_000) return { min: 0, max: price };
  if (price < 10_000) return { min: -Math.floor(price / 2), max: price };
  return { min: -Math.floor(price / 2), max: Math.floor(price / 2) };
}

/** 조합형 옵션: 옵션명 1~3개, 옵션값, 옵션가 범위, 옵션 재고. */
export function checkOptions(
  p: Pick<ExportSource, 'price' | 'options'>,
  out = new Problems(),
): FieldProblem[] {
  const o = p.options;
  if (!o) return out.list;
  const groups = o.groupNames ?? [];
  if (groups.length === 0 || groups.length > 3) {
    out.shop('options.groupNames', '옵션명', '조합형 옵션의 옵션명은 1개에서 3개까지 쓸 수 있습니다.');
  }
  groups.forEach((g, i) => {
    if (blank(g)) out.shop(`options.groupNames.${i}`, '옵션명', `${i + 1}번째 옵션명을 입력해 주세요.`);
    else if (g.trim().length > MAX_OPTION_NAME)
      out.shop(`options.groupNames.${i}`, '옵션명', `옵션명은 ${MAX_OPTION_NAME}자까지 쓸 수 있습니다.`);
  });
  if (new Set(groups.map((g) => g.trim())).size !== groups.length)
    out.shop('options.groupNames', '옵션명', '같은 옵션명이 두 번 있습니다. 옵션명을 서로 다르게 해 주세요.');
  if (o.combinations.length === 0)
    out.shop('options.combinations', '옵션', '옵션 조합을 하나 이상 입력해 주세요.');
  const bounds = isInt(p.price) ? addPriceBounds(p.price) : undefined;
  const seen = new Set<string>();
  o.combinations.forEach((c, i) => {
    const at = `options.combinations.${i}`;
    const label = `옵션 ${c.names?.join(' / ') || i + 1}`;
    if ((c.names?.length ?? 0) !== groups.length) {
      out.shop(`${at}.names`, `${label} 옵션값`, `옵션값은 옵션명 수(${groups.length}개)만큼 입력해 주세요.`);
    } else {
      c.names.forEach((n, k) => {
        if (blank(n)) out.shop(`${at}.names.${k}`, `${label} 옵션값`, '옵션값을 입력해 주세요.');
        else if (n.trim().length > MAX_OPTION_NAME)
          out.shop(
            `${at}.names.${k}`,
            `${label} 옵션값`,
            `옵션값은 ${MAX_OPTION_NAME}자까지 쓸 수 있습니다.`,
          );
      });
    }
    const key = (c.names ?? []).map((n) => n.trim()).join('\u0000');
    if (seen.has(key)) out.shop(`${at}.names`, `${label} 옵션값`, '같은 옵션 조합이 두 번 있습니다.');
    seen.add(key);
    if (!isInt(c.addPrice)) {
      out.shop(`${at}.addPrice`, `${label} 옵션가`, '옵션가는 원 단위 정수로 입력해 주세요.');
    } else if (bounds && (c.addPrice < bounds.min || c.addPrice > bounds.max)) {
      out.shop(
        `${at}.addPrice`,
        `${label} 옵션가`,
        `판매가 ${won(p.price)}의 옵션가는 ${won(bounds.min)} ~ ${won(bounds.max)} 사이여야 합니다 (지금 ${won(c.addPrice)}).`,
      );
    }
    if (!isInt(c.stock) || c.stock < 0 || c.stock > LIMITS.maxStockQuantity)
      out.shop(`${at}.stock`, `${label} 재고`, '옵션 재고는 0개 이상 99,999,999개 이하로 입력해 주세요.');
  });
  return out.list;
}

/** 카테고리: 스마트스토어 리프 카테고리 번호. */
export function checkCategory(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (!/^\d{1,20}$/.test(str(preset.leafCategoryId)))
    out.preset(
      'leafCategoryId',
      '카테고리',
      '스마트스토어 카테고리 번호를 입력해 주세요 (숫자, 예: 50000805).',
    );
  return out.list;
}

/** 배송: 방법, 속성, 택배사, 배송비 유형과 금액, 결제 방식. */
export function checkDelivery(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const d = preset.delivery;
  if (!d) {
    out.preset('delivery', '배송', '배송 정보를 입력해 주세요.');
    return out.list;
  }
  if (!DELIVERY_TYPES.includes(d.deliveryType))
    out.preset('delivery.deliveryType', '배송 방법', '배송 방법을 선택해 주세요.');
  if (!DELIVERY_ATTRIBUTE_TYPES.includes(d.deliveryAttributeType))
    out.preset('delivery.deliveryAttributeType', '배송 속성', '배송 속성을 선택해 주세요.');
  if (d.deliveryType === 'DELIVERY') {
    if (blank(d.deliveryCompany))
      out.preset('delivery.deliveryCompany', '택배사', '택배 배송은 택배사를 선택해야 합니다.');
    else if (!courierByCode(d.deliveryCompany!))
      out.preset(
        'delivery.deliveryCompany',
        '택배사',
        '알 수 없는 택배사입니다. 목록에서 다시 선택해 주세요.',
      );
  }
  if (!DELIVERY_FEE_TYPES.includes(d.deliveryFeeType)) {
    out.preset(
      'delivery.deliveryFeeType',
      '배송비 유형',
      '배송비 유형(무료, 조건부 무료, 유료)을 선택해 주세요.',
    );
  } else if (d.deliveryFeeType !== 'FREE') {
    if (!isInt(d.baseFee) || d.baseFee <= 0 || d.baseFee > MAX_BASE_FEE)
      out.preset(
        'delivery.baseFee',
        '기본 배송비',
        `기본 배송비는 1원 이상 ${won(MAX_BASE_FEE)} 이하로 입력해 주세요.`,
      );
    if (
      d.deliveryFeeType === 'CONDITIONAL_FREE' &&
      (!isInt(d.freeConditionalAmount) || d.freeConditionalAmount <= 0)
    )
      out.preset(
        'delivery.freeConditionalAmount',
        '무료 배송 조건 금액',
        '조건부 무료 배송은 무료가 되는 주문 금액을 입력해야 합니다.',
      );
  }
  if (!DELIVERY_FEE_PAY_TYPES.includes(d.deliveryFeePayType))
    out.preset(
      'delivery.deliveryFeePayType',
      '배송비 결제 방식',
      '배송비 결제 방식(착불, 선결제)을 선택해 주세요.',
    );
  for (const [key, label] of [
    ['jejuExtraFee', '제주 추가 배송비'],
    ['islandExtraFee', '도서산간 추가 배송비'],
  ] as const) {
    const v = d[key];
    if (v !== undefined && (!isInt(v) || v < 0 || v > MAX_BASE_FEE))
      out.preset(`delivery.${key}`, label, `${label}는 0원 이상 ${won(MAX_BASE_FEE)} 이하로 입력해 주세요.`);
  }
  return out.list;
}

/** 반품/교환: 배송비와 출고지·반품지 주소록 번호. */
export function checkClaim(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const c = preset.claim;
  if (!c) {
    out.preset('claim', '반품/교환', '반품/교환 정보를 입력해 주세요.');
    return out.list;
  }
  const fee = (key: 'returnDeliveryFee' | 'exchangeDeliveryFee', label: string) => {
    const v = c[key];
    if (!isInt(v) || v < 0 || v > MAX_CLAIM_FEE)
      out.preset(`claim.${key}`, label, `${label}를 0원 이상 ${won(MAX_CLAIM_FEE)} 이하로 입력해 주세요.`);
  };
  fee('returnDeliveryFee', '반품 배송비(편도)');
  fee('exchangeDeliveryFee', '교환 배송비(왕복)');
  const address = (key: 'shippingAddressId' | 'returnAddressId', label: string) => {
    const v = c[key];
    if (!isInt(v) || v <= 0)
      out.preset(
        `claim.${key}`,
        label,
        `${label} 주소록 번호를 입력해 주세요. 스마트스토어센터 > 판매자 정보 > 주소록에서 확인할 수 있습니다.`,
      );
  };
  address('shippingAddressId', '출고지');
  address('returnAddressId', '반품/교환지');
  return out.list;
}

/** A/S 전화번호와 안내 (둘 다 필수). */
export function checkAfterService(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const a = preset.afterService;
  if (!a || !PHONE.test(str(a.phone)))
    out.preset(
      'afterService.phone',
      'A/S 전화번호',
      'A/S 전화번호를 숫자와 - 로 입력해 주세요. 예: 02-1234-5678',
    );
  if (!a || blank(a.guide)) out.preset('afterService.guide', 'A/S 안내', 'A/S 안내를 입력해 주세요.');
  else if (a.guide.trim().length > 1000)
    out.preset('afterService.guide', 'A/S 안내', 'A/S 안내는 1,000자까지 쓸 수 있습니다.');
  return out.list;
}

/** 원산지: 수입산은 수입사, 기타-직접입력은 원산지 내용이 필요합니다. */
export function checkOrigin(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const o = preset.origin;
  if (!o || !ORIGIN_CODES.includes(o.code)) {
    out.preset('origin.code', '원산지', '원산지를 선택해 주세요.');
    return out.list;
  }
  if (o.code === '02' && blank(o.importer))
    out.preset('origin.importer', '수입사', '수입산은 수입사 이름을 입력해야 합니다.');
  if (o.code === '04' && blank(o.content))
    out.preset('origin.content', '원산지 직접 입력', '기타-직접입력은 원산지를 직접 입력해야 합니다.');
  return out.list;
}

/** 미성년자 구매 가능 여부 (필수). */
export function checkMinorPurchase(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (typeof preset.minorPurchasable !== 'boolean')
    out.preset('minorPurchasable', '미성년자 구매', '미성년자 구매 가능 여부를 선택해 주세요.');
  return out.list;
}

export function checkTax(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (!TAX_TYPES.includes(preset.taxType))
    out.preset('taxType', '부가세', '부가세(과세, 면세, 영세)를 선택해 주세요.');
  return out.list;
}

/** 상품정보제공고시: 유형과 그 항목들. */
export function checkNotice(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const n = preset.notice;
  const type = n ? noticeTypeOf(n.type) : undefined;
  if (!n || !type) {
    out.preset('notice.type', '상품정보제공고시 유형', '상품정보제공고시 유형을 선택해 주세요.');
    return out.list;
  }
  const fields = n.fields ?? {};
  const typeLabel = NOTICE_TYPE_INFO[type].label;
  const need = type === 'ETC' ? [...NOTICE_COMMON_FIELDS, ...NOTICE_ETC_FIELDS] : [...NOTICE_COMMON_FIELDS];
  for (const f of need) {
    if (blank(fields[f.key]))
      out.preset(
        `notice.fields.${f.key}`,
        f.label,
        `상품정보제공고시(${typeLabel})의 '${f.label}' 항목을 입력해 주세요.`,
      );
  }
  if (type === 'ETC' && blank(fields.afterServiceDirector) && blank(fields.customerServicePhoneNumber)) {
    out.preset(
      'notice.fields.afterServiceDirector',
      'A/S 책임자와 전화번호',
      '상품정보제공고시(기타 재화)에는 A/S 책임자와 전화번호 또는 소비자상담 전화번호 중 하나가 필요합니다.',
    );
  }
  return out.list;
}

/** 노출: 네이버쇼핑 등록 여부와 전시 상태. */
export function checkDisplay(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (typeof preset.naverShoppingRegistration !== 'boolean')
    out.preset('naverShoppingRegistration', '네이버쇼핑 등록', '네이버쇼핑 등록 여부를 선택해 주세요.');
  if (!DISPLAY_STATUSES.includes(preset.displayStatus))
    out.preset('displayStatus', '전시 상태', '전시 상태(전시 중, 전시 중지)를 선택해 주세요.');
  return out.list;
}

export interface ExportCheck {
  product: ExportSource;
  /** required for a create, and for a re-export that re-applies the preset */
  preset?: PresetFields | undefined;
  mode: 'create' | 'update';
}

/** Every problem of one export, product first, then the preset. Empty means it may be sent. */
export function validateExport({ product, preset, mode }: ExportCheck): FieldProblem[] {
  const out = new Problems();
  checkName(product, out);
  checkDetail(product, mode, out);
  checkPrice(product, out);
  checkStock(product, out);
  checkImages(product, out);
  checkOptions(product, out);
  if (!preset) {
    if (mode === 'create')
      out.add(
        'preset',
        '판매 설정 프리셋',
        '판매 설정 프리셋이 없습니다. 설정 > 판매 설정 프리셋에서 프리셋을 만들고 기본으로 지정해 주세요.',
        'preset',
      );
    return out.list;
  }
  checkPresetFields(preset, out);
  return out.list;
}

/** The preset's rules alone (the preset form shows these too). */
export function checkPresetFields(preset: PresetFields, out = new Problems()): FieldProblem[] {
  checkCategory(preset, out);
  checkDelivery(preset, out);
  checkClaim(preset, out);
  checkAfterService(preset, out);
  checkOrigin(preset, out);
  checkMinorPurchase(preset, out);
  checkTax(preset, out);
  checkNotice(preset, out);
  checkDisplay(preset, out);
  return out.list;
}

/** Naver's own field names → what the seller knows and where they fix it. Longest prefix first. */
const NAVER_FIELDS: ReadonlyArray<[string, string, FieldProblem['fixIn']]> = [
  ['originProduct.detailAttribute.productInfoProvidedNotice', '상품정보제공고시', 'preset'],
  ['originProduct.detailAttribute.afterServiceInfo.afterServiceTelephoneNumber', 'A/S 전화번호', 'preset'],
  ['originProduct.detailAttribute.afterServiceInfo', 'A/S 안내', 'preset'],
  ['originProduct.detailAttribute.originAreaInfo', '원산지', 'preset'],
  ['originProduct.detailAttribute.minorPurchasable', '미성년자 구매', 'preset'],
  ['originProduct.detailAttribute.taxType', '부가세', 'preset'],
  ['originProduct.detailAttribute.optionInfo', '옵션', 'shop'],
  ['originProduct.detailAttribute.sellerCodeInfo', '판매자 상품 코드', 'shop'],
  ['originProduct.deliveryInfo.claimDeliveryInfo', '반품/교환', 'preset'],
  ['originProduct.deliveryInfo.deliveryCompany', '택배사', 'preset'],
  ['originProduct.deliveryInfo.deliveryFee', '배송비', 'preset'],
  ['originProduct.deliveryInfo', '배송', 'preset'],
  ['originProduct.leafCategoryId', '카테고리', 'preset'],
  ['originProduct.images', '이미지', 'shop'],
  ['originProduct.name', '상품명', 'shop'],
  ['originProduct.detailContent', '상세 설명', 'shop'],
  ['originProduct.salePrice', '판매가', 'shop'],
  ['originProduct.stockQuantity', '재고', 'shop'],
  ['originProduct.statusType', '판매 상태', 'smartstore'],
  ['smartstoreChannelProduct', '노출', 'preset'],
];

/** One of SmartStore's `invalidInputs` as a field problem (for one that slipped past our own checks). */
export function naverProblem(input: InvalidInput): FieldProblem {
  const hit = NAVER_FIELDS.find(
    ([prefix]) =>
      input.name === prefix || input.name.startsWith(`${prefix}.`) || input.name.startsWith(`${prefix}[`),
  );
  return {
    path: input.name,
    label: hit?.[1] ?? input.name,
    message: input.message,
    fixIn: hit?.[2] ?? 'smartstore',
  };
}
