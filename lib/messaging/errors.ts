import { z } from 'zod/mini';
import { t } from '../i18n';
import { CommerceApiError } from '../smartstore/errors';

/** What a failed request tells the UI: a message in the seller's language, and per-field messages for forms. */
export const ErrorPayloadSchema = z.object({
  kind: z.string(),
  message: z.string(),
  fields: z.optional(z.record(z.string(), z.string())),
  traceId: z.optional(z.string()),
});
export type ErrorPayload = z.infer<typeof ErrorPayloadSchema>;

/** An error meant for the seller, raised by the background's own checks. */
export class UserFacingError extends Error {
  constructor(
    readonly kind: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

interface HasUserMessage {
  kind: string;
  userMessage: string;
}

function hasUserMessage(e: unknown): e is HasUserMessage {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { userMessage?: unknown }).userMessage === 'string' &&
    typeof (e as { kind?: unknown }).kind === 'string'
  );
}

/** Turns any thrown value into what the UI may see. Raw messages of unknown errors are never passed on. */
export function toErrorPayload(e: unknown): ErrorPayload {
  if (e instanceof UserFacingError) {
    return { kind: e.kind, message: e.message, ...(e.fields ? { fields: e.fields } : {}) };
  }
  if (e instanceof z.core.$ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of e.issues) {
      const path = issue.path.join('.') || '_';
      fields[path] ??= issue.message;
    }
    return {
      kind: 'invalid-input',
      message: t('입력값을 확인해 주세요.', 'Check the highlighted fields.'),
      fields,
    };
  }
  if (e instanceof CommerceApiError) {
    return { kind: e.kind, message: e.userMessage, ...(e.traceId ? { traceId: e.traceId } : {}) };
  }
  if (hasUserMessage(e)) return { kind: e.kind, message: e.userMessage };
  return {
    kind: 'internal',
    message: t(
      '예상하지 못한 오류가 발생했습니다. 확장 프로그램을 다시 열어 시도해 주세요.',
      'Something unexpected went wrong. Reopen the extension and try again.',
    ),
  };
}
