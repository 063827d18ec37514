import { localeTable, perLocale, t } from '../i18n';

/**
 * Commerce API code lists (reference §3.9, §3.6, §3.7, §3.8, §3.10, §4.8) with the labels sellers see, in
 * Korean or English. No schema library here: the order overlay reads these within its size budget;
 * `enums.ts` builds the response schemas from the same lists. Label tables are marked pure so a bundle keeps only
 * the tables it reads.
 */

export const PRODUCT_ORDER_STATUSES = [
  'PAYMENT_WAITING',
  'PAYED',
  'DELIVERING',
  'DELIVERED',
  'PURCHASE_DECIDED',
  'EXCHANGED',
  'CANCELED',
  'RETURNED',
  'CANCELED_BY_NOPAYMENT',
] as const;
export type ProductOrderStatus = (typeof PRODUCT_ORDER_STATUSES)[number];

export const PLACE_ORDER_STATUSES = ['NOT_YET', 'OK', 'CANCEL'] as const;
export type PlaceOrderStatus = (typeof PLACE_ORDER_STATUSES)[number];

export const LAST_CHANGED_TYPES = [
  'PAY_WAITING',
  'PAYED',
  'EXCHANGE_OPTION',
  'DELIVERY_ADDRESS_CHANGED',
  'GIFT_RECEIVED',
  'CLAIM_REJECTED',
  'DISPATCHED',
  'CLAIM_REQUESTED',
  'COLLECT_DONE',
  'CLAIM_COMPLETED',
  'PURCHASE_DECIDED',
  'HOPE_DELIVERY_INFO_CHANGED',
  'CLAIM_REDELIVERING',
] as const;
export type LastChangedType = (typeof LAST_CHANGED_TYPES)[number];

export const CLAIM_TYPES = [
  'CANCEL',
  'RETURN',
  'EXCHANGE',
  'PURCHASE_DECISION_HOLDBACK',
  'ADMIN_CANCEL',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_STATUSES = [
  'CANCEL_REQUEST',
  'CANCELING',
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_REQUEST',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_REQUEST',
  'EXCHANGE_REDELIVERING',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'COLLECTING',
  'COLLECT_DONE',
  'PURCHASE_DECISION_HOLDBACK',
  'PURCHASE_DECISION_REQUEST',
  'PURCHASE_DECISION_HOLDBACK_RELEASE',
  'ADMIN_CANCELING',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

const claimStatusLabels = /* @__PURE__ */ perLocale(
  (): Record<ClaimStatus, string> => ({
    CANCEL_REQUEST: t('취소 요청', 'Cancel request'),
    CANCELING: t('취소 처리 중', 'Canceling'),
    CANCEL_DONE: t('취소 완료', 'Canceled'),
    CANCEL_REJECT: t('취소 철회', 'Cancel withdrawn'),
    RETURN_REQUEST: t('반품 요청', 'Return request'),
    RETURN_DONE: t('반품 완료', 'Returned'),
    RETURN_REJECT: t('반품 철회', 'Return withdrawn'),
    EXCHANGE_REQUEST: t('교환 요청', 'Exchange request'),
    EXCHANGE_REDELIVERING: t('교환 재배송 중', 'Redelivering exchange'),
    EXCHANGE_DONE: t('교환 완료', 'Exchanged'),
    EXCHANGE_REJECT: t('교환 철회', 'Exchange withdrawn'),
    COLLECTING: t('수거 중', 'Collecting'),
    COLLECT_DONE: t('수거 완료', 'Collected'),
    PURCHASE_DECISION_HOLDBACK: t('구매 확정 보류', 'Purchase confirmation on hold'),
    PURCHASE_DECISION_REQUEST: t('구매 확정 요청', 'Purchase confirmation requested'),
    PURCHASE_DECISION_HOLDBACK_RELEASE: t('구매 확정 보류 해제', 'Purchase confirmation hold released'),
    ADMIN_CANCELING: t('직권 취소 중', 'Canceling by Naver'),
    ADMIN_CANCEL_DONE: t('직권 취소 완료', 'Canceled by Naver'),
    ADMIN_CANCEL_REJECT: t('직권 취소 철회', 'Cancellation by Naver withdrawn'),
  }),
);

/** The label of a claim state; an unknown future code is shown as it is. */
export function claimStatusLabel(code: string): string {
  return claimStatusLabels()[code as ClaimStatus] ?? code;
}

export const CLAIM_STATUS_LABELS = /* @__PURE__ */ localeTable(CLAIM_STATUSES, claimStatusLabel);

/** Delivery methods that make sense for a dispatch (reference §3.6). */
export const DISPATCH_DELIVERY_METHODS = [
  'DELIVERY',
  'GDFW_ISSUE_SVC',
  'VISIT_RECEIPT',
  'DIRECT_DELIVERY',
  'QUICK_SVC',
  'NOTHING',
] as const;
export const DELIVERY_METHODS = [
  ...DISPATCH_DELIVERY_METHODS,
  'RETURN_DESIGNATED',
  'RETURN_DELIVERY',
  'RETURN_INDIVIDUAL',
  'RETURN_MERCHANT',
  'UNKNOWN',
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export type DispatchDeliveryMethod = (typeof DISPATCH_DELIVERY_METHODS)[number];

const deliveryMethodLabels = /* @__PURE__ */ perLocale(
  (): Record<DispatchDeliveryMethod, string> => ({
    DELIVERY: t('택배, 등기, 소포', 'Parcel, registered mail or post'),
    GDFW_ISSUE_SVC: t('굿스플로 송장 출력', 'Goodsflow waybill printing'),
    VISIT_RECEIPT: t('방문 수령', 'Pickup in person'),
    DIRECT_DELIVERY: t('직접 전달', 'Hand delivery'),
    QUICK_SVC: t('퀵서비스', 'Quick delivery service'),
    NOTHING: t('배송 없음', 'No delivery'),
  }),
);

export function deliveryMethodLabel(code: string): string {
  return deliveryMethodLabels()[code as DispatchDeliveryMethod] ?? code;
}

export const DELIVERY_METHOD_LABELS = /* @__PURE__ */ localeTable(
  DISPATCH_DELIVERY_METHODS,
  deliveryMethodLabel,
);

/** Seller cancel reasons the cancel-request API accepts (reference §3.7). */
export const SELLER_CANCEL_REASONS = [
  'SOLD_OUT',
  'DELAYED_DELIVERY',
  'INCORRECT_INFO',
  'PRODUCT_UNSATISFIED',
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
] as const;
export type SellerCancelReason = (typeof SELLER_CANCEL_REASONS)[number];

export const CLAIM_REASONS = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'PRODUCT_UNSATISFIED',
  'DELAYED_DELIVERY',
  'SOLD_OUT',
  'DROPPED_DELIVERY',
  'NOT_YET_DELIVERY',
  'BROKEN',
  'INCORRECT_INFO',
  'WRONG_DELIVERY',
  'WRONG_OPTION',
  'SIMPLE_INTENT_CHANGED',
  'MISTAKE_ORDER',
  'ETC',
  'DELAYED_DELIVERY_BY_PURCHASER',
  'INCORRECT_INFO_BY_PURCHASER',
  'PRODUCT_UNSATISFIED_BY_PURCHASER',
  'NOT_YET_DISCUSSION',
  'OUT_OF_STOCK',
  'SALE_INTENT_CHANGED',
  'NOT_YET_PAYMENT',
  'NOT_YET_RECEIVE',
  'WRONG_DELAYED_DELIVERY',
  'BROKEN_AND_BAD',
  'RECEIVING_DUE_DATE_OVER',
  'RECEIVER_MISMATCHED',
  'GIFT_INTENT_CHANGED',
  'GIFT_REFUSAL',
  'MINOR_RESTRICTED',
  'RECEIVING_BLOCKED',
  'UNDER_QUANTITY',
  'ASYNC_FAIL_PAYMENT',
  'ASYNC_LONG_WAIT_PAYMENT',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** Every claim reason that can appear on reads (reference §3.8); unknown future values are kept as strings. */
const claimReasonLabels = /* @__PURE__ */ perLocale(
  (): Record<ClaimReason, string> => ({
    INTENT_CHANGED: t('구매 의사 취소', 'Changed mind about purchase'),
    COLOR_AND_SIZE: t('색상 및 사이즈 변경', 'Change of color or size'),
    WRONG_ORDER: t('다른 상품 잘못 주문', 'Ordered the wrong product'),
    PRODUCT_UNSATISFIED: t('서비스 불만족', 'Unsatisfied with service'),
    DELAYED_DELIVERY: t('배송 지연', 'Delayed delivery'),
    SOLD_OUT: t('상품 품절', 'Sold out'),
    DROPPED_DELIVERY: t('배송 누락', 'Left out of delivery'),
    NOT_YET_DELIVERY: t('미배송', 'Not delivered'),
    BROKEN: t('상품 파손', 'Damaged product'),
    INCORRECT_INFO: t('상품 정보 상이', 'Product differs from description'),
    WRONG_DELIVERY: t('오배송', 'Wrong item delivered'),
    WRONG_OPTION: t('색상 등 다른 상품 잘못 배송', 'Wrong color or option delivered'),
    SIMPLE_INTENT_CHANGED: t('단순 변심', 'Changed mind'),
    MISTAKE_ORDER: t('주문 실수', 'Ordering mistake'),
    ETC: t('기타', 'Other'),
    DELAYED_DELIVERY_BY_PURCHASER: t('배송 지연 (구매자)', 'Delayed delivery (buyer)'),
    INCORRECT_INFO_BY_PURCHASER: t('상품 정보 상이 (구매자)', 'Product differs from description (buyer)'),
    PRODUCT_UNSATISFIED_BY_PURCHASER: t('서비스 불만족 (구매자)', 'Unsatisfied with service (buyer)'),
    NOT_YET_DISCUSSION: t('상호 협의 미완료', 'Not yet agreed with the buyer'),
    OUT_OF_STOCK: t('재고 부족', 'Out of stock'),
    SALE_INTENT_CHANGED: t('판매 의사 변심', 'Seller changed mind'),
    NOT_YET_PAYMENT: t('미결제', 'Not paid'),
    NOT_YET_RECEIVE: t('미수취', 'Not received'),
    WRONG_DELAYED_DELIVERY: t('오배송 및 지연', 'Wrong or delayed delivery'),
    BROKEN_AND_BAD: t('파손 및 불량', 'Damaged or defective'),
    RECEIVING_DUE_DATE_OVER: t('수락 기한 만료', 'Acceptance deadline passed'),
    RECEIVER_MISMATCHED: t('수령자 불일치', 'Recipient mismatch'),
    GIFT_INTENT_CHANGED: t('선물 의사 취소', 'Gift canceled by sender'),
    GIFT_REFUSAL: t('선물 거절', 'Gift refused'),
    MINOR_RESTRICTED: t('미성년자 구매 제한', 'Restricted for minors'),
    RECEIVING_BLOCKED: t('수령 차단', 'Receipt blocked'),
    UNDER_QUANTITY: t('수량 부족', 'Insufficient quantity'),
    ASYNC_FAIL_PAYMENT: t('결제 실패', 'Payment failed'),
    ASYNC_LONG_WAIT_PAYMENT: t('결제 대기 시간 초과', 'Payment timed out'),
  }),
);

export function claimReasonLabel(code: string): string {
  return claimReasonLabels()[code as ClaimReason] ?? code;
}

export const CLAIM_REASON_LABELS: Readonly<Record<string, string>> = /* @__PURE__ */ localeTable(
  CLAIM_REASONS,
  claimReasonLabel,
);

/**
 * Courier codes (reference §3.10). Lotte is `HYUNDAI` and Logen is `KGB`: there is no LOTTE or LOGEN code.
 * `name` is the Korean name and `aliases` the names sellers write in spreadsheets and forms, both matched
 * against what sellers type; `nameEn` is the carrier's English name. Show a courier with `courierName()`.
 */
export interface Courier {
  code: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  domestic: boolean;
}

// i18n-data: Korean carrier names and aliases are matched against sellers' sheets and typed input
export const COURIERS: readonly Courier[] = [
  {
    code: 'CJGLS',
    name: 'CJ대한통운',
    nameEn: 'CJ Logistics',
    aliases: ['대한통운', 'CJ택배', 'CJ', 'CJ대한통운택배'],
    domestic: true,
  },
  {
    code: 'HYUNDAI',
    name: '롯데택배',
    nameEn: 'Lotte Global Logistics',
    aliases: ['롯데', '롯데글로벌로지스', '현대택배'],
    domestic: true,
  },
  { code: 'HANJIN', name: '한진택배', nameEn: 'Hanjin', aliases: ['한진'], domestic: true },
  { code: 'KGB', name: '로젠택배', nameEn: 'Logen', aliases: ['로젠'], domestic: true },
  {
    code: 'EPOST',
    name: '우체국택배',
    nameEn: 'Korea Post',
    aliases: ['우체국', '우체국소포'],
    domestic: true,
  },
  {
    code: 'REGISTPOST',
    name: '우편등기',
    nameEn: 'Registered mail',
    aliases: ['등기', '등기우편'],
    domestic: true,
  },
  { code: 'GENERALPOST', name: '일반우편', nameEn: 'Standard mail', aliases: ['우편'], domestic: true },
  { code: 'KDEXP', name: '경동택배', nameEn: 'Kyungdong Express', aliases: ['경동'], domestic: true },
  { code: 'DAESIN', name: '대신택배', nameEn: 'Daesin Logistics', aliases: ['대신'], domestic: true },
  {
    code: 'ILYANG',
    name: '일양로지스',
    nameEn: 'Ilyang Logis',
    aliases: ['일양', '일양택배'],
    domestic: true,
  },
  { code: 'CHUNIL', name: '천일택배', nameEn: 'Chunil Express', aliases: ['천일'], domestic: true },
  { code: 'HDEXP', name: '합동택배', nameEn: 'Hapdong Express', aliases: ['합동'], domestic: true },
  {
    code: 'CVSNET',
    name: 'GSPostbox택배',
    nameEn: 'GS Postbox',
    aliases: ['GS편의점', 'GS택배', '편의점택배(GS)', 'GS포스트박스'],
    domestic: true,
  },
  {
    code: 'CUPARCEL',
    name: 'CU편의점택배',
    nameEn: 'CU Post',
    aliases: ['CU', 'CU택배', 'CU편의점'],
    domestic: true,
  },
  { code: 'NONGHYUP', name: '농협택배', nameEn: 'NH Logistics', aliases: ['농협'], domestic: true },
  { code: 'SLX', name: 'SLX택배', nameEn: 'SLX', aliases: ['SLX'], domestic: true },
  { code: 'LOGISPARTNER', name: 'UFO로지스', nameEn: 'UFO Logis', aliases: ['UFO'], domestic: true },
  { code: 'KURLY', name: '컬리넥스트마일', nameEn: 'Kurly Next Mile', aliases: ['컬리'], domestic: true },
  { code: 'TEAMFRESH', name: '팀프레시', nameEn: 'Teamfresh', aliases: [], domestic: true },
  { code: 'VROONG', name: '부릉', nameEn: 'Vroong', aliases: [], domestic: true },
  { code: 'CH1', name: '기타택배', nameEn: 'Other carrier', aliases: ['기타'], domestic: true },
  {
    code: 'KOREXG',
    name: 'CJ대한통운(국제택배)',
    nameEn: 'CJ Logistics (international)',
    aliases: ['CJ국제택배'],
    domestic: false,
  },
  {
    code: 'HLCGLOBAL',
    name: '롯데글로벌로지스(국제택배)',
    nameEn: 'Lotte Global Logistics (international)',
    aliases: ['롯데국제택배'],
    domestic: false,
  },
  { code: 'EMS', name: 'EMS', nameEn: 'EMS', aliases: [], domestic: false },
  { code: 'DHL', name: 'DHL', nameEn: 'DHL', aliases: [], domestic: false },
  { code: 'FEDEX', name: 'FEDEX', nameEn: 'FedEx', aliases: ['페덱스'], domestic: false },
  { code: 'UPS', name: 'UPS', nameEn: 'UPS', aliases: [], domestic: false },
  { code: 'TNT', name: 'TNT', nameEn: 'TNT', aliases: [], domestic: false },
  { code: 'USPS', name: 'USPS', nameEn: 'USPS', aliases: [], domestic: false },
];

// both calls marked pure: a bundle that uses neither leaves out the whole courier list, not just the Map
const COURIER_BY_CODE = /* @__PURE__ */ new Map(/* @__PURE__ */ COURIERS.map((c) => [c.code, c]));

export function courierByCode(code: string): Courier | undefined {
  return COURIER_BY_CODE.get(code);
}

/** The courier's name in the seller's language; an unknown code is shown as it is. */
export function courierName(code: string): string {
  const courier = COURIER_BY_CODE.get(code);
  return courier ? t(courier.name, courier.nameEn) : code;
}

export const PRODUCT_STATUS_TYPES = [
  'WAIT',
  'SALE',
  'OUTOFSTOCK',
  'UNADMISSION',
  'REJECTION',
  'SUSPENSION',
  'CLOSE',
  'PROHIBITION',
  'DELETE',
] as const;
export type ProductStatusType = (typeof PRODUCT_STATUS_TYPES)[number];

const productStatusLabels = /* @__PURE__ */ perLocale(
  (): Record<ProductStatusType, string> => ({
    WAIT: t('판매 대기', 'Pending sale'),
    SALE: t('판매 중', 'On sale'),
    OUTOFSTOCK: t('품절', 'Sold out'),
    UNADMISSION: t('승인 대기', 'Awaiting approval'),
    REJECTION: t('승인 거부', 'Approval rejected'),
    SUSPENSION: t('판매 중지', 'Sale suspended'),
    CLOSE: t('판매 종료', 'Sale ended'),
    PROHIBITION: t('판매 금지', 'Sale prohibited'),
    DELETE: t('삭제', 'Deleted'),
  }),
);

export function productStatusLabel(code: string): string {
  return productStatusLabels()[code as ProductStatusType] ?? code;
}

export const PRODUCT_STATUS_LABELS = /* @__PURE__ */ localeTable(PRODUCT_STATUS_TYPES, productStatusLabel);

export const ORIGIN_AREA_CODE_LIST = ['00', '01', '02', '03', '04', '05'] as const;
export type OriginAreaCode = (typeof ORIGIN_AREA_CODE_LIST)[number];

const originAreaLabels = /* @__PURE__ */ perLocale(
  (): Record<OriginAreaCode, string> => ({
    '00': t('국산', 'Domestic (Korea)'),
    '01': t('원양산', 'Deep-sea catch'),
    '02': t('수입산', 'Imported'),
    '03': t('기타-상세설명 표시', 'Other – stated in the description'),
    '04': t('기타-직접입력', 'Other – entered by hand'),
    '05': t('표기 의무 대상 아님', 'No origin labelling required'),
  }),
);

export function originAreaLabel(code: string): string {
  return originAreaLabels()[code as OriginAreaCode] ?? code;
}

/** Origin area codes (reference §4.8) with their labels. */
export const ORIGIN_AREA_CODES = /* @__PURE__ */ localeTable(ORIGIN_AREA_CODE_LIST, originAreaLabel);
