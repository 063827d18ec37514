import { describe, expect, it } from 'vitest';
import { DAY_MS, shippingDeadline } from '../../../lib/overlay/deadline';
import { handledInSmartStore, smartStoreOrderUrl, statusDisplay } from '../../../lib/overlay/labels';
import { brief } from './fixtures';

const NOW = Date.UTC(2026, 10, 28, 3);

describe('shipping deadline', () => {
  it('is red when past, amber within a day, nothing otherwise', () => {
    const b = (status: 'PAYMENT_CONFIRMING' | 'PREPARING' | 'SHIPPING', due: number) =>
      brief({ productOrderId: '2026112712345601', status, shippingDueAt: due });
    expect(shippingDeadline(b('PREPARING', NOW - 1), NOW)).toEqual({
      tone: 'overdue',
      label: '발송 기한 지남',
    });
    expect(shippingDeadline(b('PAYMENT_CONFIRMING', NOW + DAY_MS - 1), NOW)).toEqual({
      tone: 'today',
      label: '오늘 발송',
    });
    expect(shippingDeadline(b('PREPARING', NOW + 2 * DAY_MS), NOW)).toBeUndefined();
    expect(shippingDeadline(b('SHIPPING', NOW - 1), NOW)).toBeUndefined();
    expect(shippingDeadline(brief({ productOrderId: '2026112712345601' }), NOW)).toBeUndefined();
  });
});

describe('status labels', () => {
  it('uses the guide’s words, and shows a claim’s state and reason', () => {
    expect(statusDisplay(brief({ productOrderId: '1', status: 'PREPARING' })).label).toBe('배송 준비 중');
    expect(
      statusDisplay(
        brief({
          productOrderId: '1',
          status: 'RETURN_REQUESTED',
          claimType: 'RETURN',
          claimStatus: 'RETURN_REQUEST',
          claimReason: 'BROKEN',
        }),
      ),
    ).toEqual({ label: '반품 요청 중', tone: 'claim', claim: '반품 요청 · 상품 파손' });
    expect(handledInSmartStore('EXCHANGE_REQUESTED')).toBe(true);
    expect(handledInSmartStore('PREPARING')).toBe(false);
    expect(smartStoreOrderUrl('2026112712345601')).toBe(
      'https://sell.smartstore.naver.com/o/v3/manage/order/detail?productOrderNo=2026112712345601',
    );
  });
});
