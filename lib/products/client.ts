import { RequestError, type SendFn } from '../messaging/client';
import { ReplySchema } from '../messaging/protocol';
import type { ProductRequestPayload, ProductRequestType, ProductResponseMap } from './messages';

/** Typed product and preset requests to the background, for the options page, the popup and the overlay. */
export function createProductMessenger(send: SendFn) {
  return async function request<T extends ProductRequestType>(
    type: T,
    payload: ProductRequestPayload<T>,
  ): Promise<ProductResponseMap[T]> {
    let raw: unknown;
    try {
      raw = await send({ type, payload });
    } catch {
      throw new RequestError({
        kind: 'unavailable',
        message: '확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.',
      });
    }
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) {
      throw new RequestError({
        kind: 'bad-reply',
        message: '확장 프로그램의 응답을 읽을 수 없습니다. 페이지를 새로 고침해 주세요.',
      });
    }
    if (!reply.data.ok) throw new RequestError(reply.data.error);
    return reply.data.data as ProductResponseMap[T];
  };
}

export type ProductRequest = ReturnType<typeof createProductMessenger>;
