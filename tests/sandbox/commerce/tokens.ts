import { randomBytes } from 'node:crypto';
import { LIMITS } from '../../../lib/smartstore/limits';
import type { Base } from './state';

export type TokenType = 'SELF' | 'SELLER';

export interface TokenRecord {
  accessToken: string;
  clientId: string;
  base: Base;
  type: TokenType;
  sellerAccountId: string;
  issuedAt: number;
  expiresAt: number;
}

/**
 * Access tokens (reference §1.4): one current token per (app, type, account), 3 h lifetime.
 * Asking again returns the current token while ≥ 30 min remain; otherwise a new one is issued and the
 * old one keeps working until it expires.
 */
export class TokenStore {
  private readonly byToken = new Map<string, TokenRecord>();
  private readonly current = new Map<string, TokenRecord>();

  issue(clientId: string, base: Base, type: TokenType, sellerAccountId: string, now: number): TokenRecord {
    const key = `${clientId}|${type}|${sellerAccountId}`;
    const existing = this.current.get(key);
    if (existing && existing.expiresAt - now >= LIMITS.tokenRenewBeforeMs) return existing;
    const record: TokenRecord = {
      accessToken: newAccessToken(),
      clientId,
      base,
      type,
      sellerAccountId,
      issuedAt: now,
      expiresAt: now + LIMITS.tokenLifetimeMs,
    };
    this.current.set(key, record);
    this.byToken.set(record.accessToken, record);
    this.prune(now);
    return record;
  }

  /** The live token for this base, if any. */
  lookup(accessToken: string, base: Base, now: number): TokenRecord | undefined {
    const record = this.byToken.get(accessToken);
    if (!record || record.base !== base || record.expiresAt <= now) return undefined;
    return record;
  }

  /** Every token stops working now. */
  expireAll(): void {
    this.byToken.clear();
    this.current.clear();
  }

  private prune(now: number): void {
    for (const [token, record] of this.byToken) if (record.expiresAt <= now) this.byToken.delete(token);
  }
}

function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}
