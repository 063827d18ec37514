import { plural, t } from '../i18n';
import { ShopBackendError } from '../sixshop/errors';
import type { ShopProduct } from '../sixshop/schemas/product';
import type { ProductLink } from '../sixshop/schemas/product-link';
import { OutcomeUnknownError } from '../smartstore/errors';
import { LIMITS } from '../smartstore/limits';
import { type ImageMap, loadImageMap } from './image-map';
import { fetchImageWith, imageUploads } from './images';
import { failure, toItemError } from './item-error';
import { isOpen } from './jobs';
import { type LinkStore, loadLinks } from './links';
import { buildCreateBody, buildUpdateBody, type HostedImages } from './map-export';
import { type PresetView, presetForExport } from './presets';
import type { RunContext } from './run-context';
import { findCreatedProduct, type ProductSummary, summariesByOrigin } from './smartstore-search';
import type { ItemError, JobItem } from './types';
import { validateExport } from './validate';

/**
 * 내보내기: shop products → SmartStore. Products are read ahead until their new images fill an upload call
 * (10 per call, each image once per account; only the run's last call may be part-filled). A product goes as
 * soon as all its images are on SmartStore's host, in windows of up to 10: each is created, or, when linked,
 * re-exported by read-modify-write after a conflict check. A create is marked before it is sent; if its answer
 * never comes, SmartStore is searched for it before anything is sent again.
 */

/** Products per window: bounds the look-ahead and the size of the `modifiedDate` searches. */
const WINDOW = 10;

interface Planned {
  item: JobItem;
  product: ShopProduct;
  link: ProductLink | undefined;
}

export interface ExportOptions {
  preset: PresetView | undefined;
  reapplyPreset: boolean;
}

function hosted(product: ShopProduct, images: ImageMap): HostedImages {
  const [first, ...rest] = product.images;
  return {
    representative: images.get(first!)!,
    optional: rest.map((u) => images.get(u)!),
  };
}

/** `true` when SmartStore's product changed after our last sync. */
export function changedSince(current: string | undefined, synced: string | undefined): boolean {
  if (!current || !synced) return false;
  return Date.parse(current) > Date.parse(synced);
}

/** Reads one queued product and checks it; a product that cannot go is marked failed here. */
async function planOne(
  ctx: RunContext,
  item: JobItem,
  links: LinkStore,
  opts: ExportOptions,
): Promise<Planned | undefined> {
  let product: ShopProduct;
  try {
    product = await ctx.shop.getProduct(item.shopProductId!);
  } catch (e) {
    const err =
      e instanceof ShopBackendError && e.kind === 'not-found'
        ? {
            kind: 'not-found',
            message: t(
              '식스샵 프로에서 이 상품을 찾을 수 없습니다. 삭제되었을 수 있습니다.',
              'This product was not found in Sixshop Pro. It may have been deleted.',
            ),
            retryable: false,
          }
        : toItemError(e);
    await ctx.patch(item.key, { status: 'failed', error: err });
    return undefined;
  }
  const link = links.byShopId(product.id);
  const created = link !== undefined || item.originProductNo !== undefined;
  const problems = validateExport({
    product,
    preset: !created || opts.reapplyPreset ? opts.preset?.fields : undefined,
    mode: created ? 'update' : 'create',
  });
  if (problems.length > 0) {
    await ctx.patch(item.key, {
      label: product.name,
      status: 'failed',
      error: {
        kind: 'invalid',
        message: t(
          `스마트스토어 등록 규칙에 맞지 않는 항목이 ${problems.length}개 있습니다. 고친 뒤 다시 시도해 주세요.`,
          `${problems.length} ${plural(problems.length, 'field breaks', 'fields break')} SmartStore’s listing rules. Fix them and try again.`,
        ),
        fields: problems,
        retryable: false,
      },
    });
    return undefined;
  }
  return { item, product, link };
}

/** Creates the product on SmartStore, or finds the one an earlier attempt made. */
async function create(
  ctx: RunContext,
  p: Planned,
  links: LinkStore,
  opts: ExportOptions,
  images: HostedImages,
): Promise<{ originProductNo: number; channelProductNo?: number | undefined }> {
  const { item, product } = p;
  if (item.originProductNo !== undefined)
    return { originProductNo: item.originProductNo, channelProductNo: item.channelProductNo };
  const lookFor = async (attempt: { name: string; sellerCode?: string | undefined; at: number }) =>
    findCreatedProduct(ctx.commerce, {
      name: attempt.name,
      sellerCode: attempt.sellerCode,
      since: attempt.at,
      now: ctx.deps.now(),
      exclude: (no) => links.all().some((l) => l.originProductNo === no),
    });
  if (item.attemptAt !== undefined && item.sentName) {
    const found = await lookFor({ name: item.sentName, sellerCode: item.sentSellerCode, at: item.attemptAt });
    if (found) return found;
  }
  const body = buildCreateBody(product, opts.preset!.fields, images);
  const attempt = { name: product.name, sellerCode: product.sellerCode, at: ctx.deps.now() };
  await ctx.patch(
    item.key,
    {
      status: 'in-flight',
      label: product.name,
      attemptAt: attempt.at,
      sentName: attempt.name,
      sentSellerCode: attempt.sellerCode,
    },
    { current: true },
  );
  try {
    const res = await ctx.commerce.createProduct(body);
    return { originProductNo: res.originProductNo, channelProductNo: res.smartstoreChannelProductNo };
  } catch (e) {
    if (e instanceof OutcomeUnknownError) {
      const found = await lookFor(attempt);
      if (found) return found;
      throw failure(
        'outcome-unknown',
        t(
          '스마트스토어에 상품이 등록되었는지 확인하지 못했습니다. 다시 시도하면 먼저 스마트스토어를 확인한 뒤 필요할 때만 등록합니다.',
          'Could not confirm whether the product was listed on SmartStore. Retrying checks SmartStore first and lists it only if needed.',
        ),
        { retryable: true },
      );
    }
    // a definite refusal: nothing was made, so the next attempt need not look for it
    await ctx.patch(item.key, { attemptAt: undefined, sentName: undefined, sentSellerCode: undefined });
    throw e;
  }
}

/** Re-export: read SmartStore's product, change only our fields, send the whole of it back. */
async function update(
  ctx: RunContext,
  p: Planned,
  opts: ExportOptions,
  images: HostedImages,
  current: ProductSummary | undefined,
): Promise<'updated' | 'conflict'> {
  const { item, product, link } = p;
  const no = link?.originProductNo ?? item.originProductNo!;
  if (!current)
    throw failure(
      'smartstore-missing',
      t(
        '연동된 스마트스토어 상품을 찾을 수 없습니다 (삭제되었을 수 있습니다). 스마트스토어센터에서 확인해 주세요.',
        'The linked SmartStore product was not found (it may have been deleted). Check it in SmartStore Center.',
      ),
    );
  // an update we were sending when the worker stopped changed modifiedDate itself: not the seller's change
  const ours = item.status === 'in-flight';
  if (!ours && !item.overwrite && changedSince(current.modifiedDate, link?.smartstoreModifiedAt)) {
    await ctx.patch(
      item.key,
      {
        status: 'conflict',
        label: product.name,
        conflict: {
          smartstoreModifiedAt: current.modifiedDate!,
          syncedModifiedAt: link?.smartstoreModifiedAt,
        },
      },
      { current: true },
    );
    return 'conflict';
  }
  const read = await ctx.commerce.getOriginProduct(no);
  const body = buildUpdateBody(read, product, images, opts.reapplyPreset ? opts.preset?.fields : undefined);
  await ctx.patch(
    item.key,
    {
      status: 'in-flight',
      label: product.name,
      originProductNo: no,
      channelProductNo: current.channelProductNo,
    },
    { current: true },
  );
  try {
    await ctx.commerce.updateOriginProduct(no, body);
  } catch (e) {
    // a full replace with the same body may be sent again safely
    if (!(e instanceof OutcomeUnknownError)) throw e;
    await ctx.commerce.updateOriginProduct(no, body);
  }
  return 'updated';
}

export async function runExport(ctx: RunContext): Promise<void> {
  const first = await ctx.read();
  if (!first) return;
  const opts: ExportOptions = {
    preset: await presetForExport(ctx.deps, ctx, first.state.presetId),
    reapplyPreset: first.state.reapplyPreset === true,
  };
  const links = await loadLinks(ctx.deps.db, ctx.shop, ctx.account);
  const images = await loadImageMap(ctx.deps.db, ctx.account.id, ctx.deps.now);
  const uploads = imageUploads(ctx.commerce, images, ctx.deps.fetchImage ?? fetchImageWith());
  /** products read and checked, waiting for their images or for their window, in list order */
  let held: Planned[] = [];
  for (;;) {
    const row = await ctx.read();
    if (!row || row.state.cancelRequested) return;
    const heldKeys = new Set(held.map((p) => p.item.key));
    const queue = row.state.items.filter((i) => isOpen(i) && !heldKeys.has(i.key));
    if (queue.length === 0 && held.length === 0) return;
    // an image the map no longer holds is read again
    await uploads.add(held.flatMap((p) => p.product.images));
    const isReady = (p: Planned) => p.product.images.every((u) => uploads.settled(u));
    let next = 0;
    while (
      next < queue.length &&
      uploads.waiting < LIMITS.imageFiles &&
      held.filter(isReady).length < WINDOW
    ) {
      const p = await planOne(ctx, queue[next++]!, links, opts);
      if (!p) continue;
      held.push(p);
      await uploads.add(p.product.images);
    }
    // a part-filled upload call only when no product is left to fill it
    await uploads.send(next >= queue.length);
    const window = held.filter(isReady).slice(0, WINDOW);
    if (window.length === 0) continue;
    held = held.filter((p) => !window.includes(p));
    const linkedNos = window.flatMap((p) => (p.link ? [p.link.originProductNo] : []));
    const before = linkedNos.length > 0 ? await summariesByOrigin(ctx.commerce, linkedNos) : new Map();
    const written: Array<{
      p: Planned;
      originProductNo: number;
      channelProductNo?: number | undefined;
      outcome: 'created' | 'updated';
    }> = [];
    for (const p of window) {
      if (await ctx.cancelled()) break;
      try {
        const bad = p.product.images.map((u) => uploads.failure(u)).find((e): e is ItemError => !!e);
        if (bad) throw failure(bad.kind, bad.message, { retryable: bad.retryable });
        const urls = hosted(p.product, images);
        if (p.link || p.item.originProductNo !== undefined) {
          const no = p.link?.originProductNo ?? p.item.originProductNo!;
          const current = before.get(no) ?? (await summariesByOrigin(ctx.commerce, [no])).get(no);
          if (!p.link && p.item.originProductNo !== undefined) {
            // made by this job but not linked yet (stopped in between): link it as it is
            written.push({
              p,
              originProductNo: no,
              channelProductNo: current?.channelProductNo,
              outcome: 'created',
            });
            continue;
          }
          if ((await update(ctx, p, opts, urls, current)) === 'updated')
            written.push({
              p,
              originProductNo: no,
              channelProductNo: current?.channelProductNo,
              outcome: 'updated',
            });
        } else {
          const made = await create(ctx, p, links, opts, urls);
          await ctx.patch(p.item.key, {
            originProductNo: made.originProductNo,
            channelProductNo: made.channelProductNo,
          });
          written.push({ p, ...made, outcome: 'created' });
        }
      } catch (e) {
        await ctx.patch(
          p.item.key,
          { status: 'failed', label: p.product.name, error: toItemError(e) },
          { current: true },
        );
      }
    }
    await saveLinks(ctx, links, written);
    uploads.keepFailures((u) => held.some((p) => p.product.images.includes(u)));
  }
}

/** After the window's writes: SmartStore's new `modifiedDate` of each (one search), then the links. */
async function saveLinks(
  ctx: RunContext,
  links: LinkStore,
  written: Array<{
    p: Planned;
    originProductNo: number;
    channelProductNo?: number | undefined;
    outcome: 'created' | 'updated';
  }>,
): Promise<void> {
  if (written.length === 0) return;
  let after = new Map<number, ProductSummary>();
  try {
    after = await summariesByOrigin(
      ctx.commerce,
      written.map((w) => w.originProductNo),
    );
  } catch {
    // links are saved without the date; the next re-export then cannot tell a SmartStore-side change
  }
  for (const w of written) {
    const s = after.get(w.originProductNo);
    const channelProductNo = w.channelProductNo ?? s?.channelProductNo;
    try {
      if (channelProductNo === undefined)
        throw failure(
          'bad-response',
          t(
            '스마트스토어 채널 상품 번호를 알 수 없습니다. 다시 시도해 주세요.',
            'The SmartStore channel product number is unknown. Try again.',
          ),
          { retryable: true },
        );
      await links.put(w.p.product.id, {
        originProductNo: w.originProductNo,
        channelProductNo,
        lastDirection: 'EXPORT',
        syncedAt: new Date(ctx.deps.now()).toISOString(),
        shopRevision: w.p.product.revision,
        ...(s?.modifiedDate ? { smartstoreModifiedAt: s.modifiedDate } : {}),
      });
      await ctx.patch(w.p.item.key, {
        status: 'done',
        label: w.p.product.name,
        outcome: w.outcome,
        originProductNo: w.originProductNo,
        channelProductNo,
        error: undefined,
        conflict: undefined,
        overwrite: undefined,
        attemptAt: undefined,
        sentName: undefined,
        sentSellerCode: undefined,
      });
    } catch (e) {
      await ctx.patch(w.p.item.key, { status: 'failed', error: toItemError(e) });
    }
  }
}
