import { randomBytes } from 'node:crypto';
import { formatKst } from './clock';

/** One entry of a product/seller-family `invalidInputs` list. */
export interface InvalidInput {
  name: string;
  type: string;
  message: string;
}

/** Which error-body family an API answers with (reference §2.4). */
export type ErrorFamily = 'gateway' | 'order' | 'product';

/** A response that ends request handling: thrown by handlers, rendered by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: (traceId: string, nowMs: number) => Record<string, unknown>,
  ) {
    super(`HTTP ${status}`);
  }
}

/** Naver-like trace ids: `ar2-<pod>^<epoch ms>^<sequence>`, unique per emulator. */
export class TraceIds {
  private readonly pod: string;
  private seq = 100000 + (randomBytes(2).readUInt16BE(0) % 100000);

  constructor() {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const suffix = Array.from(randomBytes(5), (b) => alphabet[b % alphabet.length]).join('');
    this.pod = `${randomBytes(5).toString('hex')}-${suffix}`;
  }

  next(nowMs: number): string {
    this.seq += 1;
    return `ar2-${this.pod}^${nowMs}^${this.seq}`;
  }
}

/** Gateway family: `{code: 'GW.*', message, timestamp, traceId}`. */
export function gatewayError(status: number, code: string, message: string): ApiError {
  return new ApiError(status, (traceId, now) => ({ code, message, timestamp: formatKst(now), traceId }));
}

export const GW = {
  authn: () => gatewayError(401, 'GW.AUTHN', '요청을 보낼 권한이 없습니다.'),
  ipNotAllowed: () => gatewayError(403, 'GW.IP_NOT_ALLOWED', '호출이 허용되지 않은 IP입니다.'),
  notFound: () => gatewayError(404, 'GW.NOT_FOUND', '요청한 API를 찾을 수 없습니다.'),
  rateLimit: () => gatewayError(429, 'GW.RATE_LIMIT', '요청이 많아 서비스를 일시적으로 사용할 수 없습니다.'),
};

/** The gateway error a bare injected status answers with. */
export function gatewayErrorForStatus(status: number): ApiError {
  switch (status) {
    case 401:
      return GW.authn();
    case 403:
      return GW.ipNotAllowed();
    case 404:
      return GW.notFound();
    case 429:
      return GW.rateLimit();
    case 502:
      return gatewayError(502, 'GW.PROXY.05', '대상 서버와 통신 중 오류가 발생했습니다.');
    case 503:
      return gatewayError(503, 'GW.BLOCK.01', '서비스를 일시적으로 사용할 수 없습니다.');
    case 504:
      return gatewayError(504, 'GW.TIMEOUT.01', '요청 대기 시간이 초과되었습니다.');
    default:
      return gatewayError(status, 'GW.INTERNAL_SERVER_ERROR', '일시적인 오류가 발생했습니다.');
  }
}

/** Order family: `{code: '<numeric>', message, timestamp, traceId}`. */
export function orderError(status: number, code: string, message: string): ApiError {
  return new ApiError(status, (traceId, now) => ({ code, message, timestamp: formatKst(now), traceId }));
}

/** Order-family 400 `4000`; the message carries "오류 유형.객체명.필드명" like Naver's. */
export function orderBadRequest(kind: string, field: string, detail: string): ApiError {
  return orderError(400, '4000', `${detail} (${kind}.request.${field})`);
}

/** Product/seller family: `{code, message, timestamp, traceId, invalidInputs?}`. */
export function productError(
  status: number,
  code: string,
  message: string,
  invalidInputs?: readonly InvalidInput[],
): ApiError {
  return new ApiError(status, (traceId, now) => ({
    code,
    message,
    timestamp: formatKst(now),
    traceId,
    ...(invalidInputs ? { invalidInputs: invalidInputs.map((i) => ({ ...i })) } : {}),
  }));
}

export function productBadRequest(message: string, invalidInputs: readonly InvalidInput[] = []): ApiError {
  return productError(400, 'BAD_REQUEST', message, invalidInputs);
}

export function unsupportedMediaType(message: string): ApiError {
  return productError(415, 'UNSUPPORTED_MEDIA_TYPE', message);
}

/** A malformed JSON body, answered in the family of the API that received it. */
export function malformedJson(family: ErrorFamily): ApiError {
  if (family === 'order')
    return orderBadRequest('HttpMessageNotReadable', 'body', '요청 본문을 읽을 수 없습니다.');
  return productBadRequest('요청 본문을 읽을 수 없습니다. JSON 형식을 확인해 주세요.', [
    { name: 'body', type: 'HttpMessageNotReadable', message: 'JSON 형식이 올바르지 않습니다.' },
  ]);
}
