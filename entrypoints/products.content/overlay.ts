import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentScriptCss } from '../../components/overlay/extension-files';
import { createShadowHost, isolateEvents, type ShadowHost } from '../../components/overlay/shadow-host';
import { type SharedStyles, sharedStyles } from '../../components/overlay/shared-styles';
import { t } from '../../lib/i18n';
import { isOverlayHost } from '../../lib/overlay/scan';
import { isTrustedEvent } from '../../lib/overlay/trusted';
import { createPageMessenger } from '../../lib/products/page-client';
import type { PageAccount, PageJob, PageLookup } from '../../lib/products/page-lookup';
import { type ProductRowRef, scanProductRows, sitesFor } from '../../lib/products/page-rows';
import { productListShown } from '../../lib/products/product-list';
import { type ButtonView, createProductButton, type DrawButton } from './product-button';

/** Our shadow hosts share the order overlay's prefix, so its row scanner leaves them alone. */
const HOST_NAME = 'sixshop-link-product';
const LOOKUP_BATCH = 200;
const POLL_MS = 700;

interface Mounted {
  ref: ProductRowRef;
  view: ButtonView;
  /** the button's light shadow host in the row's cell */
  ui: ShadowHost;
  draw: DrawButton;
  removed: boolean;
}

/** Only our own controls came or went (these buttons, and the order overlay's on the same pages). */
const onlyOurs = (records: MutationRecord[]) =>
  records.every((r) => {
    if (r.type !== 'childList') return false;
    for (const n of r.addedNodes) if (!isOverlayHost(n)) return false;
    for (const n of r.removedNodes) if (!isOverlayHost(n)) return false;
    return true;
  });

/**
 * Puts a button beside each product row of the page and keeps them as the page re-renders. On a page without a
 * product list (most seller pages) it only watches for one to appear, and each change of the page costs one
 * id lookup until it does.
 */
export function startProductOverlay(ctx: ContentScriptContext): void {
  const sites = sitesFor(location.hostname);
  if (sites.length === 0) return;
  const mayShowProducts = () => productListShown(document);
  const request = createPageMessenger((m) => browser.runtime.sendMessage(m));
  const mounted = new Map<Element, Mounted>();
  let accounts: PageAccount[] = [];
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  // made with the first button: a page without products neither builds nor fetches the stylesheet
  let styles: SharedStyles | undefined;

  const update = (m: Mounted, patch: Partial<ButtonView>) => {
    m.view = { ...m.view, ...patch };
    if (!m.removed) m.draw(m.view);
  };

  async function press(m: Mounted, e: MouseEvent, accountId?: string): Promise<void> {
    if (!isTrustedEvent(e) || m.view.state === 'working') return;
    const { site, number } = m.view;
    if (site === 'shop' && !accountId && m.view.linkedTo.length === 0 && accounts.length > 1) {
      update(m, { choose: m.view.choose ? undefined : accounts, message: undefined });
      return;
    }
    update(m, { state: 'working', message: undefined, choose: undefined });
    const requestId = crypto.randomUUID();
    try {
      let job: PageJob | null =
        site === 'smartstore'
          ? await request('products.pageImport', {
              originProductNo: Number(number),
              requestId,
              ...(accountId ? { accountId } : {}),
            })
          : await request('products.pageExport', {
              shopProductId: number,
              requestId,
              ...(accountId ? { accountId } : {}),
            });
      while (job && (job.status === 'queued' || job.status === 'running') && !ctx.isInvalid) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job = await request('products.pageJob', { id: job.id });
      }
      const item = job?.item;
      if (item?.status === 'done') {
        update(m, {
          state: 'done',
          linkedTo: m.view.linkedTo.length ? m.view.linkedTo : [t('연동됨', 'Linked')],
        });
      } else if (item?.status === 'conflict') {
        update(m, { state: 'conflict', message: item.message });
      } else {
        update(m, {
          state: 'failed',
          message:
            item?.message ??
            t(
              '처리하지 못했습니다. 확장 프로그램 설정 > 상품 연동에서 결과를 확인해 주세요.',
              'Could not complete. Check the result in extension settings > Product link.',
            ),
        });
      }
    } catch (err) {
      update(m, {
        state: 'failed',
        message: err instanceof Error ? err.message : t('처리하지 못했습니다.', 'Could not complete.'),
      });
    }
  }

  function mount(ref: ProductRowRef): Mounted {
    styles ??= sharedStyles(contentScriptCss('products'));
    void styles.ready();
    const ui = createShadowHost(HOST_NAME, styles);
    isolateEvents(ui.host);
    const m: Mounted = {
      ref,
      view: { site: ref.site, number: ref.number, linkedTo: [], state: 'idle' },
      ui,
      draw: createProductButton(ui.root, {
        onPress: (e) => void press(m, e),
        onPick: (e, accountId) => void press(m, e, accountId),
      }),
      removed: false,
    };
    m.draw(m.view);
    ref.cell.append(ui.host);
    return m;
  }

  async function lookup(list: Mounted[]): Promise<void> {
    for (const site of ['smartstore', 'shop'] as const) {
      const numbers = [...new Set(list.filter((m) => m.view.site === site).map((m) => m.view.number))];
      for (let i = 0; i < numbers.length; i += LOOKUP_BATCH) {
        let res: PageLookup;
        try {
          res = await request('products.pageLookup', { site, numbers: numbers.slice(i, i + LOOKUP_BATCH) });
        } catch {
          return; // not linked yet, or the extension was reloaded: the buttons still work
        }
        accounts = res.accounts;
        for (const m of list) {
          if (m.view.site !== site) continue;
          const links = res.links[m.view.number] ?? [];
          const aliases = links.map(
            (l) => accounts.find((a) => a.id === l.accountId)?.alias ?? t('연동됨', 'Linked'),
          );
          if (aliases.join() !== m.view.linkedTo.join()) update(m, { linkedTo: aliases });
        }
      }
    }
  }

  function scan(): void {
    scheduled = undefined;
    if (ctx.isInvalid) return;
    const rows = mayShowProducts() ? scanProductRows(document, sites) : [];
    const seen = new Set<Element>();
    const fresh: Mounted[] = [];
    for (const ref of rows) {
      seen.add(ref.cell);
      const existing = mounted.get(ref.cell);
      if (existing && existing.ref.number === ref.number && existing.ui.host.isConnected) continue;
      if (existing) remove(existing);
      const m = mount(ref);
      mounted.set(ref.cell, m);
      fresh.push(m);
    }
    for (const [cell, m] of mounted) if (!seen.has(cell) || !cell.isConnected) remove(m);
    if (fresh.length > 0) void lookup(fresh);
  }

  function remove(m: Mounted): void {
    m.removed = true;
    m.ui.host.remove();
    mounted.delete(m.ref.cell);
  }

  const observer = new MutationObserver((records) => {
    if (scheduled) return;
    // no list and no buttons: nothing can have changed for us, and the records are not worth reading
    if (mounted.size === 0 && !mayShowProducts()) return;
    if (onlyOurs(records)) return;
    scheduled = setTimeout(scan, 80);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(scheduled);
    for (const m of mounted.values()) remove(m);
  });
  scan();
}
