import {
  createRequester,
  type Reply,
  RequestError,
  type RequestFailure,
  type SendFn,
} from '../messaging/request';

export { RequestError as OverlayRequestError, type RequestFailure };

/**
 * Requests from the order overlay to the background. The extension's pages use `lib/messaging/client.ts`, which
 * checks every reply with the zod schema of `lib/messaging/protocol.ts`; importing that here would put zod (and
 * every request schema) into the content script, whose budget is 15 kB gzip. So the reply's shape is checked by
 * hand below. Nothing is lost: the background still validates every request with zod before acting, and the
 * reply only comes from this extension's own background.
 */

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** A failure as the background sends it: `{ kind, message, fields?, traceId? }`. */
export function isRequestFailure(v: unknown): v is RequestFailure {
  if (!isObject(v)) return false;
  if (typeof v.kind !== 'string' || typeof v.message !== 'string') return false;
  if (v.fields !== undefined && !isStringRecord(v.fields)) return false;
  return v.traceId === undefined || typeof v.traceId === 'string';
}

/** The background's reply envelope: `{ ok: true, data }` or `{ ok: false, error }`. */
export function isReply(v: unknown): v is Reply {
  if (!isObject(v)) return false;
  if (v.ok === true) return 'data' in v;
  return v.ok === false && isRequestFailure(v.error);
}

/** Typed requests to the background, for the order overlay. */
export function createOverlayMessenger(send: SendFn) {
  return createRequester(send, (raw) => (isReply(raw) ? raw : undefined));
}
