import { describe, expect, it } from 'vitest';
import { cancelProblems, dispatchProblems, validateDispatch } from '../../../lib/overlay/validation';

describe('dispatch input', () => {
  it('needs a courier from the list and a tracking number', () => {
    expect(dispatchProblems({ trackingNumber: '' })).toEqual({
      courier: '택배사를 선택해 주세요.',
      tracking: '운송장 번호를 입력해 주세요.',
    });
    expect(dispatchProblems({ courierCode: 'LOTTE', trackingNumber: '123456789012' }).courier).toBe(
      '목록에 있는 택배사를 선택해 주세요.',
    );
  });

  it('says what is wrong with a tracking number', () => {
    expect(dispatchProblems({ courierCode: 'CJGLS', trackingNumber: '1.23457E+11' }).tracking).toContain(
      '지수 표기',
    );
    expect(dispatchProblems({ courierCode: 'CJGLS', trackingNumber: 'AB123456789' }).tracking).toBe(
      '운송장 번호는 숫자만 입력해 주세요.',
    );
    expect(dispatchProblems({ courierCode: 'CJGLS', trackingNumber: '12345' }).tracking).toContain(
      '9~15자리',
    );
  });

  it('checks every row before sending and cleans what passes', () => {
    const bad = validateDispatch([
      { productOrderId: '2026112712345601', courierCode: 'CJGLS', trackingNumber: '1234-5678-9012' },
      { productOrderId: '2026112712345602', trackingNumber: '123' },
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.problems)).toEqual(['2026112712345602']);
    const good = validateDispatch([
      { productOrderId: '2026112712345601', courierCode: 'CJGLS', trackingNumber: ' 1234-5678-9012 ' },
    ]);
    expect(good).toEqual({
      ok: true,
      items: [{ productOrderId: '2026112712345601', courierCode: 'CJGLS', trackingNumber: '123456789012' }],
    });
    expect(validateDispatch([]).ok).toBe(false);
  });
});

describe('cancel input', () => {
  it('takes a seller cancel reason and at most 500 characters of detail', () => {
    expect(cancelProblems({ reason: 'SOLD_OUT', detail: '' })).toEqual({});
    expect(cancelProblems({ reason: 'BROKEN', detail: '' }).reason).toBe('취소 사유를 선택해 주세요.');
    expect(cancelProblems({ reason: 'SOLD_OUT', detail: 'x'.repeat(501) }).detail).toBe(
      '취소 상세 사유는 500자 이내로 입력해 주세요.',
    );
  });
});
