import { browser } from 'wxt/browser';

export const TOOLS_PAGE = '/tools.html';

/** The two extension APIs the popup needs to open a page of its own. */
export interface TabOpener {
  runtime: { getURL(path: string): string };
  tabs: { create(props: { url: string }): Promise<unknown> };
}

/**
 * Opens the 주문 도구 page (bulk dispatch, export, claims, deadlines, sync log) in a new tab, beside the
 * seller's admin. `tabs.create` is the extension's way; where it is missing or refused the page's own
 * `window.open` does it (`api` is null outside an extension).
 */
export async function openToolsPage(
  api: TabOpener | null = (browser as TabOpener | undefined) ?? null,
  open: (url: string) => void = (url) => void window.open(url, '_blank', 'noopener'),
): Promise<void> {
  let url = TOOLS_PAGE;
  try {
    url = api?.runtime?.getURL(TOOLS_PAGE) ?? TOOLS_PAGE;
    if (typeof api?.tabs?.create !== 'function') throw new Error('tabs.create is not available');
    await api.tabs.create({ url });
  } catch {
    open(url);
  }
}
