import { z } from 'zod/mini';
import { textFetcher } from '../smartstore/http';
import { relayBaseUrl, shopAuthHeaders, trimBaseUrl } from './auth';
import { kindOfStatus, redact, ShopBackendError } from './errors';
import { SHOP_LIMITS } from './limits';
import {
  type Deleted,
  DeletedSchema,
  type MarketAccount,
  type MarketAccountCreate,
  MarketAccountListSchema,
  MarketAccountSchema,
  type MarketOrder,
  type MarketOrderPage,
  MarketOrderPageSchema,
  type MarketOrderQuery,
  type MarketOrderUpsertResult,
  MarketOrderUpsertResultSchema,
  type ProductLink,
  type ProductLinkInput,
  ProductLinkListSchema,
  ProductLinkSchema,
  type SalesPreset,
  type SalesPresetCreate,
  SalesPresetListSchema,
  type SalesPresetReplace,
  SalesPresetSchema,
  ShopErrorBodySchema,
  type ShopInfo,
  ShopInfoSchema,
  type ShopProduct,
  type ShopProductCreate,
  type ShopProductPage,
  ShopProductPageSchema,
  type ShopProductQuery,
  type ShopProductReplace,
  ShopProductSchema,
  type UnlinkCounts,
  UnlinkCountsSchema,
  type UnlinkResult,
  UnlinkResultSchema,
} from './schemas';

export { relayBaseUrl, shopAuthHeaders } from './auth';

export interface ShopClientOptions {
  /** e.g. `https://api.sixshop.example` (no `/api/v1`) */
  baseUrl: string;
  shopKey: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** pause before the one retry of a read */
  retryDelayMs?: number;
}

export interface ShopClient {
  readonly baseUrl: string;
  /** Base URL of the Commerce API relay for this seller (send `shopAuthHeaders` with it). */
  relayBaseUrl(apiSellerId: string): string;

  getShop(): Promise<ShopInfo>;

  listMarketAccounts(): Promise<MarketAccount[]>;
  createMarketAccount(input: MarketAccountCreate): Promise<MarketAccount>;
  renameMarketAccount(accountId: string, alias: string): Promise<MarketAccount>;
  getMarketAccountSummary(accountId: string): Promise<UnlinkCounts>;
  unlinkMarketAccount(accountId: string): Promise<UnlinkResult>;

  listProducts(query?: ShopProductQuery): Promise<ShopProductPage>;
  getProduct(productId: string): Promise<ShopProduct>;
  createProduct(input: ShopProductCreate): Promise<ShopProduct>;
  replaceProduct(productId: string, input: ShopProductReplace): Promise<ShopProduct>;

  listProductLinks(accountId: string): Promise<ProductLink[]>;
  putProductLink(accountId: string, shopProductId: string, input: ProductLinkInput): Promise<ProductLink>;
  deleteProductLink(accountId: string, shopProductId: string): Promise<Deleted>;

  /** Upserts any number of orders, 300 per call; the counts add up over the calls. */
  upsertMarketOrders(accountId: string, orders: readonly MarketOrder[]): Promise<MarketOrderUpsertResult>;
  listMarketOrders(accountId: string, query?: MarketOrderQuery): Promise<MarketOrderPage>;

  listSalesPresets(accountId: string): Promise<SalesPreset[]>;
  createSalesPreset(accountId: string, input: SalesPresetCreate): Promise<SalesPreset>;
  replaceSalesPreset(accountId: string, presetId: string, input: SalesPresetReplace): Promise<SalesPreset>;
  deleteSalesPreset(accountId: string, presetId: string): Promise<Deleted>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface CallSpec<S extends z.core.$ZodType> {
  method: Method;
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  body?: unknown;
  schema: S;
}

/** Reads are retried once on these statuses or a failed connection; writes never. */
const READ_RETRY_STATUSES = new Set([502, 503, 504]);

export function createShopClient(opts: ShopClientOptions): ShopClient {
  const baseUrl = trimBaseUrl(opts.baseUrl);
  const secrets = [opts.shopKey, opts.shopKey.trim()];
  const retryDelayMs = opts.retryDelayMs ?? 300;
  const send = textFetcher({
    baseUrl: `${baseUrl}/api/v1`,
    timeoutMs: opts.timeoutMs ?? SHOP_LIMITS.requestTimeoutMs,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });

  async function call<S extends z.core.$ZodType>(spec: CallSpec<S>): Promise<z.output<S>> {
    const read = spec.method === 'GET';
    const headers: Record<string, string> = { Accept: 'application/json', ...shopAuthHeaders(opts.shopKey) };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    for (let attempt = 1; ; attempt++) {
      const mayRetry = read && attempt === 1;
      let status: number;
      let text: string;
      try {
        const res = await send(spec.path, {
          method: spec.method,
          headers,
          ...(spec.query ? { query: spec.query } : {}),
          ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
        });
        status = res.status;
        text = res.text;
      } catch (cause) {
        const timedOut = isTimeout(cause);
        if (mayRetry && !timedOut) {
          await sleep(retryDelayMs);
          continue;
        }
        throw new ShopBackendError({ kind: 'unreachable', timedOut });
      }
      if (mayRetry && READ_RETRY_STATUSES.has(status)) {
        await sleep(retryDelayMs);
        continue;
      }
      return interpret(status, text, spec.schema);
    }
  }

  function interpret<S extends z.core.$ZodType>(status: number, text: string, schema: S): z.output<S> {
    const json = parseJson(text);
    if (status >= 200 && status < 300) {
      const parsed = json.ok ? z.safeParse(schema, json.value) : undefined;
      if (parsed?.success) return parsed.data;
      throw new ShopBackendError({ kind: 'bad-response', status });
    }
    const body = json.ok ? ShopErrorBodySchema.safeParse(json.value) : undefined;
    const error = body?.success ? body.data.error : undefined;
    throw new ShopBackendError({
      kind: kindOfStatus(status, error?.code),
      status,
      code: error?.code,
      serverMessage: error ? redact(error.message, secrets) : undefined,
      fields: error?.fields?.map((f) => ({ path: f.path, message: redact(f.message, secrets) })),
    });
  }

  const account = (id: string) => `/market-accounts/${encodeURIComponent(id)}`;

  return {
    baseUrl,
    relayBaseUrl: (apiSellerId) => relayBaseUrl(baseUrl, apiSellerId),

    getShop: () => call({ method: 'GET', path: '/shop', schema: ShopInfoSchema }),

    listMarketAccounts: async () =>
      (await call({ method: 'GET', path: '/market-accounts', schema: MarketAccountListSchema })).items,
    createMarketAccount: (input) =>
      call({ method: 'POST', path: '/market-accounts', body: input, schema: MarketAccountSchema }),
    renameMarketAccount: (accountId, alias) =>
      call({ method: 'PATCH', path: account(accountId), body: { alias }, schema: MarketAccountSchema }),
    getMarketAccountSummary: (accountId) =>
      call({ method: 'GET', path: `${account(accountId)}/summary`, schema: UnlinkCountsSchema }),
    unlinkMarketAccount: (accountId) =>
      call({ method: 'DELETE', path: account(accountId), schema: UnlinkResultSchema }),

    listProducts: (query = {}) =>
      call({
        method: 'GET',
        path: '/products',
        query: { page: query.page, size: query.size, q: query.q },
        schema: ShopProductPageSchema,
      }),
    getProduct: (productId) =>
      call({ method: 'GET', path: `/products/${encodeURIComponent(productId)}`, schema: ShopProductSchema }),
    createProduct: (input) =>
      call({ method: 'POST', path: '/products', body: input, schema: ShopProductSchema }),
    replaceProduct: (productId, input) =>
      call({
        method: 'PUT',
        path: `/products/${encodeURIComponent(productId)}`,
        body: input,
        schema: ShopProductSchema,
      }),

    listProductLinks: async (accountId) =>
      (
        await call({
          method: 'GET',
          path: `${account(accountId)}/product-links`,
          schema: ProductLinkListSchema,
        })
      ).items,
    putProductLink: (accountId, shopProductId, input) =>
      call({
        method: 'PUT',
        path: `${account(accountId)}/product-links/${encodeURIComponent(shopProductId)}`,
        body: input,
        schema: ProductLinkSchema,
      }),
    deleteProductLink: (accountId, shopProductId) =>
      call({
        method: 'DELETE',
        path: `${account(accountId)}/product-links/${encodeURIComponent(shopProductId)}`,
        schema: DeletedSchema,
      }),

    async upsertMarketOrders(accountId, orders) {
      const total: MarketOrderUpsertResult = { created: 0, updated: 0, unchanged: 0 };
      for (let i = 0; i < orders.length; i += SHOP_LIMITS.ordersPerUpsert) {
        const batch = orders.slice(i, i + SHOP_LIMITS.ordersPerUpsert);
        const r = await call({
          method: 'PUT',
          path: `${account(accountId)}/orders`,
          body: { orders: batch },
          schema: MarketOrderUpsertResultSchema,
        });
        total.created += r.created;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
      }
      return total;
    },
    listMarketOrders: (accountId, query = {}) =>
      call({
        method: 'GET',
        path: `${account(accountId)}/orders`,
        query: { status: query.status, page: query.page, size: query.size },
        schema: MarketOrderPageSchema,
      }),

    listSalesPresets: async (accountId) =>
      (
        await call({
          method: 'GET',
          path: `${account(accountId)}/sales-presets`,
          schema: SalesPresetListSchema,
        })
      ).items,
    createSalesPreset: (accountId, input) =>
      call({
        method: 'POST',
        path: `${account(accountId)}/sales-presets`,
        body: input,
        schema: SalesPresetSchema,
      }),
    replaceSalesPreset: (accountId, presetId, input) =>
      call({
        method: 'PUT',
        path: `${account(accountId)}/sales-presets/${encodeURIComponent(presetId)}`,
        body: input,
        schema: SalesPresetSchema,
      }),
    deleteSalesPreset: (accountId, presetId) =>
      call({
        method: 'DELETE',
        path: `${account(accountId)}/sales-presets/${encodeURIComponent(presetId)}`,
        schema: DeletedSchema,
      }),
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isTimeout(cause: unknown): boolean {
  for (let e: unknown = cause, depth = 0; e && depth < 4; depth++) {
    if (typeof e !== 'object' || e === null) break;
    if ((e as { name?: unknown }).name === 'TimeoutError') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
