import type { AuthContext } from './auth';
import type { EmulatorContext } from './context';
import type { ErrorFamily } from './errors';
import type { ApiResponse, IncomingCall } from './http';
import { uploadImages } from './images';
import { confirmProductOrders, dispatchProductOrders, requestCancel } from './order-actions';
import { lastChangedStatuses, productOrderIdsOfOrder, queryProductOrders } from './orders';
import {
  createProduct,
  getChannelProduct,
  getOriginProduct,
  searchProducts,
  updateProduct,
} from './products';
import { sellerAccount, sellerChannels } from './seller';
import type { ApiGroup } from './state';

export const API_IDS = [
  'orders.lastChangedStatuses',
  'orders.query',
  'orders.confirm',
  'orders.dispatch',
  'orders.cancelRequest',
  'orders.productOrderIds',
  'products.search',
  'products.get',
  'products.create',
  'products.update',
  'products.channelGet',
  'images.upload',
  'seller.account',
  'seller.channels',
] as const;
export type ApiId = (typeof API_IDS)[number];

type Handler = (
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
  params: string[],
) => ApiResponse | Promise<ApiResponse>;

export interface Route {
  method: string;
  pattern: RegExp;
  api: ApiId;
  group: ApiGroup;
  family: ErrorFamily;
  handle: Handler;
}

const PO = '/v1/pay-order/seller';

const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${PO}/product-orders/last-changed-statuses$`),
    api: 'orders.lastChangedStatuses',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth) => lastChangedStatuses(ctx, call, auth),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${PO}/product-orders/query$`),
    api: 'orders.query',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth) => queryProductOrders(ctx, call, auth),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${PO}/product-orders/confirm$`),
    api: 'orders.confirm',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth) => confirmProductOrders(ctx, call, auth),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${PO}/product-orders/dispatch$`),
    api: 'orders.dispatch',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth) => dispatchProductOrders(ctx, call, auth),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${PO}/product-orders/([^/]+)/claim/cancel/request$`),
    api: 'orders.cancelRequest',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth, [id]) => requestCancel(ctx, call, auth, id ?? ''),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${PO}/orders/([^/]+)/product-order-ids$`),
    api: 'orders.productOrderIds',
    group: 'order',
    family: 'order',
    handle: (ctx, call, auth, [id]) => productOrderIdsOfOrder(ctx, call, auth, id ?? ''),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/products\/search$/,
    api: 'products.search',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth) => searchProducts(ctx, call, auth),
  },
  {
    method: 'GET',
    pattern: /^\/v2\/products\/origin-products\/(\d{1,16})$/,
    api: 'products.get',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth, [no]) => getOriginProduct(ctx, call, auth, Number(no)),
  },
  {
    method: 'POST',
    pattern: /^\/v2\/products$/,
    api: 'products.create',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth) => createProduct(ctx, call, auth),
  },
  {
    method: 'PUT',
    pattern: /^\/v2\/products\/origin-products\/(\d{1,16})$/,
    api: 'products.update',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth, [no]) => updateProduct(ctx, call, auth, Number(no)),
  },
  {
    method: 'GET',
    pattern: /^\/v2\/products\/channel-products\/(\d{1,16})$/,
    api: 'products.channelGet',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth, [no]) => getChannelProduct(ctx, call, auth, Number(no)),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/product-images\/upload$/,
    api: 'images.upload',
    group: 'product',
    family: 'product',
    handle: (ctx, call, auth) => uploadImages(ctx, call, auth),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/seller\/account$/,
    api: 'seller.account',
    group: 'seller',
    family: 'product',
    handle: (_ctx, _call, auth) => sellerAccount(auth),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/seller\/channels$/,
    api: 'seller.channels',
    group: 'seller',
    family: 'product',
    handle: (_ctx, _call, auth) => sellerChannels(auth),
  },
];

/** The route for a path below a base; unknown paths and methods have none (→ GW.NOT_FOUND). */
export function matchRoute(method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    try {
      return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
