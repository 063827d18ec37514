import { t } from '../i18n';
import type { RequestPayload, RequestType, ResponseMap } from './protocol';

/**
 * The request function shared by every sender: pages (`client.ts`, replies checked with zod) and the order
 * overlay (`lib/overlay/messenger.ts`, replies checked by hand to keep zod out of the content script). This file
 * imports nothing at run time but the i18n helper, so both can use it.
 */

/** What a failed request carries: `{ kind, message, fields?, traceId? }`; `message` is safe to show. */
export interface RequestFailure {
  kind: string;
  message: string;
  fields?: Record<string, string> | undefined;
  traceId?: string | undefined;
}

/** A request the background refused or failed; `message` is in the seller's language and safe to show. */
export class RequestError extends Error implements RequestFailure {
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

export type Reply = { ok: true; data: unknown } | { ok: false; error: RequestFailure };
export type SendFn = (message: unknown) => Promise<unknown>;

/** Typed requests to the background through `send`; `readReply` returns the checked envelope or undefined. */
export function createRequester(send: SendFn, readReply: (raw: unknown) => Reply | undefined) {
  return async function request<T extends RequestType>(
    type: T,
    payload: RequestPayload<T>,
  ): Promise<ResponseMap[T]> {
    let raw: unknown;
    try {
      raw = await send({ type, payload });
    } catch {
      throw new RequestError({
        kind: 'unavailable',
        message: t(
          '확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.',
          'Cannot reach the extension. Reload the page.',
        ),
      });
    }
    const reply = readReply(raw);
    if (!reply) {
      throw new RequestError({
        kind: 'bad-reply',
        message: t(
          '확장 프로그램의 응답을 읽을 수 없습니다. 페이지를 새로 고침해 주세요.',
          "Cannot read the extension's reply. Reload the page.",
        ),
      });
    }
    if (!reply.ok) throw new RequestError(reply.error);
    return reply.data as ResponseMap[T];
  };
}
