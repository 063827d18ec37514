import { plural, t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { ShopBackendError } from '../sixshop/errors';
import { CommerceApiError } from '../smartstore/errors';
import type { FieldProblem, ItemError } from './types';
import { naverProblem } from './validate';

/** A product-level failure with its Korean reason, thrown inside a job and stored on the product's row. */
export class ItemFailure extends Error {
  constructor(readonly error: ItemError) {
    super(error.message);
    this.name = 'ItemFailure';
  }
}

export function failure(
  kind: string,
  message: string,
  opts: { retryable?: boolean; fields?: FieldProblem[] } = {},
): ItemFailure {
  return new ItemFailure({
    kind,
    message,
    retryable: opts.retryable ?? false,
    ...(opts.fields ? { fields: opts.fields } : {}),
  });
}

const RETRYABLE_COMMERCE = new Set([
  'rate-limited',
  'quota',
  'server',
  'timeout',
  'network',
  'outcome-unknown',
  'auth',
  'bad-response',
]);

/** Any error as what the product's result shows: a Korean message, per-field problems, the trace ID. */
export function toItemError(e: unknown): ItemError {
  if (e instanceof ItemFailure) return e.error;
  if (e instanceof CommerceApiError) {
    if (e.kind === 'validation' && e.invalidInputs.length > 0) {
      const fields = e.invalidInputs.map(naverProblem);
      return {
        kind: 'smartstore-rejected',
        message: t(
          `스마트스토어가 ${fields.length}개 항목을 받지 않았습니다. 아래 항목을 고친 뒤 다시 시도해 주세요.`,
          `SmartStore rejected ${fields.length} ${plural(fields.length, 'field', 'fields')}. Fix them below and try again.`,
        ),
        fields,
        ...(e.traceId ? { traceId: e.traceId } : {}),
        retryable: false,
      };
    }
    return {
      kind: e.kind,
      message: e.userMessage,
      ...(e.traceId ? { traceId: e.traceId } : {}),
      retryable: RETRYABLE_COMMERCE.has(e.kind),
    };
  }
  if (e instanceof ShopBackendError) {
    const fields: FieldProblem[] = e.fields.map((f) => ({
      path: `product.${f.path}`,
      label: f.path,
      message: f.message,
      fixIn: 'smartstore',
    }));
    return {
      kind: `shop-${e.kind}`,
      message: e.userMessage,
      ...(fields.length ? { fields } : {}),
      retryable: e.kind === 'unreachable' || e.kind === 'server' || e.kind === 'conflict',
    };
  }
  if (e instanceof UserFacingError) return { kind: e.kind, message: e.message, retryable: false };
  return {
    kind: 'internal',
    message: t(
      '예상하지 못한 오류가 발생했습니다. 다시 시도해 주세요.',
      'An unexpected error occurred. Please try again.',
    ),
    retryable: true,
  };
}

/** A write whose answer never came: it may have been applied. */
export function outcomeUnknown(e: unknown): boolean {
  if (e instanceof CommerceApiError) return e.kind === 'outcome-unknown';
  if (e instanceof ShopBackendError)
    return e.kind === 'unreachable' || e.kind === 'server' || e.kind === 'bad-response';
  return false;
}
