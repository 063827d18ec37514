import { intlLocale, perLocale, t } from '../i18n';
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
 * product and of its sales preset, one per field, in the seller's language, with where to fix it. Nothing is
 * sent while one exists. Each rule is a small function of its own so that it can be tested alone.
 */

const num = (n: number) => n.toLocaleString(intlLocale());
const won = (n: number) => t(`${num(n)}원`, `KRW ${num(n)}`);
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
  if (!name)
    out.shop('name', t('상품명', 'Product name'), t('상품명을 입력해 주세요.', 'Enter a product name.'));
  else if (name.length > MAX_NAME)
    out.shop(
      'name',
      t('상품명', 'Product name'),
      t(
        `상품명은 ${MAX_NAME}자까지 쓸 수 있습니다 (지금 ${name.length}자).`,
        `Product names can be up to ${MAX_NAME} characters (now ${name.length}).`,
      ),
    );
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
      t('상세 설명', 'Description'),
      t(
        '상세 설명이 비어 있습니다. 식스샵 상품에 상세 설명을 입력해 주세요.',
        'The description is empty. Enter a description for the Sixshop product.',
      ),
    );
  return out.list;
}

/** 판매가: 10원 ~ 999,999,990원, 10원 단위. */
export function checkPrice(p: Pick<ExportSource, 'price'>, out = new Problems()): FieldProblem[] {
  if (!isInt(p.price) || p.price < 10 || p.price > LIMITS.maxSalePrice) {
    out.shop(
      'price',
      t('판매가', 'Sale price'),
      t(
        `판매가는 ${won(10)} 이상 ${won(LIMITS.maxSalePrice)} 이하로 입력해 주세요.`,
        `Enter a sale price from ${won(10)} to ${won(LIMITS.maxSalePrice)}.`,
      ),
    );
  } else if (p.price % 10 !== 0) {
    out.shop(
      'price',
      t('판매가', 'Sale price'),
      t(
        `판매가는 10원 단위로 입력해 주세요 (지금 ${won(p.price)}).`,
        `Enter a sale price in steps of ${won(10)} (now ${won(p.price)}).`,
      ),
    );
  }
  return out.list;
}

/** 재고: 0 ~ 99,999,999 (옵션 상품은 옵션 재고의 합). */
export function checkStock(p: Pick<ExportSource, 'stock' | 'options'>, out = new Problems()): FieldProblem[] {
  const max = num(LIMITS.maxStockQuantity);
  if (p.options) {
    const total = p.options.combinations.filter((c) => c.usable).reduce((s, c) => s + (c.stock ?? 0), 0);
    if (total > LIMITS.maxStockQuantity)
      out.shop(
        'options',
        t('옵션 재고', 'Option stock'),
        t(`옵션 재고의 합은 ${max}개를 넘을 수 없습니다.`, `Total option stock cannot exceed ${max}.`),
      );
  } else if (!isInt(p.stock) || p.stock < 0 || p.stock > LIMITS.maxStockQuantity) {
    out.shop(
      'stock',
      t('재고', 'Stock'),
      t(`재고는 0개 이상 ${max}개 이하로 입력해 주세요.`, `Enter a stock from 0 to ${max}.`),
    );
  }
  return out.list;
}

/** 대표 이미지 1장(필수) + 추가 이미지 9장까지. */
export function checkImages(p: Pick<ExportSource, 'images'>, out = new Problems()): FieldProblem[] {
  const images = p.images ?? [];
  if (images.length === 0 || blank(images[0])) {
    out.shop(
      'images',
      t('대표 이미지', 'Main image'),
      t(
        '대표 이미지가 없습니다. 식스샵 상품에 이미지를 한 장 이상 등록해 주세요.',
        'No main image. Add at least one image to the Sixshop product.',
      ),
    );
  } else if (images.length - 1 > LIMITS.optionalImages) {
    out.shop(
      'images',
      t('추가 이미지', 'Additional images'),
      t(
        `스마트스토어는 대표 이미지 외에 추가 이미지를 ${LIMITS.optionalImages}장까지 받습니다. 식스샵 상품의 이미지를 ${LIMITS.optionalImages + 1}장 이하로 줄여 주세요 (지금 ${images.length}장).`,
        `SmartStore accepts up to ${LIMITS.optionalImages} additional images besides the main image. Reduce the Sixshop product to ${LIMITS.optionalImages + 1} images or fewer (now ${images.length}).`,
      ),
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
    out.shop(
      'options.groupNames',
      t('옵션명', 'Option name'),
      t(
        '조합형 옵션의 옵션명은 1개에서 3개까지 쓸 수 있습니다.',
        'Combination options can have 1 to 3 option names.',
      ),
    );
  }
  groups.forEach((g, i) => {
    if (blank(g))
      out.shop(
        `options.groupNames.${i}`,
        t('옵션명', 'Option name'),
        t(`${i + 1}번째 옵션명을 입력해 주세요.`, `Enter option name ${i + 1}.`),
      );
    else if (g.trim().length > MAX_OPTION_NAME)
      out.shop(
        `options.groupNames.${i}`,
        t('옵션명', 'Option name'),
        t(
          `옵션명은 ${MAX_OPTION_NAME}자까지 쓸 수 있습니다.`,
          `Option names can be up to ${MAX_OPTION_NAME} characters.`,
        ),
      );
  });
  if (new Set(groups.map((g) => g.trim())).size !== groups.length)
    out.shop(
      'options.groupNames',
      t('옵션명', 'Option name'),
      t(
        '같은 옵션명이 두 번 있습니다. 옵션명을 서로 다르게 해 주세요.',
        'The same option name appears twice. Make the option names different.',
      ),
    );
  if (o.combinations.length === 0)
    out.shop(
      'options.combinations',
      t('옵션', 'Option'),
      t('옵션 조합을 하나 이상 입력해 주세요.', 'Enter at least one option combination.'),
    );
  const bounds = isInt(p.price) ? addPriceBounds(p.price) : undefined;
  const seen = new Set<string>();
  o.combinations.forEach((c, i) => {
    const at = `options.combinations.${i}`;
    const which = c.names?.join(' / ') || i + 1;
    const label = t(`옵션 ${which}`, `Option ${which}`);
    const valueLabel = t(`${label} 옵션값`, `${label} value`);
    if ((c.names?.length ?? 0) !== groups.length) {
      out.shop(
        `${at}.names`,
        valueLabel,
        t(
          `옵션값은 옵션명 수(${groups.length}개)만큼 입력해 주세요.`,
          `Enter one option value per option name (${groups.length}).`,
        ),
      );
    } else {
      c.names.forEach((n, k) => {
        if (blank(n))
          out.shop(`${at}.names.${k}`, valueLabel, t('옵션값을 입력해 주세요.', 'Enter an option value.'));
        else if (n.trim().length > MAX_OPTION_NAME)
          out.shop(
            `${at}.names.${k}`,
            valueLabel,
            t(
              `옵션값은 ${MAX_OPTION_NAME}자까지 쓸 수 있습니다.`,
              `Option values can be up to ${MAX_OPTION_NAME} characters.`,
            ),
          );
      });
    }
    const key = (c.names ?? []).map((n) => n.trim()).join('\u0000');
    if (seen.has(key))
      out.shop(
        `${at}.names`,
        valueLabel,
        t('같은 옵션 조합이 두 번 있습니다.', 'The same option combination appears twice.'),
      );
    seen.add(key);
    if (!isInt(c.addPrice)) {
      out.shop(
        `${at}.addPrice`,
        t(`${label} 옵션가`, `${label} price`),
        t('옵션가는 원 단위 정수로 입력해 주세요.', 'Enter the option price as a whole number of won.'),
      );
    } else if (bounds && (c.addPrice < bounds.min || c.addPrice > bounds.max)) {
      out.shop(
        `${at}.addPrice`,
        t(`${label} 옵션가`, `${label} price`),
        t(
          `판매가 ${won(p.price)}의 옵션가는 ${won(bounds.min)} ~ ${won(bounds.max)} 사이여야 합니다 (지금 ${won(c.addPrice)}).`,
          `At a sale price of ${won(p.price)}, option prices must be between ${won(bounds.min)} and ${won(bounds.max)} (now ${won(c.addPrice)}).`,
        ),
      );
    }
    if (!isInt(c.stock) || c.stock < 0 || c.stock > LIMITS.maxStockQuantity)
      out.shop(
        `${at}.stock`,
        t(`${label} 재고`, `${label} stock`),
        t(
          '옵션 재고는 0개 이상 99,999,999개 이하로 입력해 주세요.',
          'Enter an option stock from 0 to 99,999,999.',
        ),
      );
  });
  return out.list;
}

/** 카테고리: 스마트스토어 리프 카테고리 번호. */
export function checkCategory(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (!/^\d{1,20}$/.test(str(preset.leafCategoryId)))
    out.preset(
      'leafCategoryId',
      t('카테고리', 'Category'),
      t(
        '스마트스토어 카테고리 번호를 입력해 주세요 (숫자, 예: 50000805).',
        'Enter a SmartStore category number (digits, e.g. 50000805).',
      ),
    );
  return out.list;
}

/** 배송: 방법, 속성, 택배사, 배송비 유형과 금액, 결제 방식. */
export function checkDelivery(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const d = preset.delivery;
  if (!d) {
    out.preset(
      'delivery',
      t('배송', 'Delivery'),
      t('배송 정보를 입력해 주세요.', 'Enter the delivery info.'),
    );
    return out.list;
  }
  if (!DELIVERY_TYPES.includes(d.deliveryType))
    out.preset(
      'delivery.deliveryType',
      t('배송 방법', 'Delivery method'),
      t('배송 방법을 선택해 주세요.', 'Choose a delivery method.'),
    );
  if (!DELIVERY_ATTRIBUTE_TYPES.includes(d.deliveryAttributeType))
    out.preset(
      'delivery.deliveryAttributeType',
      t('배송 속성', 'Delivery attribute'),
      t('배송 속성을 선택해 주세요.', 'Choose a delivery attribute.'),
    );
  if (d.deliveryType === 'DELIVERY') {
    if (blank(d.deliveryCompany))
      out.preset(
        'delivery.deliveryCompany',
        t('택배사', 'Carrier'),
        t('택배 배송은 택배사를 선택해야 합니다.', 'Parcel delivery needs a carrier.'),
      );
    else if (!courierByCode(d.deliveryCompany!))
      out.preset(
        'delivery.deliveryCompany',
        t('택배사', 'Carrier'),
        t(
          '알 수 없는 택배사입니다. 목록에서 다시 선택해 주세요.',
          'Unknown carrier. Choose it again from the list.',
        ),
      );
  }
  if (!DELIVERY_FEE_TYPES.includes(d.deliveryFeeType)) {
    out.preset(
      'delivery.deliveryFeeType',
      t('배송비 유형', 'Shipping fee type'),
      t(
        '배송비 유형(무료, 조건부 무료, 유료)을 선택해 주세요.',
        'Choose a shipping fee type (free, conditionally free, paid).',
      ),
    );
  } else if (d.deliveryFeeType !== 'FREE') {
    if (!isInt(d.baseFee) || d.baseFee <= 0 || d.baseFee > MAX_BASE_FEE)
      out.preset(
        'delivery.baseFee',
        t('기본 배송비', 'Base shipping fee'),
        t(
          `기본 배송비는 1원 이상 ${won(MAX_BASE_FEE)} 이하로 입력해 주세요.`,
          `Enter a base shipping fee from ${won(1)} to ${won(MAX_BASE_FEE)}.`,
        ),
      );
    if (
      d.deliveryFeeType === 'CONDITIONAL_FREE' &&
      (!isInt(d.freeConditionalAmount) || d.freeConditionalAmount <= 0)
    )
      out.preset(
        'delivery.freeConditionalAmount',
        t('무료 배송 조건 금액', 'Free shipping threshold'),
        t(
          '조건부 무료 배송은 무료가 되는 주문 금액을 입력해야 합니다.',
          'Conditionally free shipping needs the order amount from which it is free.',
        ),
      );
  }
  if (!DELIVERY_FEE_PAY_TYPES.includes(d.deliveryFeePayType))
    out.preset(
      'delivery.deliveryFeePayType',
      t('배송비 결제 방식', 'Shipping fee payment'),
      t(
        '배송비 결제 방식(착불, 선결제)을 선택해 주세요.',
        'Choose how the shipping fee is paid (on delivery, prepaid).',
      ),
    );
  for (const [key, label] of [
    ['jejuExtraFee', t('제주 추가 배송비', 'Jeju extra shipping fee')],
    ['islandExtraFee', t('도서산간 추가 배송비', 'Remote-area extra shipping fee')],
  ] as const) {
    const v = d[key];
    if (v !== undefined && (!isInt(v) || v < 0 || v > MAX_BASE_FEE))
      out.preset(
        `delivery.${key}`,
        label,
        t(
          `${label}는 0원 이상 ${won(MAX_BASE_FEE)} 이하로 입력해 주세요.`,
          `${label} must be from ${won(0)} to ${won(MAX_BASE_FEE)}.`,
        ),
      );
  }
  return out.list;
}

/** 반품/교환: 배송비와 출고지·반품지 주소록 번호. */
export function checkClaim(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const c = preset.claim;
  if (!c) {
    out.preset(
      'claim',
      t('반품/교환', 'Returns/Exchanges'),
      t('반품/교환 정보를 입력해 주세요.', 'Enter the return and exchange info.'),
    );
    return out.list;
  }
  const fee = (key: 'returnDeliveryFee' | 'exchangeDeliveryFee', label: string) => {
    const v = c[key];
    if (!isInt(v) || v < 0 || v > MAX_CLAIM_FEE)
      out.preset(
        `claim.${key}`,
        label,
        t(
          `${label}를 0원 이상 ${won(MAX_CLAIM_FEE)} 이하로 입력해 주세요.`,
          `${label} must be from ${won(0)} to ${won(MAX_CLAIM_FEE)}.`,
        ),
      );
  };
  fee('returnDeliveryFee', t('반품 배송비(편도)', 'Return shipping fee (one way)'));
  fee('exchangeDeliveryFee', t('교환 배송비(왕복)', 'Exchange shipping fee (round trip)'));
  const address = (key: 'shippingAddressId' | 'returnAddressId', label: string) => {
    const v = c[key];
    if (!isInt(v) || v <= 0)
      out.preset(
        `claim.${key}`,
        label,
        t(
          `${label} 주소록 번호를 입력해 주세요. 스마트스토어센터 > 판매자 정보 > 주소록에서 확인할 수 있습니다.`,
          `${label}: enter its address book number, found in SmartStore Center > Seller info > Address book.`,
        ),
      );
  };
  address('shippingAddressId', t('출고지', 'Shipping address'));
  address('returnAddressId', t('반품/교환지', 'Return/exchange address'));
  return out.list;
}

/** A/S 전화번호와 안내 (둘 다 필수). */
export function checkAfterService(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const a = preset.afterService;
  if (!a || !PHONE.test(str(a.phone)))
    out.preset(
      'afterService.phone',
      t('A/S 전화번호', 'A/S phone number'),
      t(
        'A/S 전화번호를 숫자와 - 로 입력해 주세요. 예: 02-1234-5678',
        'Enter the A/S phone number with digits and -, e.g. 02-1234-5678',
      ),
    );
  if (!a || blank(a.guide))
    out.preset(
      'afterService.guide',
      t('A/S 안내', 'A/S guide'),
      t('A/S 안내를 입력해 주세요.', 'Enter the A/S guide.'),
    );
  else if (a.guide.trim().length > 1000)
    out.preset(
      'afterService.guide',
      t('A/S 안내', 'A/S guide'),
      t('A/S 안내는 1,000자까지 쓸 수 있습니다.', 'The A/S guide can be up to 1,000 characters.'),
    );
  return out.list;
}

/** 원산지: 수입산은 수입사, 기타-직접입력은 원산지 내용이 필요합니다. */
export function checkOrigin(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const o = preset.origin;
  if (!o || !ORIGIN_CODES.includes(o.code)) {
    out.preset('origin.code', t('원산지', 'Origin'), t('원산지를 선택해 주세요.', 'Choose the origin.'));
    return out.list;
  }
  if (o.code === '02' && blank(o.importer))
    out.preset(
      'origin.importer',
      t('수입사', 'Importer'),
      t('수입산은 수입사 이름을 입력해야 합니다.', "Imported goods need the importer's name."),
    );
  if (o.code === '04' && blank(o.content))
    out.preset(
      'origin.content',
      t('원산지 직접 입력', 'Origin (entered directly)'),
      t(
        '기타-직접입력은 원산지를 직접 입력해야 합니다.',
        '"Other – enter directly" needs the origin entered.',
      ),
    );
  return out.list;
}

/** 미성년자 구매 가능 여부 (필수). */
export function checkMinorPurchase(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (typeof preset.minorPurchasable !== 'boolean')
    out.preset(
      'minorPurchasable',
      t('미성년자 구매', 'Minor purchase'),
      t('미성년자 구매 가능 여부를 선택해 주세요.', 'Choose whether minors may buy it.'),
    );
  return out.list;
}

export function checkTax(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (!TAX_TYPES.includes(preset.taxType))
    out.preset(
      'taxType',
      t('부가세', 'VAT'),
      t('부가세(과세, 면세, 영세)를 선택해 주세요.', 'Choose the VAT type (taxable, tax-free, zero-rated).'),
    );
  return out.list;
}

/** 상품정보제공고시: 유형과 그 항목들. */
export function checkNotice(preset: PresetFields, out = new Problems()): FieldProblem[] {
  const n = preset.notice;
  const type = n ? noticeTypeOf(n.type) : undefined;
  if (!n || !type) {
    out.preset(
      'notice.type',
      t('상품정보제공고시 유형', 'Product information notice type'),
      t('상품정보제공고시 유형을 선택해 주세요.', 'Choose a product information notice type.'),
    );
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
        t(
          `상품정보제공고시(${typeLabel})의 '${f.label}' 항목을 입력해 주세요.`,
          `Fill in '${f.label}' in the product information notice (${typeLabel}).`,
        ),
      );
  }
  if (type === 'ETC' && blank(fields.afterServiceDirector) && blank(fields.customerServicePhoneNumber)) {
    out.preset(
      'notice.fields.afterServiceDirector',
      t('A/S 책임자와 전화번호', 'A/S contact and phone number'),
      t(
        '상품정보제공고시(기타 재화)에는 A/S 책임자와 전화번호 또는 소비자상담 전화번호 중 하나가 필요합니다.',
        'The product information notice (Other goods) needs the A/S contact and phone number or a customer service phone number.',
      ),
    );
  }
  return out.list;
}

/** 노출: 네이버쇼핑 등록 여부와 전시 상태. */
export function checkDisplay(preset: PresetFields, out = new Problems()): FieldProblem[] {
  if (typeof preset.naverShoppingRegistration !== 'boolean')
    out.preset(
      'naverShoppingRegistration',
      t('네이버쇼핑 등록', 'Naver Shopping listing'),
      t('네이버쇼핑 등록 여부를 선택해 주세요.', 'Choose whether to list it on Naver Shopping.'),
    );
  if (!DISPLAY_STATUSES.includes(preset.displayStatus))
    out.preset(
      'displayStatus',
      t('전시 상태', 'Display status'),
      t('전시 상태(전시 중, 전시 중지)를 선택해 주세요.', 'Choose a display status (displayed, suspended).'),
    );
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
        t('판매 설정 프리셋', 'Sales settings preset'),
        t(
          '판매 설정 프리셋이 없습니다. 설정 > 판매 설정 프리셋에서 프리셋을 만들고 기본으로 지정해 주세요.',
          'No sales settings preset. Create one in Settings > Sales settings presets and make it the default.',
        ),
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
const NAVER_FIELDS = perLocale(
  (): ReadonlyArray<[string, string, FieldProblem['fixIn']]> => [
    [
      'originProduct.detailAttribute.productInfoProvidedNotice',
      t('상품정보제공고시', 'Product information notice'),
      'preset',
    ],
    [
      'originProduct.detailAttribute.afterServiceInfo.afterServiceTelephoneNumber',
      t('A/S 전화번호', 'A/S phone number'),
      'preset',
    ],
    ['originProduct.detailAttribute.afterServiceInfo', t('A/S 안내', 'A/S guide'), 'preset'],
    ['originProduct.detailAttribute.originAreaInfo', t('원산지', 'Origin'), 'preset'],
    ['originProduct.detailAttribute.minorPurchasable', t('미성년자 구매', 'Minor purchase'), 'preset'],
    ['originProduct.detailAttribute.taxType', t('부가세', 'VAT'), 'preset'],
    ['originProduct.detailAttribute.optionInfo', t('옵션', 'Option'), 'shop'],
    ['originProduct.detailAttribute.sellerCodeInfo', t('판매자 상품 코드', 'Seller product code'), 'shop'],
    ['originProduct.deliveryInfo.claimDeliveryInfo', t('반품/교환', 'Returns/Exchanges'), 'preset'],
    ['originProduct.deliveryInfo.deliveryCompany', t('택배사', 'Carrier'), 'preset'],
    ['originProduct.deliveryInfo.deliveryFee', t('배송비', 'Shipping fee'), 'preset'],
    ['originProduct.deliveryInfo', t('배송', 'Delivery'), 'preset'],
    ['originProduct.leafCategoryId', t('카테고리', 'Category'), 'preset'],
    ['originProduct.images', t('이미지', 'Images'), 'shop'],
    ['originProduct.name', t('상품명', 'Product name'), 'shop'],
    ['originProduct.detailContent', t('상세 설명', 'Description'), 'shop'],
    ['originProduct.salePrice', t('판매가', 'Sale price'), 'shop'],
    ['originProduct.stockQuantity', t('재고', 'Stock'), 'shop'],
    ['originProduct.statusType', t('판매 상태', 'Sale status'), 'smartstore'],
    ['smartstoreChannelProduct', t('노출', 'Visibility'), 'preset'],
  ],
);

/** One of SmartStore's `invalidInputs` as a field problem (for one that slipped past our own checks). */
export function naverProblem(input: InvalidInput): FieldProblem {
  const hit = NAVER_FIELDS().find(
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
