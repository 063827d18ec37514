import { browser } from 'wxt/browser';
import { openLinkDb } from '../db/schema';
import { plural, t } from '../i18n';
import { drainOutbox, runSync } from '../orders/runner';
import { resumeProductJobs } from '../products/runner';
import { getSettings } from '../settings/settings';
import { type BackgroundDeps, createBackgroundApp } from './app';
import { defaultClientFactory } from './clients';
import { webLocks } from './locks';
import { armOutboxAlarm, armSyncAlarm, OUTBOX_ALARM, SYNC_ALARM } from './schedule';
import { stylesheetReader } from './stylesheets';
import { sessionTokenStore } from './token-store';

/**
 * The service worker: the database, the clients, the message router, the alarms. Registers its listeners at
 * once (a worker woken by an event must have them before that event is dispatched). Built twice, once per
 * language (entrypoints/worker-ko.ts, worker-en.ts): `entrypoints/background.ts` loads the one the browser speaks.
 */
export function startWorker(): void {
  const db = openLinkDb();
  const tokens = sessionTokenStore(browser.storage.session);
  const rearm = () => void getSettings(db).then((s) => armSyncAlarm(browser.alarms, s.syncIntervalMinutes));
  const deps: BackgroundDeps & { tokens: typeof tokens } = {
    db,
    clients: defaultClientFactory(tokens),
    now: Date.now,
    newId: () => crypto.randomUUID(),
    tokens,
    lock: webLocks(),
    onAwaitingConfirm: (n) => {
      void browser.action.setBadgeText({ text: n > 0 ? String(Math.min(n, 999)) : '' });
      void browser.action.setBadgeBackgroundColor({ color: '#03c75a' });
    },
    onNewPaid: (account, n) => {
      void getSettings(db).then((s) => {
        if (!s.notifyNewOrders || !browser.notifications) return;
        void browser.notifications.create(`new-orders-${account.id}-${Date.now()}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: t('새 스마트스토어 주문', 'New SmartStore orders'),
          message: t(
            `${account.alias}: 결제 완료된 주문 ${n}건이 들어왔습니다. 발주 확인해 주세요.`,
            `${account.alias}: ${n} paid ${plural(n, 'order', 'orders')} came in. Confirm ${plural(n, 'it', 'them')}.`,
          ),
        });
      });
    },
    scheduleOutbox: (at) => void armOutboxAlarm(browser.alarms, at, Date.now()),
    onSettingsChanged: rearm,
    stylesheet: stylesheetReader(async (path) => {
      const res = await fetch((browser.runtime.getURL as (p: string) => string)(path));
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.text();
    }),
  };
  const app = createBackgroundApp(deps, {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void app.route(message, sender).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) {
      void runSync(deps).then(() => drainOutbox(deps));
      void resumeProductJobs(deps);
    }
    if (alarm.name === OUTBOX_ALARM) void drainOutbox(deps);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  rearm();
  // Work left by a worker that was stopped: actions in flight are reconciled, then sent.
  void drainOutbox(deps);
  void resumeProductJobs(deps);
}
