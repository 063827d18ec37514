import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COMMERCE_SEED } from '../commerce/seed';
import type { ShopState } from '../shop/server';
import {
  indexPage,
  notFoundPage,
  type PageContext,
  sixshopOrderDetailPage,
  sixshopOrdersPage,
  sixshopProductsPage,
  smartStoreOrdersPage,
  smartStoreProductsPage,
} from './pages';
import { readPaging } from './paging';
import { isOrderTab, pickShop, shopOrderDetail, shopOrderList, shopProductList } from './sixshop-data';
import {
  type CommerceView,
  isListedOrderStatus,
  smartStoreOrderList,
  smartStoreProductList,
} from './smartstore-data';

export interface DemoPagesOptions {
  /** Default 0 (random). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** The Commerce API emulator (`startCommerceEmulator()`); its scenario is read on every request. */
  commerce: { url: string; scenario: CommerceView };
  /** The shop-backend emulator (`startShopEmulator()`); its state is read on every request. */
  shop: { url: string; state(): ShopState };
  /** Whose SmartStore pages to show (API 연동용 판매자 ID). */
  sellerAccountId: string;
  /** The shop the Sixshop Pro pages show; default the sandbox shop of the seed, else the first. */
  shopId?: string;
  /** How long page scripts wait before fetching their data; default 300 ms. */
  loadDelayMs?: number;
}

export interface DemoPages {
  url: string;
  port: number;
  close(): Promise<void>;
}

const STATIC_FILES: Record<string, string> = {
  'demo.css': 'text/css; charset=utf-8',
  'common.js': 'text/javascript; charset=utf-8',
  'sixshop-orders.js': 'text/javascript; charset=utf-8',
  'sixshop-order-detail.js': 'text/javascript; charset=utf-8',
  'sixshop-products.js': 'text/javascript; charset=utf-8',
  'smartstore-orders.js': 'text/javascript; charset=utf-8',
  'smartstore-products.js': 'text/javascript; charset=utf-8',
};

const COMMON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function storeNameOf(sellerAccountId: string): string {
  const seller = Object.values(COMMERCE_SEED.sellers).find(
    (s) => s.accountId === sellerAccountId || s.accountUid === sellerAccountId,
  );
  return seller?.name ?? sellerAccountId;
}

/** Demo stand-ins for the seller's admin pages (Sixshop Pro 주문/상품 관리, SmartStore seller center). */
export async function startDemoPages(opts: DemoPagesOptions): Promise<DemoPages> {
  const host = opts.host ?? '127.0.0.1';
  const storeName = storeNameOf(opts.sellerAccountId);
  const delayMs = Math.max(0, opts.loadDelayMs ?? 300);

  const shopData = () => pickShop(opts.shop.state(), opts.shopId);
  const pageContext = (): PageContext => ({
    shopName: shopData()?.shopName ?? '식스샵 프로',
    storeName,
    delayMs,
  });

  function page(path: string): string | undefined {
    switch (path) {
      case '/': {
        const list = shopOrderList(shopData(), 'all', { page: 1, size: 10 });
        const sample = list.groups[0]?.orderId;
        return indexPage({
          shopName: list.shopName,
          storeName,
          sellerAccountId: opts.sellerAccountId,
          commerceUrl: opts.commerce.url,
          shopUrl: opts.shop.url,
          ...(sample ? { sampleOrderId: sample } : {}),
        });
      }
      case '/sixshop/orders':
        return sixshopOrdersPage(pageContext());
      case '/sixshop/products':
        return sixshopProductsPage(pageContext());
      case '/smartstore/orders':
        return smartStoreOrdersPage(pageContext());
      case '/smartstore/products':
        return smartStoreProductsPage(pageContext());
    }
    const detail = /^\/sixshop\/orders\/([^/]+)$/.exec(path);
    if (detail?.[1]) return sixshopOrderDetailPage(pageContext(), decodeSegment(detail[1]));
    return undefined;
  }

  function api(path: string, query: URLSearchParams): unknown {
    switch (path) {
      case '/api/sixshop/orders': {
        const tab = query.get('tab');
        return shopOrderList(shopData(), isOrderTab(tab) ? tab : 'all', readPaging(query));
      }
      case '/api/sixshop/products':
        return shopProductList(shopData(), query.get('q') ?? '', readPaging(query));
      case '/api/smartstore/orders': {
        const status = query.get('status');
        return smartStoreOrderList(
          opts.commerce.scenario,
          opts.sellerAccountId,
          isListedOrderStatus(status) ? status : 'ALL',
          readPaging(query),
        );
      }
      case '/api/smartstore/products':
        return smartStoreProductList(
          opts.commerce.scenario,
          opts.sellerAccountId,
          query.get('status') ?? 'ALL',
          readPaging(query),
        );
    }
    const detail = /^\/api\/sixshop\/orders\/([^/]+)$/.exec(path);
    if (detail?.[1]) {
      const found = shopOrderDetail(shopData(), decodeSegment(detail[1]));
      if (!found) throw new HttpProblem(404, '주문을 찾을 수 없습니다. 주문 목록을 새로 고쳐 주세요.');
      return found;
    }
    throw new HttpProblem(404, '없는 API 주소입니다.');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo.local');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/api/')) {
      if (method !== 'GET') throw new HttpProblem(405, 'GET 요청만 받습니다.');
      sendJson(res, 200, api(path, url.searchParams));
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'GET 요청만 받습니다.');
      return;
    }
    const file = /^\/static\/([a-z-]+\.(?:css|js))$/.exec(path)?.[1];
    if (file && Object.hasOwn(STATIC_FILES, file)) {
      const body = await readFile(new URL(`./static/${file}`, import.meta.url));
      send(res, 200, STATIC_FILES[file] ?? 'application/octet-stream', body);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, COMMON_HEADERS).end();
      return;
    }
    const markup = page(path);
    if (markup === undefined) send(res, 404, 'text/html; charset=utf-8', notFoundPage(path));
    else send(res, 200, 'text/html; charset=utf-8', markup);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpProblem ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error('[demo-pages]', req.method, req.url, message);
      if (res.headersSent) res.destroy();
      else
        sendJson(res, status, { error: status === 500 ? `데이터를 읽지 못했습니다: ${message}` : message });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${publicHost.includes(':') ? `[${publicHost}]` : publicHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': String(bytes.length) });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
