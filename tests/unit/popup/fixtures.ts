import { vi } from 'vitest';
import { makeEnv, type PopupEnv, type Request } from '../../../components/popup/env';
import type { PopupOrder } from '../../../components/popup/types';
import type { PopupSummary, RequestType } from '../../../lib/messaging/protocol';
import type { ActionRecord } from '../../../lib/orders/outbox-types';
import type { AccountSummary } from '../../../lib/orders/queries';
import { MARKET_ORDER_STATUSES, type MarketOrderStatus } from '../../../lib/sixshop/schemas/market-order';

export const NOW = Date.UTC(2025, 2, 14, 5, 30); // 2025-03-14 14:30 KST

export function counts(partial: Partial<Record<MarketOrderStatus, number>> = {}) {
  return Object.fromEntries(MARKET_ORDER_STATUSES.map((s) => [s, partial[s] ?? 0])) as Record<
    MarketOrderStatus,
    number
  >;
}

export function account(over: Partial<AccountSummary> = {}): AccountSummary {
  return {
    accountId: 'acc-a',
    alias: '하늘리빙',
    storeSlug: 'haneul-living',
    counts: counts(),
    deliveredToday: 0,
    dueSoon: 0,
    overdue: 0,
    lastSync: { at: NOW - 3 * 60_000, ok: true, created: 0, updated: 0 },
    syncing: false,
    ...over,
  };
}

export function order(over: Partial<PopupOrder> = {}): PopupOrder {
  return {
    accountId: 'acc-a',
    accountAlias: '하늘리빙',
    storeSlug: 'haneul-living',
    productOrderId: '2025031410000001',
    orderId: '2025031400000001',
    status: 'PAYMENT_CONFIRMING',
    productName: '린넨 침구 세트',
    optionText: '색상: 아이보리 / 사이즈: Q',
    quantity: 1,
    buyerName: '김하늘',
    paidAt: NOW - 60 * 60_000,
    ...over,
  };
}

export function action(over: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id: 'act-1',
    accountId: 'acc-a',
    kind: 'confirm',
    status: 'settled',
    createdAt: NOW - 10 * 60_000,
    updatedAt: NOW - 9 * 60_000,
    items: [],
    ...over,
  };
}

export function summary(over: Partial<PopupSummary> = {}): PopupSummary {
  return { accounts: [account()], recent: [], attention: [], awaitingConfirm: 0, ...over };
}

export type Handler = (payload: unknown) => unknown;

/** A stub of `request`: answers from `handlers`, records every call. */
export function stubEnv(handlers: Partial<Record<RequestType, Handler>>, over: Partial<PopupEnv> = {}) {
  const calls: Array<{ type: RequestType; payload: unknown }> = [];
  const request = vi.fn(async (type: RequestType, payload: unknown) => {
    calls.push({ type, payload });
    const h = handlers[type];
    if (!h) throw new Error(`unexpected request ${type}`);
    return h(payload);
  }) as unknown as Request;
  const openOptions = vi.fn();
  let n = 0;
  const env = makeEnv({
    request,
    openOptions,
    now: () => NOW,
    newRequestId: () => `req${++n}`,
    searchDelayMs: 200,
    syncPollMs: 10,
    syncTimeoutMs: 1_000,
    ...over,
  });
  return { env, calls, openOptions, callsOf: (t: RequestType) => calls.filter((c) => c.type === t) };
}
