import { z } from 'zod';

/**
 * Commerce API enumerations (reference §3.9, §3.6, §3.7, §3.8, §3.10, §4.8), with the Korean labels sellers see.
 * Schemas that read API responses use the `*Schema` values; Korean labels live beside the codes.
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
export const ProductOrderStatusSchema = z.enum(PRODUCT_ORDER_STATUSES);
export type ProductOrderStatus = z.infer<typeof ProductOrderStatusSchema>;

export const PLACE_ORDER_STATUSES = ['NOT_YET', 'OK', 'CANCEL'] as const;
export const PlaceOrderStatusSchema = z.enum(PLACE_ORDER_STATUSES);
export type PlaceOrderStatus = z.infer<typeof PlaceOrderStatusSchema>;

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
export const LastChangedTypeSchema = z.enum(LAST_CHANGED_TYPES);
export type LastChangedType = z.infer<typeof LastChangedTypeSchema>;

export const CLAIM_TYPES = [
  'CANCEL',
  'RETURN',
  'EXCHANGE',
  'PURCHASE_DECISION_HOLDBACK',
  'ADMIN_CANCEL',
] as const;
export const ClaimTypeSchema = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof ClaimTypeSchema>;

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
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  CANCEL_REQUEST: '취소 요청',
  CANCELING: '취소 처리 중',
  CANCEL_DONE: '취소 완료',
  CANCEL_REJECT: '취소 철회',
  RETURN_REQUEST: '반품 요청',
  RETURN_DONE: '반품 완료',
  RETURN_REJECT: '반품 철회',
  EXCHANGE_REQUEST: '교환 요청',
  EXCHANGE_REDELIVERING: '교환 재배송 중',
  EXCHANGE_DONE: '교환 완료',
  EXCHANGE_REJECT: '교환 철회',
  COLLECTING: '수거 중',
  COLLECT_DONE: '수거 완료',
  PURCHASE_DECISION_HOLDBACK: '구매 확정 보류',
  PURCHASE_DECISION_REQUEST: '구매 확정 요청',
  PURCHASE_DECISION_HOLDBACK_RELEASE: '구매 확정 보류 해제',
  ADMIN_CANCELING: '직권 취소 중',
  ADMIN_CANCEL_DONE: '직권 취소 완료',
  ADMIN_CANCEL_REJECT: '직권 취소 철회',
};

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
export const DeliveryMethodSchema = z.enum(DELIVERY_METHODS);
export type DeliveryMethod = z.infer<typeof DeliveryMethodSchema>;
export const DispatchDeliveryMethodSchema = z.enum(DISPATCH_DELIVERY_METHODS);
export type DispatchDeliveryMethod = z.infer<typeof DispatchDeliveryMethodSchema>;

export const DELIVERY_METHOD_LABELS: Record<DispatchDeliveryMethod, string> = {
  DELIVERY: '택배, 등기, 소포',
  GDFW_ISSUE_SVC: '굿스플로 송장 출력',
  VISIT_RECEIPT: '방문 수령',
  DIRECT_DELIVERY: '직접 전달',
  QUICK_SVC: '퀵서비스',
  NOTHING: '배송 없음',
};

/** Seller cancel reasons the cancel-request API accepts (reference §3.7), with seller-facing labels. */
export const SELLER_CANCEL_REASONS = [
  'SOLD_OUT',
  'DELAYED_DELIVERY',
  'INCORRECT_INFO',
  'PRODUCT_UNSATISFIED',
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
] as const;
export const SellerCancelReasonSchema = z.enum(SELLER_CANCEL_REASONS);
export type SellerCancelReason = z.infer<typeof SellerCancelReasonSchema>;

/** Every claim reason that can appear on reads (reference §3.8); unknown future values are kept as strings. */
export const CLAIM_REASON_LABELS: Record<string, string> = {
  INTENT_CHANGED: '구매 의사 취소',
  COLOR_AND_SIZE: '색상 및 사이즈 변경',
  WRONG_ORDER: '다른 상품 잘못 주문',
  PRODUCT_UNSATISFIED: '서비스 불만족',
  DELAYED_DELIVERY: '배송 지연',
  SOLD_OUT: '상품 품절',
  DROPPED_DELIVERY: '배송 누락',
  NOT_YET_DELIVERY: '미배송',
  BROKEN: '상품 파손',
  INCORRECT_INFO: '상품 정보 상이',
  WRONG_DELIVERY: '오배송',
  WRONG_OPTION: '색상 등 다른 상품 잘못 배송',
  SIMPLE_INTENT_CHANGED: '단순 변심',
  MISTAKE_ORDER: '주문 실수',
  ETC: '기타',
  DELAYED_DELIVERY_BY_PURCHASER: '배송 지연 (구매자)',
  INCORRECT_INFO_BY_PURCHASER: '상품 정보 상이 (구매자)',
  PRODUCT_UNSATISFIED_BY_PURCHASER: '서비스 불만족 (구매자)',
  NOT_YET_DISCUSSION: '상호 협의 미완료',
  OUT_OF_STOCK: '재고 부족',
  SALE_INTENT_CHANGED: '판매 의사 변심',
  NOT_YET_PAYMENT: '미결제',
  NOT_YET_RECEIVE: '미수취',
  WRONG_DELAYED_DELIVERY: '오배송 및 지연',
  BROKEN_AND_BAD: '파손 및 불량',
  RECEIVING_DUE_DATE_OVER: '수락 기한 만료',
  RECEIVER_MISMATCHED: '수령자 불일치',
  GIFT_INTENT_CHANGED: '선물 의사 취소',
  GIFT_REFUSAL: '선물 거절',
  MINOR_RESTRICTED: '미성년자 구매 제한',
  RECEIVING_BLOCKED: '수령 차단',
  UNDER_QUANTITY: '수량 부족',
  ASYNC_FAIL_PAYMENT: '결제 실패',
  ASYNC_LONG_WAIT_PAYMENT: '결제 대기 시간 초과',
};

export function claimReasonLabel(code: string): string {
  return CLAIM_REASON_LABELS[code] ?? code;
}

/**
 * Courier codes (reference §3.10). Lotte is `HYUNDAI` and Logen is `KGB`: there is no LOTTE or LOGEN code.
 * `aliases` are the names sellers write in spreadsheets and forms.
 */
export interface Courier {
  code: string;
  name: string;
  aliases: readonly string[];
  domestic: boolean;
}

export const COURIERS: readonly Courier[] = [
  {
    code: 'CJGLS',
    name: 'CJ대한통운',
    aliases: ['대한통운', 'CJ택배', 'CJ', 'CJ대한통운택배'],
    domestic: true,
  },
  { code: 'HYUNDAI', name: '롯데택배', aliases: ['롯데', '롯데글로벌로지스', '현대택배'], domestic: true },
  { code: 'HANJIN', name: '한진택배', aliases: ['한진'], domestic: true },
  { code: 'KGB', name: '로젠택배', aliases: ['로젠'], domestic: true },
  { code: 'EPOST', name: '우체국택배', aliases: ['우체국', '우체국소포'], domestic: true },
  { code: 'REGISTPOST', name: '우편등기', aliases: ['등기', '등기우편'], domestic: true },
  { code: 'GENERALPOST', name: '일반우편', aliases: ['우편'], domestic: true },
  { code: 'KDEXP', name: '경동택배', aliases: ['경동'], domestic: true },
  { code: 'DAESIN', name: '대신택배', aliases: ['대신'], domestic: true },
  { code: 'ILYANG', name: '일양로지스', aliases: ['일양', '일양택배'], domestic: true },
  { code: 'CHUNIL', name: '천일택배', aliases: ['천일'], domestic: true },
  { code: 'HDEXP', name: '합동택배', aliases: ['합동'], domestic: true },
  {
    code: 'CVSNET',
    name: 'GSPostbox택배',
    aliases: ['GS편의점', 'GS택배', '편의점택배(GS)', 'GS포스트박스'],
    domestic: true,
  },
  { code: 'CUPARCEL', name: 'CU편의점택배', aliases: ['CU', 'CU택배', 'CU편의점'], domestic: true },
  { code: 'NONGHYUP', name: '농협택배', aliases: ['농협'], domestic: true },
  { code: 'SLX', name: 'SLX택배', aliases: ['SLX'], domestic: true },
  { code: 'LOGISPARTNER', name: 'UFO로지스', aliases: ['UFO'], domestic: true },
  { code: 'KURLY', name: '컬리넥스트마일', aliases: ['컬리'], domestic: true },
  { code: 'TEAMFRESH', name: '팀프레시', aliases: [], domestic: true },
  { code: 'VROONG', name: '부릉', aliases: [], domestic: true },
  { code: 'CH1', name: '기타택배', aliases: ['기타'], domestic: true },
  { code: 'KOREXG', name: 'CJ대한통운(국제택배)', aliases: ['CJ국제택배'], domestic: false },
  { code: 'HLCGLOBAL', name: '롯데글로벌로지스(국제택배)', aliases: ['롯데국제택배'], domestic: false },
  { code: 'EMS', name: 'EMS', aliases: [], domestic: false },
  { code: 'DHL', name: 'DHL', aliases: [], domestic: false },
  { code: 'FEDEX', name: 'FEDEX', aliases: ['페덱스'], domestic: false },
  { code: 'UPS', name: 'UPS', aliases: [], domestic: false },
  { code: 'TNT', name: 'TNT', aliases: [], domestic: false },
  { code: 'USPS', name: 'USPS', aliases: [], domestic: false },
];

const COURIER_BY_CODE = new Map(COURIERS.map((c) => [c.code, c]));

export function courierByCode(code: string): Courier | undefined {
  return COURIER_BY_CODE.get(code);
}

export function courierName(code: string): string {
  return COURIER_BY_CODE.get(code)?.name ?? code;
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
export const ProductStatusTypeSchema = z.enum(PRODUCT_STATUS_TYPES);
export type ProductStatusType = z.infer<typeof ProductStatusTypeSchema>;

export const PRODUCT_STATUS_LABELS: Record<ProductStatusType, string> = {
  WAIT: '판매 대기',
  SALE: '판매 중',
  OUTOFSTOCK: '품절',
  UNADMISSION: '승인 대기',
  REJECTION: '승인 거부',
  SUSPENSION: '판매 중지',
  CLOSE: '판매 종료',
  PROHIBITION: '판매 금지',
  DELETE: '삭제',
};

export const ORIGIN_AREA_CODES = {
  '00': '국산',
  '01': '원양산',
  '02': '수입산',
  '03': '기타-상세설명 표시',
  '04': '기타-직접입력',
  '05': '표기 의무 대상 아님',
} as const;
