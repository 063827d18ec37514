import type { z } from 'zod/mini';
import type { SenderInfo } from '../messaging/router';
import { clientsFor, type ProductDeps } from './deps';
import { checkExport, type ExportCheckResult } from './export-check';
import type { ImportPreview } from './import-job';
import { previewImport } from './import-job';
import { cancelJob, getJob, jobView, listJobs, requireJob, resolveConflict, retryJobItems } from './jobs';
import { type Page, type ShopRow, type SmartstoreRow, shopProducts, smartstoreProducts } from './listing';
import { type PageJob, type PageLookup, pageExport, pageImport, pageJob, pageLookup } from './page-lookup';
import type { PresetDraft } from './preset-from-product';
import {
  deletePreset,
  duplicatePreset,
  listPresets,
  type PresetList,
  type PresetView,
  presetDraftFromSmartstore,
  savePreset,
  setDefaultPreset,
} from './presets';
import { PRODUCT_REQUESTS, type ProductRequestType, type ProductResponseMap } from './requests';
import { resumeProductJobs, runAccountJobs } from './runner';
import { startExport, startImport } from './start';
import type { JobView } from './types';

export * from './requests';

export type ProductHandlers = {
  [K in ProductRequestType]: (payload: unknown, sender: SenderInfo) => Promise<ProductResponseMap[K]>;
};

type Parsed<T extends ProductRequestType> = z.output<(typeof PRODUCT_REQUESTS)[T]>;
/** Payloads arrive parsed by the router; parsing again here keeps the handlers safe when called directly. */
const parse = <T extends ProductRequestType>(type: T, p: unknown): Parsed<T> =>
  PRODUCT_REQUESTS[type].parse(p) as Parsed<T>;

function kick(deps: ProductDeps, accountId: string): void {
  void runAccountJobs(deps, accountId).catch(() => undefined);
}

/** Every product and preset handler, built from the background's collaborators. */
export function createProductHandlers(deps: ProductDeps): ProductHandlers {
  return {
    'products.smartstoreList': (p) => smartstoreProducts(deps, parse('products.smartstoreList', p)),
    'products.shopList': (p) => shopProducts(deps, parse('products.shopList', p)),
    'products.importPreview': async (p) => {
      const q = parse('products.importPreview', p);
      return previewImport({ deps, ...(await clientsFor(deps, q.accountId)) }, q.originProductNos);
    },
    'products.import': (p) => startImport(deps, parse('products.import', p)),
    'products.exportCheck': (p) => checkExport(deps, parse('products.exportCheck', p)),
    'products.export': (p) => startExport(deps, parse('products.export', p)),
    'products.jobs': async (p) => {
      const q = parse('products.jobs', p);
      return (await listJobs(deps.db, q.accountId)).map((j) => jobView(j, { items: q.withItems }));
    },
    'products.job': async (p) => {
      const row = await getJob(deps.db, parse('products.job', p).id);
      return row ? jobView(row) : null;
    },
    'products.jobCancel': async (p) =>
      jobView(await cancelJob(deps.db, parse('products.jobCancel', p).id, deps.now())),
    'products.jobRetry': async (p) => {
      const q = parse('products.jobRetry', p);
      const row = await retryJobItems(deps.db, q.id, q.keys, deps.now());
      kick(deps, row.accountId);
      return jobView(row);
    },
    'products.conflict': async (p) => {
      const q = parse('products.conflict', p);
      await requireJob(deps.db, q.id);
      const row = await resolveConflict(deps.db, q.id, q.keys, q.choice, deps.now());
      if (q.choice === 'overwrite') kick(deps, row.accountId);
      return jobView(row);
    },
    'products.progress': async () =>
      (await listJobs(deps.db))
        .filter((j) => j.status === 'running' || j.status === 'queued')
        .map((j) => jobView(j, { items: false })),
    'presets.list': (p) => listPresets(deps, parse('presets.list', p).accountId),
    'presets.save': (p) => savePreset(deps, p),
    'presets.duplicate': (p) => {
      const q = parse('presets.duplicate', p);
      return duplicatePreset(deps, q.accountId, q.presetId);
    },
    'presets.delete': (p) => {
      const q = parse('presets.delete', p);
      return deletePreset(deps, q.accountId, q.presetId);
    },
    'presets.setDefault': (p) => {
      const q = parse('presets.setDefault', p);
      return setDefaultPreset(deps, q.accountId, q.presetId);
    },
    'presets.fromSmartstore': (p) => {
      const q = parse('presets.fromSmartstore', p);
      return presetDraftFromSmartstore(deps, q.accountId, q.originProductNo);
    },
    'products.pageLookup': (p, sender) => pageLookup(deps, parse('products.pageLookup', p), sender),
    'products.pageImport': (p, sender) => pageImport(deps, parse('products.pageImport', p), sender),
    'products.pageExport': (p, sender) => pageExport(deps, parse('products.pageExport', p), sender),
    'products.pageJob': (p, sender) => pageJob(deps, parse('products.pageJob', p), sender),
  };
}

export { resumeProductJobs };
