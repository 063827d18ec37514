import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { FieldError, ShopErrorCode } from '../../../lib/sixshop/schemas';
import { SHOP_ERROR_STATUS } from '../../../lib/sixshop/schemas';
import { checkFields } from '../../../lib/sixshop/validation';

/** An answer in the contract's error shape: `{ error: { code, message, fields? } }`. */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ShopErrorCode,
    message: string,
    readonly fields?: FieldError[],
    status?: number,
  ) {
    super(message);
    this.status = status ?? SHOP_ERROR_STATUS[code];
  }

  body(): { error: { code: string; message: string; fields?: FieldError[] } } {
    return {
      error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) },
    };
  }
}

export function notFound(message: string): HttpError {
  return new HttpError('NOT_FOUND', message);
}

export function conflict(message: string): HttpError {
  return new HttpError('CONFLICT', message);
}

export function invalid(fields: FieldError[]): HttpError {
  return new HttpError('VALIDATION_FAILED', '입력값을 확인해 주세요.', fields);
}

/** Parses input with a contract schema or throws 400 VALIDATION_FAILED with one message per field. */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown, pathPrefix = ''): z.output<S> {
  const result = checkFields(schema, input, pathPrefix);
  if (!result.ok) throw invalid(result.fields);
  return result.value;
}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limitBytes) {
      throw new HttpError(
        'VALIDATION_FAILED',
        `요청 본문이 너무 큽니다 (최대 ${limitBytes} 바이트).`,
        undefined,
        413,
      );
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError('VALIDATION_FAILED', '요청 본문이 올바른 JSON이 아닙니다.');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendBytes(
  res: ServerResponse,
  status: number,
  body: Uint8Array,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { 'Content-Length': body.byteLength, ...headers });
  res.end(body);
}
