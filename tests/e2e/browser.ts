import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built extension: `$WXT_OUT_DIR/chrome-mv3` when the build was sent elsewhere, `.output/chrome-mv3` otherwise. */
export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Opens an extension page (`options.html`, `popup.html`) in a new tab. */
  openPage(path: string): Promise<Page>;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded unpacked, headless unless HEADED=1. `extensionDir` loads another
 * unpacked extension instead (the benchmarks' reference extensions), with the same flags.
 */
export async function launchExtension(
  opts: { userDataDir?: string; headless?: boolean; locale?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ssl-profile-'));
  // our extension installs into a profile that has never run (one made here, or an empty one passed in), and
  // opens its options page then
  const installs = !opts.extensionDir && !existsSync(join(userDataDir, 'Default'));
  const locale = opts.locale ?? 'ko-KR';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? process.env.HEADED !== '1',
    viewport: { width: 1280, height: 900 },
    // The browser's UI language, which the extension speaks (chrome.i18n.getUILanguage); Korean unless asked.
    // `locale` sets what pages see; on Linux the browser itself (and so the service worker) takes its language
    // from LANGUAGE, with Debian's chromium-l10n installed.
    locale,
    env: { ...process.env, LANGUAGE: locale.split('-')[0] ?? 'ko' },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = async () => {
    const [existing] = context.serviceWorkers();
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;
  // The options page opens by itself on install (a fresh profile); wait for it and close it so tests start
  // from a known state and their own options tab is not taken over by it.
  const isOptions = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/options.html`);
  // On a busy machine the install's tab can come seconds after the worker; a test's own tab opened before it
  // would be taken over by it, so an install waits for it (and says so if it never comes).
  const deadline = Date.now() + 30_000;
  while (installs && !context.pages().some(isOptions)) {
    if (Date.now() > deadline) {
      await context.close();
      throw new Error('the options page did not open on install within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const p of context.pages()) if (isOptions(p)) await p.close();
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async openPage(path) {
      // Chromium may take a new blank tab for the options page the extension opens on install, which can also
      // come on a later start of a kept profile (a start soon after the first may find the install unrecorded):
      // that tab is closed and the page opened again in a tab of its own
      for (let attempt = 1; ; attempt++) {
        const page = await context.newPage();
        try {
          await page.goto(`chrome-extension://${extensionId}/${path}`);
          return page;
        } catch (e) {
          const takenOver =
            e instanceof Error && /interrupted by another navigation to .*options\.html/.test(e.message);
          if (!takenOver || attempt >= 3) throw e;
          for (const p of context.pages()) if (isOptions(p)) await p.close();
        }
      }
    },
    async close(o = {}) {
      await context.close();
      if (!o.keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
