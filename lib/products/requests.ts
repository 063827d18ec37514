import { z } from 'zod/mini';
import { t } from '../i18n';
import { PRODUCT_STATUS_TYPES } from '../smartstore/enums';
import type { ExportCheckResult } from './export-check';
import type { ImportPreview } from './import-job';
import type { Page, ShopRow, SmartstoreRow } from './listing';
import type { PageJob, PageLookup } from './page-lookup';
import type { PresetDraft } from './preset-from-product';
import type { PresetList, PresetView } from './presets';
import type { JobView } from './types';

/**
 * The product and preset messages, in the style of `REQUESTS` in lib/messaging/protocol.ts: each payload schema
 * checks the envelope; handlers answer Korean errors. `products.page*` are the only ones a content script may
 * send (the overlay buttons), and only about numbers on its own page.
 */

const idString = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const accountId = idString(64);
const requestId = idString(64);
const jobId = idString(64);
const presetId = idString(100);
const productNo = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));
const shopProductId = idString(100);
const statuses = z._default(
  z.array(z.enum(PRODUCT_STATUS_TYPES)).check(z.maxLength(PRODUCT_STATUS_TYPES.length)),
  [],
);
const page = z._default(z.int().check(z.minimum(1)), 1);
const size = (max: number, byDefault: number) =>
  z._default(z.int().check(z.minimum(1), z.maximum(max)), byDefault);
const searchText = z._default(z.string().check(z.maxLength(100)), '');
const flag = z._default(z.boolean(), false);
/** job item keys */
const keys = z.array(z.string().check(z.maxLength(120)));

export const PRODUCT_REQUESTS = {
  /** options: SmartStore products to import (status and name filters), with their links */
  'products.smartstoreList': z.object({
    accountId,
    page,
    size: size(500, 50),
    statuses,
    name: searchText,
  }),
  /** options: shop products to export, with their links */
  'products.shopList': z.object({
    accountId,
    page,
    size: size(100, 20),
    q: searchText,
  }),
  /** options: what re-importing linked products would change (field by field), before the seller agrees */
  'products.importPreview': z.object({
    accountId,
    originProductNos: z.array(productNo).check(z.minLength(1), z.maxLength(50)),
  }),
  'products.import': z
    .object({
      accountId,
      requestId,
      originProductNos: z.optional(z.array(productNo).check(z.maxLength(10_000))),
      /** everything that matches (all pages) */
      selection: z.optional(z.object({ statuses, name: searchText })),
    })
    .check(
      z.refine((v) => (v.originProductNos?.length ?? 0) > 0 || v.selection !== undefined, {
        message: t('가져올 상품을 선택해 주세요.', 'Select products to import.'),
      }),
    ),
  /** options: the create rules checked before anything is sent (nothing is written) */
  'products.exportCheck': z.object({
    accountId,
    shopProductIds: z.array(shopProductId).check(z.minLength(1), z.maxLength(100)),
    presetId: z.optional(presetId),
  }),
  'products.export': z.object({
    accountId,
    requestId,
    shopProductIds: z.array(shopProductId).check(z.minLength(1), z.maxLength(5_000)),
    presetId: z.optional(presetId),
    reapplyPreset: flag,
  }),
  'products.jobs': z.object({ accountId: z.optional(accountId), withItems: flag }),
  'products.job': z.object({ id: jobId }),
  'products.jobCancel': z.object({ id: jobId }),
  'products.jobRetry': z.object({ id: jobId, keys: z.optional(keys.check(z.maxLength(10_000))) }),
  /** a conflict's answer: 덮어쓰기 or 건너뛰기 */
  'products.conflict': z.object({
    id: jobId,
    keys: keys.check(z.minLength(1), z.maxLength(10_000)),
    choice: z.enum(['overwrite', 'skip']),
  }),
  /** popup: the jobs that are queued or running, without their product lists */
  'products.progress': z.object({}),
  'presets.list': z.object({ accountId }),
  'presets.save': z.record(z.string(), z.unknown()),
  'presets.duplicate': z.object({ accountId, presetId }),
  'presets.delete': z.object({ accountId, presetId }),
  'presets.setDefault': z.object({ accountId, presetId }),
  /** "스마트스토어 상품에서 시작": a draft from one SmartStore product (nothing is saved) */
  'presets.fromSmartstore': z.object({ accountId, originProductNo: productNo }),
  /** content scripts: link state of the numbers on the page (at most 200 a call) */
  'products.pageLookup': z.object({
    site: z.enum(['smartstore', 'shop']),
    numbers: z.array(z.string().check(z.regex(/^[0-9A-Za-z_-]{1,40}$/))).check(z.maxLength(200)),
  }),
  /** content scripts: 가져오기 beside one SmartStore product */
  'products.pageImport': z.object({
    originProductNo: productNo,
    requestId,
    accountId: z.optional(accountId),
  }),
  /** content scripts: 내보내기 beside one shop product (the account's default preset) */
  'products.pageExport': z.object({ shopProductId, requestId, accountId: z.optional(accountId) }),
  /** content scripts: how the job a button started is doing */
  'products.pageJob': z.object({ id: jobId }),
} as const;

export type ProductRequestType = keyof typeof PRODUCT_REQUESTS;
export type ProductRequestPayload<T extends ProductRequestType> = z.input<(typeof PRODUCT_REQUESTS)[T]>;

export interface ProductResponseMap {
  'products.smartstoreList': Page<SmartstoreRow>;
  'products.shopList': Page<ShopRow>;
  'products.importPreview': ImportPreview[];
  'products.import': JobView;
  'products.exportCheck': ExportCheckResult[];
  'products.export': JobView;
  'products.jobs': JobView[];
  'products.job': JobView | null;
  'products.jobCancel': JobView;
  'products.jobRetry': JobView;
  'products.conflict': JobView;
  'products.progress': JobView[];
  'presets.list': PresetList;
  'presets.save': PresetView;
  'presets.duplicate': PresetView;
  'presets.delete': { deleted: true };
  'presets.setDefault': PresetView;
  'presets.fromSmartstore': { draft: PresetDraft; missing: string[]; productName: string };
  'products.pageLookup': PageLookup;
  'products.pageImport': PageJob;
  'products.pageExport': PageJob;
  'products.pageJob': PageJob | null;
}

/** The requests a content script may send; every other product request is for the extension's own pages. */
export const PRODUCT_CONTENT_REQUESTS: ReadonlySet<ProductRequestType> = new Set<ProductRequestType>([
  'products.pageLookup',
  'products.pageImport',
  'products.pageExport',
  'products.pageJob',
]);
