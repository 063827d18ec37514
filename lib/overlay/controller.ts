import type { RequestPayload, ResponseMap } from '../messaging/protocol';
import type { ActionRecord } from '../orders/outbox-types';
import type { OrderBrief } from '../orders/queries';
import { type ActionMessage, type ActionPart, ActionRunner } from './actions';
import type { DialogActions, DialogHost, DialogState } from './dialog-actions';
import { LookupQueue } from './lookup';
import type {
  DialogView,
  DispatchDraftState,
  DispatchRowInput,
  ItemProgress,
  ItemView,
  LayerView,
  OverlayActions,
  RowView,
  SelectionView,
} from './model';
import { notReady } from './not-ready';
import { type NearGateFactory, type RowChanges, RowWatcher, type RowWatcherStats } from './row-watcher';
import { type RowScan, rowCheckbox, rowOf } from './scan';
import { isTrustedEvent } from './trusted';
import type { DispatchProblems, validateDispatch } from './validation';

export type OverlayRequest = <T extends 'orders.lookup' | 'actions.get' | ActionMessage>(
  type: T,
  payload: RequestPayload<T>,
) => Promise<ResponseMap[T]>;

/** A row's controls on the page (a shadow root in the row's last cell). */
export interface RowUi {
  /**
   * What the row shows now. A function: rows far from the viewport are not drawn, and the view of a row that
   * is not drawn is never worked out (a page of 2,000 rows draws the few dozen in view).
   */
  update(view: () => RowView): void;
  remove(): void;
  /** false once the page threw our host away */
  isConnected(): boolean;
}

/** The page-wide layer: the floating selection bar and the dialogs. */
export interface LayerUi {
  update(view: LayerView): void;
  remove(): void;
  /** false once the page threw our host away (a single-page app replacing the whole body) */
  isConnected?(): boolean;
}

/**
 * Checks a dispatch as the background will (validation.ts `validateDispatch`). It knows every courier, so the
 * overlay that runs on every seller page does not carry it: it comes with the dispatch form and with the
 * dialogs, loaded on demand, and the controller is handed it then (`useDispatchCheck`). A dispatch can only be
 * asked for from one of them.
 */
export type DispatchCheck = typeof validateDispatch;

export interface OverlayEnvironment {
  /** what to watch, usually `document.body` */
  root: Element;
  request: OverlayRequest;
  mountRow(
    row: Element,
    anchor: Element,
    actions: OverlayActions,
    markOwnRemoval: (host: Node) => void,
  ): RowUi;
  mountLayer(actions: OverlayActions): LayerUi;
  now?: () => number;
  newRequestId?: () => string;
  pollMs?: (elapsedMs: number) => number;
  lookupDelayMs?: number;
  debounceMs?: number;
  /**
   * Rows are read as they come near the viewport (see RowWatcherOptions.whenNear); without it, every row of the
   * page is read at once.
   */
  whenNear?: NearGateFactory;
  /** rows holding order numbers were found (before they are looked up): a moment to get ready to draw */
  onOrderNumbers?: () => void;
  /** after every pass over the page's rows (for the performance notes) */
  onStats?: (stats: OverlayStats) => void;
  /** the dispatch check, when it is at hand from the start (tests); otherwise see `useDispatchCheck` */
  dispatchCheck?: DispatchCheck;
  /** the selection bar's and dialogs' actions, when at hand from the start (tests); otherwise see `useDialogs` */
  dialogs?: DialogActions;
  /** lookups that failed (logged by the entry, never shown in the page) */
  onError?: (e: unknown) => void;
}

export interface OverlayStats extends RowWatcherStats {
  lookups: number;
  rowsWithControls: number;
}

interface RowEntry {
  scan: RowScan;
  ui?: RowUi | undefined;
  anchor?: Element | undefined;
}

const OPEN_STATES = new Set(['pending', 'sending', 'unknown']);

/**
 * The overlay without its looks: finds the page's order numbers, asks the background about them, decides
 * what each row shows, and sends the seller's actions. Components render what it hands them.
 */
export class OverlayController implements OverlayActions, DialogHost {
  // public (as are the runner, dialog, notice, selection, last courier and check below, and progressOf,
  // itemBusy, run, renderLayer): the dialogs' actions use them (dialog-actions.ts, the DialogHost they get)
  readonly briefs = new Map<string, OrderBrief>();
  readonly byOrder = new Map<string, Set<string>>();
  private readonly progress = new Map<string, ItemProgress>();
  private readonly drafts = new Map<string, DispatchDraftState>();
  private readonly rows = new Map<Element, RowEntry>();
  private readonly numberRows = new Map<string, Set<Element>>();
  private readonly inFlight = new Map<string, number>();
  private readonly ownRemovals = new WeakSet<Node>();
  private uiCount = 0;
  private waitingBefore = 0;
  private readonly watcher: RowWatcher;
  private readonly lookup: LookupQueue;
  readonly runner: ActionRunner;
  private layer: LayerUi | undefined;
  dialog: DialogState | undefined;
  notice: LayerView['notice'];
  selection: SelectionView = { dispatch: [], confirmOrders: [] };
  private selectionKey = '';
  lastCourierCode: string | undefined;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;
  private readonly now: () => number;
  dispatchCheck: DispatchCheck | undefined;
  private dialogs: DialogActions | undefined;

  constructor(private readonly env: OverlayEnvironment) {
    this.now = env.now ?? Date.now;
    this.dispatchCheck = env.dispatchCheck;
    this.dialogs = env.dialogs;
    this.watcher = new RowWatcher({
      root: env.root,
      onChanges: (c) => this.onRows(c),
      onPass: () => this.afterPass(),
      isOwnRemoval: (n) => this.ownRemovals.has(n),
      ...(env.whenNear ? { whenNear: env.whenNear } : {}),
      ...(env.debounceMs !== undefined ? { debounceMs: env.debounceMs } : {}),
    });
    this.lookup = new LookupQueue({
      request: (p) => env.request('orders.lookup', p),
      onAnswer: (briefs, asked) => this.onAnswer(briefs, asked),
      onError: (e) => {
        env.onError?.(e);
        this.reportStats();
      },
      ...(env.lookupDelayMs !== undefined ? { delayMs: env.lookupDelayMs } : {}),
      now: this.now,
    });
    this.runner = new ActionRunner({
      request: env.request as never,
      onChange: () => this.renderLayer(),
      onRecord: (r) => this.onRecord(r),
      onSettled: (r) => this.onSettled(r),
      now: this.now,
      ...(env.newRequestId ? { newRequestId: env.newRequestId } : {}),
      ...(env.pollMs ? { pollMs: env.pollMs } : {}),
    });
  }

  /** The dispatch check has arrived (with the dispatch form or the dialogs). */
  useDispatchCheck(check: DispatchCheck): void {
    this.dispatchCheck ??= check;
  }

  /** The selection bar's and dialogs' actions have arrived (with the dialogs' script, where they are asked for). */
  useDialogs(dialogs: DialogActions): void {
    this.dialogs ??= dialogs;
  }

  start(): void {
    this.layer = this.env.mountLayer(this);
    this.watcher.start();
    this.reportStats();
    const doc = this.env.root.ownerDocument;
    doc.addEventListener('change', this.onPageInput, true);
    doc.addEventListener('click', this.onPageInput, true);
    // deadlines move with the clock
    this.clock = setInterval(() => this.renderAll(), 60_000);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const doc = this.env.root.ownerDocument;
    doc.removeEventListener('change', this.onPageInput, true);
    doc.removeEventListener('click', this.onPageInput, true);
    if (this.clock !== undefined) clearInterval(this.clock);
    if (this.selectionTimer !== undefined) clearTimeout(this.selectionTimer);
    for (const t of this.timers) clearTimeout(t);
    this.watcher.stop();
    this.lookup.stop();
    this.runner.stop();
    for (const entry of this.rows.values()) this.removeUi(entry);
    this.rows.clear();
    this.layer?.remove();
    this.layer = undefined;
  }

  /** Handles pending page changes and lookups now (tests; the page keeps running on its own otherwise). */
  async settle(): Promise<void> {
    this.watcher.flushNow();
    await this.lookup.flush();
    this.updateSelection();
  }

  stats(): OverlayStats {
    return { ...this.watcher.stats, lookups: this.lookup.sent, rowsWithControls: this.uiCount };
  }

  // ---- page rows ----------------------------------------------------------------------------------------

  private onRows({ changed, removed }: RowChanges): void {
    for (const row of removed) this.dropRow(row);
    const numbers: string[] = [];
    for (const [row, scan] of changed) {
      const prev = this.rows.get(row);
      if (prev) this.unindex(row, prev.scan.numbers);
      const entry: RowEntry = prev ?? { scan };
      entry.scan = scan;
      this.rows.set(row, entry);
      for (const n of scan.numbers) {
        const set = this.numberRows.get(n) ?? new Set<Element>();
        this.numberRows.set(n, set);
        set.add(row);
        numbers.push(n);
      }
      this.renderRow(row);
    }
    if (numbers.length > 0) this.env.onOrderNumbers?.();
    this.lookup.want(numbers);
    this.scheduleSelection();
    if (this.layer?.isConnected?.() === false) this.renderLayer();
  }

  /**
   * After every pass over the page's rows. Rows that only started to wait may be checked already (rows added
   * after 전체 선택, a page restoring its selection): the selection reads them.
   */
  private afterPass(): void {
    const waiting = this.watcher.stats.rowsWaiting;
    if (waiting > this.waitingBefore) this.scheduleSelection();
    this.waitingBefore = waiting;
    this.reportStats();
  }

  private dropRow(row: Element): void {
    const entry = this.rows.get(row);
    if (!entry) return;
    this.unindex(row, entry.scan.numbers);
    this.removeUi(entry);
    this.rows.delete(row);
  }

  private unindex(row: Element, numbers: readonly string[]): void {
    for (const n of numbers) {
      const set = this.numberRows.get(n);
      set?.delete(row);
      if (set?.size === 0) this.numberRows.delete(n);
    }
  }

  private removeUi(entry: RowEntry): void {
    if (!entry.ui) return;
    const ui = entry.ui;
    entry.ui = undefined;
    entry.anchor = undefined;
    this.uiCount--;
    ui.remove();
  }

  /** The items a row shows: its product order numbers, else every item of its order numbers. */
  private rowItems(numbers: readonly string[]): { mode: 'item' | 'order'; ids: string[] } | undefined {
    const direct = numbers.filter((n) => this.briefs.has(n));
    if (direct.length > 0) return { mode: 'item', ids: direct };
    const ids: string[] = [];
    for (const n of numbers) for (const id of this.byOrder.get(n) ?? []) if (!ids.includes(id)) ids.push(id);
    return ids.length > 0 ? { mode: 'order', ids } : undefined;
  }

  private renderRow(row: Element): void {
    if (this.stopped) return;
    const entry = this.rows.get(row);
    if (!entry) return;
    const resolved = this.rowItems(entry.scan.numbers);
    const anchor = entry.scan.anchor;
    if (!resolved || !anchor) {
      this.removeUi(entry);
      return;
    }
    if (entry.ui && (!entry.ui.isConnected() || entry.anchor !== anchor || !anchor.isConnected)) {
      this.removeUi(entry);
    }
    if (!entry.ui) {
      entry.ui = this.env.mountRow(row, anchor, this, (n) => this.ownRemovals.add(n));
      entry.anchor = anchor;
      this.uiCount++;
    }
    entry.ui.update(() => ({
      mode: resolved.mode,
      // a brief dropped since is followed by a new update for its rows; until then it is left out
      items: resolved.ids.flatMap((id) => {
        const b = this.briefs.get(id);
        return b ? [this.itemView(b)] : [];
      }),
      now: this.now(),
    }));
  }

  private renderRowsShowing(ids: Iterable<string>): void {
    const rows = new Set<Element>();
    for (const id of ids) {
      for (const r of this.numberRows.get(id) ?? []) rows.add(r);
      const b = this.briefs.get(id);
      if (b) for (const r of this.numberRows.get(b.orderId) ?? []) rows.add(r);
    }
    for (const r of rows) this.renderRow(r);
  }

  private renderAll(): void {
    if (this.stopped) return;
    for (const row of this.rows.keys()) this.renderRow(row);
    this.renderLayer();
  }

  private itemView(brief: OrderBrief): ItemView {
    const id = brief.productOrderId;
    const progress = this.progressOf(brief);
    const failure =
      this.runner.failures.get(`dispatch:${id}`) ??
      this.runner.failures.get(`retry:${id}`) ??
      this.runner.failures.get(`cancel:${id}`);
    const confirmFailure = this.runner.failures.get(confirmKey(brief.accountId, brief.orderId));
    const batchFailure =
      this.runner.failures.get('batch-dispatch')?.fields[id] ??
      this.runner.failures.get('batch-confirm')?.fields[id];
    let orderConfirmable = 0;
    for (const other of this.byOrder.get(brief.orderId) ?? []) {
      if (this.briefs.get(other)?.status === 'PAYMENT_CONFIRMING') orderConfirmable++;
    }
    return {
      brief,
      progress,
      busy: (this.inFlight.get(id) ?? 0) > 0,
      confirmBusy: this.runner.isBusy(confirmKey(brief.accountId, brief.orderId)),
      error:
        failure?.fields[id] ??
        failure?.message ??
        confirmFailure?.fields[id] ??
        confirmFailure?.message ??
        batchFailure,
      draft: this.drafts.get(id) ?? { courierCode: this.lastCourierCode, trackingNumber: '' },
      orderConfirmable,
    };
  }

  /**
   * The item's latest action: this page's own while it is open or when the background reports the same one;
   * otherwise what the background reports (another tab or an earlier visit acted since). A finished action
   * from elsewhere is not shown.
   */
  progressOf(brief: OrderBrief): ItemProgress | undefined {
    const local = this.progress.get(brief.productOrderId);
    const a = brief.action;
    if (local && (!a || a.id === local.actionId || OPEN_STATES.has(local.state))) return local;
    if (!a || a.state === 'done') return undefined;
    return { actionId: a.id, kind: a.kind, state: a.state, message: a.message };
  }

  // ---- lookups ------------------------------------------------------------------------------------------

  private onAnswer(briefs: OrderBrief[], asked: readonly string[]): void {
    const answered = new Set(briefs.map((b) => b.productOrderId));
    const touched = new Set<string>(asked);
    for (const n of asked) {
      const old = this.briefs.get(n);
      if (old && !answered.has(n)) {
        this.briefs.delete(n);
        this.byOrder.get(old.orderId)?.delete(n);
      }
    }
    for (const b of briefs) {
      this.briefs.set(b.productOrderId, b);
      const set = this.byOrder.get(b.orderId) ?? new Set<string>();
      this.byOrder.set(b.orderId, set);
      set.add(b.productOrderId);
      touched.add(b.productOrderId);
      touched.add(b.orderId);
      // an action still open in the background (sent from another tab, or before this page loaded)
      if (b.action && OPEN_STATES.has(b.action.state) && !this.progress.has(b.productOrderId)) {
        this.runner.watch(b.action.id);
      }
    }
    const rows = new Set<Element>();
    for (const n of touched) for (const r of this.numberRows.get(n) ?? []) rows.add(r);
    for (const r of rows) this.renderRow(r);
    this.scheduleSelection();
    this.renderLayer();
    this.reportStats();
  }

  // ---- actions ------------------------------------------------------------------------------------------

  private onRecord(record: ActionRecord): void {
    const ids: string[] = [];
    let skipped = false;
    for (const item of record.items) {
      ids.push(item.productOrderId);
      if (item.state === 'skipped') skipped = true;
      this.progress.set(item.productOrderId, {
        actionId: record.id,
        kind: record.kind,
        state: item.state,
        message: item.message,
        courierCode: item.courierCode,
        trackingNumber: item.trackingNumber,
      });
    }
    this.renderRowsShowing(ids);
    this.renderLayer();
    if (skipped) {
      // another tab's action covers these: show where they stand once it has moved on
      this.later(5_000, () => this.lookup.refresh(this.numbersOf(ids)));
    }
  }

  private onSettled(record: ActionRecord): void {
    this.lookup.refresh(this.numbersOf(record.items.map((i) => i.productOrderId)));
  }

  private numbersOf(ids: readonly string[]): string[] {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      const b = this.briefs.get(id);
      if (b) out.add(b.orderId);
    }
    return [...out];
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  /** One click: marks its items busy until the answer is in. Does nothing while the same key is busy. */
  run(key: string, ids: readonly string[], parts: ActionPart[]): Promise<ActionRecord[] | undefined> {
    if (this.runner.isBusy(key) || parts.length === 0) return Promise.resolve(undefined);
    for (const id of ids) this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
    const sending = this.runner.run(key, parts); // marks the key busy at once
    this.renderRowsShowing(ids);
    this.scheduleSelection();
    return sending.finally(() => {
      for (const id of ids) {
        const n = (this.inFlight.get(id) ?? 1) - 1;
        if (n <= 0) this.inFlight.delete(id);
        else this.inFlight.set(id, n);
      }
      this.renderRowsShowing(ids);
      this.renderLayer();
      this.scheduleSelection();
    });
  }

  itemBusy(id: string): boolean {
    const b = this.briefs.get(id);
    const p = b && this.progressOf(b);
    return (this.inFlight.get(id) ?? 0) > 0 || (p !== undefined && OPEN_STATES.has(p.state));
  }

  confirmOrder(event: Event, accountId: string, orderId: string): void {
    if (!isTrustedEvent(event)) return;
    const ids = [...(this.byOrder.get(orderId) ?? [])].filter(
      (id) =>
        this.briefs.get(id)?.status === 'PAYMENT_CONFIRMING' && this.briefs.get(id)?.accountId === accountId,
    );
    if (ids.length === 0 || ids.every((id) => this.itemBusy(id))) return;
    void this.run(confirmKey(accountId, orderId), ids, [
      { type: 'orders.confirm', payload: { accountId, orderIds: [orderId], productOrderIds: [] } },
    ]);
  }

  dispatchItem(event: Event, input: DispatchRowInput): DispatchProblems | undefined {
    if (!isTrustedEvent(event)) return undefined;
    const brief = this.briefs.get(input.productOrderId);
    if (brief?.status !== 'PREPARING' || this.itemBusy(brief.productOrderId)) return undefined;
    const checked = this.dispatchCheck?.([input]);
    if (!checked) return notReady();
    if (!checked.ok) return checked.problems[input.productOrderId];
    this.setDraft(input.productOrderId, {
      courierCode: input.courierCode,
      trackingNumber: input.trackingNumber,
    });
    this.lastCourierCode = input.courierCode;
    void this.run(
      `dispatch:${brief.productOrderId}`,
      [brief.productOrderId],
      [{ type: 'orders.dispatch', payload: { accountId: brief.accountId, items: checked.items } }],
    );
    return undefined;
  }

  retry(
    event: Event,
    productOrderId: string,
    fix?: { courierCode?: string; trackingNumber?: string },
  ): DispatchProblems | undefined {
    if (!isTrustedEvent(event)) return undefined;
    const brief = this.briefs.get(productOrderId);
    const progress = brief && this.progressOf(brief);
    if (progress?.state !== 'failed' || (this.inFlight.get(productOrderId) ?? 0) > 0) return undefined;
    const fixes: Record<string, { courierCode?: string; trackingNumber?: string }> = {};
    if (progress.kind === 'dispatch') {
      const checked = this.dispatchCheck?.([
        {
          productOrderId,
          courierCode: fix?.courierCode ?? progress.courierCode,
          trackingNumber: fix?.trackingNumber ?? progress.trackingNumber ?? '',
        },
      ]);
      if (!checked) return notReady();
      if (!checked.ok) return checked.problems[productOrderId];
      const item = checked.items[0]!;
      fixes[productOrderId] = { courierCode: item.courierCode, trackingNumber: item.trackingNumber };
      this.lastCourierCode = item.courierCode;
    }
    void this.run(
      `retry:${productOrderId}`,
      [productOrderId],
      [
        {
          type: 'actions.retry',
          payload: { id: progress.actionId, productOrderIds: [productOrderId], fixes },
        },
      ],
    );
    return undefined;
  }

  openCancel(event: Event, productOrderId: string): void {
    if (!isTrustedEvent(event)) return;
    const brief = this.briefs.get(productOrderId);
    if (brief?.status !== 'PAYMENT_CONFIRMING') return;
    this.runner.failures.delete(`cancel:${productOrderId}`);
    this.dialog = { kind: 'cancel', id: productOrderId };
    this.renderLayer();
  }

  submitCancel(
    event: Event,
    input: { reason: string; detail: string },
  ): { reason?: string; detail?: string } | undefined {
    if (!isTrustedEvent(event)) return undefined;
    return this.dialogs ? this.dialogs.submitCancel(this, input) : { reason: notReady().courier };
  }

  openBatchDispatch(event: Event, productOrderIds?: readonly string[]): void {
    if (!isTrustedEvent(event)) return;
    const ids = (productOrderIds ?? this.selection.dispatch.map((b) => b.productOrderId)).filter(
      (id) => this.briefs.get(id)?.status === 'PREPARING' && !this.itemBusy(id),
    );
    if (ids.length === 0) return;
    this.runner.failures.delete('batch-dispatch');
    this.dialog = { kind: 'dispatch', ids, sent: false };
    this.renderLayer();
  }

  submitBatchDispatch(
    event: Event,
    rows: readonly DispatchRowInput[],
  ): Record<string, DispatchProblems> | undefined {
    if (!isTrustedEvent(event)) return undefined;
    return this.dialogs ? this.dialogs.submitBatchDispatch(this, rows) : { _: notReady() };
  }

  confirmSelected(event: Event): void {
    if (isTrustedEvent(event)) this.dialogs?.confirmSelected(this);
  }

  closeDialog(): void {
    if (!this.dialog) return;
    this.dialog = undefined;
    this.renderLayer();
  }

  dismissNotice(): void {
    this.notice = undefined;
    this.renderLayer();
  }

  setDraft(productOrderId: string, draft: Partial<DispatchDraftState>): void {
    const prev = this.drafts.get(productOrderId) ?? { courierCode: this.lastCourierCode, trackingNumber: '' };
    this.drafts.set(productOrderId, { ...prev, ...draft });
  }

  lastCourier(): string | undefined {
    return this.lastCourierCode;
  }

  // ---- selection and the page-wide layer ----------------------------------------------------------------

  private readonly onPageInput = (): void => this.scheduleSelection();

  /** Updates the selection bar shortly (rows added or redrawn, or the seller clicked or typed in the page). */
  private scheduleSelection(): void {
    if (this.stopped) return;
    if (this.selectionTimer !== undefined) clearTimeout(this.selectionTimer);
    // after the page's own handlers (a "select all" box sets the others without events)
    this.selectionTimer = setTimeout(() => {
      this.selectionTimer = undefined;
      this.updateSelection();
    }, 30);
  }

  private updateSelection(): void {
    if (this.stopped) return;
    const ids: string[] = [];
    for (const row of this.checkedRows()) {
      const entry = this.rows.get(row);
      if (!entry?.ui) continue;
      for (const id of this.rowItems(entry.scan.numbers)?.ids ?? []) if (!ids.includes(id)) ids.push(id);
    }
    const dispatch: OrderBrief[] = [];
    const orders = new Map<string, { accountId: string; orderId: string; items: number }>();
    for (const id of ids) {
      const b = this.briefs.get(id);
      if (!b || this.itemBusy(id)) continue;
      if (b.status === 'PREPARING') dispatch.push(b);
      if (b.status === 'PAYMENT_CONFIRMING') {
        const key = confirmKey(b.accountId, b.orderId);
        const o = orders.get(key) ?? { accountId: b.accountId, orderId: b.orderId, items: 0 };
        o.items++;
        orders.set(key, o);
      }
    }
    const selection: SelectionView = { dispatch, confirmOrders: [...orders.values()] };
    const key = JSON.stringify([dispatch.map((b) => [b.productOrderId, b.status]), selection.confirmOrders]);
    this.selection = selection;
    if (key !== this.selectionKey) {
      this.selectionKey = key;
      this.renderLayer();
    }
  }

  /**
   * Rows with controls whose own checkbox (the first in the row) is checked. One query for the checked boxes of
   * the page, not one per row: a page of 2,000 rows with a few checked costs a few lookups. A checked row far
   * from the viewport that was not read yet is read now; its items join the selection once they are looked up.
   */
  private checkedRows(): Set<Element> {
    const out = new Set<Element>();
    const unread: Element[] = [];
    for (const box of this.env.root.querySelectorAll('input[type="checkbox"]:checked')) {
      // the row whose own (first) checkbox this is: its nearest row, or one around it when the box sits in a
      // table laid out inside the row's cell
      for (let row = rowOf(box); row; row = rowOf(row.parentElement)) {
        if (rowCheckbox(row) !== box) break;
        if (this.watcher.isWaiting(row)) unread.push(row);
        else if (this.rows.get(row)?.ui) {
          out.add(row);
          break;
        }
      }
    }
    if (unread.length > 0) this.watcher.read(unread);
    return out;
  }

  private dialogView(): DialogView | undefined {
    const d = this.dialog;
    if (!d) return undefined;
    if (d.kind === 'cancel') {
      const item = this.briefs.get(d.id);
      if (!item) return undefined;
      return {
        kind: 'cancel',
        item,
        busy: this.itemBusy(d.id),
        failure: this.runner.failures.get(`cancel:${d.id}`),
      };
    }
    const items = d.ids.flatMap((id) => {
      const b = this.briefs.get(id);
      return b ? [this.itemView(b)] : [];
    });
    return {
      kind: 'dispatch',
      items,
      busy: this.runner.isBusy('batch-dispatch'),
      failure: this.runner.failures.get('batch-dispatch'),
      sent: d.sent,
    };
  }

  renderLayer(): void {
    if (this.stopped || !this.layer) return;
    if (this.layer.isConnected?.() === false) {
      this.layer.remove();
      this.layer = this.env.mountLayer(this);
    }
    this.layer.update({
      selection: this.selection,
      batchConfirmBusy: this.runner.isBusy('batch-confirm'),
      batchDispatchBusy: this.runner.isBusy('batch-dispatch'),
      dialog: this.dialogView(),
      notice: this.notice,
    });
  }

  private reportStats(): void {
    this.env.onStats?.(this.stats());
  }
}

export function confirmKey(accountId: string, orderId: string): string {
  return `confirm:${accountId}:${orderId}`;
}
