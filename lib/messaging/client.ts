import { ReplySchema } from './protocol';
import { createRequester, type SendFn } from './request';

export { RequestError, type SendFn } from './request';

/** Typed requests to the background for the extension's pages; every reply is checked with zod. */
export function createMessenger(send: SendFn) {
  return createRequester(send, (raw) => {
    const reply = ReplySchema.safeParse(raw);
    return reply.success ? reply.data : undefined;
  });
}

/** The typed request function every page uses (tests pass their own). */
export type Messenger = ReturnType<typeof createMessenger>;
