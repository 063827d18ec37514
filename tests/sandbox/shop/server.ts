import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, parseJsonBody, readBody, sendBytes, sendJson } from './http';
import { loadState, saveState } from './persistence';
import { productImagePng } from './png';
import { createCommerceRelay, isRelayablePath } from './relay';
import { matchRoute, type Route, type RouteContext } from './router';
import { marketAccountRoutes, shopLinkingSeller } from './routes/market-accounts';
import { orderRoutes } from './routes/orders';
import { productLinkRoutes } from './routes/product-links';
import { productRoutes } from './routes/products';
import { salesPresetRoutes } from './routes/sales-presets';
import { shopRoutes } from './routes/shop';
import { SHOP_SEED, seedProducts } from './seed';
import { emptyShop, emptyState, nextId, rebaseImageUrls, type ShopData, type ShopState } from './state';

export type { ShopState } from './state';

export interface ShopEmulatorOptions {
  port?: number;
  host?: string;
  /** JSON persistence; absent = memory only */
  dataFile?: string;
  /** e.g. http://127.0.0.1:PORT (the relay appends /partner) */
  commerceBaseUrl: string;
  agency: { clientId: string; clientSecret: string };
  /** default: the one sandbox shop of `SHOP_SEED` */
  shops?: Array<{ key: string; shopId: string; shopName: string; adminUrl?: string }>;
  /** put the seed products into shops that have no data yet (default true) */
  seed?: boolean;
  now?: () => number;
}

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  status: number;
}

export interface ShopEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
  state(): ShopState;
  requests: RequestLogEntry[];
}

const ROUTES: readonly Route[] = [
  ...shopRoutes,
  ...marketAccountRoutes,
  ...productRoutes,
  ...productLinkRoutes,
  ...orderRoutes,
  ...salesPresetRoutes,
];

const RELAY_PREFIX = '/api/v1/relay/smartstore/';
const JSON_LIMIT_BYTES = 5 * 1024 * 1024;
const RELAY_LIMIT_BYTES = 60 * 1024 * 1024;
const MAX_IMAGE = 10_000;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Expose-Headers':
    'GNCP-GW-Trace-ID, GNCP-GW-HttpClient-ResponseTime, GNCP-GW-RateLimit-Replenish-Rate, GNCP-GW-RateLimit-Burst-Capacity, GNCP-GW-RateLimit-Remaining, GNCP-GW-Quota-Period, GNCP-GW-Quota-Limit, GNCP-GW-Quota-Remaining',
};

export async function startShopEmulator(opts: ShopEmulatorOptions): Promise<ShopEmulator> {
  const now = opts.now ?? Date.now;
  const shops = opts.shops ?? [
    { key: SHOP_SEED.key, shopId: SHOP_SEED.shopId, shopName: SHOP_SEED.shopName },
  ];
  const shopIdByKey = new Map(shops.map((s) => [s.key, s.shopId]));
  const state: ShopState = (opts.dataFile && loadState(opts.dataFile)) || emptyState();
  const relay = createCommerceRelay({ commerceBaseUrl: opts.commerceBaseUrl, agency: opts.agency, now });
  const requests: RequestLogEntry[] = [];
  const pngCache = new Map<number, Buffer>();

  const persist = () => {
    if (opts.dataFile) saveState(opts.dataFile, state);
  };

  const server = createServer((req, res) => {
    const started = now();
    const path = safePathname(req.url);
    res.on('finish', () =>
      requests.push({ at: started, method: req.method ?? '', path, status: res.statusCode }),
    );
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) {
        console.error(
          `[shop-emulator] 500 ${req.method} ${path}: ${error instanceof Error ? error.message : 'error'}`,
        );
      }
      const e =
        error instanceof HttpError
          ? error
          : new HttpError('INTERNAL', '식스샵 프로 서버에서 오류가 났습니다. 잠시 후 다시 시도해 주세요.');
      if (!res.headersSent) sendJson(res, e.status, e.body(), CORS_HEADERS);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }

    const image = /^\/images\/(\d+)\.png$/.exec(url.pathname);
    if (image && method === 'GET') {
      const n = Number(image[1]);
      if (n < 1 || n > MAX_IMAGE) throw new HttpError('NOT_FOUND', '이미지를 찾을 수 없습니다.');
      let png = pngCache.get(n);
      if (!png) {
        png = productImagePng(n);
        pngCache.set(n, png);
      }
      sendBytes(res, 200, png, {
        'Content-Type': 'image/png',
        'Cache-Control': 'public, max-age=86400',
        ...CORS_HEADERS,
      });
      return;
    }

    if (url.pathname === '/__admin/state' && method === 'GET') {
      sendJson(res, 200, state, CORS_HEADERS);
      return;
    }

    if (!url.pathname.startsWith('/api/v1/')) throw new HttpError('NOT_FOUND', '없는 주소입니다.');

    const shop = authenticate(req);

    if (url.pathname.startsWith(RELAY_PREFIX)) {
      await handleRelay(req, res, url, shop);
      return;
    }

    const match = matchRoute(ROUTES, method, url.pathname);
    if (!match.route) {
      throw new HttpError(
        'NOT_FOUND',
        match.pathKnown ? `이 주소는 ${method} 요청을 받지 않습니다.` : '없는 API 주소입니다.',
      );
    }
    const raw =
      method === 'GET' || method === 'DELETE' ? Buffer.alloc(0) : await readBody(req, JSON_LIMIT_BYTES);
    const ctx: RouteContext = {
      state,
      shop,
      params: match.params,
      query: url.searchParams,
      body: parseJsonBody(raw),
      now: new Date(now()).toISOString(),
      nextId: (kind) => nextId(shop, kind),
      commit: persist,
    };
    const reply = match.route.handler(ctx);
    sendJson(res, reply.status, reply.body, CORS_HEADERS);
  }

  function authenticate(req: IncomingMessage): ShopData {
    const header = req.headers.authorization ?? '';
    const key = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1]?.trim();
    const shopId = key ? shopIdByKey.get(key) : undefined;
    const shop = shopId ? state.shops[shopId] : undefined;
    if (!shop) {
      throw new HttpError(
        'SHOP_KEY_REJECTED',
        key
          ? '식스샵 프로 API 키가 올바르지 않습니다. 식스샵 프로 관리자에서 키를 다시 복사해 입력해 주세요.'
          : '식스샵 프로 API 키가 없습니다. Authorization: Bearer <API 키> 헤더로 보내 주세요.',
      );
    }
    return shop;
  }

  async function handleRelay(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    shop: ShopData,
  ): Promise<void> {
    const rest = url.pathname.slice(RELAY_PREFIX.length);
    const slash = rest.indexOf('/');
    const encodedSeller = slash > 0 ? rest.slice(0, slash) : '';
    const path = slash > 0 ? rest.slice(slash + 1) : '';
    let apiSellerId = '';
    try {
      apiSellerId = decodeURIComponent(encodedSeller);
    } catch {
      apiSellerId = '';
    }
    if (!apiSellerId || !isRelayablePath(path)) {
      throw new HttpError(
        'NOT_FOUND',
        '중계할 수 없는 주소입니다. /relay/smartstore/<API 연동용 판매자 ID>/v1/… 형식이어야 합니다.',
      );
    }
    if (shopLinkingSeller(state, apiSellerId, shop.shopId)) {
      throw new HttpError(
        'CONFLICT',
        '이 스마트스토어 계정은 다른 식스샵 프로 상점에 연동되어 있어 이 상점에서 호출할 수 없습니다.',
      );
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const body =
      method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req, RELAY_LIMIT_BYTES);
    const reply = await relay.handle({
      apiSellerId,
      path,
      search: url.search,
      method,
      contentType: req.headers['content-type'],
      accept: req.headers.accept,
      body,
    });
    sendBytes(res, reply.status, reply.body, { ...CORS_HEADERS, ...reply.headers });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host ?? '127.0.0.1';
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${publicHost.includes(':') ? `[${publicHost}]` : publicHost}:${port}`;

  rebaseImageUrls(state, url);
  for (const s of shops) {
    if (state.shops[s.shopId]) continue;
    const shop = emptyShop(
      s.shopId,
      s.shopName,
      s.adminUrl ?? `https://${s.shopId.replace(/_/g, '-')}.sixshop.example/admin`,
    );
    if (opts.seed ?? true) {
      shop.products = seedProducts(url);
      shop.counters.product += shop.products.length;
      shop.counters.combination += shop.products.reduce(
        (n, p) => n + (p.options?.combinations.length ?? 0),
        0,
      );
    }
    state.shops[s.shopId] = shop;
  }
  persist();

  return {
    url,
    port,
    requests,
    state: () => structuredClone(state),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function safePathname(raw: string | undefined): string {
  try {
    return new URL(raw ?? '/', 'http://emulator').pathname;
  } catch {
    return raw ?? '';
  }
}
