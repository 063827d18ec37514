import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { RequestError } from '../../lib/messaging/client';

/** Holds the last failure of a form: a message, per-field messages and Naver's trace ID. */
export function useFormError() {
  const [error, setError] = useState<{
    message: string;
    fields: Record<string, string>;
    traceId?: string | undefined;
  }>();
  return {
    error,
    clear: () => setError(undefined),
    capture(e: unknown) {
      if (e instanceof RequestError) setError({ message: e.message, fields: e.fields, traceId: e.traceId });
      else {
        setError({
          message: t(
            '예상하지 못한 오류가 발생했습니다. 다시 시도해 주세요.',
            'Something unexpected went wrong. Please try again.',
          ),
          fields: {},
        });
      }
    },
  };
}
