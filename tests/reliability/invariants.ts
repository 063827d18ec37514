import { expect } from 'vitest';
import type { ActionKind, ActionRecord } from '../../lib/orders/outbox-types';
import type { ProductOrderRecord } from '../sandbox/commerce/state';
import { SELLER_A, type World } from './world';

/** Something the seller asked for, as the test issued it (the outbox record has the same id). */
export interface Intent {
  id: string;
  kind: ActionKind;
  items: Array<{ productOrderId: string; courierCode?: string; trackingNumber?: string; reason?: string }>;
}

/** SmartStore's state as it was before the seller did anything: effects not in an intent must match it. */
export type Baseline = Map<string, { placeOrderStatus: string; status: string; sellerCancels: number }>;

export function baseline(world: World): Baseline {
  return new Map(
    world.commerce.scenario.listProductOrders(SELLER_A.accountId).map((p) => [
      p.productOrderId,
      {
        placeOrderStatus: p.placeOrderStatus,
        status: p.productOrderStatus,
        sellerCancels: sellerCancels(p),
      },
    ]),
  );
}

function sellerCancels(p: ProductOrderRecord): number {
  return (p.completedClaims ?? []).filter((c) => c.claimType === 'CANCEL' && c.requestChannel === '판매자')
    .length;
}

/**
 * The shop's status for a SmartStore product order, in the guide's words, written here independently of
 * `lib/orders/status.ts` (the oracle must not be the code under test).
 */
export function trueStatus(p: ProductOrderRecord): string | undefined {
  const open = !!p.claimType && !!p.claimStatus && !/_DONE$|_REJECT$/.test(p.claimStatus);
  const claim =
    open && (p.claimType === 'CANCEL' || String(p.claimType) === 'ADMIN_CANCEL')
      ? 'CANCEL_REQUESTED'
      : open && p.claimType === 'RETURN'
        ? 'RETURN_REQUESTED'
        : open && p.claimType === 'EXCHANGE'
          ? 'EXCHANGE_REQUESTED'
          : undefined;
  switch (p.productOrderStatus) {
    case 'PAYMENT_WAITING':
      return undefined;
    case 'PAYED':
      return claim ?? (p.placeOrderStatus === 'OK' ? 'PREPARING' : 'PAYMENT_CONFIRMING');
    case 'DELIVERING':
      return claim ?? 'SHIPPING';
    case 'DELIVERED':
      return claim ?? 'DELIVERED';
    case 'CANCELED':
    case 'CANCELED_BY_NOPAYMENT':
      return 'CANCELED';
    default:
      return p.productOrderStatus;
  }
}

const KOREAN = /[가-힣]/;
/** The requests that touched these items, for a failure message. */
export function trail(world: World, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const lines = world.commerce.requests
    .filter((r) => r.productOrderIds?.some((id) => ids.includes(id)))
    .map(
      (r) =>
        `  ${r.method} ${r.api} → ${r.status}${r.fault ? ` [${r.fault}]` : ''} (${r.productOrderIds?.length} ids)`,
    );
  return `\n${lines.join('\n')}`;
}

/**
 * What must hold at every moment, faults or not: SmartStore never received the same action for the same
 * item twice, nothing happened there that the seller did not ask for, every dispatched item carries exactly
 * the courier and tracking number asked, and a waiting action says why it waits.
 */
export async function expectSafe(world: World, intents: readonly Intent[], base: Baseline, where: string) {
  const asked = new Map<ActionKind, Map<string, Array<Intent['items'][number]>>>([
    ['confirm', new Map()],
    ['dispatch', new Map()],
    ['cancel', new Map()],
  ]);
  for (const i of intents) {
    const byItem = asked.get(i.kind)!;
    for (const item of i.items)
      byItem.set(item.productOrderId, [...(byItem.get(item.productOrderId) ?? []), item]);
  }

  // 1. exactly once on the wire: SmartStore never had to answer "already done" to something we sent again
  const doubled = world.refusals.filter((r) => r.code === '105306' || r.code === '104121');
  expect(
    doubled.map((r) => `${r.api} ${r.productOrderId}: ${r.code}`),
    `${where}: sent again after SmartStore had applied it${trail(
      world,
      doubled.map((r) => r.productOrderId),
    )}`,
  ).toEqual([]);

  // 1b. what the seller sees right after an action that went through is its result, not the state before it
  const records = await world.db.outbox.toArray();
  for (const r of records) {
    for (const i of r.items) {
      if (i.state !== 'done') continue;
      const row = await world.db.orders.get([world.accountId, i.productOrderId]);
      const before = r.kind === 'confirm' ? ['PAYMENT_CONFIRMING'] : ['PAYMENT_CONFIRMING', 'PREPARING'];
      expect(
        before,
        `${where}: ${r.kind} of ${i.productOrderId} is done, yet the extension still shows ${row?.status}${trail(world, [i.productOrderId])}`,
      ).not.toContain(row?.status);
    }
  }

  // 2. nothing the seller did not ask for; dispatched items carry exactly what was asked
  for (const p of world.commerce.scenario.listProductOrders(SELLER_A.accountId)) {
    const before = base.get(p.productOrderId);
    if (!before) continue; // a new buyer order: starts untouched
    const wasConfirmed = before.placeOrderStatus === 'OK';
    if (p.placeOrderStatus === 'OK' && !wasConfirmed) {
      expect(
        asked.get('confirm')!.has(p.productOrderId) || asked.get('dispatch')!.has(p.productOrderId),
        `${where}: ${p.productOrderId} was confirmed without the seller asking`,
      ).toBe(true);
    }
    const dispatchedNow = ['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'].includes(p.productOrderStatus);
    if (dispatchedNow && before.status === 'PAYED') {
      const wanted = asked.get('dispatch')!.get(p.productOrderId) ?? [];
      expect(
        wanted.length,
        `${where}: ${p.productOrderId} was dispatched without the seller asking`,
      ).toBeGreaterThan(0);
      expect(
        wanted.map((w) => `${w.courierCode} ${w.trackingNumber}`),
        `${where}: ${p.productOrderId} carries a courier and tracking number nobody asked for`,
      ).toContain(`${p.delivery?.deliveryCompany} ${p.delivery?.trackingNumber}`);
    }
    if (sellerCancels(p) > before.sellerCancels) {
      expect(
        asked.get('cancel')!.has(p.productOrderId),
        `${where}: ${p.productOrderId} was cancelled without the seller asking`,
      ).toBe(true);
      expect(sellerCancels(p) - before.sellerCancels, `${where}: cancels of ${p.productOrderId}`).toBe(1);
    }
  }

  // 3. a waiting action says why, in Korean; no item failed because of our own retry
  for (const r of records) {
    if (r.status === 'queued' && r.items.some((i) => i.attempts > 0)) {
      expect(
        r.lastError?.message ?? '(no reason)',
        `${where}: queued action ${r.id} waits without a reason`,
      ).toMatch(KOREAN);
    }
    for (const i of r.items) {
      if (i.state !== 'failed') continue;
      expect(
        i.message ?? '(no message)',
        `${where}: failed item ${i.productOrderId} has no Korean reason`,
      ).toMatch(KOREAN);
      expect(
        ['105306', '104121'],
        `${where}: ${r.kind} of ${i.productOrderId} failed with ${i.code} (${i.message}): our own retry`,
      ).not.toContain(i.code);
    }
  }
}

/**
 * What must hold once things have settled: every paid order is there exactly once, locally and in the shop,
 * with its true status; every action the seller issued is final and its result is true on SmartStore; the
 * outbox has drained.
 */
export async function expectSettled(world: World, intents: readonly Intent[], base: Baseline, where: string) {
  await expectSafe(world, intents, base, where);
  const emu = world.commerce.scenario.listProductOrders(SELLER_A.accountId);
  const paid = emu.filter((p) => trueStatus(p) !== undefined);

  // orders: present exactly once with the true status, here and in the shop backend
  const local = await world.db.orders.where('accountId').equals(world.accountId).toArray();
  expect(local.map((r) => r.productOrderId).sort(), `${where}: local orders`).toEqual(
    paid.map((p) => p.productOrderId).sort(),
  );
  const localStatus = new Map(local.map((r) => [r.productOrderId, r.status]));
  const wrong = paid
    .filter((p) => localStatus.get(p.productOrderId) !== trueStatus(p))
    .map((p) => `${p.productOrderId}: ${localStatus.get(p.productOrderId)} ≠ ${trueStatus(p)}`);
  expect(wrong, `${where}: local status differs from SmartStore`).toEqual([]);
  const account = (await world.db.accounts.get(world.accountId))!;
  const shopOrders = Object.values(world.shop.state().shops).flatMap(
    (s) => s.marketOrders[account.shopMarketAccountId] ?? [],
  );
  const shopIds = shopOrders.map((o) => o.productOrderId);
  expect(shopIds.length, `${where}: an order twice in the shop backend`).toBe(new Set(shopIds).size);
  expect([...shopIds].sort(), `${where}: orders in the shop backend`).toEqual(
    paid.map((p) => p.productOrderId).sort(),
  );
  const shopStatus = new Map(shopOrders.map((o) => [o.productOrderId, o.status]));
  const shopWrong = paid
    .filter((p) => shopStatus.get(p.productOrderId) !== trueStatus(p))
    .map((p) => `${p.productOrderId}: ${shopStatus.get(p.productOrderId)} ≠ ${trueStatus(p)}`);
  expect(shopWrong, `${where}: shop backend status differs from SmartStore`).toEqual([]);

  // actions: final, and true on SmartStore
  const byId = new Map(emu.map((p) => [p.productOrderId, p]));
  const queued = await world.db.outbox.where('status').equals('queued').toArray();
  expect(
    queued.map((r) => `${r.id}: ${r.lastError?.message}`),
    `${where}: outbox did not drain`,
  ).toEqual([]);
  for (const intent of intents) {
    const record: ActionRecord | undefined = await world.db.outbox.get(intent.id);
    expect(record, `${where}: action ${intent.id} is missing from the outbox`).toBeDefined();
    for (const item of record!.items) {
      const p = byId.get(item.productOrderId)!;
      const wantItem = intent.items.find((i) => i.productOrderId === item.productOrderId);
      const applied =
        intent.kind === 'confirm'
          ? p.placeOrderStatus === 'OK'
          : intent.kind === 'dispatch'
            ? p.delivery?.trackingNumber === wantItem?.trackingNumber &&
              p.delivery?.deliveryCompany === wantItem?.courierCode
            : sellerCancels(p) > (base.get(p.productOrderId)?.sellerCancels ?? 0);
      const label = `${where}: ${intent.kind} ${item.productOrderId} is ${item.state} (${item.message ?? ''})`;
      expect(['done', 'failed', 'skipped'], label).toContain(item.state);
      if (item.state === 'done') expect(applied, `${label} but SmartStore disagrees`).toBe(true);
      if (item.state === 'failed') expect(applied, `${label} but SmartStore applied it`).toBe(false);
    }
  }
}
