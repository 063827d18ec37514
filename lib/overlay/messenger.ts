import { t } from '../i18n';
import type { RequestPayload, RequestType, ResponseMap } from '../messaging/protocol';

/**
 * Requests from the order overlay to the background. The extension's pages use `lib/messaging/client.ts`, which
 * checks every reply with the zod schema of `lib/messaging/protocol.ts`; importing that here would put zod (and
 * every request schema) into the content script, whose budget is 15 kB gzip. So the reply's shape is checked by
 * hand below. Nothing is lost: the background still validates every request with zod before acting, and the
 * reply only comes from this extension's own background.
 */

/** What a failed request tells the overlay; `message` is safe to show. */
export interface RequestFailure {
  kind: string;
  message: string;
  fields?: Record<string, string> | undefined;
  traceId?: string | undefined;
}

/** A request the background refused or failed. */
export class OverlayRequestError extends Error implements RequestFailure {
  readonly kind: string;
  readonly fields: Record<string, string>;
  readonly traceId: string | undefined;
  constructor(payload: RequestFailure) {
    super(payload.message);
    this.name = 'RequestError';
    this.kind = payload.kind;
    this.fields = payload.fields ?? {};
    this.traceId = payload.traceId;
  }
}

type Reply = { ok: true; data: unknown } | { ok: false; error: RequestFailure };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** A failure as the background sends it: `{ kind, message, fields?, traceId? }`. */
export function isRequestFailure(v: unknown): v is RequestFailure {
  if (!isObject(v)) return false;
  if (typeof v.kind !== 'string' || typeof v.message !== 'string') return false;
  if (v.fields !== undefined && !isStringRecord(v.fields)) return false;
  return v.traceId === undefined || typeof v.traceId === 'string';
}

/** The background's reply envelope: `{ ok: true, data }` or `{ ok: false, error }`. */
export function isReply(v: unknown): v is Reply {
  if (!isObject(v)) return false;
  if (v.ok === true) return 'data' in v;
  return v.ok === false && isRequestFailure(v.error);
}

export type SendFn = (message: unknown) => Promise<unknown>;

/** Typed requests to the background, for the order overlay. */
export function createOverlayMessenger(send: SendFn) {
  return async function request<T extends RequestType>(
    type: T,
    payload: RequestPayload<T>,
  ): Promise<ResponseMap[T]> {
    let raw: unknown;
    try {
      raw = await send({ type, payload });
    } catch {
      throw new OverlayRequestError({
        kind: 'unavailable',
        message: t(
          '확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.',
          'Cannot reach the extension. Please reload the page.',
        ),
      });
    }
    if (!isReply(raw)) {
      throw new OverlayRequestError({
        kind: 'bad-reply',
        message: t(
          '확장 프로그램의 응답을 읽을 수 없습니다. 페이지를 새로 고침해 주세요.',
          "Cannot read the extension's reply. Please reload the page.",
        ),
      });
    }
    if (!raw.ok) throw new OverlayRequestError(raw.error);
    return raw.data as ResponseMap[T];
  };
}
