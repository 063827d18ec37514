import type { Page } from 'playwright-core';

/** The seller's steps on the options page, as a person does them. */
export async function waitReady(page: Page): Promise<void> {
  await page.locator('main.options[data-ready="true"]').waitFor({ timeout: 15_000 });
}

export async function pointAtSandbox(page: Page, urls: { commerce: string; shop: string }): Promise<void> {
  await page.locator('details.advanced > summary').click();
  await page.fill('#commerceApiOrigin', urls.commerce);
  await page.fill('#shopBackendUrl', urls.shop);
  await page.locator('details.advanced button[type="submit"]').click();
  await page.locator('details.advanced .notice--success').waitFor();
}

export async function connectShop(page: Page, key: string): Promise<void> {
  await page.fill('#shopKey', key);
  await page.getByRole('button', { name: '연결 확인 후 저장' }).click();
  await page.locator('[data-testid="shop-connected"]').waitFor();
}

export interface LinkFields {
  mode: 'AGENCY' | 'OWN_APP';
  alias: string;
  storeSlug: string;
  apiSellerId: string;
  clientId?: string;
  clientSecret?: string;
}

/** Fills the link form and presses 연동 신청; resolves with the message shown (success or error). */
export async function submitLink(page: Page, f: LinkFields): Promise<{ ok: boolean; text: string }> {
  await page
    .getByLabel(
      f.mode === 'AGENCY' ? '식스샵 프로 API 대행사로 연동 (권장)' : '내 커머스API 애플리케이션으로 연동',
    )
    .check();
  await page.fill('#alias', f.alias);
  await page.fill('#storeSlug', f.storeSlug);
  await page.fill('#apiSellerId', f.apiSellerId);
  if (f.mode === 'OWN_APP') {
    await page.fill('#clientId', f.clientId ?? '');
    await page.fill('#clientSecret', f.clientSecret ?? '');
  }
  const form = page.locator('section[aria-labelledby="link-title"] form');
  await form.getByRole('button', { name: '연동 신청' }).click();
  const result = form.locator('.notice--success, .notice--error, .field__error').first();
  await result.waitFor({ timeout: 20_000 });
  const ok = (await result.getAttribute('class'))?.includes('notice--success') ?? false;
  const text = (await form.locator('.notice, .field__error').allInnerTexts()).join(' ');
  return { ok, text };
}

/** Sends a message to the background from an extension page, as the page's own code would. */
export async function sendFromPage<T = unknown>(
  page: Page,
  message: { type: string; payload?: unknown },
): Promise<T> {
  return page.evaluate((m) => {
    const g = globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } };
    return g.chrome.runtime.sendMessage(m);
  }, message) as Promise<T>;
}
