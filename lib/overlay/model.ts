import type { ActionKind, ItemState } from '../orders/outbox-types';
import type { OrderBrief } from '../orders/queries';
import type { SellerCancelReason } from '../smartstore/codes';
import type { DispatchProblems } from './validation';

/** Where an item's latest action stands, from this page's clicks or from the background's outbox. */
export interface ItemProgress {
  actionId: string;
  kind: ActionKind;
  state: ItemState;
  message?: string | undefined;
  courierCode?: string | undefined;
  trackingNumber?: string | undefined;
}

/** What the seller has typed for one item to ship; kept while the page re-renders its rows. */
export interface DispatchDraftState {
  courierCode?: string | undefined;
  trackingNumber: string;
}

export interface ItemView {
  brief: OrderBrief;
  progress?: ItemProgress | undefined;
  /** something of this item is being sent right now (buttons disable) */
  busy: boolean;
  /** the order's 발주 확인 is being sent */
  confirmBusy: boolean;
  /** the last refusal of an action on this item (in the seller's language) */
  error?: string | undefined;
  draft: DispatchDraftState;
  /** how many items of its order wait for 발주 확인 */
  orderConfirmable: number;
}

export interface RowView {
  /** item: the row shows product orders; order: the row shows an order number only (all its items) */
  mode: 'item' | 'order';
  items: ItemView[];
  now: number;
}

export interface SelectionView {
  /** checked items waiting for 배송 처리 (배송 준비 중) */
  dispatch: OrderBrief[];
  /** checked orders with items waiting for 발주 확인 (주문 확인 중) */
  confirmOrders: Array<{ accountId: string; orderId: string; items: number }>;
}

export interface DialogFailure {
  message: string;
  fields: Record<string, string>;
}

export type DialogView =
  | {
      kind: 'cancel';
      item: OrderBrief;
      busy: boolean;
      failure?: DialogFailure | undefined;
    }
  | {
      kind: 'dispatch';
      items: ItemView[];
      busy: boolean;
      failure?: DialogFailure | undefined;
      /** set once the dialog's items were sent: results show per item */
      sent: boolean;
    };

export interface LayerView {
  selection: SelectionView;
  batchConfirmBusy: boolean;
  batchDispatchBusy: boolean;
  dialog?: DialogView | undefined;
  /** a short message after a 선택 발주 확인 (result or refusal) */
  notice?: { tone: 'success' | 'error' | 'info'; text: string } | undefined;
}

export interface DispatchRowInput {
  productOrderId: string;
  courierCode?: string | undefined;
  trackingNumber: string;
}

/** Everything the overlay's components may ask for. Acting calls take the triggering event: untrusted ones do nothing. */
export interface OverlayActions {
  confirmOrder(event: Event, accountId: string, orderId: string): void;
  dispatchItem(event: Event, input: DispatchRowInput): DispatchProblems | undefined;
  retry(
    event: Event,
    productOrderId: string,
    fix?: { courierCode?: string; trackingNumber?: string },
  ): DispatchProblems | undefined;
  openCancel(event: Event, productOrderId: string): void;
  submitCancel(
    event: Event,
    input: { reason: SellerCancelReason; detail: string },
  ): { reason?: string; detail?: string } | undefined;
  openBatchDispatch(event: Event, productOrderIds?: readonly string[]): void;
  submitBatchDispatch(
    event: Event,
    rows: readonly DispatchRowInput[],
  ): Record<string, DispatchProblems> | undefined;
  confirmSelected(event: Event): void;
  closeDialog(): void;
  dismissNotice(): void;
  setDraft(productOrderId: string, draft: Partial<DispatchDraftState>): void;
  /** the courier last chosen on this page, offered first next time */
  lastCourier(): string | undefined;
}

/** The floating selection bar has something to show: checked rows to act on, or a notice. */
export function selectionBarShows(view: LayerView): boolean {
  return view.selection.dispatch.length > 0 || view.selection.confirmOrders.length > 0 || !!view.notice;
}
