import { type ProductLink, ProductLinkInputSchema } from '../../../../lib/sixshop/schemas';
import { conflict, invalid, notFound, validate } from '../http';
import { route } from '../router';
import { findAccount, findProduct, listFor } from './lookup';

export const productLinkRoutes = [
  route('GET', '/api/v1/market-accounts/:id/product-links', ({ shop, params }) => {
    const account = findAccount(shop, params.id);
    return { status: 200, body: { items: shop.productLinks[account.id] ?? [] } };
  }),

  route(
    'PUT',
    '/api/v1/market-accounts/:id/product-links/:shopProductId',
    ({ shop, params, body, commit }) => {
      const account = findAccount(shop, params.id);
      const product = findProduct(shop, params.shopProductId);
      const input = validate(ProductLinkInputSchema, body);
      if (input.shopRevision > product.revision) {
        throw invalid([
          {
            path: 'shopRevision',
            message: `상품의 현재 버전(${product.revision})보다 큰 버전입니다. 상품을 다시 불러와 주세요.`,
          },
        ]);
      }
      const links = listFor(shop.productLinks, account.id);
      const other = links.find(
        (l) =>
          l.shopProductId !== product.id &&
          (l.originProductNo === input.originProductNo || l.channelProductNo === input.channelProductNo),
      );
      if (other) {
        throw conflict(
          `이 스마트스토어 상품은 이미 다른 식스샵 프로 상품(${other.shopProductId})과 연동되어 있습니다. 그 연동을 먼저 해제해 주세요.`,
        );
      }
      const link: ProductLink = { shopProductId: product.id, ...input };
      const at = links.findIndex((l) => l.shopProductId === product.id);
      if (at >= 0) links[at] = link;
      else links.push(link);
      commit();
      return { status: at >= 0 ? 200 : 201, body: link };
    },
  ),

  route('DELETE', '/api/v1/market-accounts/:id/product-links/:shopProductId', ({ shop, params, commit }) => {
    const account = findAccount(shop, params.id);
    const links = shop.productLinks[account.id] ?? [];
    const at = links.findIndex((l) => l.shopProductId === params.shopProductId);
    if (at < 0)
      throw notFound('이 상품은 이 마켓 계정과 연동되어 있지 않습니다. 상품 연동 목록을 새로 고쳐 주세요.');
    links.splice(at, 1);
    commit();
    return { status: 200, body: { deleted: true } };
  }),
];
