import { perLocale, t } from '../i18n';
import { ShopBackendError } from '../sixshop/errors';
import {
  type ShopProduct,
  type ShopProductCreate,
  ShopProductCreateSchema,
} from '../sixshop/schemas/product';
import { checkFields } from '../sixshop/validation';
import { CommerceApiError } from '../smartstore/errors';
import { diffShopProduct, type FieldChange } from './diff';
import { failure, outcomeUnknown, toItemError } from './item-error';
import { isOpen, updateJob } from './jobs';
import { type LinkStore, loadLinks } from './links';
import { mapOriginToShop, unsupportedOptionKinds } from './map-import';
import type { RunContext } from './run-context';
import { listAll, summariesByOrigin } from './smartstore-search';
import type { FieldProblem, JobItem } from './types';

/** 가져오기: SmartStore products → shop products, one by one, each with its product link. */

const SHOP_FIELD_LABELS = perLocale(
  (): Record<string, string> => ({
    name: t('상품명', 'Product name'),
    price: t('판매가', 'Sale price'),
    stock: t('재고', 'Stock'),
    sellerCode: t('판매자 상품 코드', 'Seller product code'),
    images: t('이미지', 'Images'),
    options: t('옵션', 'Option'),
    detailHtml: t('상세 설명', 'Description'),
  }),
);

function shopFieldProblems(fields: ReadonlyArray<{ path: string; message: string }>): FieldProblem[] {
  return fields.map((f) => ({
    path: `product.${f.path}`,
    label: SHOP_FIELD_LABELS()[f.path.split('.')[0] ?? ''] ?? f.path,
    message: f.message,
    fixIn: 'smartstore',
  }));
}

/** Fills the job's product list: every product matching the selection, or the numbers asked for. */
async function listItems(ctx: RunContext): Promise<void> {
  const row = await ctx.read();
  if (!row || row.state.listed) return;
  const now = ctx.deps.now();
  if (row.state.selection) {
    const found = await listAll(ctx.commerce, row.state.selection);
    await updateJob(ctx.deps.db, ctx.jobId, now, (r) => {
      r.state.items = found.map((s) => ({
        key: `o:${s.originProductNo}`,
        label: s.name,
        originProductNo: s.originProductNo,
        channelProductNo: s.channelProductNo,
        ...(s.modifiedDate ? { smartstoreModifiedAt: s.modifiedDate } : {}),
        status: 'pending' as const,
      }));
      r.state.listed = true;
    });
    return;
  }
  const numbers = row.state.items.map((i) => i.originProductNo).filter((n): n is number => n !== undefined);
  const found = await summariesByOrigin(ctx.commerce, numbers);
  await updateJob(ctx.deps.db, ctx.jobId, ctx.deps.now(), (r) => {
    for (const item of r.state.items) {
      const s = item.originProductNo !== undefined ? found.get(item.originProductNo) : undefined;
      if (!s) {
        if (isOpen(item)) {
          item.status = 'failed';
          item.error = {
            kind: 'not-found',
            message: t(
              '스마트스토어에서 이 상품을 찾을 수 없습니다. 삭제되었거나 다른 계정의 상품입니다.',
              'This product was not found in SmartStore. It was deleted or belongs to another account.',
            ),
            retryable: false,
          };
          item.finishedAt = now;
        }
        continue;
      }
      item.label = s.name;
      item.channelProductNo = s.channelProductNo;
      if (s.modifiedDate) item.smartstoreModifiedAt = s.modifiedDate;
    }
    r.state.listed = true;
  });
}

/** A shop product that a create whose answer never came may have made. */
async function findShopProduct(
  ctx: RunContext,
  links: LinkStore,
  item: JobItem,
): Promise<ShopProduct | undefined> {
  if (!item.sentName || item.attemptAt === undefined) return undefined;
  const since = item.attemptAt - 10 * 60 * 1000;
  const page = await ctx.shop.listProducts({ q: item.sentSellerCode ?? item.sentName, size: 100 });
  return page.items.find(
    (p) =>
      p.name === item.sentName &&
      (!item.sentSellerCode || p.sellerCode === item.sentSellerCode) &&
      Date.parse(p.createdAt) >= since &&
      !links.byShopId(p.id),
  );
}

async function createInShop(
  ctx: RunContext,
  links: LinkStore,
  item: JobItem,
  input: ShopProductCreate,
): Promise<ShopProduct> {
  if (item.shopProductId) return ctx.shop.getProduct(item.shopProductId);
  if (item.attemptAt !== undefined) {
    const found = await findShopProduct(ctx, links, item);
    if (found) return found;
  }
  await ctx.patch(
    item.key,
    {
      status: 'in-flight',
      label: input.name,
      attemptAt: ctx.deps.now(),
      sentName: input.name,
      sentSellerCode: input.sellerCode,
    },
    { current: true },
  );
  let created: ShopProduct;
  try {
    created = await ctx.shop.createProduct(input);
  } catch (e) {
    if (!outcomeUnknown(e)) {
      await ctx.patch(item.key, { attemptAt: undefined });
      throw e;
    }
    const found = await findShopProduct(ctx, links, {
      ...item,
      attemptAt: ctx.deps.now(),
      sentName: input.name,
      sentSellerCode: input.sellerCode,
    });
    if (found) return found;
    throw failure(
      'outcome-unknown',
      t(
        '식스샵 프로에 상품이 만들어졌는지 확인하지 못했습니다. 다시 시도하면 먼저 확인한 뒤 필요할 때만 만듭니다.',
        'Could not confirm whether the product was created in Sixshop Pro. A retry checks first and creates it only if needed.',
      ),
      { retryable: true },
    );
  }
  // no write here: if the worker stops before the link is saved, the product is found again by name and code
  return created;
}

/** Imports one product; answers whether it created or updated the shop product. */
export async function importOne(ctx: RunContext, links: LinkStore, item: JobItem): Promise<void> {
  const no = item.originProductNo!;
  let origin: Awaited<ReturnType<typeof ctx.commerce.getOriginProduct>>;
  try {
    origin = await ctx.commerce.getOriginProduct(no);
  } catch (e) {
    if (e instanceof CommerceApiError && e.kind === 'not-found')
      throw failure(
        'not-found',
        t(
          '스마트스토어에서 이 상품을 찾을 수 없습니다. 삭제되었거나 다른 계정의 상품입니다.',
          'This product was not found in SmartStore. It was deleted or belongs to another account.',
        ),
      );
    throw e;
  }
  const op = origin.originProduct;
  const kinds = unsupportedOptionKinds(op);
  if (kinds.length > 0)
    throw failure(
      'unsupported-options',
      t(
        `${kinds.join(', ')}이 있는 상품은 식스샵 프로로 가져올 수 없습니다. 스마트스토어에서 조합형 옵션으로 바꾼 뒤 다시 가져와 주세요.`,
        `Products with ${kinds.join(', ')} cannot be imported into Sixshop Pro. Change them to combination options in SmartStore, then import again.`,
      ),
    );
  let link = links.byOrigin(no);
  let existing: ShopProduct | undefined;
  if (link) {
    try {
      existing = await ctx.shop.getProduct(link.shopProductId);
    } catch (e) {
      if (!(e instanceof ShopBackendError && e.kind === 'not-found')) throw e;
      await links.remove(link.shopProductId); // the shop product was deleted: import it anew
      link = undefined;
    }
  }
  const input = mapOriginToShop(op, existing);
  const checked = checkFields(ShopProductCreateSchema, input);
  if (!checked.ok)
    throw failure(
      'shop-rejected',
      t(
        '식스샵 프로가 받을 수 없는 값이 있습니다. 스마트스토어에서 아래 항목을 고친 뒤 다시 가져와 주세요.',
        'Sixshop Pro cannot accept some values. Fix the fields below in SmartStore, then import again.',
      ),
      { fields: shopFieldProblems(checked.fields) },
    );
  let product: ShopProduct;
  let outcome: 'created' | 'updated';
  if (existing) {
    product = await ctx.shop.replaceProduct(existing.id, { ...input, expectedRevision: existing.revision });
    outcome = 'updated';
  } else {
    product = await createInShop(ctx, links, item, input);
    outcome = 'created';
  }
  await links.put(product.id, {
    originProductNo: no,
    channelProductNo: item.channelProductNo ?? link?.channelProductNo ?? no,
    lastDirection: 'IMPORT',
    syncedAt: new Date(ctx.deps.now()).toISOString(),
    shopRevision: product.revision,
    ...(item.smartstoreModifiedAt ? { smartstoreModifiedAt: item.smartstoreModifiedAt } : {}),
  });
  await ctx.patch(
    item.key,
    {
      status: 'done',
      outcome,
      shopProductId: product.id,
      label: product.name,
      error: undefined,
      attemptAt: undefined,
    },
    { current: true },
  );
}

export async function runImport(ctx: RunContext): Promise<void> {
  await listItems(ctx);
  const links = await loadLinks(ctx.deps.db, ctx.shop, ctx.account);
  for (;;) {
    const row = await ctx.read();
    if (!row || row.state.cancelRequested) return;
    const item = row.state.items.find(isOpen);
    if (!item) return;
    try {
      await importOne(ctx, links, item);
    } catch (e) {
      await ctx.patch(item.key, { status: 'failed', error: toItemError(e) }, { current: true });
    }
  }
}

/** What re-importing linked products would change in the shop, field by field (nothing is written). */
export interface ImportPreview {
  originProductNo: number;
  name: string;
  shopProductId?: string | undefined;
  /** absent: a new shop product would be made */
  changes?: FieldChange[] | undefined;
  error?: string | undefined;
}

export async function previewImport(
  ctx: Pick<RunContext, 'deps' | 'commerce' | 'shop' | 'account'>,
  originProductNos: readonly number[],
): Promise<ImportPreview[]> {
  const links = await loadLinks(ctx.deps.db, ctx.shop, ctx.account);
  const out: ImportPreview[] = [];
  for (const no of originProductNos) {
    try {
      const origin = (await ctx.commerce.getOriginProduct(no)).originProduct;
      const link = links.byOrigin(no);
      if (!link) {
        out.push({ originProductNo: no, name: origin.name });
        continue;
      }
      const existing = await ctx.shop.getProduct(link.shopProductId);
      out.push({
        originProductNo: no,
        name: origin.name,
        shopProductId: existing.id,
        changes: diffShopProduct(existing, mapOriginToShop(origin, existing)),
      });
    } catch (e) {
      out.push({ originProductNo: no, name: `#${no}`, error: toItemError(e).message });
    }
  }
  return out;
}
