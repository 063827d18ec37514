import type { ItemOutcome } from './batch';
import {
  type CommerceAuth,
  type CommerceHttpOptions,
  createCommerceHttp,
  headerAuth,
  tokenAuth,
} from './http';
import * as orders from './orders';
import * as products from './products';
import * as seller from './seller';
import { createTokenProvider, type TokenStore } from './token';

/**
 * The Commerce API client. Nothing above it knows how calls reach SmartStore: directly with the seller's own
 * application (`/external`, type SELF), or through the shop backend's relay for agency links.
 */
export interface CommerceClient {
  changedStatusesPage(
    q: Parameters<typeof orders.getChangedStatusesPage>[1],
  ): Promise<orders.ChangedStatusesPage>;
  iterateChangedStatuses(q: orders.ChangedStatusesQuery): AsyncGenerator<orders.ChangedStatusesPage>;
  queryProductOrders(ids: readonly string[]): ReturnType<typeof orders.queryProductOrders>;
  getProductOrderIds(orderId: string): Promise<string[]>;
  confirm(ids: readonly string[]): Promise<ItemOutcome[]>;
  dispatch(items: readonly orders.DispatchItem[]): Promise<ItemOutcome[]>;
  requestCancel(productOrderId: string, req: orders.CancelRequest): Promise<ItemOutcome>;
  searchProducts(q?: products.ProductSearchQuery): ReturnType<typeof products.searchProducts>;
  iterateProductPages(
    q?: Omit<products.ProductSearchQuery, 'page'>,
  ): ReturnType<typeof products.iterateProductPages>;
  getOriginProduct(originProductNo: number): ReturnType<typeof products.getOriginProduct>;
  getChannelProduct(channelProductNo: number): ReturnType<typeof products.getChannelProduct>;
  createProduct(body: products.ProductWriteBody): ReturnType<typeof products.createProduct>;
  updateOriginProduct(originProductNo: number, body: products.ProductWriteBody): Promise<void>;
  uploadImages(files: readonly products.ImageFile[]): Promise<string[]>;
  getSellerAccount(): Promise<seller.SellerAccount>;
  getSellerChannels(): Promise<seller.SellerChannel[]>;
}

export type ClientOptions = Omit<CommerceHttpOptions, 'baseUrl' | 'auth'>;

export function createCommerceClient(opts: CommerceHttpOptions): CommerceClient {
  const http = createCommerceHttp(opts);
  return {
    changedStatusesPage: (q) => orders.getChangedStatusesPage(http, q),
    iterateChangedStatuses: (q) => orders.iterateChangedStatuses(http, q),
    queryProductOrders: (ids) => orders.queryProductOrders(http, ids),
    getProductOrderIds: (orderId) => orders.getProductOrderIds(http, orderId),
    confirm: (ids) => orders.confirmProductOrders(http, ids),
    dispatch: (items) => orders.dispatchProductOrders(http, items),
    requestCancel: (id, req) => orders.requestCancel(http, id, req),
    searchProducts: (q) => products.searchProducts(http, q),
    iterateProductPages: (q) => products.iterateProductPages(http, q),
    getOriginProduct: (no) => products.getOriginProduct(http, no),
    getChannelProduct: (no) => products.getChannelProduct(http, no),
    createProduct: (body) => products.createProduct(http, body),
    updateOriginProduct: (no, body) => products.updateOriginProduct(http, no, body),
    uploadImages: (files) => products.uploadImages(http, files),
    getSellerAccount: () => seller.getSellerAccount(http),
    getSellerChannels: () => seller.getSellerChannels(http),
  };
}

/** Own application (내 애플리케이션): signs for a type SELF token and calls `<apiOrigin>/external` directly. */
export function ownAppClient(
  conn: { apiOrigin: string; clientId: string; clientSecret: string; tokenStore?: TokenStore },
  opts: ClientOptions = {},
): CommerceClient {
  const baseUrl = `${conn.apiOrigin.replace(/\/+$/, '')}/external`;
  const provider = createTokenProvider({
    baseUrl,
    clientId: conn.clientId,
    clientSecret: conn.clientSecret,
    type: 'SELF',
    ...(conn.tokenStore ? { store: conn.tokenStore } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return createCommerceClient({ ...opts, baseUrl, auth: tokenAuth(provider) });
}

/**
 * Agency link: calls go to the shop backend's relay, which holds the agency app's secret and adds a
 * type SELLER token for this seller. The extension only sends the shop key.
 */
export function relayClient(
  conn: { relayBaseUrl: string; shopKey: string },
  opts: ClientOptions = {},
): CommerceClient {
  const auth: CommerceAuth = headerAuth({ Authorization: `Bearer ${conn.shopKey}` });
  return createCommerceClient({ ...opts, baseUrl: conn.relayBaseUrl, auth });
}
