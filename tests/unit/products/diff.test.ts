import { describe, expect, it } from 'vitest';
import { diffShopProduct } from '../../../lib/products/diff';
import { shopProduct } from './fixtures';

describe('re-import diff (what changes in the shop product)', () => {
  it('is empty when nothing changes', () => {
    const p = shopProduct();
    expect(diffShopProduct(p, p)).toEqual([]);
  });

  it('lists each changed field with before and after, as the seller reads it', () => {
    const before = shopProduct();
    const after = shopProduct({
      name: '오가닉 코튼 티셔츠 (2025)',
      price: 26000,
      sellerCode: undefined,
      status: 'SOLD_OUT',
      images: ['https://cdn.example/9.png'],
      detailHtml: '<p>새 설명</p>',
      options: {
        groupNames: ['색상', '사이즈'],
        combinations: [
          { id: 'c1', names: ['화이트', 'M'], addPrice: 0, stock: 3, sellerCode: 'TS-OC-WM', usable: true },
          { id: 'c4', names: ['네이비', 'M'], addPrice: 0, stock: 2, usable: true },
        ],
      },
    });
    const changes = diffShopProduct(before, after);
    const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
    expect(byField.name).toMatchObject({
      label: '상품명',
      before: '오가닉 코튼 반팔 티셔츠',
      after: '오가닉 코튼 티셔츠 (2025)',
    });
    expect(byField.price).toMatchObject({ before: '24,000원', after: '26,000원' });
    expect(byField.sellerCode).toMatchObject({ before: 'TS-OC', after: '(없음)' });
    expect(byField.status).toMatchObject({ before: '판매 중', after: '품절' });
    expect(byField.images).toMatchObject({ before: '3장', after: '1장 (대표 이미지 바뀜)' });
    expect(byField.detailHtml?.label).toBe('상세 설명');
    expect(byField['options.화이트 / M']).toMatchObject({
      before: expect.stringContaining('재고 10개'),
      after: expect.stringContaining('재고 3개'),
    });
    expect(byField['options.네이비 / M']).toMatchObject({ before: '(없음)' });
    expect(byField['options.화이트 / L']).toMatchObject({ after: '(삭제)' });
    expect(byField.stock).toBeUndefined();
  });
});
