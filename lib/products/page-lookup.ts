import type { AccountRow } from '../db/schema';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import type { SenderInfo } from '../messaging/router';
import { clientsFor, type ProductDeps } from './deps';
import { getJob, progressOf } from './jobs';
import { localLinksByOrigin, localLinksByShopId } from './links';
import { listPresets } from './presets';
import { summariesByOrigin } from './smartstore-search';
import { startExport, startImport } from './start';
import type { ItemStatus, JobProgress, JobStatus } from './types';

/**
 * What the overlay buttons on the seller's product lists may ask: about the numbers on their page only, and
 * answers that hold no more than those products' link state.
 */

export type PageSite = 'smartstore' | 'shop';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Which seller page a content script runs on, by its address; `undefined` for any other page. */
export function pageSiteOf(url: string | undefined): PageSite | 'sandbox' | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol === 'https:' && u.hostname === 'sell.smartstore.naver.com') return 'smartstore';
  if (u.protocol === 'https:' && (u.hostname === 'sixshop.com' || u.hostname.endsWith('.sixshop.com')))
    return 'shop';
  if (LOOPBACK.has(u.hostname)) return 'sandbox';
  return undefined;
}

function requireSite(sender: SenderInfo, site: PageSite): void {
  const from = pageSiteOf(sender.url);
  if (from !== site && from !== 'sandbox')
    throw new UserFacingError(
      'forbidden',
      t('이 페이지에서는 할 수 없는 요청입니다.', 'This request is not allowed on this page.'),
    );
}

export interface PageAccount {
  id: string;
  alias: string;
  hasDefaultPreset: boolean;
}

export interface PageLink {
  accountId: string;
  originProductNo: number;
  shopProductId: string;
  lastDirection: 'IMPORT' | 'EXPORT';
  syncedAt: number;
}

export interface PageLookup {
  accounts: PageAccount[];
  /** number on the page → its links (one per linked account) */
  links: Record<string, PageLink[]>;
}

async function pageAccounts(deps: ProductDeps): Promise<PageAccount[]> {
  const accounts = (await deps.db.accounts.toArray()).sort((a, b) => a.createdAt - b.createdAt);
  const presets = await deps.db.presets.toArray();
  return accounts.map((a) => ({
    id: a.id,
    alias: a.alias,
    hasDefaultPreset: presets.some((p) => p.accountId === a.id && p.isDefault),
  }));
}

export async function pageLookup(
  deps: ProductDeps,
  q: { site: PageSite; numbers: string[] },
  sender: SenderInfo,
): Promise<PageLookup> {
  requireSite(sender, q.site);
  const links: Record<string, PageLink[]> = {};
  const rows =
    q.site === 'smartstore'
      ? await localLinksByOrigin(
          deps.db,
          q.numbers.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0),
        )
      : await localLinksByShopId(deps.db, q.numbers);
  for (const r of rows) {
    const key = q.site === 'smartstore' ? String(r.originProductNo) : r.shopProductId;
    const list = links[key] ?? [];
    links[key] = list;
    list.push({
      accountId: r.accountId,
      originProductNo: r.originProductNo,
      shopProductId: r.shopProductId,
      lastDirection: r.lastDirection,
      syncedAt: r.syncedAt,
    });
  }
  return { accounts: await pageAccounts(deps), links };
}

/** Which linked account a SmartStore product belongs to: its link, the only account, or a search in each. */
async function ownerOf(deps: ProductDeps, originProductNo: number, asked?: string): Promise<AccountRow> {
  const accounts = (await deps.db.accounts.toArray()).sort((a, b) => a.createdAt - b.createdAt);
  if (accounts.length === 0)
    throw new UserFacingError(
      'no-account',
      t(
        '연동된 스마트스토어 계정이 없습니다. 확장 프로그램 설정에서 계정을 먼저 연동해 주세요.',
        'No SmartStore account is linked. Link an account in the extension settings first.',
      ),
    );
  if (asked) {
    const a = accounts.find((x) => x.id === asked);
    if (!a)
      throw new UserFacingError(
        'not-found',
        t(
          '연동된 계정을 찾을 수 없습니다. 페이지를 새로 고침해 주세요.',
          'Linked account not found. Reload the page.',
        ),
      );
    return a;
  }
  const [link] = await localLinksByOrigin(deps.db, [originProductNo]);
  const linked = link && accounts.find((a) => a.id === link.accountId);
  if (linked) return linked;
  if (accounts.length === 1) return accounts[0]!;
  for (const a of accounts) {
    const { commerce } = await clientsFor(deps, a.id);
    if ((await summariesByOrigin(commerce, [originProductNo])).has(originProductNo)) return a;
  }
  throw new UserFacingError(
    'not-found',
    t(
      '연동된 어느 스마트스토어 계정에서도 이 상품을 찾을 수 없습니다.',
      'This product was not found in any linked SmartStore account.',
    ),
  );
}

export async function pageImport(
  deps: ProductDeps,
  q: { originProductNo: number; requestId: string; accountId?: string | undefined },
  sender: SenderInfo,
): Promise<PageJob> {
  requireSite(sender, 'smartstore');
  const account = await ownerOf(deps, q.originProductNo, q.accountId);
  const job = await startImport(deps, {
    accountId: account.id,
    requestId: q.requestId,
    originProductNos: [q.originProductNo],
  });
  return (await pageJob(deps, { id: job.id }, sender, 'smartstore'))!;
}

export async function pageExport(
  deps: ProductDeps,
  q: { shopProductId: string; requestId: string; accountId?: string | undefined },
  sender: SenderInfo,
): Promise<PageJob> {
  requireSite(sender, 'shop');
  const accounts = await pageAccounts(deps);
  if (accounts.length === 0)
    throw new UserFacingError(
      'no-account',
      t(
        '연동된 스마트스토어 계정이 없습니다. 확장 프로그램 설정에서 계정을 먼저 연동해 주세요.',
        'No SmartStore account is linked. Link an account in the extension settings first.',
      ),
    );
  let accountId = q.accountId;
  if (!accountId) {
    const linked = await localLinksByShopId(deps.db, [q.shopProductId]);
    if (linked.length === 1) accountId = linked[0]!.accountId;
    else if (accounts.length === 1) accountId = accounts[0]!.id;
    else
      throw new UserFacingError(
        'choose-account',
        t('내보낼 스마트스토어 계정을 골라 주세요.', 'Choose the SmartStore account to export to.'),
      );
  }
  const account = accounts.find((a) => a.id === accountId);
  if (!account)
    throw new UserFacingError(
      'not-found',
      t(
        '연동된 계정을 찾을 수 없습니다. 페이지를 새로 고침해 주세요.',
        'Linked account not found. Reload the page.',
      ),
    );
  const linked = (await localLinksByShopId(deps.db, [q.shopProductId])).some(
    (l) => l.accountId === account.id,
  );
  if (!linked && !account.hasDefaultPreset) {
    const fresh = await listPresets(deps, account.id);
    if (!fresh.presets.some((p) => p.isDefault))
      throw new UserFacingError(
        'no-preset',
        t(
          '기본 판매 설정 프리셋이 없습니다. 확장 프로그램 설정 > 판매 설정 프리셋에서 프리셋을 만들고 기본으로 지정해 주세요.',
          'No default sales settings preset. Create one in extension settings > Sales settings presets and make it the default.',
        ),
      );
  }
  const job = await startExport(deps, {
    accountId: account.id,
    requestId: q.requestId,
    shopProductIds: [q.shopProductId],
  });
  return (await pageJob(deps, { id: job.id }, sender, 'shop'))!;
}

/** A job as an overlay button shows it: its state and its first product's result. */
export interface PageJob {
  id: string;
  status: JobStatus;
  progress: JobProgress;
  item?:
    | { status: ItemStatus; message?: string | undefined; outcome?: 'created' | 'updated' | undefined }
    | undefined;
}

export async function pageJob(
  deps: ProductDeps,
  q: { id: string },
  sender: SenderInfo,
  site?: PageSite,
): Promise<PageJob | null> {
  if (!pageSiteOf(sender.url))
    throw new UserFacingError(
      'forbidden',
      t('이 페이지에서는 할 수 없는 요청입니다.', 'This request is not allowed on this page.'),
    );
  const row = await getJob(deps.db, q.id);
  if (!row) return null;
  if (site && row.kind !== (site === 'smartstore' ? 'import' : 'export')) return null;
  const first = row.state.items[0];
  const message = first?.error
    ? [
        first.error.message,
        ...(first.error.fields ?? []).slice(0, 3).map((f) => `${f.label}: ${f.message}`),
      ].join('\n')
    : first?.status === 'conflict'
      ? t(
          '스마트스토어에서 그사이 상품이 수정되었습니다. 확장 프로그램 설정 > 상품 연동에서 덮어쓰기 또는 건너뛰기를 골라 주세요.',
          'The product was changed in SmartStore meanwhile. Choose overwrite or skip in extension settings > Product link.',
        )
      : row.state.error?.message;
  return {
    id: row.id,
    status: row.status,
    progress: progressOf(row.state),
    ...(first
      ? {
          item: {
            status: first.status,
            ...(message ? { message } : {}),
            ...(first.outcome ? { outcome: first.outcome } : {}),
          },
        }
      : {}),
  };
}
