import { t } from '../i18n';
import type { ErrorPayload } from './errors';
import { ReplySchema, type RequestPayload, type RequestType, type ResponseMap } from './protocol';

/** A request the background refused or failed; `message` is in the seller's language and safe to show. */
export class RequestError extends Error {
  readonly kind: string;
  readonly fields: Record<string, string>;
  readonly traceId: string | undefined;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'RequestError';
    this.kind = payload.kind;
    this.fields = payload.fields ?? {};
    this.traceId = payload.traceId;
  }
}

export type SendFn = (message: unknown) => Promise<unknown>;

/** Typed requests to the background for popup, options and content scripts. */
export function createMessenger(send: SendFn) {
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
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) {
      throw new RequestError({
        kind: 'bad-reply',
        message: t(
          '확장 프로그램의 응답을 읽을 수 없습니다. 페이지를 새로 고침해 주세요.',
          "Cannot read the extension's reply. Reload the page.",
        ),
      });
    }
    if (!reply.data.ok) throw new RequestError(reply.data.error);
    return reply.data.data as ResponseMap[T];
  };
}

/** The typed request function every page uses (tests pass their own). */
export type Messenger = ReturnType<typeof createMessenger>;
