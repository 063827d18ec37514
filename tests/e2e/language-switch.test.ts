import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './browser';
import { sendFromPage } from './options-page';

/**
 * The service worker is built once per language and the browser's UI language picks the build. A seller who
 * changes the browser's language keeps the installed worker: it must start in the new language all the same
 * (an installed service worker may import only what it imported while being installed).
 */

const profile = mkdtempSync(join(tmpdir(), 'ssl-lang-'));
let browser: ExtensionBrowser | undefined;

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A request the worker refuses (a search that is not text): its refusal is written by the worker. */
async function workerRefusal(b: ExtensionBrowser): Promise<string> {
  const page = await b.openPage('popup.html');
  try {
    const reply = await sendFromPage<{ ok: boolean; error?: { message: string } }>(page, {
      type: 'orders.search',
      payload: { query: 123 },
    });
    expect(reply.ok).toBe(false);
    return reply.error?.message ?? '';
  } finally {
    await page.close();
  }
}

describe('the browser language changed after install', () => {
  it('the same installed worker starts in Korean, then in English, then in Korean again', async () => {
    browser = await launchExtension({ userDataDir: profile, locale: 'ko-KR' });
    expect(await workerRefusal(browser)).toMatch(/[가-힣]/);
    await browser.close();

    browser = await launchExtension({ userDataDir: profile, locale: 'en-US' });
    const english = await workerRefusal(browser);
    expect(english).not.toMatch(/[가-힣]/);
    expect(english).toMatch(/[A-Za-z]{3,}/);
    await browser.close();

    browser = await launchExtension({ userDataDir: profile, locale: 'ko-KR' });
    expect(await workerRefusal(browser)).toMatch(/[가-힣]/);
  });
});
