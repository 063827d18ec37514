import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { type ErrorFamily, malformedJson, unsupportedMediaType } from './errors';
import type { Base } from './state';

/** What the request log learns while a request is handled. */
export interface LogInfo {
  clientId?: string;
  accountId?: string;
  productOrderIds?: string[];
}

/** One request as the handlers see it. */
export interface IncomingCall {
  method: string;
  base: Base;
  /** Path below the base, e.g. `/v1/seller/account`. */
  path: string;
  search: URLSearchParams;
  rawSearch: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  remoteAddress: string;
  traceId: string;
  log: LogInfo;
}

/** A handler's answer: JSON unless `raw` is set. */
export interface ApiResponse {
  status: number;
  body?: unknown;
  raw?: { bytes: Uint8Array; contentType: string };
  headers?: Record<string, string>;
}

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** The media type of a request without parameters, lower-cased. */
export function mediaType(headers: IncomingHttpHeaders): string {
  return (headerValue(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function normalizeIp(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** A JSON request body; a wrong media type answers 415, unreadable JSON answers 400 in the API's family. */
export function jsonBody(call: IncomingCall, family: ErrorFamily): unknown {
  if (mediaType(call.headers) !== 'application/json') {
    throw unsupportedMediaType('지원하지 않는 Content-Type 입니다. application/json 형식으로 요청해 주세요.');
  }
  try {
    return JSON.parse(call.body.toString('utf8'));
  } catch {
    throw malformedJson(family);
  }
}
