import type { NOTICE_TYPES } from '../sixshop/schemas/sales-preset';

/**
 * 상품정보제공고시 (product notice, reference §4.3): each `productInfoProvidedNoticeType` fills one
 * sub-object of `productInfoProvidedNotice`, named here, with the Korean name sellers see.
 */
export type NoticeType = (typeof NOTICE_TYPES)[number];

export const NOTICE_TYPE_INFO: Readonly<Record<NoticeType, { key: string; label: string }>> = {
  WEAR: { key: 'wear', label: '의류' },
  SHOES: { key: 'shoes', label: '구두/신발' },
  BAG: { key: 'bag', label: '가방' },
  FASHION_ITEMS: { key: 'fashionItems', label: '패션잡화(모자/벨트/액세서리)' },
  SLEEPING_GEAR: { key: 'sleepingGear', label: '침구류/커튼' },
  FURNITURE: { key: 'furniture', label: '가구' },
  IMAGE_APPLIANCES: { key: 'imageAppliances', label: '영상가전(TV류)' },
  HOME_APPLIANCES: { key: 'homeAppliances', label: '가정용 전기제품' },
  SEASON_APPLIANCES: { key: 'seasonAppliances', label: '계절가전' },
  OFFICE_APPLIANCES: { key: 'officeAppliances', label: '사무용기기' },
  OPTICS_APPLIANCES: { key: 'opticsAppliances', label: '광학기기' },
  MICROELECTRONICS: { key: 'microElectronics', label: '소형전자' },
  NAVIGATION: { key: 'navigation', label: '내비게이션' },
  CAR_ARTICLES: { key: 'carArticles', label: '자동차용품' },
  MEDICAL_APPLIANCES: { key: 'medicalAppliances', label: '의료기기' },
  KITCHEN_UTENSILS: { key: 'kitchenUtensils', label: '주방용품' },
  COSMETIC: { key: 'cosmetic', label: '화장품' },
  JEWELLERY: { key: 'jewellery', label: '귀금속/보석/시계류' },
  FOOD: { key: 'food', label: '농수축산물' },
  GENERAL_FOOD: { key: 'generalFood', label: '가공식품' },
  DIET_FOOD: { key: 'dietFood', label: '건강기능식품' },
  KIDS: { key: 'kids', label: '영유아용품' },
  MUSICAL_INSTRUMENT: { key: 'musicalInstrument', label: '악기' },
  SPORTS_EQUIPMENT: { key: 'sportsEquipment', label: '스포츠용품' },
  BOOKS: { key: 'books', label: '서적' },
  RENTAL_ETC: { key: 'rentalEtc', label: '물품대여 서비스(기타)' },
  RENTAL_HA: { key: 'rentalHa', label: '물품대여 서비스(정수기·비데 등)' },
  DIGITAL_CONTENTS: { key: 'digitalContents', label: '디지털 콘텐츠' },
  GIFT_CARD: { key: 'giftCard', label: '상품권/쿠폰' },
  MOBILE_COUPON: { key: 'mobileCoupon', label: '모바일 쿠폰' },
  MOVIE_SHOW: { key: 'movieShow', label: '영화/공연' },
  ETC_SERVICE: { key: 'etcService', label: '기타 용역' },
  BIOCHEMISTRY: { key: 'biochemistry', label: '생활화학제품' },
  BIOCIDAL: { key: 'biocidal', label: '살생물제품' },
  CELLPHONE: { key: 'cellPhone', label: '휴대폰' },
  ETC: { key: 'etc', label: '기타 재화' },
};

/**
 * The five 소비자 보호 items every notice carries ("0": the standard legal text, "1": see the detail page).
 * The reference lists them for `etc`; requiring them in every type is the strict reading.
 */
export const NOTICE_COMMON_FIELDS = [
  { key: 'returnCostReason', label: '제품 하자·오배송에 따른 청약철회 조항' },
  { key: 'noRefundReason', label: '청약철회가 불가능한 경우의 사유' },
  { key: 'qualityAssuranceStandard', label: '교환·반품·보증 조건 및 품질 보증 기준' },
  { key: 'compensationProcedure', label: '환불 방법과 환불 지연 시 배상금 지급 절차' },
  { key: 'troubleShootingContents', label: '소비자 피해 보상·분쟁 처리' },
] as const;

/** `ETC` (기타 재화) also needs these, and one of A/S 책임자 or 소비자상담 전화번호. */
export const NOTICE_ETC_FIELDS = [
  { key: 'itemName', label: '품명' },
  { key: 'modelName', label: '모델명' },
  { key: 'manufacturer', label: '제조자(수입자)' },
] as const;
export const NOTICE_CONTACT_FIELDS = [
  { key: 'afterServiceDirector', label: 'A/S 책임자와 전화번호' },
  { key: 'customerServicePhoneNumber', label: '소비자상담 관련 전화번호' },
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
