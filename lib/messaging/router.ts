import { t } from '../i18n';
import { type ErrorPayload, toErrorPayload } from './errors';
import {
  EnvelopeSchema,
  PAGE_ONLY,
  REQUESTS,
  type Reply,
  type RequestType,
  type ResponseMap,
} from './protocol';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export type Handlers = {
  [K in RequestType]: (payload: unknown, sender: SenderInfo) => Promise<ResponseMap[K]>;
};

export interface RouterOptions {
  /** This extension's id (`chrome.runtime.id`). */
  extensionId: string;
  /** This extension's origin, e.g. `chrome-extension://<id>`. */
  extensionOrigin: string;
  /** Called with every rejected message, for the background's log (never with payloads). */
  onRejected?: (reason: string) => void;
}

const SELLER_PAGE =
  /^(https:\/\/sell\.smartstore\.naver\.com\/|https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*\.sixshop\.com\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/;

const rejected = (kind: string, message: string): Reply => ({
  ok: false,
  error: { kind, message } as ErrorPayload,
});

const forbidden = (): Reply =>
  rejected('forbidden', t('허용되지 않은 요청입니다.', 'This request is not allowed.'));

/**
 * The background's single entry for messages: checks who sent it (this extension only; page-only requests
 * only from the extension's own pages), checks the envelope and the payload, then runs the handler and
 * answers `{ ok, data | error }`. Unknown messages and strangers get an error and change nothing.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    if (sender.id !== opts.extensionId) {
      opts.onRejected?.('foreign sender');
      return forbidden();
    }
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !Object.hasOwn(REQUESTS, envelope.data.type)) {
      opts.onRejected?.('unknown message');
      return rejected(
        'bad-request',
        t(
          '알 수 없는 요청입니다. 확장 프로그램을 새로 고침해 주세요.',
          'Unknown request. Reload the extension.',
        ),
      );
    }
    const type = envelope.data.type as RequestType;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(`${opts.extensionOrigin}/`);
    if (PAGE_ONLY.has(type) && !fromOwnPage) {
      opts.onRejected?.(`page-only message from elsewhere: ${type}`);
      return forbidden();
    }
    // Anything else comes from our own pages or from our content script inside a tab of an allowed page.
    const fromContentScript =
      sender.tab !== undefined && typeof sender.url === 'string' && SELLER_PAGE.test(sender.url);
    if (!fromOwnPage && !fromContentScript) {
      opts.onRejected?.(`message from an unknown context: ${type}`);
      return forbidden();
    }
    const payload = REQUESTS[type].safeParse(envelope.data.payload ?? {});
    if (!payload.success)
      return rejected('bad-request', t('요청 형식이 올바르지 않습니다.', 'The request is malformed.'));
    try {
      const data = await handlers[type](payload.data, sender);
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: toErrorPayload(e) };
    }
  };
}
