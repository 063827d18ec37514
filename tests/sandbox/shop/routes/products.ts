import {
  type OptionCombinationInput,
  type ProductOptions,
  type ShopProduct,
  ShopProductCreateSchema,
  ShopProductQuerySchema,
  ShopProductReplaceSchema,
} from '../../../../lib/sixshop/schemas';
import { conflict, invalid, validate } from '../http';
import { type RouteContext, route } from '../router';
import { findProduct, paginate } from './lookup';

interface OptionsInput {
  groupNames: string[];
  combinations: OptionCombinationInput[];
}

/** Keeps given combination IDs (they must belong to the product) and assigns new ones. */
function withCombinationIds(
  ctx: RouteContext,
  options: OptionsInput | undefined,
  current: ShopProduct | undefined,
): ProductOptions | undefined {
  if (!options) return undefined;
  const known = new Set(current?.options?.combinations.map((c) => c.id) ?? []);
  const unknown = options.combinations.flatMap((c, i) =>
    c.id !== undefined && !known.has(c.id)
      ? [
          {
            path: `options.combinations.${i}.id`,
            message: '이 상품에 없는 옵션 조합입니다. ID를 비우면 새 조합으로 추가됩니다.',
          },
        ]
      : [],
  );
  if (unknown.length > 0) throw invalid(unknown);
  return {
    groupNames: options.groupNames,
    combinations: options.combinations.map((c) => ({ ...c, id: c.id ?? ctx.nextId('combination') })),
  };
}

function byNewest(a: ShopProduct, b: ShopProduct): number {
  return b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id) || b.id.localeCompare(a.id);
}

export const productRoutes = [
  route('GET', '/api/v1/products', ({ shop, query }) => {
    const { page, size, q } = validate(ShopProductQuerySchema, Object.fromEntries(query));
    const needle = q?.toLowerCase();
    const matches = shop.products
      .filter(
        (p) =>
          !needle || p.name.toLowerCase().includes(needle) || p.sellerCode?.toLowerCase().includes(needle),
      )
      .sort(byNewest);
    return { status: 200, body: paginate(matches, page, size) };
  }),

  route('GET', '/api/v1/products/:id', ({ shop, params }) => ({
    status: 200,
    body: findProduct(shop, params.id),
  })),

  route('POST', '/api/v1/products', (ctx) => {
    const { options, ...input } = validate(ShopProductCreateSchema, ctx.body);
    const product: ShopProduct = {
      id: ctx.nextId('product'),
      ...input,
      revision: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const withIds = withCombinationIds(ctx, options, undefined);
    if (withIds) product.options = withIds;
    ctx.shop.products.push(product);
    ctx.commit();
    return { status: 201, body: product };
  }),

  route('PUT', '/api/v1/products/:id', (ctx) => {
    const current = findProduct(ctx.shop, ctx.params.id);
    const { options, expectedRevision, ...input } = validate(ShopProductReplaceSchema, ctx.body);
    if (expectedRevision !== undefined && expectedRevision !== current.revision) {
      throw conflict(
        `상품이 그사이 다른 곳에서 수정되었습니다 (읽은 버전 ${expectedRevision}, 현재 버전 ${current.revision}). 상품을 다시 불러온 뒤 수정해 주세요.`,
      );
    }
    const withIds = withCombinationIds(ctx, options, current);
    const next: ShopProduct = {
      id: current.id,
      ...input,
      revision: current.revision + 1,
      createdAt: current.createdAt,
      updatedAt: ctx.now,
    };
    if (withIds) next.options = withIds;
    ctx.shop.products[ctx.shop.products.indexOf(current)] = next;
    ctx.commit();
    return { status: 200, body: next };
  }),
];
