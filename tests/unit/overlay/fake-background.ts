import type { ActionRecord } from '../../../lib/orders/outbox-types';
import type { OrderBrief } from '../../../lib/orders/queries';
import type { LayerUi, OverlayEnvironment, RowUi } from '../../../lib/overlay/controller';
import type { LayerView, OverlayActions, RowView } from '../../../lib/overlay/model';

export interface Call {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * A stand-in for the background: answers `orders.lookup` from a list of briefs and applies actions to them
 * (or fails / leaves them pending, as a test says).
 */
export class FakeBackground {
  readonly calls: Call[] = [];
  readonly records = new Map<string, ActionRecord>();
  /** what the next action does with its items */
  outcome: 'done' | 'failed' | 'pending' = 'done';
  failMessage = '이미 사용된 운송장 번호입니다.';
  constructor(readonly briefs: OrderBrief[]) {}

  of(type: string): Call[] {
    return this.calls.filter((c) => c.type === type);
  }

  request = async (type: string, payload: Record<string, unknown>): Promise<unknown> => {
    this.calls.push({ type, payload: structuredClone(payload) });
    switch (type) {
      case 'orders.lookup': {
        const p = payload as { productOrderIds: string[]; orderIds: string[] };
        return this.briefs
          .filter((b) => p.productOrderIds.includes(b.productOrderId) || p.orderIds.includes(b.orderId))
          .map((b) => structuredClone(b));
      }
      case 'orders.confirm': {
        const p = payload as { requestId: string; orderIds: string[] };
        const items = this.briefs.filter(
          (b) => p.orderIds.includes(b.orderId) && b.status === 'PAYMENT_CONFIRMING',
        );
        return this.act(p.requestId, 'confirm', items, 'PREPARING');
      }
      case 'orders.dispatch': {
        const p = payload as { requestId: string; items: Array<{ productOrderId: string }> };
        const ids = p.items.map((i) => i.productOrderId);
        return this.act(
          p.requestId,
          'dispatch',
          this.briefs.filter((b) => ids.includes(b.productOrderId)),
          'SHIPPING',
        );
      }
      case 'orders.cancel': {
        const p = payload as { requestId: string; productOrderId: string };
        return this.act(
          p.requestId,
          'cancel',
          this.briefs.filter((b) => b.productOrderId === p.productOrderId),
          'CANCELED',
        );
      }
      case 'actions.retry': {
        const p = payload as { requestId: string; id: string; productOrderIds: string[] };
        const old = this.records.get(p.id)!;
        return this.act(
          p.requestId,
          old.kind,
          this.briefs.filter((b) => p.productOrderIds.includes(b.productOrderId)),
          old.kind === 'dispatch' ? 'SHIPPING' : old.kind === 'confirm' ? 'PREPARING' : 'CANCELED',
        );
      }
      case 'actions.get': {
        const r = this.records.get((payload as { id: string }).id);
        if (!r) return null;
        // the background finishes pending work by the time it is read again
        for (const i of r.items) if (i.state === 'pending') this.finish(r, i.productOrderId);
        r.status = 'settled';
        return structuredClone(r);
      }
    }
    throw new Error(`unexpected ${type}`);
  };

  private readonly targets = new Map<string, OrderBrief['status']>();

  private finish(r: ActionRecord, id: string) {
    const item = r.items.find((i) => i.productOrderId === id)!;
    item.state = 'done';
    const b = this.briefs.find((x) => x.productOrderId === id)!;
    b.status = this.targets.get(`${r.id}:${id}`)!;
  }

  private act(requestId: string, kind: ActionRecord['kind'], items: OrderBrief[], to: OrderBrief['status']) {
    const existing = this.records.get(requestId);
    if (existing) return structuredClone(existing);
    const record: ActionRecord = {
      id: requestId,
      accountId: 'acc-1',
      kind,
      status: this.outcome === 'pending' ? 'queued' : 'settled',
      createdAt: 1,
      updatedAt: 1,
      items: items.map((b) => ({
        productOrderId: b.productOrderId,
        orderId: b.orderId,
        state: this.outcome,
        attempts: 1,
        ...(this.outcome === 'failed' ? { message: this.failMessage, code: '104105' } : {}),
      })),
    };
    this.records.set(requestId, record);
    for (const b of items) {
      this.targets.set(`${requestId}:${b.productOrderId}`, to);
      if (this.outcome === 'done') b.status = to;
    }
    return structuredClone(record);
  }
}

export interface FakeRowUi extends RowUi {
  anchor: Element;
  host: Element;
  view: RowView | undefined;
  removed: boolean;
}

/** Mounts "row UIs" that only remember what they were asked to show. */
export function fakeUi() {
  const rows: FakeRowUi[] = [];
  const layer: { view: LayerView | undefined; removed: boolean; connected: boolean; mounts: number } = {
    view: undefined,
    removed: false,
    connected: true,
    mounts: 0,
  };
  let actions: OverlayActions | undefined;
  const env: Pick<OverlayEnvironment, 'mountRow' | 'mountLayer'> = {
    mountRow(_row, anchor, a, markOwnRemoval) {
      actions = a;
      const host = document.createElement('sixshop-link-row');
      anchor.append(host);
      const ui: FakeRowUi = {
        anchor,
        host,
        view: undefined,
        removed: false,
        update(v) {
          ui.view = v();
        },
        remove() {
          markOwnRemoval(host);
          host.remove();
          ui.removed = true;
        },
        isConnected: () => host.isConnected,
      };
      rows.push(ui);
      return ui;
    },
    mountLayer(a): LayerUi {
      actions = a;
      layer.mounts++;
      layer.connected = true;
      layer.removed = false;
      return {
        isConnected: () => layer.connected,
        update(v) {
          layer.view = v;
        },
        remove() {
          layer.removed = true;
        },
      };
    },
  };
  const live = () => rows.filter((r) => !r.removed);
  const viewOf = (productOrderId: string) =>
    live()
      .map((r) => r.view?.items.find((i) => i.brief.productOrderId === productOrderId))
      .find(Boolean);
  return { env, rows, live, layer, viewOf, actions: () => actions! };
}
