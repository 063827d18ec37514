import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, checkApiGroup, handleTokenRequest } from './auth';
import { Clock } from './clock';
import type { EmulatorContext } from './context';
import { ApiError, GW, gatewayError, gatewayErrorForStatus, TraceIds } from './errors';
import { type FaultKind, FaultRegistry, type FaultSpec } from './faults';
import { type ApiResponse, type IncomingCall, normalizeIp, readBody } from './http';
import { serveImage } from './images';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig, RateLimiter } from './rate-limit';
import { matchRoute, type Route } from './router';
import { SCENARIO_HTTP, Scenario, ScenarioError } from './scenario';
import { loadSeed } from './seed';
import { type Base, EmulatorState } from './state';
import { TokenStore } from './tokens';

export type { Scenario } from './scenario';

export interface CommerceEmulatorOptions {
  /** Default 0 (random). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Per API per app; default { replenishRate: 10, burstCapacity: 20 }. */
  rateLimit?: RateLimitConfig;
  /** Keyed by api id, e.g. 'orders.query'. */
  rateLimitOverrides?: Record<string, RateLimitConfig>;
  /** Default true: load the deterministic seed (seed.ts). false: apps and sellers only, no products or orders. */
  seed?: boolean;
  /** Emulator clock = Date.now() + offset. */
  clockOffsetMs?: number;
}

export interface RequestLogEntry {
  /** Emulator clock (epoch ms) when the request arrived. */
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  /** The query string, `?…` or ''. */
  search: string;
  /** An api id, or 'token', 'scenario', 'image', 'unknown'. */
  api: string;
  /** HTTP status sent; 0 when the connection was dropped before any answer. */
  status: number;
  traceId: string;
  clientId?: string;
  accountId?: string;
  productOrderIds?: string[];
  /** The injected fault that affected this request, if any. */
  fault?: FaultKind;
}

export interface CommerceEmulator {
  /** e.g. http://127.0.0.1:43123 (bases are `${url}/external` and `${url}/partner`). */
  url: string;
  port: number;
  close(): Promise<void>;
  scenario: Scenario;
  requests: RequestLogEntry[];
}

interface Rendered {
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

export async function startCommerceEmulator(opts: CommerceEmulatorOptions = {}): Promise<CommerceEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const initialOffset = opts.clockOffsetMs ?? 0;
  const clock = new Clock(initialOffset);
  const requests: RequestLogEntry[] = [];
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const anchor = clock.now();
  const freshState = () => {
    const state = new EmulatorState(url);
    loadSeed(state, anchor, opts.seed ?? true);
    return state;
  };
  const ctx: EmulatorContext = {
    clock,
    state: freshState(),
    tokens: new TokenStore(),
    limiter: new RateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT, opts.rateLimitOverrides ?? {}),
    faults: new FaultRegistry(),
    traces: new TraceIds(),
    baseUrl: url,
  };
  const scenario = new Scenario(ctx, () => {
    clock.setOffset(initialOffset);
    ctx.state = freshState();
    ctx.tokens.expireAll();
    ctx.limiter.reset();
    ctx.faults.clear();
    requests.length = 0;
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // The extension reaches the real API with a host permission; the sandbox on loopback answers with CORS
    // instead, so the very same build works against it.
    for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    handleRequest(ctx, scenario, requests, req, res).catch((error: unknown) => {
      console.error('commerce emulator: unhandled error', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end();
    });
  });

  return {
    url,
    port,
    scenario,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Expose-Headers':
    'GNCP-GW-Trace-ID, GNCP-GW-HttpClient-ResponseTime, GNCP-GW-RateLimit-Replenish-Rate, GNCP-GW-RateLimit-Burst-Capacity, GNCP-GW-RateLimit-Remaining',
} as const;

type Target =
  | { kind: 'scenario'; name: string }
  | { kind: 'image'; id: string }
  | { kind: 'token'; base: Base }
  | { kind: 'api'; base: Base; rest: string; route: Route; params: string[] }
  | { kind: 'unknown'; base?: Base; rest: string };

function classify(method: string, pathname: string): Target {
  if (pathname.startsWith('/__scenario/'))
    return { kind: 'scenario', name: pathname.slice('/__scenario/'.length) };
  const image = /^\/images\/([A-Za-z0-9._-]+)$/.exec(pathname);
  if (image?.[1] && method === 'GET') return { kind: 'image', id: image[1] };
  const based = /^\/(external|partner)(\/.*)$/.exec(pathname);
  if (!based) return { kind: 'unknown', rest: pathname };
  const base = based[1] as Base;
  const rest = based[2] ?? '/';
  if (rest === '/v1/oauth2/token' && method === 'POST') return { kind: 'token', base };
  const match = matchRoute(method, rest);
  return match ? { kind: 'api', base, rest, ...match } : { kind: 'unknown', base, rest };
}

function apiName(target: Target): string {
  switch (target.kind) {
    case 'api':
      return target.route.api;
    case 'scenario':
    case 'image':
    case 'token':
    case 'unknown':
      return target.kind;
  }
}

async function handleRequest(
  ctx: EmulatorContext,
  scenario: Scenario,
  requests: RequestLogEntry[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const arrived = ctx.clock.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const traceId = ctx.traces.next(arrived);
  const target = classify(method, url.pathname);
  const entry: RequestLogEntry = {
    at: arrived,
    method,
    path: url.pathname,
    search: url.search,
    api: apiName(target),
    status: 0,
    traceId,
  };
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch {
    req.socket.destroy();
    requests.push(entry);
    return;
  }

  if (target.kind === 'scenario') {
    const rendered = runScenario(scenario, requests, target.name, method, url, body);
    entry.status = rendered.status;
    requests.push(entry);
    send(res, rendered, traceId, started);
    return;
  }

  const fault = ctx.faults.take(entry.api, method, url.pathname + url.search);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === 'drop') {
    requests.push(entry);
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'status') {
    const rendered = injectedStatus(fault, traceId, ctx.clock.now());
    entry.status = rendered.status;
    requests.push(entry);
    send(res, rendered, traceId, started);
    return;
  }
  if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.latencyMs ?? 1000));

  const call: IncomingCall = {
    method,
    base: 'base' in target && target.base ? target.base : 'external',
    path: 'rest' in target ? target.rest : url.pathname,
    search: url.searchParams,
    rawSearch: url.search.replace(/^\?/, ''),
    headers: req.headers,
    body,
    remoteAddress: normalizeIp(req.socket.remoteAddress),
    traceId,
    log: {},
  };
  let rendered = await dispatch(ctx, target, call);
  Object.assign(entry, definedLog(call));
  entry.status = rendered.status;

  if (fault?.kind === 'drop-after-apply') {
    entry.status = 0;
    requests.push(entry);
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'malformed') {
    const text = Buffer.from(rendered.bytes).toString('utf8');
    const cut = text.length > 2 ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : '{"data":';
    rendered = {
      status: 200,
      headers: { ...rendered.headers, 'content-type': JSON_TYPE },
      bytes: Buffer.from(cut, 'utf8'),
    };
    entry.status = 200;
  }
  requests.push(entry);
  send(res, rendered, traceId, started);
}

function definedLog(call: IncomingCall): Partial<RequestLogEntry> {
  const out: Partial<RequestLogEntry> = {};
  if (call.log.clientId !== undefined) out.clientId = call.log.clientId;
  if (call.log.accountId !== undefined) out.accountId = call.log.accountId;
  if (call.log.productOrderIds !== undefined) out.productOrderIds = [...call.log.productOrderIds];
  return out;
}

async function dispatch(ctx: EmulatorContext, target: Target, call: IncomingCall): Promise<Rendered> {
  let rateHeaders: Record<string, string> = {};
  try {
    let response: ApiResponse;
    switch (target.kind) {
      case 'image': {
        const found = serveImage(ctx.state, target.id);
        if (!found) throw gatewayError(404, 'GW.NOT_FOUND', '이미지를 찾을 수 없습니다.');
        response = found;
        break;
      }
      case 'token':
        response = { status: 200, body: handleTokenRequest(ctx, call) };
        break;
      case 'api': {
        const auth = authenticate(ctx, call);
        const decision = ctx.limiter.take(auth.app.clientId, target.route.api, ctx.clock.now());
        rateHeaders = decision.headers;
        if (!decision.allowed) throw GW.rateLimit();
        checkApiGroup(auth, target.route.group);
        response = await target.route.handle(ctx, call, auth, target.params);
        break;
      }
      default:
        throw GW.notFound();
    }
    return render(response, rateHeaders);
  } catch (error) {
    if (!(error instanceof ApiError)) console.error('commerce emulator: handler error', error);
    const apiError = error instanceof ApiError ? error : gatewayErrorForStatus(500);
    return render(
      { status: apiError.status, body: apiError.body(call.traceId, ctx.clock.now()) },
      rateHeaders,
    );
  }
}

function render(response: ApiResponse, extraHeaders: Record<string, string>): Rendered {
  if (response.raw) {
    return {
      status: response.status,
      headers: { 'content-type': response.raw.contentType, ...extraHeaders, ...response.headers },
      bytes: response.raw.bytes,
    };
  }
  return {
    status: response.status,
    headers: { 'content-type': JSON_TYPE, ...extraHeaders, ...response.headers },
    bytes: Buffer.from(JSON.stringify(response.body ?? null), 'utf8'),
  };
}

function injectedStatus(fault: FaultSpec, traceId: string, now: number): Rendered {
  const status = fault.status ?? 500;
  const body = fault.body !== undefined ? fault.body : gatewayErrorForStatus(status).body(traceId, now);
  return render({ status, body }, {});
}

function send(res: ServerResponse, rendered: Rendered, traceId: string, started: number): void {
  res.writeHead(rendered.status, {
    ...rendered.headers,
    'GNCP-GW-Trace-ID': traceId,
    'GNCP-GW-HttpClient-ResponseTime': String(Math.max(0, Math.round(performance.now() - started))),
    'content-length': String(rendered.bytes.byteLength),
  });
  res.end(rendered.bytes);
}

function runScenario(
  scenario: Scenario,
  requests: RequestLogEntry[],
  name: string,
  method: string,
  url: URL,
  body: Buffer,
): Rendered {
  const json = (status: number, value: unknown): Rendered => render({ status, body: value }, {});
  if (name === 'requests') return json(200, requests);
  const op = Object.hasOwn(SCENARIO_HTTP, name) ? SCENARIO_HTTP[name] : undefined;
  if (!op) return json(404, { error: `unknown scenario operation: ${name}` });
  let args: unknown = {};
  try {
    if (method === 'GET') args = Object.fromEntries(url.searchParams);
    else if (body.length > 0) args = JSON.parse(body.toString('utf8'));
  } catch {
    return json(400, { error: 'body must be JSON' });
  }
  try {
    const result = op(scenario, args);
    if (result === undefined)
      return name.startsWith('get') ? json(404, { error: 'not found' }) : json(200, { ok: true });
    return json(200, result);
  } catch (error) {
    if (error instanceof ScenarioError) return json(400, { error: error.message });
    if (error instanceof Error && error.name === 'ZodError') return json(400, { error: error.message });
    if (error instanceof Error) return json(400, { error: error.message });
    return json(500, { error: String(error) });
  }
}
