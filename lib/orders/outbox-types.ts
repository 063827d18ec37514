import type { SellerCancelReason } from '../smartstore/enums';

export type ActionKind = 'confirm' | 'dispatch' | 'cancel';

export type ItemState = 'pending' | 'sending' | 'unknown' | 'done' | 'failed' | 'skipped';

export interface ActionItem {
  productOrderId: string;
  orderId: string;
  state: ItemState;
  courierCode?: string | undefined;
  trackingNumber?: string | undefined;
  reason?: SellerCancelReason | undefined;
  detail?: string | undefined;
  /** Naver's code of a failure */
  code?: string | undefined;
  /** What happened and what to do, in the seller's language */
  message?: string | undefined;
  attempts: number;
}

/** One action the seller issued: written before anything is sent, settled item by item. */
export interface ActionRecord {
  id: string;
  accountId: string;
  kind: ActionKind;
  /** queued: work remains (pending, sending or unknown items); settled: every item is final */
  status: 'queued' | 'settled';
  createdAt: number;
  updatedAt: number;
  items: ActionItem[];
  dispatchDate?: number | undefined;
  nextAttemptAt?: number | undefined;
  lastError?: { kind: string; message: string } | undefined;
}

export const FINAL_STATES: ReadonlySet<ItemState> = new Set(['done', 'failed', 'skipped']);
