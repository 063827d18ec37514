import { z } from 'zod/mini';
import type { PresetRow } from '../db/schema';
import { plural, t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import { ShopBackendError } from '../sixshop/errors';
import {
  type PresetFields,
  type SalesPreset,
  SalesPresetCreateSchema,
} from '../sixshop/schemas/sales-preset';
import { type AccountClients, clientsFor, type ProductDeps, requireAccount } from './deps';
import { type PresetDraft, presetFromProduct } from './preset-from-product';
import { presetProblems } from './preset-problems';

/**
 * 판매 설정 프리셋 per linked account: kept on the shop backend (contract §8), copied into the local `presets`
 * table so that pages can show them without a round trip and the list survives the backend being away.
 */

export interface PresetView {
  id: string;
  accountId: string;
  name: string;
  isDefault: boolean;
  fields: PresetFields;
  updatedAt: string;
}

export interface PresetList {
  presets: PresetView[];
  /** true when the shop backend could not be reached and the local copy is shown */
  stale: boolean;
}

function view(accountId: string, p: SalesPreset): PresetView {
  return {
    id: p.id,
    accountId,
    name: p.name,
    isDefault: p.isDefault,
    fields: p.fields,
    updatedAt: p.updatedAt,
  };
}

function fromRow(row: PresetRow & { updatedAtIso?: string }): PresetView {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    isDefault: row.isDefault,
    fields: row.fields as PresetFields,
    updatedAt: row.updatedAtIso ?? new Date(row.updatedAt).toISOString(),
  };
}

const byName = (a: PresetView, b: PresetView) =>
  Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name, 'ko');

async function refresh(
  deps: ProductDeps,
  c: Pick<AccountClients, 'account' | 'shop'>,
): Promise<PresetView[]> {
  const presets = (await c.shop.listSalesPresets(c.account.shopMarketAccountId)).map((p) =>
    view(c.account.id, p),
  );
  await deps.db.transaction('rw', ['presets'], async (tx) => {
    await tx.presets.where('accountId').equals(c.account.id).delete();
    await tx.presets.bulkPut(
      presets.map((p) => ({
        id: p.id,
        accountId: p.accountId,
        name: p.name,
        isDefault: p.isDefault,
        fields: p.fields,
        updatedAt: Date.parse(p.updatedAt),
        updatedAtIso: p.updatedAt,
      })),
    );
  });
  return presets.sort(byName);
}

export async function listPresets(deps: ProductDeps, accountId: string): Promise<PresetList> {
  const account = await requireAccount(deps.db, accountId);
  try {
    const { shop } = await clientsFor(deps, accountId);
    return { presets: await refresh(deps, { account, shop }), stale: false };
  } catch (e) {
    if (e instanceof ShopBackendError && e.kind === 'unreachable') {
      const rows = await deps.db.presets.where('accountId').equals(accountId).toArray();
      return { presets: rows.map(fromRow).sort(byName), stale: true };
    }
    throw e;
  }
}

/** The preset an export applies: the one asked for, else the account's default. */
export async function presetForExport(
  deps: ProductDeps,
  c: Pick<AccountClients, 'account' | 'shop'>,
  presetId: string | undefined,
): Promise<PresetView | undefined> {
  const presets = await refresh(deps, c);
  if (presetId) {
    const p = presets.find((x) => x.id === presetId);
    if (!p)
      throw new UserFacingError(
        'preset-missing',
        t(
          '선택한 판매 설정 프리셋이 삭제되었습니다. 다른 프리셋을 골라 다시 내보내 주세요.',
          'The selected sales settings preset was deleted. Choose another preset and export again.',
        ),
      );
    return p;
  }
  return presets.find((p) => p.isDefault);
}

export const PresetSaveSchema = z.object({
  accountId: z.string().check(z.minLength(1)),
  /** absent: a new preset */
  id: z.optional(z.string().check(z.minLength(1))),
  name: z.unknown(),
  isDefault: z._default(z.boolean(), false),
  fields: z.unknown(),
});

function rejected(fields: Record<string, string>): UserFacingError {
  const n = Object.keys(fields).length;
  return new UserFacingError(
    'invalid-input',
    t(
      `판매 설정 프리셋에서 ${n}개 항목을 확인해 주세요.`,
      `Check ${n} ${plural(n, 'field', 'fields')} in the sales settings preset.`,
    ),
    fields,
  );
}

function backendFields(e: unknown): never {
  if (e instanceof ShopBackendError && (e.kind === 'validation' || e.kind === 'conflict')) {
    const fields: Record<string, string> = {};
    for (const f of e.fields) fields[f.path] ??= f.message;
    if (e.kind === 'conflict' && Object.keys(fields).length === 0)
      fields.name = e.serverMessage ?? e.userMessage;
    throw new UserFacingError('invalid-input', e.userMessage, fields);
  }
  throw e;
}

/** 저장: a new preset, or a full replace of one. Checked with the contract's schema and the export rules first. */
export async function savePreset(deps: ProductDeps, raw: unknown): Promise<PresetView> {
  const input = PresetSaveSchema.parse(raw);
  const problems = presetProblems(input);
  if (Object.keys(problems).length > 0) throw rejected(problems);
  const body = SalesPresetCreateSchema.parse(input);
  const c = await clientsFor(deps, input.accountId);
  let saved: SalesPreset;
  try {
    saved = input.id
      ? await c.shop.replaceSalesPreset(c.account.shopMarketAccountId, input.id, {
          name: body.name,
          isDefault: body.isDefault,
          fields: body.fields,
        })
      : await c.shop.createSalesPreset(c.account.shopMarketAccountId, body);
  } catch (e) {
    backendFields(e);
  }
  await refresh(deps, c);
  return view(c.account.id, saved);
}

function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n > 1 ? ` ${n}` : '';
    const candidate = t(`${name} 복사본${suffix}`, `${name} copy${suffix}`).slice(0, 50);
    if (!taken.has(candidate)) return candidate;
  }
}

/** 복제: the same settings under a new name, never the default. */
export async function duplicatePreset(
  deps: ProductDeps,
  accountId: string,
  presetId: string,
): Promise<PresetView> {
  const c = await clientsFor(deps, accountId);
  const presets = await refresh(deps, c);
  const source = presets.find((p) => p.id === presetId);
  if (!source)
    throw new UserFacingError(
      'not-found',
      t(
        '판매 설정 프리셋을 찾을 수 없습니다. 목록을 새로 고침해 주세요.',
        'Sales settings preset not found. Refresh the list.',
      ),
    );
  let created: SalesPreset;
  try {
    created = await c.shop.createSalesPreset(c.account.shopMarketAccountId, {
      name: copyName(source.name, new Set(presets.map((p) => p.name))),
      isDefault: false,
      fields: source.fields,
    });
  } catch (e) {
    backendFields(e);
  }
  await refresh(deps, c);
  return view(accountId, created);
}

export async function deletePreset(
  deps: ProductDeps,
  accountId: string,
  presetId: string,
): Promise<{ deleted: true }> {
  const c = await clientsFor(deps, accountId);
  try {
    await c.shop.deleteSalesPreset(c.account.shopMarketAccountId, presetId);
  } catch (e) {
    if (!(e instanceof ShopBackendError && e.kind === 'not-found')) throw e;
  }
  await refresh(deps, c);
  return { deleted: true };
}

/** 기본으로 지정: the backend clears the account's other defaults. */
export async function setDefaultPreset(
  deps: ProductDeps,
  accountId: string,
  presetId: string,
): Promise<PresetView> {
  const c = await clientsFor(deps, accountId);
  const presets = await refresh(deps, c);
  const p = presets.find((x) => x.id === presetId);
  if (!p)
    throw new UserFacingError(
      'not-found',
      t(
        '판매 설정 프리셋을 찾을 수 없습니다. 목록을 새로 고침해 주세요.',
        'Sales settings preset not found. Refresh the list.',
      ),
    );
  const saved = await c.shop.replaceSalesPreset(c.account.shopMarketAccountId, presetId, {
    name: p.name,
    isDefault: true,
    fields: p.fields,
  });
  await refresh(deps, c);
  return view(accountId, saved);
}

/** "스마트스토어 상품에서 시작": a draft from one SmartStore product of the account (nothing is saved). */
export async function presetDraftFromSmartstore(
  deps: ProductDeps,
  accountId: string,
  originProductNo: number,
): Promise<{ draft: PresetDraft; missing: string[]; productName: string }> {
  const { commerce } = await clientsFor(deps, accountId);
  const res = await commerce.getOriginProduct(originProductNo);
  return { ...presetFromProduct(res), productName: res.originProduct.name };
}
