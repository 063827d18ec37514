import { t } from '../i18n';
import type { RequestPayload, ResponseMap } from '../messaging/protocol';
import type { ActionRecord } from '../orders/outbox-types';
import { isRequestFailure, type RequestFailure } from './messenger';
import { newRequestId } from './request-id';

export type ActionMessage = 'orders.confirm' | 'orders.dispatch' | 'orders.cancel' | 'actions.retry';

/** What one click sends: one message per account (an action belongs to one account). */
export type ActionPart = {
  [T in ActionMessage]: { type: T; payload: Omit<RequestPayload<T>, 'requestId'> };
}[ActionMessage];

export interface ActionFailure {
  /** safe to show, in the seller's language */
  message: string;
  /** per product order number, when the background refused some items */
  fields: Record<string, string>;
}

type Request = <T extends 'actions.get' | ActionMessage>(
  type: T,
  payload: RequestPayload<T>,
) => Promise<ResponseMap[T]>;

export interface ActionRunnerOptions {
  request: Request;
  newRequestId?: () => string;
  /** busy keys or failures changed */
  onChange: () => void;
  /** an action's record as the background answered it (after sending, or while it is being watched) */
  onRecord: (record: ActionRecord) => void;
  /** every item of the action is final (done, failed or skipped) */
  onSettled: (record: ActionRecord) => void;
  /** how often a pending action is read again; default 3 s for the first minute, then 15 s */
  pollMs?: (elapsedMs: number) => number;
  now?: () => number;
}

const TRANSPORT_KINDS = new Set(['unavailable', 'bad-reply']);

/**
 * Sends the seller's actions: one request id per click, kept while that click's messages are in flight; the
 * same key (button) does nothing while busy. When the message itself got lost (the extension restarted
 * mid-way) the next click on the same key with the same content reuses the id, so the background's outbox
 * answers with the first record instead of acting twice. Actions left pending are read again until settled.
 */
export class ActionRunner {
  readonly busy = new Set<string>();
  readonly failures = new Map<string, ActionFailure>();
  private readonly lost = new Map<string, { requestId: string; fingerprint: string }>();
  private readonly watched = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  private stopped = false;
  private readonly newId: () => string;
  private readonly now: () => number;

  constructor(private readonly opts: ActionRunnerOptions) {
    this.newId = opts.newRequestId ?? newRequestId;
    this.now = opts.now ?? Date.now;
  }

  isBusy(key: string): boolean {
    return this.busy.has(key);
  }

  /**
   * One click. Resolves with the records the background answered, or `undefined` when the key was busy (the
   * second click of a double click) or the runner is stopped. Failures are kept under the key.
   */
  async run(key: string, parts: readonly ActionPart[]): Promise<ActionRecord[] | undefined> {
    if (this.stopped || this.busy.has(key) || parts.length === 0) return undefined;
    this.busy.add(key);
    this.failures.delete(key);
    const fingerprint = JSON.stringify(parts);
    const previous = this.lost.get(key);
    const base = previous && previous.fingerprint === fingerprint ? previous.requestId : this.newId();
    this.lost.delete(key);
    this.opts.onChange();
    const records: ActionRecord[] = [];
    const fields: Record<string, string> = {};
    const messages: string[] = [];
    let lostAny = false;
    try {
      for (const [i, part] of parts.entries()) {
        const requestId = i === 0 ? base : `${base}_${i}`;
        try {
          const record = (await this.opts.request(part.type, {
            ...part.payload,
            requestId,
          } as never)) as ActionRecord;
          records.push(record);
          if (!this.stopped) this.accept(record);
        } catch (e) {
          const err: RequestFailure = isRequestFailure(e)
            ? e
            : {
                kind: 'internal',
                message: t('요청을 처리하지 못했습니다.', 'The request could not be processed.'),
              };
          if (TRANSPORT_KINDS.has(err.kind)) lostAny = true;
          Object.assign(fields, err.fields ?? {});
          if (!messages.includes(err.message)) messages.push(err.message);
        }
      }
    } finally {
      this.busy.delete(key);
    }
    if (lostAny) this.lost.set(key, { requestId: base, fingerprint });
    if (messages.length > 0) this.failures.set(key, { message: messages.join(' '), fields });
    if (!this.stopped) this.opts.onChange();
    return records;
  }

  /** Reads an action again every few seconds until every item is final. */
  watch(actionId: string): void {
    if (this.stopped || this.watched.has(actionId)) return;
    this.schedule(actionId, this.now());
  }

  stop(): void {
    this.stopped = true;
    for (const w of this.watched.values()) clearTimeout(w.timer);
    this.watched.clear();
  }

  private accept(record: ActionRecord): void {
    this.opts.onRecord(record);
    if (record.status === 'settled') this.opts.onSettled(record);
    else this.watch(record.id);
  }

  private schedule(actionId: string, since: number): void {
    const elapsed = this.now() - since;
    const wait = this.opts.pollMs ? this.opts.pollMs(elapsed) : elapsed < 60_000 ? 3_000 : 15_000;
    const timer = setTimeout(() => void this.poll(actionId, since), wait);
    this.watched.set(actionId, { timer, since });
  }

  private async poll(actionId: string, since: number): Promise<void> {
    if (this.stopped) return;
    let record: ActionRecord | null;
    try {
      record = await this.opts.request('actions.get', { id: actionId });
    } catch {
      if (!this.stopped) this.schedule(actionId, since);
      return;
    }
    if (this.stopped) return;
    if (!record) {
      this.watched.delete(actionId);
      return;
    }
    this.opts.onRecord(record);
    if (record.status === 'settled') {
      this.watched.delete(actionId);
      this.opts.onSettled(record);
    } else this.schedule(actionId, since);
  }
}
