import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyClientSecretSign } from '../../../lib/smartstore/signature';

/**
 * A tiny stand-in for the Commerce API under `/partner`, for relay tests: a token endpoint that checks the
 * real bcrypt signature, and API routes that echo what they received, answer with a chosen status, or
 * reject a token with 401 GW.AUTHN.
 */
export interface FakeCommerceOptions {
  clientId: string;
  clientSecret: string;
  /** API seller IDs that chose this agency */
  sellers: string[];
}

export interface TokenRequest {
  clientId: string;
  type: string;
  accountId: string | undefined;
}

export interface ApiCall {
  method: string;
  /** path after `/partner`, query included, as received */
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Buffer;
}

export interface FakeCommerce {
  url: string;
  tokenRequests: TokenRequest[];
  calls: ApiCall[];
  /** The next n API calls answer 401 GW.AUTHN. */
  rejectNextTokens(n: number): void;
  /** Every issued token stops working (like expiry); new tokens work. */
  expireTokens(): void;
  close(): Promise<void>;
}

const TRACE = 'ar2-fake-commerce^1700000000000^1';

export async function startFakeCommerce(opts: FakeCommerceOptions): Promise<FakeCommerce> {
  const tokenRequests: TokenRequest[] = [];
  const calls: ApiCall[] = [];
  const live = new Map<string, string>(); // token → account
  let issued = 0;
  let rejectNext = 0;

  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const url = req.url ?? '/';
    if (req.method === 'POST' && url === '/partner/v1/oauth2/token') return token(body, res);
    if (!url.startsWith('/partner/')) return json(res, 404, { code: 'GW.NOT_FOUND', message: 'not found' });
    const rest = url.slice('/partner'.length);
    calls.push({
      method: req.method ?? '',
      url: rest,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    });
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const accountId = bearer ? live.get(bearer) : undefined;
    if (!accountId || rejectNext > 0) {
      if (rejectNext > 0) rejectNext--;
      return json(
        res,
        401,
        { code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.', traceId: TRACE },
        gncp(),
      );
    }
    const status = /^\/v1\/status\/(\d{3})/.exec(rest)?.[1];
    if (status) {
      return json(
        res,
        Number(status),
        {
          code: 'GW.RATE_LIMIT',
          message: '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.',
          traceId: TRACE,
        },
        {
          ...gncp(),
          'GNCP-GW-RateLimit-Remaining': '0',
          'GNCP-GW-RateLimit-Replenish-Rate': '2',
        },
      );
    }
    return json(
      res,
      200,
      {
        accountId,
        method: req.method,
        url: rest,
        contentType: req.headers['content-type'] ?? null,
        bodyBase64: body.toString('base64'),
      },
      gncp(),
    );
  });

  function token(body: Buffer, res: ServerResponse): void {
    const form = new URLSearchParams(body.toString('utf8'));
    const clientId = form.get('client_id') ?? '';
    const type = form.get('type') ?? '';
    const accountId = form.get('account_id') ?? undefined;
    tokenRequests.push({ clientId, type, accountId });
    const timestamp = Number(form.get('timestamp'));
    const sign = form.get('client_secret_sign') ?? '';
    const signed =
      clientId === opts.clientId && verifyClientSecretSign(clientId, opts.clientSecret, timestamp, sign);
    if (!signed) {
      json(res, 400, {
        code: 'BAD_REQUEST',
        message: '요청 파라미터가 올바르지 않습니다.',
        timestamp: '2025-03-01T09:00:00.000+09:00',
        invalidInputs: [
          { name: 'client_secret_sign', type: 'INVALID', message: '서명이 올바르지 않습니다.' },
        ],
      });
      return;
    }
    if (type !== 'SELLER' || !accountId || !opts.sellers.includes(accountId)) {
      json(res, 403, {
        code: 'FORBIDDEN',
        message: '판매자가 이 API 대행사를 선택하지 않았습니다.',
        timestamp: '2025-03-01T09:00:00.000+09:00',
      });
      return;
    }
    const accessToken = `tok-${accountId}-${++issued}`;
    live.set(accessToken, accountId);
    json(res, 200, { access_token: accessToken, expires_in: 10800, token_type: 'Bearer' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    tokenRequests,
    calls,
    rejectNextTokens: (n) => {
      rejectNext = n;
    },
    expireTokens: () => live.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function gncp(): Record<string, string> {
  return { 'GNCP-GW-Trace-ID': TRACE, 'GNCP-GW-HttpClient-ResponseTime': '12' };
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
