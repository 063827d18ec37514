import { describe, expect, it } from 'vitest';
import { findOrderNumbers, isOrderNumber, mayHoldOrderNumber } from '../../../lib/overlay/order-numbers';

describe('order numbers in text', () => {
  it('finds 16-digit order and product order numbers, each once, in order', () => {
    expect(findOrderNumbers('주문번호 2026112712345600 / 상품주문번호 2026112712345601')).toEqual([
      '2026112712345600',
      '2026112712345601',
    ]);
    expect(findOrderNumbers('2026112712345601,2026112712345601')).toEqual(['2026112712345601']);
  });

  it('ignores shorter and longer digit runs (tracking numbers, phone numbers, 17+ digits)', () => {
    expect(findOrderNumbers('운송장 123456789012 · 010-1234-5678')).toEqual([]);
    expect(findOrderNumbers('20261127123456011')).toEqual([]);
    expect(findOrderNumbers('No.2026112712345601번')).toEqual(['2026112712345601']);
  });

  it('has a cheap pre-check and a strict test', () => {
    expect(mayHoldOrderNumber('짧은 글')).toBe(false);
    expect(mayHoldOrderNumber('x2026112712345601')).toBe(true);
    expect(isOrderNumber('2026112712345601')).toBe(true);
    expect(isOrderNumber('2026112712345601 ')).toBe(false);
  });
});
