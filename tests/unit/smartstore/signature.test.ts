import { describe, expect, it } from 'vitest';
import { signClientSecret, verifyClientSecretSign } from '../../../lib/smartstore/signature';

describe('client_secret_sign', () => {
  it('reproduces the official vector (canonical salt)', () => {
    expect(signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuu', 1643961623299)).toBe(
      'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
    );
  });

  it("reproduces the official vector with the doc's literal (non-canonical) secret", () => {
    expect(signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', 1643961623299)).toBe(
      'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
    );
  });

  it('trims whitespace around a pasted secret', () => {
    expect(signClientSecret('aaaabbbbcccc', ' $2a$10$abcdefghijklmnopqrstuu\n', 1643961623299)).toBe(
      signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuu', 1643961623299),
    );
  });

  it('is 80 chars of unpadded Base64', () => {
    const sign = signClientSecret('client', '$2a$04$XRkBhFNBXdNClAqPoDs.Iu', Date.now());
    expect(sign).toMatch(/^[A-Za-z0-9]{80}$/);
  });

  it('verifies only the matching timestamp and secret', () => {
    const ts = 1700000000000;
    const sign = signClientSecret('client', '$2a$04$XRkBhFNBXdNClAqPoDs.Iu', ts);
    expect(verifyClientSecretSign('client', '$2a$04$XRkBhFNBXdNClAqPoDs.Iu', ts, sign)).toBe(true);
    expect(verifyClientSecretSign('client', '$2a$04$XRkBhFNBXdNClAqPoDs.Iu', ts + 1, sign)).toBe(false);
    expect(verifyClientSecretSign('client', '$2a$04$YRkBhFNBXdNClAqPoDs.Iu', ts, sign)).toBe(false);
    expect(verifyClientSecretSign('client', 'not-a-salt', ts, sign)).toBe(false);
  });
});
