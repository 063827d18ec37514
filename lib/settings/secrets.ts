import type { LinkTables } from '../db/schema';

/**
 * Secrets live in the extension's own IndexedDB, which content scripts cannot open (they see the page's
 * origin), and which is never synced. Only the background reads them.
 */
export async function getShopKey(db: LinkTables<'secrets'>): Promise<string | undefined> {
  const row = await db.secrets.get('shopKey');
  return row?.key === 'shopKey' ? row.value : undefined;
}

export async function setShopKey(db: LinkTables<'secrets'>, key: string): Promise<void> {
  await db.secrets.put({ key: 'shopKey', value: key });
}

export async function getOwnAppCredentials(
  db: LinkTables<'secrets'>,
  accountId: string,
): Promise<{ clientId: string; clientSecret: string } | undefined> {
  const row = await db.secrets.get(`ownApp:${accountId}`);
  return row && row.key !== 'shopKey' ? row.value : undefined;
}

/** Shows that a secret is set without showing it: `sk_l••••••d6c`. */
export function maskSecret(secret: string): string {
  if (secret.length <= 6) return '••••••';
  return `${secret.slice(0, 4)}••••••${secret.slice(-3)}`;
}
