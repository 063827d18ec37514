import { z } from 'zod/mini';
import { plural, t } from '../i18n';
import type { FieldError } from './schemas/error';

/**
 * What zod's own checks say (a schema without a message of its own), in the seller's language. zod/mini loads
 * no locale, and its built-in text would otherwise be a bare "Invalid input".
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? t('필수 항목입니다.', 'This field is required.')
        : t(
            `형식이 올바르지 않습니다 (${issue.expected} 필요).`,
            `Invalid value: expected ${issue.expected}.`,
          );
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return t(
          `${n}자 이상 입력해 주세요.`,
          `Enter at least ${n} ${plural(n, 'character', 'characters')}.`,
        );
      if (issue.origin === 'array')
        return t(`${n}개 이상 입력해 주세요.`, `Enter at least ${n} ${plural(n, 'item', 'items')}.`);
      return issue.inclusive
        ? t(`${n} 이상이어야 합니다.`, `Must be ${n} or more.`)
        : t(`${n}보다 커야 합니다.`, `Must be more than ${n}.`);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string')
        return t(
          `${n}자 이내로 입력해 주세요.`,
          `Keep it within ${n} ${plural(n, 'character', 'characters')}.`,
        );
      if (issue.origin === 'array')
        return t(`${n}개까지 입력할 수 있습니다.`, `Enter at most ${n} ${plural(n, 'item', 'items')}.`);
      return issue.inclusive
        ? t(`${n} 이하여야 합니다.`, `Must be ${n} or less.`)
        : t(`${n}보다 작아야 합니다.`, `Must be less than ${n}.`);
    }
    case 'invalid_format':
      if (issue.format === 'datetime')
        return t('날짜와 시간 형식이 올바르지 않습니다.', 'Invalid date and time.');
      if (issue.format === 'url') return t('올바른 주소가 아닙니다.', 'Invalid address.');
      return t('형식이 올바르지 않습니다.', 'Invalid format.');
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return t(`다음 중 하나여야 합니다: ${values}`, `Must be one of: ${values}`);
    }
    case 'unrecognized_keys':
      return t('알 수 없는 항목입니다.', 'Unknown field.');
    default:
      return t('입력값이 올바르지 않습니다.', 'Invalid value.');
  }
}

// For every parse once this module is loaded (the background loads it), not only checkFields: the fields of a
// request a handler rejects (toErrorPayload) speak the seller's language too.
z.config({ localeError: issueMessage });

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

/**
 * Parses input against a contract schema and, when it fails, returns one message per field in the seller's
 * language (`delivery.baseFee`, `orders.3.quantity`). Messages written in the schemas win over issueMessage.
 */
export function checkFields<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  pathPrefix = '',
): FieldCheck<z.output<S>> {
  const result = z.safeParse(schema, input, { error: issueMessage });
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
