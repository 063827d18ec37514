import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundApp } from '../lib/background/app';
import { defaultClientFactory } from '../lib/background/clients';
import { sessionTokenStore } from '../lib/background/token-store';
import { openLinkDb } from '../lib/db/schema';

export default defineBackground(() => {
  const db = openLinkDb();
  const tokens = sessionTokenStore(browser.storage.session);
  const app = createBackgroundApp(
    { db, clients: defaultClientFactory(tokens), now: Date.now, newId: () => crypto.randomUUID() },
    { extensionId: browser.runtime.id, extensionOrigin: new URL(browser.runtime.getURL('/')).origin },
  );

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void app.route(message, sender).then(sendResponse);
    return true;
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
});
