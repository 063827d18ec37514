import { intlLocale, plural, t } from '../i18n';
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

const num = (n: number) => n.toLocaleString(intlLocale());
const won = (n: number) => t(`${num(n)}원`, `KRW ${num(n)}`);
const count = (n: number) => t(`${num(n)}개`, num(n));
const images = (n: number) => t(`${n}장`, `${n} ${plural(n, 'image', 'images')}`);
const none = () => t('(없음)', '(none)');

function comboText(c: Combo): string {
  const sign = c.addPrice > 0 ? '+' : '';
  const parts = [
    t(`옵션가 ${sign}${won(c.addPrice)}`, `Option price ${sign}${won(c.addPrice)}`),
    t(`재고 ${count(c.stock)}`, `Stock ${count(c.stock)}`),
  ];
  if (c.sellerCode) parts.push(t(`코드 ${c.sellerCode}`, `Code ${c.sellerCode}`));
  if (!c.usable) parts.push(t('사용 안 함', 'Not in use'));
  return parts.join(', ');
}

function detailSummary(html: string): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const pictures = (html.match(/<img\b/gi) ?? []).length;
  const head = text.length > 40 ? `${text.slice(0, 40)}…` : text || t('(비어 있음)', '(empty)');
  const chars = num(text.length);
  return t(
    `${head} (${chars}자, 이미지 ${pictures}장)`,
    `${head} (${chars} ${plural(text.length, 'character', 'characters')}, ${images(pictures)})`,
  );
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
  add('name', t('상품명', 'Product name'), before.name, after.name);
  add('price', t('판매가', 'Sale price'), won(before.price), won(after.price));
  add('stock', t('재고', 'Stock'), count(before.stock), count(after.stock));
  add(
    'sellerCode',
    t('판매자 상품 코드', 'Seller product code'),
    before.sellerCode ?? none(),
    after.sellerCode ?? none(),
  );
  add(
    'status',
    t('상태', 'Status'),
    SHOP_PRODUCT_STATUS_LABELS[before.status],
    SHOP_PRODUCT_STATUS_LABELS[after.status as ShopProductStatus],
  );
  const imagesBefore = before.images;
  const imagesAfter = after.images;
  if (imagesBefore.join('\n') !== imagesAfter.join('\n')) {
    const rep = imagesBefore[0] !== imagesAfter[0] ? t(' (대표 이미지 바뀜)', ' (main image changed)') : '';
    changes.push({
      field: 'images',
      label: t('이미지', 'Images'),
      before: images(imagesBefore.length),
      after: `${images(imagesAfter.length)}${rep}`,
    });
  }
  if (before.detailHtml !== after.detailHtml)
    changes.push({
      field: 'detailHtml',
      label: t('상세 설명', 'Description'),
      before: detailSummary(before.detailHtml),
      after: detailSummary(after.detailHtml),
    });
  const groupsBefore = before.options?.groupNames ?? [];
  const groupsAfter = after.options?.groupNames ?? [];
  add(
    'options.groupNames',
    t('옵션명', 'Option names'),
    groupsBefore.join(' / ') || none(),
    groupsAfter.join(' / ') || none(),
  );
  const key = (c: Combo) => c.names.join(' / ');
  const combosBefore = new Map((before.options?.combinations ?? []).map((c) => [key(c), c]));
  const combosAfter = new Map((after.options?.combinations ?? []).map((c) => [key(c), c as Combo]));
  for (const [k, a] of combosAfter) {
    const b = combosBefore.get(k);
    add(`options.${k}`, t(`옵션 ${k}`, `Option ${k}`), b ? comboText(b) : none(), comboText(a));
  }
  for (const [k, b] of combosBefore) {
    if (!combosAfter.has(k))
      add(`options.${k}`, t(`옵션 ${k}`, `Option ${k}`), comboText(b), t('(삭제)', '(removed)'));
  }
  return changes;
}
