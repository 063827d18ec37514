import { describe, expect, it } from 'vitest';
import { marketStatusOf, statusLabel } from '../../../lib/orders/status';

describe('status mapping', () => {
  it.each([
    [{ productOrderStatus: 'PAYMENT_WAITING' }, undefined],
    [{ productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' }, '주문 확인 중'],
    [{ productOrderStatus: 'PAYED' }, '주문 확인 중'],
    [{ productOrderStatus: 'PAYED', placeOrderStatus: 'OK' }, '배송 준비 중'],
    [{ productOrderStatus: 'PAYED', placeOrderStatus: 'CANCEL' }, '주문 확인 중'],
    [
      {
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'OK',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_REQUEST',
      },
      '취소 요청 중',
    ],
    [
      {
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'OK',
        claimType: 'CANCEL',
        claimStatus: 'CANCEL_REJECT',
      },
      '배송 준비 중',
    ],
    [{ productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' }, '배송 중'],
    [{ productOrderStatus: 'DELIVERING', claimType: 'RETURN', claimStatus: 'COLLECTING' }, '반품 요청 중'],
    [{ productOrderStatus: 'DELIVERED' }, '배송 완료'],
    [
      { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REDELIVERING' },
      '교환 요청 중',
    ],
    [{ productOrderStatus: 'DELIVERED', claimType: 'RETURN', claimStatus: 'RETURN_REJECT' }, '배송 완료'],
    [{ productOrderStatus: 'PURCHASE_DECIDED' }, '구매 확정'],
    [{ productOrderStatus: 'CANCELED', claimType: 'CANCEL', claimStatus: 'CANCEL_DONE' }, '취소 완료'],
    [{ productOrderStatus: 'CANCELED_BY_NOPAYMENT' }, '취소 완료'],
    [{ productOrderStatus: 'RETURNED' }, '반품 완료'],
    [{ productOrderStatus: 'EXCHANGED' }, '교환 완료'],
  ] as const)('%o → %s', (state, label) => {
    const s = marketStatusOf(state);
    expect(s === undefined ? undefined : statusLabel(s)).toBe(label);
  });
});
