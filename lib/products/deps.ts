import { type ClientFactory, commerceClientFor, shopClientFor } from '../accounts/connections';
import type { AccountRow, LinkDb } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import type { LockFn } from '../orders/runner';
import type { ShopClient } from '../sixshop/client';
import type { CommerceClient } from '../smartstore/client';
import type { FetchImage } from './images';

/** What the product features need from the background (tests pass their own). */
export interface ProductDeps {
  db: LinkDb;
  clients: ClientFactory;
  now: () => number;
  lock: LockFn;
  newId: () => string;
  /** reads a shop image for upload; default: `fetch` */
  fetchImage?: FetchImage | undefined;
}

export async function requireAccount(db: LinkDb, accountId: string): Promise<AccountRow> {
  const account = await db.accounts.get(accountId);
  if (!account)
    throw new UserFacingError(
      'not-found',
      t(
        '연동된 계정을 찾을 수 없습니다. 목록을 새로 고침해 주세요.',
        'Linked account not found. Refresh the list.',
      ),
    );
  return account;
}

export interface AccountClients {
  account: AccountRow;
  commerce: CommerceClient;
  shop: ShopClient;
}

export async function clientsFor(deps: ProductDeps, accountId: string): Promise<AccountClients> {
  const account = await requireAccount(deps.db, accountId);
  const [commerce, shop] = await Promise.all([
    commerceClientFor(deps.db, deps.clients, account),
    shopClientFor(deps.db, deps.clients),
  ]);
  return { account, commerce, shop };
}
