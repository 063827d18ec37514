import { isOverlayHost, type RowScan, rowOf, rowsIn, scanRow } from './scan';

export interface RowChanges {
  /** rows that appeared or whose content changed, with what they hold now (only rows holding numbers) */
  changed: Map<Element, RowScan>;
  /** rows that left the page or no longer hold any number */
  removed: Element[];
}

export interface RowWatcherStats {
  /** rows read since start (without a gate, a full page scan reads every row once) */
  rowsScanned: number;
  /** rows not read yet: they are read when they come near the viewport (or are checked) */
  rowsWaiting: number;
  fullScans: number;
  /** the last pass: how many rows it read and how long it took */
  lastPass: { rows: number; ms: number; full: boolean } | undefined;
}

/** Rows held until they come near the viewport (components/overlay/near-viewport.ts `nearGate`). */
export interface NearGate {
  /** tell once, when `row` comes near */
  watch(row: Element): void;
  /** no longer */
  unwatch(row: Element): void;
  disconnect(): void;
}
export type NearGateFactory = (onNear: (rows: readonly Element[]) => void) => NearGate;

export interface RowWatcherOptions {
  /** what to watch, usually `document.body` */
  root: Element;
  onChanges: (changes: RowChanges) => void;
  /** after every pass, changes or not (rows may only have started to wait): for the performance notes */
  onPass?: () => void;
  /** quiet time before a pass (ms); default 80 */
  debounceMs?: number;
  /** a pass happens at the latest this long after the first change (ms), even on a page that never settles; default 400 */
  maxWaitMs?: number;
  /** our own hosts that we removed on purpose (their removal must not bring them back) */
  isOwnRemoval?: (host: Node) => boolean;
  /**
   * Reading rows as they come near the viewport: makes the gate the watcher puts rows behind, given what to call
   * with the rows that came near (together, as one observer reports them). Without it every row is read at once.
   */
  whenNear?: NearGateFactory;
  now?: () => number;
}

/**
 * Finds the rows of the page that hold order numbers and follows them as the page changes: one full scan at
 * start, then only the rows that mutations touched (rows added later cost in proportion to what was added).
 * With `whenNear`, a row is read only once it comes near the viewport (or `read` asks for it): a page of 2,000
 * rows reads the few dozen in view, and the rest as the seller scrolls.
 */
export class RowWatcher {
  readonly stats: RowWatcherStats = { rowsScanned: 0, rowsWaiting: 0, fullScans: 0, lastPass: undefined };
  private readonly known = new Set<Element>();
  /** rows not read yet: behind the gate */
  private readonly waiting = new Set<Element>();
  /** rows that came near (or were asked for) once: read whenever they change from then on */
  private readonly readable = new WeakSet<Element>();
  private readonly gate: NearGate | undefined;
  private readonly dirty = new Set<Element>();
  private readonly gone = new Set<Element>();
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: RowWatcherOptions) {
    this.debounceMs = opts.debounceMs ?? 80;
    this.maxWaitMs = opts.maxWaitMs ?? 400;
    this.now = opts.now ?? (() => performance.now());
    this.gate = opts.whenNear?.((rows) => {
      // the gate no longer watches the rows it reports
      for (const row of rows) if (this.waiting.delete(row)) this.nowReadable(row);
      this.stats.rowsWaiting = this.waiting.size;
      // the rows that came near together are read in one pass, right away
      this.flush();
    });
  }

  /** Scans the whole page once, then follows its changes. */
  start(): void {
    this.fullScan();
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(this.opts.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
    this.gone.clear();
    this.known.clear();
    this.gate?.disconnect();
    this.waiting.clear();
    this.stats.rowsWaiting = 0;
  }

  /** Every row currently known to hold numbers. */
  rows(): Element[] {
    return [...this.known];
  }

  /** Whether a row waits to come near the viewport before it is read. */
  isWaiting(row: Element): boolean {
    return this.waiting.has(row);
  }

  /** Reads these rows now, near the viewport or not (rows the seller checked: their items make the selection). */
  read(rows: Iterable<Element>): void {
    for (const row of rows) {
      this.stopWaiting(row);
      this.nowReadable(row);
    }
    this.flush();
  }

  /** Reads again the whole page (e.g. after the extension asked to refresh); rows far from view wait. */
  fullScan(): void {
    const t0 = this.now();
    const changed = new Map<Element, RowScan>();
    const rows = rowsIn(this.opts.root);
    const seen = new Set<Element>();
    let scanned = 0;
    for (const row of rows) {
      seen.add(row);
      if (!this.mayRead(row)) continue;
      scanned++;
      const scan = scanRow(row);
      if (scan.numbers.length > 0) {
        this.known.add(row);
        changed.set(row, scan);
      } else this.known.delete(row);
    }
    const removed: Element[] = [];
    for (const row of this.known) {
      if (!seen.has(row)) {
        this.known.delete(row);
        removed.push(row);
      }
    }
    for (const row of this.waiting) if (!seen.has(row)) this.stopWaiting(row);
    this.stats.rowsScanned += scanned;
    this.stats.fullScans++;
    this.stats.lastPass = { rows: scanned, ms: this.now() - t0, full: true };
    if (changed.size > 0 || removed.length > 0) this.opts.onChanges({ changed, removed });
    this.opts.onPass?.();
  }

  /**
   * Whether a row is read now. A row that never came near the viewport waits for it instead (once: further
   * changes before then cost nothing, it is read as it is when it comes).
   */
  private mayRead(row: Element): boolean {
    const gate = this.gate;
    if (!gate || this.readable.has(row)) return true;
    if (!this.waiting.has(row) && row.isConnected) {
      this.waiting.add(row);
      gate.watch(row);
      this.stats.rowsWaiting = this.waiting.size;
    }
    return false;
  }

  /** A row no longer waiting: read in the next pass, and whenever it changes from then on. */
  private nowReadable(row: Element): void {
    this.readable.add(row);
    this.dirty.add(row);
  }

  private stopWaiting(row: Element): void {
    if (!this.waiting.delete(row)) return;
    this.gate?.unwatch(row);
    this.stats.rowsWaiting = this.waiting.size;
  }

  /** Handles pending mutations now instead of after the quiet time (tests, and before a page action). */
  flushNow(): void {
    if (this.observer) this.take(this.observer.takeRecords(), false);
    this.flush();
  }

  private take(records: MutationRecord[], schedule = true): void {
    let any = false;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        const row = rowOf(rec.target);
        if (row) {
          this.dirty.add(row);
          any = true;
        }
        continue;
      }
      let relevant = false;
      for (const node of rec.addedNodes) {
        if (isOverlayHost(node)) continue;
        relevant = true;
        if (node.nodeType === 1) for (const row of rowsIn(node as Element)) this.dirty.add(row);
      }
      for (const node of rec.removedNodes) {
        if (isOverlayHost(node)) {
          // the page threw away our controls while keeping the row: put them back
          if (!this.opts.isOwnRemoval?.(node)) relevant = true;
          continue;
        }
        relevant = true;
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (this.known.has(el) || this.waiting.has(el)) this.gone.add(el);
        else if (el.firstElementChild)
          for (const row of rowsIn(el)) if (this.known.has(row) || this.waiting.has(row)) this.gone.add(row);
      }
      if (relevant) {
        any = true;
        const row = rowOf(rec.target);
        if (row) this.dirty.add(row);
      }
    }
    if (any && schedule) this.schedule();
  }

  private schedule(): void {
    const now = this.now();
    this.firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - (now - this.firstPendingAt)));
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPendingAt = undefined;
    if (this.dirty.size === 0 && this.gone.size === 0) return;
    const t0 = this.now();
    const changed = new Map<Element, RowScan>();
    const removed: Element[] = [];
    for (const row of this.gone) if (row.isConnected) this.dirty.add(row);
    for (const row of this.gone) {
      if (row.isConnected) continue;
      this.stopWaiting(row);
      if (this.known.delete(row)) removed.push(row);
    }
    this.gone.clear();
    let scanned = 0;
    for (const row of this.dirty) {
      if (!row.isConnected) {
        this.stopWaiting(row);
        if (this.known.delete(row)) removed.push(row);
        continue;
      }
      if (!this.mayRead(row)) continue;
      scanned++;
      const scan = scanRow(row);
      if (scan.numbers.length === 0) {
        if (this.known.delete(row)) removed.push(row);
        continue;
      }
      this.known.add(row);
      changed.set(row, scan);
    }
    this.dirty.clear();
    this.stats.rowsScanned += scanned;
    this.stats.lastPass = { rows: scanned, ms: this.now() - t0, full: false };
    if (changed.size > 0 || removed.length > 0) this.opts.onChanges({ changed, removed });
    this.opts.onPass?.();
  }
}
