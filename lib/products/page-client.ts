import { t } from '../i18n';
import type { ProductRequestPayload, ProductResponseMap } from './messages';

/**
 * The overlay's messenger: only the requests a content script may send, and no schema library, so that the
 * content script stays small. Replies are checked by shape; errors carry the background's Korean message.
 */
export type PageRequestType =
  | 'products.pageLookup'
  | 'products.pageImport'
  | 'products.pageExport'
  | 'products.pageJob';

export class PageRequestError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'PageRequestError';
  }
}

type Reply = { ok: true; data: unknown } | { ok: false; error: { kind: string; message: string } };

function isReply(v: unknown): v is Reply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; data?: unknown; error?: { kind?: unknown; message?: unknown } };
  if (r.ok === true) return 'data' in r;
  return r.ok === false && typeof r.error?.kind === 'string' && typeof r.error.message === 'string';
}

export function createPageMessenger(send: (message: unknown) => Promise<unknown>) {
  return async function request<T extends PageRequestType>(
    type: T,
    payload: ProductRequestPayload<T>,
  ): Promise<ProductResponseMap[T]> {
    let raw: unknown;
    try {
      raw = await send({ type, payload });
    } catch {
      throw new PageRequestError(
        'unavailable',
        t(
          '확장 프로그램과 연결할 수 없습니다. 페이지를 새로 고침해 주세요.',
          'Cannot reach the extension. Reload the page.',
        ),
      );
    }
    if (!isReply(raw))
      throw new PageRequestError(
        'bad-reply',
        t(
          '확장 프로그램의 응답을 읽을 수 없습니다. 페이지를 새로 고침해 주세요.',
          'Cannot read the extension’s answer. Reload the page.',
        ),
      );
    if (!raw.ok) throw new PageRequestError(raw.error.kind, raw.error.message);
    return raw.data as ProductResponseMap[T];
  };
}
