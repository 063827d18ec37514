import { ACCOUNT_TABLES, type LinkDb } from './schema';

export type AccountDataCounts = Record<(typeof ACCOUNT_TABLES)[number], number>;

/** How many rows each table holds for one account (shown before unlink). */
export async function countAccountData(db: LinkDb, accountId: string): Promise<AccountDataCounts> {
  const entries = await Promise.all(
    ACCOUNT_TABLES.map(
      async (t) => [t, await db.table(t).where('accountId').equals(accountId).count()] as const,
    ),
  );
  return Object.fromEntries(entries) as AccountDataCounts;
}

/**
 * Deletes one account and everything it owns, in one transaction: either all of it goes or nothing does.
 * Other accounts are untouched.
 */
export async function deleteAccountData(db: LinkDb, accountId: string): Promise<AccountDataCounts> {
  return db.transaction('rw', ['accounts', 'secrets', ...ACCOUNT_TABLES], async (tx) => {
    const counts = {} as AccountDataCounts;
    for (const t of ACCOUNT_TABLES) {
      counts[t] = await tx.table(t).where('accountId').equals(accountId).delete();
    }
    await tx.secrets.delete(`ownApp:${accountId}`);
    await tx.accounts.delete(accountId);
    return counts;
  });
}
