import type { CounterKind, ShopData, ShopState } from './state';

/** What a route handler gets: the caller's shop, the path parameters, the query and body, and a clock. */
export interface RouteContext {
  state: ShopState;
  shop: ShopData;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** ISO time of this request */
  now: string;
  nextId(kind: CounterKind): string;
  /** Persists the state; call after every change. */
  commit(): void;
}

export interface Reply {
  status: number;
  body: unknown;
}

export type Handler = (ctx: RouteContext) => Reply;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  method: Method;
  /** `/api/v1/market-accounts/:id` */
  pattern: string;
  handler: Handler;
}

export function route(method: Method, pattern: string, handler: Handler): Route {
  return { method, pattern, handler };
}

export type Match =
  | { route: Route; params: Record<string, string> }
  | { route: undefined; pathKnown: boolean };

/** Finds the route for a method and path; `pathKnown` tells a wrong method from an unknown path. */
export function matchRoute(routes: readonly Route[], method: string, path: string): Match {
  let pathKnown = false;
  for (const r of routes) {
    const params = matchPattern(r.pattern, path);
    if (!params) continue;
    pathKnown = true;
    if (r.method === method) return { route: r, params };
  }
  return { route: undefined, pathKnown };
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}
