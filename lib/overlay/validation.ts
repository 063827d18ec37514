import { t } from '../i18n';
import { courierProblem, normaliseTrackingNumber, trackingNumberProblem } from '../orders/tracking';
import { SELLER_CANCEL_REASONS, type SellerCancelReason } from '../smartstore/codes';
import { LIMITS } from '../smartstore/limits';

/** What the seller entered for one item to ship. */
export interface DispatchDraft {
  courierCode?: string | undefined;
  trackingNumber: string;
}

export interface DispatchProblems {
  courier?: string | undefined;
  tracking?: string | undefined;
}

export interface DispatchItemInput {
  productOrderId: string;
  courierCode: string;
  trackingNumber: string;
}

/** The seller's entry for one item, checked as the background will check it (both are required). */
export function dispatchProblems(d: DispatchDraft): DispatchProblems {
  const out: DispatchProblems = {};
  const courier = courierProblem(d.courierCode);
  const tracking = trackingNumberProblem(d.trackingNumber);
  if (courier) out.courier = courier;
  if (tracking) out.tracking = tracking;
  return out;
}

export function hasProblems(p: DispatchProblems): boolean {
  return p.courier !== undefined || p.tracking !== undefined;
}

/**
 * Every row of a dispatch checked before anything is sent: either all items ready to send (tracking numbers
 * without spaces and dashes) or the problems per product order number.
 */
export function validateDispatch(
  rows: ReadonlyArray<{ productOrderId: string } & DispatchDraft>,
): { ok: true; items: DispatchItemInput[] } | { ok: false; problems: Record<string, DispatchProblems> } {
  const problems: Record<string, DispatchProblems> = {};
  const items: DispatchItemInput[] = [];
  for (const r of rows) {
    const p = dispatchProblems(r);
    if (hasProblems(p)) problems[r.productOrderId] = p;
    else
      items.push({
        productOrderId: r.productOrderId,
        courierCode: r.courierCode!,
        trackingNumber: normaliseTrackingNumber(r.trackingNumber),
      });
  }
  if (rows.length === 0)
    return {
      ok: false,
      problems: { _: { courier: t('배송 처리할 품목을 선택해 주세요.', 'Select the items to dispatch.') } },
    };
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, items };
}

export const CANCEL_DETAIL_MAX = LIMITS.cancelDetailMaxLength;
export const DEFAULT_CANCEL_REASON: SellerCancelReason = 'SOLD_OUT';

export function cancelProblems(input: { reason: string; detail: string }): {
  reason?: string;
  detail?: string;
} {
  const out: { reason?: string; detail?: string } = {};
  if (!(SELLER_CANCEL_REASONS as readonly string[]).includes(input.reason))
    out.reason = t('취소 사유를 선택해 주세요.', 'Select a cancel reason.');
  if (input.detail.trim().length > CANCEL_DETAIL_MAX)
    out.detail = t(
      `취소 상세 사유는 ${CANCEL_DETAIL_MAX}자 이내로 입력해 주세요.`,
      `Keep the cancel details within ${CANCEL_DETAIL_MAX} characters.`,
    );
  return out;
}
