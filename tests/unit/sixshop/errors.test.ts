import { describe, expect, it } from 'vitest';
import { kindOfStatus, redact, ShopBackendError } from '../../../lib/sixshop/errors';

describe('ShopBackendError', () => {
  it('classifies by code first and status second', () => {
    expect(kindOfStatus(401, undefined)).toBe('key-rejected');
    expect(kindOfStatus(403, 'SHOP_KEY_REJECTED')).toBe('key-rejected');
    expect(kindOfStatus(404, undefined)).toBe('not-found');
    expect(kindOfStatus(400, undefined)).toBe('validation');
    expect(kindOfStatus(413, undefined)).toBe('validation');
    expect(kindOfStatus(409, 'CONFLICT')).toBe('conflict');
    expect(kindOfStatus(500, 'INTERNAL')).toBe('server');
    expect(kindOfStatus(429, undefined)).toBe('server');
  });

  it('gives a Korean next step for every kind', () => {
    for (const kind of [
      'key-rejected',
      'not-found',
      'validation',
      'conflict',
      'unreachable',
      'server',
      'bad-response',
    ] as const) {
      const e = new ShopBackendError({ kind });
      expect(e.userMessage).toMatch(/[가-힣]/);
      expect(e.userMessage).toMatch(/주세요\.$/);
      expect(e.message).toContain(e.userMessage);
    }
  });

  it('puts the first field and the count of the rest in a validation message', () => {
    const e = new ShopBackendError({
      kind: 'validation',
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'alias', message: '계정 별칭을 입력해 주세요.' },
        { path: 'storeSlug', message: '…' },
      ],
    });
    expect(e.userMessage).toBe('입력값을 확인해 주세요: 계정 별칭을 입력해 주세요. 외 1건');
    expect(e.message).toBe(`validation (400 VALIDATION_FAILED): ${e.userMessage}`);
    expect(e.fieldMessage('storeSlug')).toBe('…');
  });

  it('redacts secrets of any reasonable length', () => {
    expect(redact('key=abcd1234 and abcd1234', ['abcd1234'])).toBe('key=*** and ***');
    expect(redact('short', [''])).toBe('short');
  });
});
