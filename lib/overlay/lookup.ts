import type { OrderBrief } from '../orders/queries';

/** `orders.lookup` takes at most this many numbers per list per message (lib/messaging/protocol.ts). */
export const LOOKUP_BATCH = 500;

export interface LookupPayload {
  productOrderIds: string[];
  orderIds: string[];
}

export interface LookupQueueOptions {
  request: (payload: LookupPayload) => Promise<OrderBrief[]>;
  /** answers, with the numbers that were asked (numbers the extension does not know get no brief) */
  onAnswer: (briefs: OrderBrief[], asked: readonly string[]) => void;
  onError?: (e: unknown) => void;
  /** numbers gathered for this long go out together; default 30 ms */
  delayMs?: number;
  /** an answer is fresh this long; a row showing the number again after that asks again; default 60 s */
  freshMs?: number;
  /** after a failed message its numbers are not asked again for this long; default 10 s */
  backoffMs?: number;
  now?: () => number;
}

/**
 * Asks the background about the page's order numbers: once per number while its answer is fresh, in
 * messages of at most 500 numbers. A number's kind cannot be told from the page (order and product order
 * numbers look alike), so each goes in both lists and the background answers whichever it is.
 */
export class LookupQueue {
  /** messages sent, for tests and the performance notes */
  sent = 0;
  private readonly askedAt = new Map<string, number>();
  private readonly queued = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pumping: Promise<void> | undefined;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly opts: LookupQueueOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Numbers seen on the page: asked unless a fresh answer (or a question in flight) covers them. */
  want(numbers: Iterable<string>): void {
    const fresh = this.opts.freshMs ?? 60_000;
    const now = this.now();
    let added = false;
    for (const n of numbers) {
      const at = this.askedAt.get(n);
      if (at !== undefined && now - at < fresh) continue;
      if (this.queued.has(n)) continue;
      this.queued.add(n);
      added = true;
    }
    if (added) this.schedule();
  }

  /** Asks again about these numbers now (after an action changed them). */
  refresh(numbers: Iterable<string>): void {
    for (const n of numbers) {
      this.askedAt.delete(n);
      this.queued.add(n);
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.queued.clear();
  }

  /** Sends what is queued now; resolves when every message so far has been answered. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pumping) {
      this.pumping = this.pump().finally(() => {
        this.pumping = undefined;
      });
    }
    await this.pumping;
    if (this.queued.size > 0 && !this.stopped) await this.flush();
  }

  private schedule(): void {
    if (this.stopped || this.timer !== undefined || this.pumping) return;
    this.timer = setTimeout(() => void this.flush(), this.opts.delayMs ?? 30);
  }

  private async pump(): Promise<void> {
    while (this.queued.size > 0 && !this.stopped) {
      // the rest stay queued (so not asked again meanwhile) until their turn
      const batch = [...this.queued].slice(0, LOOKUP_BATCH);
      const now = this.now();
      for (const n of batch) {
        this.queued.delete(n);
        this.askedAt.set(n, now);
      }
      try {
        this.sent++;
        const briefs = await this.opts.request({ productOrderIds: batch, orderIds: batch });
        if (!this.stopped) this.opts.onAnswer(briefs, batch);
      } catch (e) {
        // asked again after the backoff, when a row shows the number again
        const retryAt = this.now() - (this.opts.freshMs ?? 60_000) + (this.opts.backoffMs ?? 10_000);
        for (const n of batch) this.askedAt.set(n, retryAt);
        this.opts.onError?.(e);
      }
    }
  }
}
