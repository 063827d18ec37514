import { signClientSecret } from '../../../lib/smartstore/signature';
import type { ProductBody } from './product-schema';
import { COMMERCE_SEED } from './seed';
import type { CommerceEmulator } from './server';

/** A response; `json` is the parsed body as the caller expects it (undefined when it is not JSON). */
export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

/** Any error family: gateway, order or product/seller. */
export interface ErrorBody {
  code: string;
  message: string;
  timestamp: string;
  traceId: string;
  invalidInputs?: { name: string; type: string; message: string }[];
}

export interface TokenBody {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** The order family: data on success, the error fields otherwise. */
export type OrderResponse<T> = Partial<ErrorBody> & { timestamp: string; traceId: string; data: T };

export interface FeedRow {
  orderId: string;
  productOrderId: string;
  lastChangedType: string;
  lastChangedDate: string;
  productOrderStatus: string;
  paymentDate?: string;
  claimType?: string;
  claimStatus?: string;
  receiverAddressChanged?: boolean;
}

export interface FeedData {
  count: number;
  lastChangeStatuses: FeedRow[];
  more?: { moreFrom: string; moreSequence: string };
}

export type Fields = Record<string, unknown>;

export interface ProductOrderDetail {
  order: Fields & { orderId: string };
  productOrder: Fields & { productOrderId: string };
  delivery?: Fields;
  currentClaim?: { cancel?: Fields; return?: Fields; exchange?: Fields };
  completedClaims?: Fields[];
}

export interface FailInfo {
  productOrderId: string;
  code: string;
  message: string;
}

export interface ActionData {
  successProductOrderIds?: string[];
  successProductOrderInfos?: { productOrderId: string; isReceiverAddressChanged: boolean }[];
  failProductOrderInfos: FailInfo[];
}

export interface ChannelProductSummary extends Fields {
  originProductNo: number;
  channelProductNo: number;
  name: string;
}

export interface SearchResult extends Partial<ErrorBody> {
  contents: { originProductNo: number; channelProducts: ChannelProductSummary[] }[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
  first: boolean;
  last: boolean;
  sort: { sorted: boolean; fields: { name: string; direction: string }[] };
}

export type ProductDetail = Required<Pick<ProductBody, 'originProduct' | 'smartstoreChannelProduct'>>;

export async function http<T = unknown>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | FormData } = {},
): Promise<HttpResult<T>> {
  const res = await fetch(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as T };
}

export type AppKey = 'selfApp' | 'agencyApp' | 'otherAgencyApp';

export interface TokenRequest {
  base?: 'external' | 'partner';
  app?: AppKey;
  type?: string;
  accountId?: string;
  timestamp?: number;
  sign?: string;
}

/** Sends a token request as Naver documents it (form body), with overridable parts. */
export async function requestToken(
  emu: CommerceEmulator,
  req: TokenRequest = {},
): Promise<HttpResult<TokenBody & ErrorBody>> {
  const app = COMMERCE_SEED[req.app ?? 'selfApp'];
  const timestamp = req.timestamp ?? emu.scenario.now();
  const form = new URLSearchParams({
    client_id: app.clientId,
    timestamp: String(timestamp),
    grant_type: 'client_credentials',
    client_secret_sign: req.sign ?? signClientSecret(app.clientId, app.clientSecret, timestamp),
    type: req.type ?? (req.app === 'selfApp' || req.app === undefined ? 'SELF' : 'SELLER'),
  });
  if (req.accountId !== undefined) form.set('account_id', req.accountId);
  const base = req.base ?? (req.app === 'selfApp' || req.app === undefined ? 'external' : 'partner');
  return http<TokenBody & ErrorBody>(`${emu.url}/${base}/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

export interface Session {
  base: 'external' | 'partner';
  token: string;
}

/** A token for seller A through the SELF app, or for a seller through the agency app. */
export async function session(
  emu: CommerceEmulator,
  who: { app?: AppKey; accountId?: string } = {},
): Promise<Session> {
  const app = who.app ?? 'selfApp';
  const base = app === 'selfApp' ? 'external' : 'partner';
  const res = await requestToken(emu, { app, ...(who.accountId ? { accountId: who.accountId } : {}) });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`);
  return { base, token: res.json.access_token };
}

export async function api<T = ErrorBody>(
  emu: CommerceEmulator,
  s: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { authorization: `Bearer ${s.token}` };
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return http(`${emu.url}/${s.base}${path}`, {
    method,
    headers,
    ...(payload !== undefined ? { body: payload } : {}),
  });
}

/** `2026-11-27T14:03:00.000+09:00`, percent-encoded for a query string. */
export function kstParam(ms: number): string {
  return encodeURIComponent(`${new Date(ms + 9 * 3600_000).toISOString().slice(0, 23)}+09:00`);
}

export const SELLER_A = COMMERCE_SEED.sellers.A.accountId;
export const SELLER_B = COMMERCE_SEED.sellers.B.accountId;
export const SELLER_C = COMMERCE_SEED.sellers.C.accountId;
