import type {
  ClaimStatus,
  DeliveryMethod,
  LastChangedType,
  PlaceOrderStatus,
  ProductOrderStatus,
} from '../../../lib/smartstore/enums';
import type { OriginProduct, SmartstoreChannelProduct } from './product-schema';

export type Base = 'external' | 'partner';
export type ApiGroup = 'product' | 'order' | 'seller';
export type AppKind = 'SELF' | 'AGENCY';

export interface AppRecord {
  clientId: string;
  clientSecret: string;
  kind: AppKind;
  name: string;
  /** SELF apps act for this seller. */
  sellerAccountId?: string;
  /** null = every IP may call. */
  ipAllowList: string[] | null;
}

export interface SellerRecord {
  /** The "API 연동용 판매자 ID". */
  accountId: string;
  accountUid: string;
  storeSlug: string;
  channelNo: number;
  name: string;
  grade: string;
  representativeImageUrl: string;
  talkTalkAccountId: string;
  /** The agency app (clientId) chosen for each API group in the seller center; null = none. */
  agency: { product: string | null; order: string | null };
}

export interface ShippingAddress {
  addressType: 'DOMESTIC' | 'FOREIGN';
  name: string;
  tel1: string;
  tel2?: string;
  baseAddress: string;
  detailedAddress: string;
  zipCode: string;
  isRoadNameAddress: boolean;
}

export type ClaimKind = 'CANCEL' | 'RETURN' | 'EXCHANGE';

export interface ClaimRecord {
  claimType: ClaimKind;
  claimId: string;
  claimStatus: ClaimStatus;
  claimRequestDate: number;
  requestChannel: string;
  reason: string;
  detailedReason: string;
  requestQuantity: number;
  completedDate?: number;
}

export interface DeliveryRecord {
  deliveryMethod: DeliveryMethod;
  deliveryCompany?: string;
  trackingNumber?: string;
  deliveryStatus: 'DELIVERING' | 'DELIVERY_COMPLETION';
  sendDate: number;
  deliveredDate?: number;
}

export interface OrderRecord {
  orderId: string;
  sellerAccountId: string;
  orderDate: number;
  ordererId: string;
  ordererNo: string;
  ordererName: string;
  ordererTel: string;
  paymentDate?: number;
  paymentDueDate?: number;
  paymentMeans: string;
  productOrderIds: string[];
}

export interface ProductOrderRecord {
  productOrderId: string;
  orderId: string;
  sellerAccountId: string;
  productOrderStatus: ProductOrderStatus;
  placeOrderStatus: PlaceOrderStatus;
  placeOrderDate?: number;
  claimType?: ClaimKind;
  claimStatus?: ClaimStatus;
  claimId?: string;
  /** Channel product number. */
  productId: string;
  /** Origin product number. */
  originalProductId: string;
  merchantChannelId: string;
  productName: string;
  productOption?: string;
  optionCode?: string;
  optionManageCode?: string;
  sellerProductCode?: string;
  quantity: number;
  initialQuantity: number;
  remainQuantity: number;
  unitPrice: number;
  optionPrice: number;
  totalProductAmount: number;
  productDiscountAmount: number;
  totalPaymentAmount: number;
  deliveryFeeAmount: number;
  shippingAddress: ShippingAddress;
  shippingMemo: string;
  shippingDueDate: number;
  expectedDeliveryMethod: DeliveryMethod;
  expectedDeliveryCompany?: string;
  decisionDate?: number;
  receiverAddressChanged: boolean;
  delivery?: DeliveryRecord;
  currentClaim?: ClaimRecord;
  completedClaims: ClaimRecord[];
  lastChangedDate: number;
  lastChangedType: LastChangedType;
}

export interface ProductRecord {
  originProductNo: number;
  channelProductNo: number;
  sellerAccountId: string;
  originProduct: OriginProduct;
  smartstoreChannelProduct: SmartstoreChannelProduct;
  windowChannelProduct?: Record<string, unknown>;
  regDate: number;
  modifiedDate: number;
}

export interface StoredImage {
  id: string;
  url: string;
  contentType: string;
  bytes: Uint8Array;
  sellerAccountId: string;
}

interface FeedIndex {
  rows: ProductOrderRecord[];
  sorted: boolean;
}

/** Compares product order numbers (same-length digit strings, longer = larger). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFeedRows(a: ProductOrderRecord, b: ProductOrderRecord): number {
  return a.lastChangedDate - b.lastChangedDate || compareIds(a.productOrderId, b.productOrderId);
}

/** Everything the emulator knows; `reset()` replaces it with a fresh seeded copy. */
export class EmulatorState {
  readonly apps = new Map<string, AppRecord>();
  readonly sellers = new Map<string, SellerRecord>();
  readonly orders = new Map<string, OrderRecord>();
  readonly productOrders = new Map<string, ProductOrderRecord>();
  readonly products = new Map<number, ProductRecord>();
  readonly productsByChannelNo = new Map<number, number>();
  readonly images = new Map<string, StoredImage>();
  readonly imageUrls = new Set<string>();
  /** Image files uploaded through the API, per seller. */
  readonly uploadCounts = new Map<string, number>();
  /** Leaf category id → its path. */
  readonly categories = new Map<string, { wholeCategoryName: string; wholeCategoryId: string }>();
  /** trackingNumber → orderIds that used it. */
  readonly trackingNumbers = new Map<string, Set<string>>();
  private readonly feeds = new Map<string, FeedIndex>();

  nextOrderSeq = 123456;
  nextOriginProductNo = 10_234_560_001;
  nextChannelProductNo = 10_734_560_001;
  nextOptionId = 30_000_000_001;
  nextClaimId = 7_100_000_001;
  nextImageSeq = 1;

  constructor(readonly baseUrl: string) {}

  sellerByAccount(accountId: string): SellerRecord | undefined {
    const direct = this.sellers.get(accountId);
    if (direct) return direct;
    for (const s of this.sellers.values()) if (s.accountUid === accountId) return s;
    return undefined;
  }

  addProductOrder(po: ProductOrderRecord): void {
    this.productOrders.set(po.productOrderId, po);
    const feed = this.feed(po.sellerAccountId);
    const last = feed.rows[feed.rows.length - 1];
    if (feed.sorted && last && compareFeedRows(last, po) > 0) feed.sorted = false;
    feed.rows.push(po);
    if (po.delivery?.trackingNumber) this.useTrackingNumber(po.delivery.trackingNumber, po.orderId);
  }

  /** Records a feed change (reference §3.1): the row moves to `at` with the given change type. */
  touch(po: ProductOrderRecord, type: LastChangedType, at: number): void {
    po.lastChangedDate = at;
    po.lastChangedType = type;
    this.feed(po.sellerAccountId).sorted = false;
  }

  /** The seller's product orders sorted by (lastChangedDate, productOrderId); sorted lazily. */
  feedRows(sellerAccountId: string): readonly ProductOrderRecord[] {
    const feed = this.feed(sellerAccountId);
    if (!feed.sorted) {
      feed.rows.sort(compareFeedRows);
      feed.sorted = true;
    }
    return feed.rows;
  }

  useTrackingNumber(trackingNumber: string, orderId: string): void {
    let set = this.trackingNumbers.get(trackingNumber);
    if (!set) {
      set = new Set();
      this.trackingNumbers.set(trackingNumber, set);
    }
    set.add(orderId);
  }

  addProduct(p: ProductRecord): void {
    this.products.set(p.originProductNo, p);
    this.productsByChannelNo.set(p.channelProductNo, p.originProductNo);
  }

  addImage(img: StoredImage): void {
    this.images.set(img.id, img);
    this.imageUrls.add(img.url);
  }

  private feed(sellerAccountId: string): FeedIndex {
    let feed = this.feeds.get(sellerAccountId);
    if (!feed) {
      feed = { rows: [], sorted: true };
      this.feeds.set(sellerAccountId, feed);
    }
    return feed;
  }
}
