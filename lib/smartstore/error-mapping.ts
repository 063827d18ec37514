import { t } from '../i18n';
import { CommerceApiError, type CommerceErrorKind } from './errors';
import { NaverErrorBodySchema, ShopRelayErrorBodySchema } from './schemas/common';

export interface ErrorSource {
  /** Which call failed; the token endpoint's rejections mean something else than an API call's. */
  endpoint: 'token' | 'api';
  status?: number;
  text?: string;
  headers?: Headers;
  /** The request threw before any response (timeout, refused, reset). */
  cause?: unknown;
  /** A response came but its body broke the schema. */
  badBody?: boolean;
}

export const TRACE_HEADER = 'GNCP-GW-Trace-ID';

/** Turns whatever came back into a typed error with Naver's code, message and trace ID. */
export function toCommerceError(src: ErrorSource): CommerceApiError {
  const traceFromHeader = src.headers?.get(TRACE_HEADER) ?? undefined;
  if (src.status === undefined) {
    return new CommerceApiError({ kind: isTimeout(src.cause) ? 'timeout' : 'network', cause: src.cause });
  }
  let json: unknown;
  try {
    json = src.text ? JSON.parse(src.text) : undefined;
  } catch {
    json = undefined;
  }
  if (src.badBody) {
    return new CommerceApiError({
      kind: 'bad-response',
      status: src.status,
      traceId: traceFromHeader,
      body: json,
    });
  }
  const relay = ShopRelayErrorBodySchema.safeParse(json);
  if (relay.success) {
    const code = relay.data.error.code;
    const kind: CommerceErrorKind =
      code === 'SHOP_KEY_REJECTED'
        ? 'shop-key-rejected'
        : code === 'UPSTREAM_UNREACHABLE'
          ? 'network'
          : byStatus(src.status);
    return new CommerceApiError({
      kind,
      status: src.status,
      code,
      naverMessage: relay.data.error.message,
      body: json,
    });
  }
  const naver = NaverErrorBodySchema.safeParse(json);
  const code = naver.success ? naver.data.code : undefined;
  const common = {
    status: src.status,
    code,
    naverMessage: naver.success ? naver.data.message : undefined,
    traceId: (naver.success ? naver.data.traceId : undefined) ?? traceFromHeader,
    invalidInputs: naver.success ? (naver.data.invalidInputs ?? undefined) : undefined,
    body: json,
  };
  const tokenField = common.invalidInputs?.some((i) => TOKEN_FIELDS.has(i.name)) ?? false;
  const kind = classify(src.endpoint, src.status, code, tokenField);
  // A token refusal passed on by the shop backend's relay: the backend signed it, not this computer.
  const relayed =
    src.endpoint === 'api' && kind === 'token-rejected' && common.invalidInputs?.[0]?.name !== 'account_id';
  return new CommerceApiError({
    ...common,
    kind,
    ...(relayed
      ? {
          userMessage: t(
            '식스샵 프로 연동 서버의 스마트스토어 인증 요청이 거부되었습니다. 잠시 후 다시 시도하고, 계속되면 식스샵 프로 고객센터에 알려 주세요.',
            "The Sixshop Pro link server's SmartStore authentication request was refused. Try again in a moment; if it keeps happening, tell Sixshop Pro customer support.",
          ),
        }
      : {}),
  });
}

/** Fields of the token request: an error naming one is a rejected token request, even when a relay passed it on. */
const TOKEN_FIELDS = new Set([
  'client_id',
  'client_secret_sign',
  'timestamp',
  'type',
  'account_id',
  'grant_type',
]);

function classify(
  endpoint: 'token' | 'api',
  status: number,
  code: string | undefined,
  tokenField: boolean,
): CommerceErrorKind {
  if (code === 'GW.IP_NOT_ALLOWED') return 'ip-not-allowed';
  if (code === 'GW.RATE_LIMIT') return 'rate-limited';
  if (code === 'GW.QUOTA_LIMIT') return 'quota';
  if (tokenField && status < 500) return 'token-rejected';
  if (endpoint === 'token') {
    if (status === 403) return 'agency-not-selected';
    if (status >= 500) return 'server';
    return 'token-rejected';
  }
  if (code === 'GW.AUTHN') return 'auth';
  if (code?.startsWith('GW.TIMEOUT')) return 'timeout';
  if (code?.startsWith('GW.')) return code === 'GW.NOT_FOUND' ? 'not-found' : 'server';
  // A 403 that is not the IP list is an API group the seller did not give to this app (UNCONFIRMED wording).
  if (status === 403) return 'agency-not-selected';
  return byStatus(status);
}

function byStatus(status: number): CommerceErrorKind {
  if (status === 401) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'validation';
}

function isTimeout(cause: unknown): boolean {
  for (let e: unknown = cause, depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object' && e !== null) {
      const name = (e as { name?: unknown }).name;
      if (name === 'TimeoutError') return true;
      e = (e as { cause?: unknown }).cause;
    } else break;
  }
  return false;
}

/** True when the request certainly never reached the server (nothing could have been applied). */
export function neverSent(cause: unknown): boolean {
  for (let e: unknown = cause, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object' || e === null) break;
    const code = (e as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
