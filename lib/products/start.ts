import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { type ProductDeps, requireAccount } from './deps';
import { createJob, jobView } from './jobs';
import { runAccountJobs } from './runner';
import type { JobView } from './types';

/** The seller's 가져오기 / 내보내기: a job row first, then the background runs it. */

export interface ImportRequest {
  accountId: string;
  requestId: string;
  originProductNos?: number[] | undefined;
  selection?: { statuses?: string[] | undefined; name?: string | undefined } | undefined;
}

export interface ExportRequest {
  accountId: string;
  requestId: string;
  shopProductIds: string[];
  presetId?: string | undefined;
  reapplyPreset?: boolean | undefined;
}

function kick(deps: ProductDeps, accountId: string): void {
  void runAccountJobs(deps, accountId).catch(() => undefined);
}

export async function startImport(deps: ProductDeps, req: ImportRequest): Promise<JobView> {
  await requireAccount(deps.db, req.accountId);
  const numbers = [...new Set(req.originProductNos ?? [])];
  if (!req.selection && numbers.length === 0)
    throw new UserFacingError(
      'nothing-to-do',
      t('가져올 상품을 하나 이상 선택해 주세요.', 'Select at least one product to import.'),
    );
  const row = await createJob(deps.db, {
    id: deps.newId(),
    accountId: req.accountId,
    kind: 'import',
    now: deps.now(),
    state: {
      requestId: req.requestId,
      ...(req.selection
        ? { selection: req.selection, items: [] }
        : {
            items: numbers.map((n) => ({
              key: `o:${n}`,
              label: t(`스마트스토어 상품 ${n}`, `SmartStore product ${n}`),
              originProductNo: n,
              status: 'pending' as const,
            })),
          }),
    },
  });
  kick(deps, req.accountId);
  return jobView(row);
}

export async function startExport(deps: ProductDeps, req: ExportRequest): Promise<JobView> {
  await requireAccount(deps.db, req.accountId);
  const ids = [...new Set(req.shopProductIds)];
  if (ids.length === 0)
    throw new UserFacingError(
      'nothing-to-do',
      t('내보낼 상품을 하나 이상 선택해 주세요.', 'Select at least one product to export.'),
    );
  const row = await createJob(deps.db, {
    id: deps.newId(),
    accountId: req.accountId,
    kind: 'export',
    now: deps.now(),
    state: {
      requestId: req.requestId,
      listed: true,
      ...(req.presetId ? { presetId: req.presetId } : {}),
      ...(req.reapplyPreset ? { reapplyPreset: true } : {}),
      items: ids.map((id) => ({
        key: `s:${id}`,
        label: t(`식스샵 상품 ${id}`, `Sixshop product ${id}`),
        shopProductId: id,
        status: 'pending' as const,
      })),
    },
  });
  kick(deps, req.accountId);
  return jobView(row);
}
