import {
  SHOP_PRODUCT_STATUS_LABELS,
  type ShopProduct,
  type ShopProductCreate,
  type ShopProductStatus,
} from '../sixshop/schemas/product';

/** One field that a re-import changes, as the seller reads it (before → after). */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

type Combo = {
  names: string[];
  addPrice: number;
  stock: number;
  sellerCode?: string | undefined;
  usable: boolean;
};
type Comparable = Pick<
  ShopProduct,
  'name' | 'price' | 'stock' | 'sellerCode' | 'detailHtml' | 'images' | 'status'
> & {
  options?: { groupNames: string[]; combinations: Combo[] } | undefined;
};

const won = (n: number) => `${n.toLocaleString('ko-KR')}원`;
const count = (n: number) => `${n.toLocaleString('ko-KR')}개`;
const none = '(없음)';

function comboText(c: Combo): string {
  const parts = [`옵션가 ${c.addPrice > 0 ? '+' : ''}${won(c.addPrice)}`, `재고 ${count(c.stock)}`];
  if (c.sellerCode) parts.push(`코드 ${c.sellerCode}`);
  if (!c.usable) parts.push('사용 안 함');
  return parts.join(', ');
}

function detailSummary(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const images = (html.match(/<img\b/gi) ?? []).length;
  const head = text.length > 40 ? `${text.slice(0, 40)}…` : text || '(비어 있음)';
  return `${head} (${text.length.toLocaleString('ko-KR')}자, 이미지 ${images}장)`;
}

/**
 * What importing `after` over the shop product `before` would change, field by field; empty when nothing
 * changes. Option combinations are matched by their values.
 */
export function diffShopProduct(before: Comparable, after: ShopProductCreate | Comparable): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: string, label: string, b: string, a: string) => {
    if (b !== a) changes.push({ field, label, before: b, after: a });
  };
  add('name', '상품명', before.name, after.name);
  add('price', '판매가', won(before.price), won(after.price));
  add('stock', '재고', count(before.stock), count(after.stock));
  add('sellerCode', '판매자 상품 코드', before.sellerCode ?? none, after.sellerCode ?? none);
  add(
    'status',
    '상태',
    SHOP_PRODUCT_STATUS_LABELS[before.status],
    SHOP_PRODUCT_STATUS_LABELS[after.status as ShopProductStatus],
  );
  const imagesBefore = before.images;
  const imagesAfter = after.images;
  if (imagesBefore.join('\n') !== imagesAfter.join('\n')) {
    const rep = imagesBefore[0] !== imagesAfter[0] ? ' (대표 이미지 바뀜)' : '';
    changes.push({
      field: 'images',
      label: '이미지',
      before: `${imagesBefore.length}장`,
      after: `${imagesAfter.length}장${rep}`,
    });
  }
  if (before.detailHtml !== after.detailHtml)
    changes.push({
      field: 'detailHtml',
      label: '상세 설명',
      before: detailSummary(before.detailHtml),
      after: detailSummary(after.detailHtml),
    });
  const groupsBefore = before.options?.groupNames ?? [];
  const groupsAfter = after.options?.groupNames ?? [];
  add('options.groupNames', '옵션명', groupsBefore.join(' / ') || none, groupsAfter.join(' / ') || none);
  const key = (c: Combo) => c.names.join(' / ');
  const combosBefore = new Map((before.options?.combinations ?? []).map((c) => [key(c), c]));
  const combosAfter = new Map((after.options?.combinations ?? []).map((c) => [key(c), c as Combo]));
  for (const [k, a] of combosAfter) {
    const b = combosBefore.get(k);
    add(`options.${k}`, `옵션 ${k}`, b ? comboText(b) : none, comboText(a));
  }
  for (const [k, b] of combosBefore) {
    if (!combosAfter.has(k)) add(`options.${k}`, `옵션 ${k}`, comboText(b), '(삭제)');
  }
  return changes;
}
