import type { ProductOrderStatus } from '../smartstore/codes';
import { type MarketOrderStatus, marketOrderStatusLabel } from './market-status';

/**
 * SmartStore's product-order state → the shop's status, in the guide's words (주문 확인 중, 배송 준비 중, …).
 * The one place where this mapping lives. `undefined` means "not collected": nothing before payment appears.
 */
export interface SmartStoreState {
  productOrderStatus: ProductOrderStatus;
  placeOrderStatus?: string | undefined;
  claimType?: string | undefined;
  claimStatus?: string | undefined;
}

const OPEN_CLAIM_STATUS = (type: string | undefined, status: string | undefined): boolean => {
  if (!type || !status) return false;
  return !/_DONE$|_REJECT$/.test(status);
};

function openClaim(s: SmartStoreState): MarketOrderStatus | undefined {
  if (!OPEN_CLAIM_STATUS(s.claimType, s.claimStatus)) return undefined;
  switch (s.claimType) {
    case 'CANCEL':
    case 'ADMIN_CANCEL':
      return 'CANCEL_REQUESTED';
    case 'RETURN':
      return 'RETURN_REQUESTED';
    case 'EXCHANGE':
      return 'EXCHANGE_REQUESTED';
    default:
      return undefined;
  }
}

export function marketStatusOf(s: SmartStoreState): MarketOrderStatus | undefined {
  switch (s.productOrderStatus) {
    case 'PAYMENT_WAITING':
      return undefined;
    case 'PAYED':
      return openClaim(s) ?? (s.placeOrderStatus === 'OK' ? 'PREPARING' : 'PAYMENT_CONFIRMING');
    case 'DELIVERING':
      return openClaim(s) ?? 'SHIPPING';
    case 'DELIVERED':
      return openClaim(s) ?? 'DELIVERED';
    case 'PURCHASE_DECIDED':
      return 'PURCHASE_DECIDED';
    case 'EXCHANGED':
      return 'EXCHANGED';
    case 'CANCELED':
    case 'CANCELED_BY_NOPAYMENT':
      return 'CANCELED';
    case 'RETURNED':
      return 'RETURNED';
  }
}

/** The status as the seller reads it, in the seller's language. */
export function statusLabel(status: MarketOrderStatus): string {
  return marketOrderStatusLabel(status);
}

/** Returns and exchanges are handled in the SmartStore seller center; here they are only shown. */
export function isViewOnly(status: MarketOrderStatus): boolean {
  return ['RETURN_REQUESTED', 'RETURNED', 'EXCHANGE_REQUESTED', 'EXCHANGED'].includes(status);
}

/** States whose SmartStore side can still change without a change-feed entry (delivery completion). */
export function needsDeliveryRecheck(status: MarketOrderStatus): boolean {
  return status === 'SHIPPING';
}
