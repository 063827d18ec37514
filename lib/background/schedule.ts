import type { browser } from 'wxt/browser';

export const SYNC_ALARM = 'orders-sync';
export const OUTBOX_ALARM = 'outbox-retry';

type Alarms = Pick<typeof browser.alarms, 'get' | 'create'>;

/** The periodic collection alarm, (re)made on every worker start and whenever the interval changes. */
export async function armSyncAlarm(alarms: Alarms, periodInMinutes: number): Promise<void> {
  const existing = await alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await alarms.create(SYNC_ALARM, { periodInMinutes, delayInMinutes: Math.min(1, periodInMinutes) });
}

/** Comes back for actions that had to wait (offline, rate limited), no sooner than 30 s. */
export async function armOutboxAlarm(alarms: Alarms, at: number, now: number): Promise<void> {
  const when = Math.max(at, now + 30_000);
  const existing = await alarms.get(OUTBOX_ALARM);
  if (existing && existing.scheduledTime <= when) return;
  await alarms.create(OUTBOX_ALARM, { when });
}
