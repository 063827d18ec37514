import { z } from 'zod/mini';
import { countAccountData, deleteAccountData } from '../db/account-data';
import type { AccountRow } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { getOwnAppCredentials } from '../settings/secrets';
import { tokenCacheKey } from '../smartstore/token';
import { shopClientFor } from './connections';
import type { AccountDeps } from './link';
import { AliasSchema } from './schemas';

export async function listAccounts(deps: Pick<AccountDeps, 'db'>): Promise<AccountRow[]> {
  return deps.db.accounts
    .orderBy('apiSellerId')
    .toArray()
    .then((rows) => rows.sort((a, b) => a.createdAt - b.createdAt));
}

async function requireAccount(deps: Pick<AccountDeps, 'db'>, accountId: string): Promise<AccountRow> {
  const account = await deps.db.accounts.get(accountId);
  if (!account)
    throw new UserFacingError(
      'not-found',
      t(
        '연동된 계정을 찾을 수 없습니다. 목록을 새로 고침해 주세요.',
        'The linked account was not found. Refresh the list.',
      ),
    );
  return account;
}

export const RenameInputSchema = z
  .looseObject({ accountId: z.string().check(z.minLength(1)), alias: AliasSchema })
  .check(
    z.superRefine((v, ctx) => {
      for (const fixed of ['storeSlug', 'apiSellerId'] as const) {
        if (fixed in v) {
          ctx.addIssue({
            code: 'custom',
            path: [fixed],
            message:
              fixed === 'storeSlug'
                ? t(
                    '스마트스토어 계정 ID는 계정 연동 후 변경할 수 없습니다. 바꾸려면 연동을 해제한 뒤 다시 연동해 주세요.',
                    'The SmartStore account ID cannot change after linking. To change it, unlink the account and link it again.',
                  )
                : t(
                    'API 연동용 판매자 ID는 계정 연동 후 변경할 수 없습니다. 바꾸려면 연동을 해제한 뒤 다시 연동해 주세요.',
                    'The API seller ID cannot change after linking. To change it, unlink the account and link it again.',
                  ),
          });
        }
      }
    }),
  );

/** Only the alias can change after linking (the guide: 계정 등록 이후 변경 가능). Shop side first, then here. */
export async function renameAccount(deps: AccountDeps, raw: unknown): Promise<AccountRow> {
  const input = RenameInputSchema.parse(raw);
  const account = await requireAccount(deps, input.accountId);
  if (account.alias === input.alias) return account;
  const shop = await shopClientFor(deps.db, deps.clients);
  await shop.renameMarketAccount(account.shopMarketAccountId, input.alias);
  const next = { ...account, alias: input.alias, updatedAt: deps.now() };
  await deps.db.accounts.put(next);
  return next;
}

export interface UnlinkPreview {
  account: AccountRow;
  local: { orders: number; productLinks: number; presets: number };
  shop: { productLinks: number; marketOrders: number; salesPresets: number } | undefined;
  /** Why the shop counts are missing, when they are */
  shopError?: string | undefined;
}

/** What 연동 해제 will delete, so the seller sees it before confirming. */
export async function previewUnlink(deps: AccountDeps, accountId: string): Promise<UnlinkPreview> {
  const account = await requireAccount(deps, accountId);
  const counts = await countAccountData(deps.db, accountId);
  let shop: UnlinkPreview['shop'];
  let shopError: string | undefined;
  try {
    const client = await shopClientFor(deps.db, deps.clients);
    shop = await client.getMarketAccountSummary(account.shopMarketAccountId);
  } catch (e) {
    shopError =
      e instanceof Error && 'userMessage' in e
        ? String(e.userMessage)
        : t('식스샵 프로에 연결할 수 없습니다.', 'Cannot reach Sixshop Pro.');
  }
  return {
    account,
    local: { orders: counts.orders, productLinks: counts.productLinks, presets: counts.presets },
    shop,
    shopError,
  };
}

export const UnlinkInputSchema = z.object({
  accountId: z.string().check(z.minLength(1)),
  confirmAlias: z.string(),
});

/**
 * 연동 해제: the seller types the alias to confirm. The shop backend deletes that account's products links,
 * orders and presets there; then every local row of the account goes in one transaction. Nothing is deleted
 * on SmartStore. If the shop cannot be reached, nothing is deleted anywhere and the seller can try again.
 */
export async function unlinkAccount(deps: AccountDeps, raw: unknown): Promise<{ alias: string }> {
  const input = UnlinkInputSchema.parse(raw);
  const account = await requireAccount(deps, input.accountId);
  if (input.confirmAlias.trim() !== account.alias) {
    throw new UserFacingError(
      'confirm-mismatch',
      t('확인을 위해 계정 별칭을 정확히 입력해 주세요.', 'To confirm, type the account alias exactly.'),
      { confirmAlias: t(`"${account.alias}"를 그대로 입력해 주세요.`, `Type "${account.alias}" exactly.`) },
    );
  }
  const shop = await shopClientFor(deps.db, deps.clients);
  try {
    await shop.unlinkMarketAccount(account.shopMarketAccountId);
  } catch (e) {
    // Already gone on the shop side: finish the local part.
    if (!(typeof e === 'object' && e !== null && (e as { kind?: unknown }).kind === 'not-found')) throw e;
  }
  const creds = account.linkMode === 'OWN_APP' ? await getOwnAppCredentials(deps.db, account.id) : undefined;
  await deleteAccountData(deps.db, account.id);
  if (creds) await deps.tokens?.delete(tokenCacheKey(creds.clientId, 'SELF'));
  return { alias: account.alias };
}
