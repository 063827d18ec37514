import type { MarketOrderStatus } from '../sixshop/schemas/market-order';
import type { TrackingProblemCode } from './tracking-rules';

/** The most rows one upload may hold: one 배송 처리 request takes at most 1000 items. */
export const BULK_MAX_ROWS = 1000;

/** One data row of the seller's sheet, as written (cells not yet cleaned). */
export interface BulkInputRow {
  /** the sheet's line number, shown in the preview and the result file */
  line: number;
  productOrderId: string;
  carrier: string;
  trackingNumber: string;
}

/** What the validation needs to know of one of the extension's product orders. */
export interface BulkOrderFacts {
  accountId: string;
  accountAlias: string;
  productOrderId: string;
  orderId: string;
  status: MarketOrderStatus;
  productName: string;
  optionText?: string | undefined;
  receiverName: string;
  courierCode?: string | undefined;
  trackingNumber?: string | undefined;
}

/** The extension's orders, as the validation may ask for them (the background passes one over IndexedDB). */
export interface BulkOrderLookup {
  byProductOrderIds(ids: readonly string[]): Promise<BulkOrderFacts[]>;
  /** product orders whose number starts with these 15 digits (to explain numbers Excel rounded) */
  byPrefix?(prefix: string): Promise<BulkOrderFacts[]>;
}

export type BulkProblemCode =
  | 'missing-order-number'
  | 'order-number-scientific'
  | 'order-number-rounded'
  | 'order-number-not-digits'
  | 'unknown-order'
  | 'not-preparing'
  | 'already-shipped'
  | 'missing-carrier'
  | 'unknown-carrier'
  | TrackingProblemCode
  | 'duplicate-row'
  | 'conflicting-rows'
  | 'duplicate-tracking';

export interface BulkProblem {
  code: BulkProblemCode;
  /** what is wrong and what to do, in the seller's language */
  message: string;
}

/** One row of the preview: ready to send, or wrong with every reason. */
export interface BulkRowVerdict {
  line: number;
  input: BulkInputRow;
  /** the cleaned product order number (digits when it is one) */
  productOrderId: string;
  courierCode?: string | undefined;
  courierName?: string | undefined;
  /** the cleaned tracking number */
  trackingNumber: string;
  order?: BulkOrderFacts | undefined;
  ready: boolean;
  problems: BulkProblem[];
  /** shares its tracking number with other items of the same order (합포장) */
  bundle?: boolean | undefined;
}

export interface BulkPreview {
  rows: BulkRowVerdict[];
  readyCount: number;
  problemCount: number;
  /** accounts the ready rows belong to, each one 배송 처리 request */
  accounts: Array<{ accountId: string; accountAlias: string; ready: number }>;
}
