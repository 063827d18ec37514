import { RequestError, type SendFn } from '../messaging/client';
import { ReplySchema } from '../messaging/protocol';
import type { ToolsRequestPayload, ToolsRequestType, ToolsResponseMap } from './requests';

/**
 * Typed requests of the 주문 도구 page, the twin of `createMessenger` for the tools messages (they travel the
 * same way, to the same router, once wired into REQUESTS).
 */
export function createToolsMessenger(send: SendFn) {
  return async function toolsRequest<T extends ToolsRequestType>(
    type: T,
    payload: ToolsRequestPayload<T>,
  ): Promise<ToolsResponseMap[T]> {
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
    return reply.data.data as ToolsResponseMap[T];
  };
}

export type ToolsRequest = ReturnType<typeof createToolsMessenger>;
