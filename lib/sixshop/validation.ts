import { z } from 'zod';
import { locale, t } from '../i18n';
import type { FieldError } from './schemas/error';

const koreanErrors = z.locales.ko().localeError;

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/**
 * Parses input against a contract schema and, when it fails, returns one message per field in the seller's
 * language (`delivery.baseFee`, `orders.3.quantity`). Messages written in the schemas win over zod's defaults
 * (Korean, or zod's own English).
 */
export function checkFields<S extends z.ZodType>(
  schema: S,
  input: unknown,
  pathPrefix = '',
): FieldCheck<z.output<S>> {
  const result = schema.safeParse(input, locale() === 'en' ? {} : { error: koreanErrors });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, fields: issuesToFields(result.error.issues, pathPrefix) };
}

/** One message per path (the first one zod reports); unknown keys get one entry each. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[], pathPrefix = ''): FieldError[] {
  const fields = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!fields.has(path)) fields.set(path, message);
  };
  for (const issue of issues) {
    const base = joinPath(pathPrefix, issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(joinPath(base, [key]), t('알 수 없는 항목입니다.', 'Unknown field.'));
      continue;
    }
    add(base, issue.message);
  }
  return [...fields].map(([path, message]) => ({ path, message }));
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  if (prefix) parts.unshift(prefix);
  return parts.join('.');
}
