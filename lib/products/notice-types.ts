import { t } from '../i18n';
import type { NOTICE_TYPES } from '../sixshop/schemas/sales-preset';

/**
 * 상품정보제공고시 (product notice, reference §4.3): each `productInfoProvidedNoticeType` fills one
 * sub-object of `productInfoProvidedNotice`, named here, with the name sellers see. Only the keys are sent to
 * SmartStore; the labels are display text in the seller's language.
 */
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** A notice type or field: its key in the Commerce API and its label, read in the current language. */
export interface Labelled<K extends string = string> {
  readonly key: K;
  readonly label: string;
}

function labelled<K extends string>(key: K, label: () => string): Labelled<K> {
  return {
    key,
    get label() {
      return label();
    },
  };
}

export const NOTICE_TYPE_INFO: Readonly<Record<NoticeType, Labelled>> = {
  WEAR: labelled('wear', () => t('의류', 'Clothing')),
  SHOES: labelled('shoes', () => t('구두/신발', 'Shoes')),
  BAG: labelled('bag', () => t('가방', 'Bags')),
  FASHION_ITEMS: labelled('fashionItems', () =>
    t('패션잡화(모자/벨트/액세서리)', 'Fashion goods (hats/belts/accessories)'),
  ),
  SLEEPING_GEAR: labelled('sleepingGear', () => t('침구류/커튼', 'Bedding/curtains')),
  FURNITURE: labelled('furniture', () => t('가구', 'Furniture')),
  IMAGE_APPLIANCES: labelled('imageAppliances', () => t('영상가전(TV류)', 'Video appliances (TVs)')),
  HOME_APPLIANCES: labelled('homeAppliances', () => t('가정용 전기제품', 'Home electrical appliances')),
  SEASON_APPLIANCES: labelled('seasonAppliances', () => t('계절가전', 'Seasonal appliances')),
  OFFICE_APPLIANCES: labelled('officeAppliances', () => t('사무용기기', 'Office equipment')),
  OPTICS_APPLIANCES: labelled('opticsAppliances', () => t('광학기기', 'Optical devices')),
  MICROELECTRONICS: labelled('microElectronics', () => t('소형전자', 'Small electronics')),
  NAVIGATION: labelled('navigation', () => t('내비게이션', 'Navigation devices')),
  CAR_ARTICLES: labelled('carArticles', () => t('자동차용품', 'Car accessories')),
  MEDICAL_APPLIANCES: labelled('medicalAppliances', () => t('의료기기', 'Medical devices')),
  KITCHEN_UTENSILS: labelled('kitchenUtensils', () => t('주방용품', 'Kitchenware')),
  COSMETIC: labelled('cosmetic', () => t('화장품', 'Cosmetics')),
  JEWELLERY: labelled('jewellery', () => t('귀금속/보석/시계류', 'Precious metals/jewelry/watches')),
  FOOD: labelled('food', () => t('농수축산물', 'Farm, fishery and livestock products')),
  GENERAL_FOOD: labelled('generalFood', () => t('가공식품', 'Processed food')),
  DIET_FOOD: labelled('dietFood', () => t('건강기능식품', 'Health functional food')),
  KIDS: labelled('kids', () => t('영유아용품', 'Baby products')),
  MUSICAL_INSTRUMENT: labelled('musicalInstrument', () => t('악기', 'Musical instruments')),
  SPORTS_EQUIPMENT: labelled('sportsEquipment', () => t('스포츠용품', 'Sports equipment')),
  BOOKS: labelled('books', () => t('서적', 'Books')),
  RENTAL_ETC: labelled('rentalEtc', () => t('물품대여 서비스(기타)', 'Rental service (other)')),
  RENTAL_HA: labelled('rentalHa', () =>
    t('물품대여 서비스(정수기·비데 등)', 'Rental service (water purifiers, bidets, etc.)'),
  ),
  DIGITAL_CONTENTS: labelled('digitalContents', () => t('디지털 콘텐츠', 'Digital content')),
  GIFT_CARD: labelled('giftCard', () => t('상품권/쿠폰', 'Gift cards/coupons')),
  MOBILE_COUPON: labelled('mobileCoupon', () => t('모바일 쿠폰', 'Mobile coupons')),
  MOVIE_SHOW: labelled('movieShow', () => t('영화/공연', 'Movies/shows')),
  ETC_SERVICE: labelled('etcService', () => t('기타 용역', 'Other services')),
  BIOCHEMISTRY: labelled('biochemistry', () => t('생활화학제품', 'Household chemical products')),
  BIOCIDAL: labelled('biocidal', () => t('살생물제품', 'Biocidal products')),
  CELLPHONE: labelled('cellPhone', () => t('휴대폰', 'Mobile phones')),
  ETC: labelled('etc', () => t('기타 재화', 'Other goods')),
};

/**
 * The five 소비자 보호 items every notice carries ("0": the standard legal text, "1": see the detail page).
 * The reference lists them for `etc`; requiring them in every type is the strict reading.
 */
export const NOTICE_COMMON_FIELDS = [
  labelled('returnCostReason', () =>
    t('제품 하자·오배송에 따른 청약철회 조항', 'Withdrawal terms for defects or wrong delivery'),
  ),
  labelled('noRefundReason', () => t('청약철회가 불가능한 경우의 사유', 'When withdrawal is not possible')),
  labelled('qualityAssuranceStandard', () =>
    t('교환·반품·보증 조건 및 품질 보증 기준', 'Exchange, return and warranty terms and quality standard'),
  ),
  labelled('compensationProcedure', () =>
    t('환불 방법과 환불 지연 시 배상금 지급 절차', 'Refund method and compensation for late refunds'),
  ),
  labelled('troubleShootingContents', () =>
    t('소비자 피해 보상·분쟁 처리', 'Consumer compensation and dispute handling'),
  ),
] as const;

/** `ETC` (기타 재화) also needs these, and one of A/S 책임자 or 소비자상담 전화번호. */
export const NOTICE_ETC_FIELDS = [
  labelled('itemName', () => t('품명', 'Item name')),
  labelled('modelName', () => t('모델명', 'Model name')),
  labelled('manufacturer', () => t('제조자(수입자)', 'Manufacturer (importer)')),
] as const;
export const NOTICE_CONTACT_FIELDS = [
  labelled('afterServiceDirector', () => t('A/S 책임자와 전화번호', 'A/S contact and phone number')),
  labelled('customerServicePhoneNumber', () =>
    t('소비자상담 관련 전화번호', 'Customer service phone number'),
  ),
] as const;

export function noticeTypeOf(value: string): NoticeType | undefined {
  return value in NOTICE_TYPE_INFO ? (value as NoticeType) : undefined;
}

/** The notice type for a sub-object key (`kitchenUtensils` → `KITCHEN_UTENSILS`). */
export function noticeTypeByKey(key: string): NoticeType | undefined {
  for (const [type, info] of Object.entries(NOTICE_TYPE_INFO))
    if (info.key === key) return type as NoticeType;
  return undefined;
}

/** A label for any notice field key. */
export function noticeFieldLabel(key: string): string {
  const all = [...NOTICE_COMMON_FIELDS, ...NOTICE_ETC_FIELDS, ...NOTICE_CONTACT_FIELDS];
  return all.find((f) => f.key === key)?.label ?? key;
}
