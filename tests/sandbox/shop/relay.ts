import { LIMITS } from '../../../lib/smartstore/limits';
import { createTokenProvider, type TokenProvider } from '../../../lib/smartstore/token';

/**
 * The Commerce API relay for agency links: `…/relay/smartstore/<apiSellerId>/v1/<rest>` goes to
 * `<commerceBaseUrl>/partner/v1/<rest>` with a `type=SELLER` token for that seller, issued with the agency
 * app's credentials (which never leave the backend). Status, body and `GNCP-GW-*` headers come back as they are.
 */
export interface CommerceRelayOptions {
  /** origin of the Commerce API, without `/partner` */
  commerceBaseUrl: string;
  agency: { clientId: string; clientSecret: string };
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

export interface RelayRequest {
  apiSellerId: string;
  /** `v1/…` or `v2/…`, still percent-encoded */
  path: string;
  /** `?…` or empty */
  search: string;
  method: string;
  contentType?: string | undefined;
  accept?: string | undefined;
  body: Uint8Array;
}

export interface RelayReply {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface CommerceRelay {
  handle(req: RelayRequest): Promise<RelayReply>;
}

/** Paths the relay forwards: versioned API paths, never the token endpoint. */
export function isRelayablePath(path: string): boolean {
  return /^v\d+\/[^?#]+$/.test(path) && !/^v\d+\/oauth2(\/|$)/.test(path);
}

export function createCommerceRelay(opts: CommerceRelayOptions): CommerceRelay {
  const base = opts.commerceBaseUrl.replace(/\/+$/, '');
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? LIMITS.requestTimeoutMs;
  const providers = new Map<string, TokenProvider>();

  function providerFor(apiSellerId: string): TokenProvider {
    let provider = providers.get(apiSellerId);
    if (!provider) {
      provider = createTokenProvider({
        baseUrl: `${base}/partner`,
        clientId: opts.agency.clientId,
        clientSecret: opts.agency.clientSecret,
        type: 'SELLER',
        accountId: apiSellerId,
        ...(opts.now ? { now: opts.now } : {}),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      });
      providers.set(apiSellerId, provider);
    }
    return provider;
  }

  async function handle(req: RelayRequest): Promise<RelayReply> {
    const provider = providerFor(req.apiSellerId);
    const url = `${base}/partner/${req.path}${req.search}`;
    const sendsBody = req.method !== 'GET' && req.method !== 'HEAD' && req.body.byteLength > 0;
    for (let attempt = 1; ; attempt++) {
      let token: string;
      try {
        token = await provider.getToken();
      } catch (error) {
        return tokenFailure(error);
      }
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      if (req.contentType) headers['Content-Type'] = req.contentType;
      if (req.accept) headers.Accept = req.accept;
      let res: Response;
      let body: Uint8Array;
      try {
        res = await fetchImpl(url, {
          method: req.method,
          headers,
          ...(sendsBody ? { body: new Uint8Array(req.body) } : {}),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = new Uint8Array(await res.arrayBuffer());
      } catch {
        return unreachable('스마트스토어 커머스API에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.');
      }
      if (res.status === 401 && attempt === 1 && gatewayCode(body) === 'GW.AUTHN') {
        await provider.invalidate(token);
        continue;
      }
      return { status: res.status, headers: passThroughHeaders(res.headers), body };
    }
  }

  return { handle };
}

/**
 * Naver's token error, status and body as Naver sent them. No usable answer becomes 502; anything else
 * (the agency credentials cannot even be signed) is this backend's own fault: 500, without details.
 */
function tokenFailure(error: unknown): RelayReply {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    body?: unknown;
    traceId?: unknown;
    kind?: unknown;
  };
  if (typeof e.status === 'number' && e.status >= 400) {
    const headers: Record<string, string> = { 'content-type': 'application/json;charset=UTF-8' };
    if (typeof e.traceId === 'string') headers['gncp-gw-trace-id'] = e.traceId;
    const text = e.body === undefined ? '' : JSON.stringify(e.body);
    return { status: e.status, headers, body: new TextEncoder().encode(text) };
  }
  if (typeof e.status === 'number' || e.kind === 'network' || e.kind === 'timeout') {
    return unreachable('스마트스토어 인증 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.');
  }
  return ownError(
    500,
    'INTERNAL',
    '식스샵 프로 서버의 스마트스토어 대행사 설정에 문제가 있습니다. 잠시 후 다시 시도하고, 계속되면 고객센터에 알려 주세요.',
  );
}

function unreachable(message: string): RelayReply {
  return ownError(502, 'UPSTREAM_UNREACHABLE', message);
}

function ownError(status: number, code: string, message: string): RelayReply {
  const body = { error: { code, message } };
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: new TextEncoder().encode(JSON.stringify(body)),
  };
}
function gatewayCode(body: Uint8Array): string | undefined {
  try {
    const json = JSON.parse(new TextDecoder().decode(body)) as { code?: unknown };
    return typeof json?.code === 'string' ? json.code : undefined;
  } catch {
    return undefined;
  }
}

function passThroughHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower === 'content-type' || lower.startsWith('gncp-gw-')) out[lower] = value;
  });
  return out;
}
