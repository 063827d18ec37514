import { t } from '../i18n';
import { ShopBackendError } from '../sixshop/errors';
import { clientsFor, type ProductDeps } from './deps';
import { loadLinks } from './links';
import { presetForExport } from './presets';
import type { FieldProblem } from './types';
import { validateExport } from './validate';

/** The create rules checked for a selection before it is exported (nothing is sent to SmartStore). */
export interface ExportCheckResult {
  shopProductId: string;
  name: string;
  /** `update` for a linked product (re-export) */
  mode: 'create' | 'update';
  problems: FieldProblem[];
}

export async function checkExport(
  deps: ProductDeps,
  q: { accountId: string; shopProductIds: string[]; presetId?: string | undefined },
): Promise<ExportCheckResult[]> {
  const c = await clientsFor(deps, q.accountId);
  const [preset, links] = await Promise.all([
    presetForExport(deps, c, q.presetId),
    loadLinks(deps.db, c.shop, c.account),
  ]);
  const out: ExportCheckResult[] = [];
  for (const id of q.shopProductIds) {
    try {
      const product = await c.shop.getProduct(id);
      const mode = links.byShopId(id) ? 'update' : 'create';
      out.push({
        shopProductId: id,
        name: product.name,
        mode,
        problems: validateExport({ product, preset: mode === 'create' ? preset?.fields : undefined, mode }),
      });
    } catch (e) {
      const message =
        e instanceof ShopBackendError
          ? e.userMessage
          : t(
              '상품을 불러오지 못했습니다. 다시 시도해 주세요.',
              'Could not load the product. Please try again.',
            );
      out.push({
        shopProductId: id,
        name: t(`식스샵 상품 ${id}`, `Sixshop product ${id}`),
        mode: 'create',
        problems: [{ path: 'product', label: t('상품', 'Product'), message, fixIn: 'shop' }],
      });
    }
  }
  return out;
}
