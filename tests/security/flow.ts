import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createBackgroundApp } from '../../lib/background/app';
import { defaultClientFactory } from '../../lib/background/clients';
import { stylesheetReader } from '../../lib/background/stylesheets';
import { type LinkDb, openLinkDb } from '../../lib/db/schema';
import type { Reply } from '../../lib/messaging/protocol';
import type { SenderInfo } from '../../lib/messaging/router';
import { memoryLocks, runSync } from '../../lib/orders/runner';
import type { CachedToken, TokenStore } from '../../lib/smartstore/token';
import { COMMERCE_SEED } from '../sandbox/commerce/seed';
import { type CommerceEmulator, startCommerceEmulator } from '../sandbox/commerce/server';
import { type ShopEmulator, startShopEmulator } from '../sandbox/shop/server';

/**
 * The background as the service worker builds it (real handlers, real router, real clients, a token store we
 * can read), both emulators, and a recorder of everything that leaves the background: replies, the console,
 * refusal log lines.
 */
export const EXT_ID = 'kfhmkmdjoehhbfhajjnnmpmgbepikcdl';
export const OWN_PAGE: SenderInfo = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/options.html` };

export interface Flow {
  commerce: CommerceEmulator;
  shop: ShopEmulator;
  db: LinkDb;
  tokens: TokenStore & { issued: string[]; keys(): string[] };
  send(type: string, payload?: unknown, sender?: SenderInfo): Promise<Reply>;
  /** every reply, console line and refusal log line so far, as text */
  said: string[];
  sync(): Promise<void>;
  close(): Promise<void>;
}

export function recordingTokenStore(): Flow['tokens'] {
  const map = new Map<string, CachedToken>();
  const issued: string[] = [];
  return {
    issued,
    keys: () => [...map.keys()],
    get: async (k) => map.get(k),
    set: async (k, t) => {
      issued.push(t.accessToken);
      map.set(k, t);
    },
    delete: async (k) => {
      map.delete(k);
    },
  };
}

export async function startFlow(): Promise<Flow> {
  const commerce = await startCommerceEmulator();
  const dir = mkdtempSync(join(tmpdir(), 'ssl-sec-'));
  const shop = await startShopEmulator({
    commerceBaseUrl: commerce.url,
    agency: {
      clientId: COMMERCE_SEED.agencyApp.clientId,
      clientSecret: COMMERCE_SEED.agencyApp.clientSecret,
    },
    dataFile: join(dir, 'shop.json'),
  });
  const db = openLinkDb(`sec-${Math.random()}`);
  const tokens = recordingTokenStore();
  const said: string[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      said.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : safeText(a))).join(' '));
    });
  }
  let n = 0;
  const deps = {
    db,
    clients: defaultClientFactory(tokens),
    now: Date.now,
    newId: () => `acct-${++n}`,
    lock: memoryLocks(),
    /** the worker's token cache, for whatever needs to forget a token (unlink) */
    tokens,
    // the content scripts' stylesheets, from their sources (the worker reads the built files)
    stylesheet: stylesheetReader((path) => {
      const name = /([a-z]+)\.css$/.exec(path)?.[1];
      // the order overlay's stylesheet is an entry of its own (index.css); the product buttons' sits beside their script
      const file = name === 'orders' ? 'index.css' : 'style.css';
      return readFile(new URL(`../../entrypoints/${name}.content/${file}`, import.meta.url), 'utf8');
    }),
  };
  const app = createBackgroundApp(deps, {
    extensionId: EXT_ID,
    extensionOrigin: `chrome-extension://${EXT_ID}`,
    onRejected: (reason) => said.push(reason),
  });
  return {
    commerce,
    shop,
    db,
    tokens,
    said,
    async send(type, payload = {}, sender = OWN_PAGE) {
      const reply = await app.route({ type, payload }, sender);
      said.push(JSON.stringify(reply));
      return reply;
    },
    /** One collection of every account (waits for a collection already running, e.g. the one after linking). */
    async sync() {
      const accounts = await db.accounts.count();
      for (let i = 0; i < 100; i++) {
        const results = await runSync(deps);
        for (const r of results) said.push(JSON.stringify(r));
        if (results.length === accounts) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('a collection never finished');
    },
    async close() {
      vi.restoreAllMocks();
      await db.delete();
      await shop.close().catch(() => undefined);
      await commerce.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function safeText(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Every row of every table (all of them, or all but `except`), as text. */
export async function dumpDb(db: LinkDb, except: readonly string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of db.tables) {
    if (except.includes(table.name)) continue;
    out[table.name] = JSON.stringify(await table.toArray());
  }
  return out;
}

/** Which of `needles` occur in which of `haystacks` (by name). */
export function occurrences(haystacks: Record<string, string>, needles: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(haystacks)) {
    for (const [what, needle] of Object.entries(needles)) {
      if (needle.length >= 6 && text.includes(needle)) found.push(`${what} in ${where}`);
    }
  }
  return found;
}
