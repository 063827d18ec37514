import { t } from '../i18n';
import type { FieldError } from './schemas/error';

/**
 * What went wrong with a shop-backend call. Every error carries the HTTP status and the backend's code when
 * there was an answer, the per-field messages of a rejected input, and a `userMessage` in the seller's
 * language that says what to do next. The shop API key is never part of any of them.
 */
export type ShopBackendErrorKind =
  | 'key-rejected'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'unreachable'
  | 'server'
  | 'bad-response';

export interface ShopBackendErrorInit {
  kind: ShopBackendErrorKind;
  status?: number | undefined;
  code?: string | undefined;
  /** the backend's own message (already free of secrets) */
  serverMessage?: string | undefined;
  fields?: FieldError[] | undefined;
  /** for `unreachable`: no answer within the time limit */
  timedOut?: boolean | undefined;
}

export class ShopBackendError extends Error {
  readonly kind: ShopBackendErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly serverMessage: string | undefined;
  readonly fields: FieldError[];
  readonly timedOut: boolean;
  /** In the seller's language: what happened and what to do. */
  readonly userMessage: string;

  constructor(init: ShopBackendErrorInit) {
    const userMessage = describeShopBackendError(init);
    const where = [init.status ? String(init.status) : undefined, init.code].filter(Boolean).join(' ');
    super(`${init.kind}${where ? ` (${where})` : ''}: ${userMessage}`);
    this.name = 'ShopBackendError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.fields = init.fields ?? [];
    this.timedOut = init.timedOut ?? false;
    this.userMessage = userMessage;
  }

  /** The message for one field (`alias`, `fields.delivery.baseFee`), for showing beside its input. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export function describeShopBackendError(e: ShopBackendErrorInit): string {
  switch (e.kind) {
    case 'key-rejected':
      return t(
        '식스샵 프로 API 키가 올바르지 않습니다. 식스샵 프로 관리자에서 키를 다시 복사해 입력해 주세요.',
        'The Sixshop Pro API key is not valid. Copy the key again from the Sixshop Pro admin and enter it.',
      );
    case 'not-found':
      return t(
        '식스샵 프로에서 대상을 찾을 수 없습니다. 목록을 새로 고친 뒤 다시 시도해 주세요.',
        'Not found in Sixshop Pro. Refresh the list and try again.',
      );
    case 'validation': {
      const first = e.fields?.[0];
      if (first) {
        const others = (e.fields?.length ?? 1) - 1;
        const more = others > 0 ? t(` 외 ${others}건`, ` and ${others} more`) : '';
        return t(
          `입력값을 확인해 주세요: ${first.message}${more}`,
          `Check your input: ${first.message}${more}`,
        );
      }
      const detail = e.serverMessage ? `: ${e.serverMessage}` : '';
      return t(
        `식스샵 프로가 요청을 거부했습니다${detail}. 입력값을 확인해 주세요.`,
        `Sixshop Pro refused the request${detail}. Check your input.`,
      );
    }
    case 'conflict':
      return t(
        `${e.serverMessage ?? '이미 같은 정보가 있거나 그사이 변경되었습니다.'} 목록을 새로 고친 뒤 다시 확인해 주세요.`,
        `${e.serverMessage ?? 'The same information already exists or it changed meanwhile.'} Refresh the list and check again.`,
      );
    case 'unreachable':
      return e.timedOut
        ? t(
            '식스샵 프로 서버가 20초 안에 응답하지 않았습니다. 잠시 후 다시 시도해 주세요.',
            'The Sixshop Pro server did not answer within 20 seconds. Please try again shortly.',
          )
        : t(
            '식스샵 프로 서버에 연결할 수 없습니다. 인터넷 연결과 설정의 서버 주소를 확인한 뒤 다시 시도해 주세요.',
            'Cannot reach the Sixshop Pro server. Check your internet connection and the server address in settings, then try again.',
          );
    case 'server':
      return t(
        '식스샵 프로 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도해 주세요.',
        'The Sixshop Pro server has a temporary problem. Please try again shortly.',
      );
    case 'bad-response':
      return t(
        '식스샵 프로 서버에서 예상하지 못한 응답을 받았습니다. 확장 프로그램을 최신 버전으로 업데이트하고, 계속되면 고객센터에 알려 주세요.',
        'Unexpected answer from the Sixshop Pro server. Update the extension to the latest version; if it continues, contact customer support.',
      );
  }
}

/** Kind of a non-2xx answer, by the backend's code first and the HTTP status second. */
export function kindOfStatus(status: number, code: string | undefined): ShopBackendErrorKind {
  if (code === 'SHOP_KEY_REJECTED' || status === 401) return 'key-rejected';
  if (code === 'NOT_FOUND' || status === 404) return 'not-found';
  if (code === 'VALIDATION_FAILED' || status === 400 || status === 413 || status === 422) return 'validation';
  if (code === 'CONFLICT' || status === 409) return 'conflict';
  return 'server';
}

/** Replaces every occurrence of each secret (the shop key) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
