/** The background accepts request ids of 8–64 characters of [A-Za-z0-9_-] (lib/orders/enqueue.ts). */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** One id per seller click: a UUID without dashes (32 hex characters). */
export function newRequestId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export function isRequestId(value: string): boolean {
  return REQUEST_ID_PATTERN.test(value);
}
