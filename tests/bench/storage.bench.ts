import 'fake-indexeddb/auto';
import { openLinkDb } from '../../lib/db/schema';
import { type ExtensionBrowser, launchExtension } from '../e2e/browser';
import { injectProbe, probe } from './chromium';
import { type Bench, type Figure, figure } from './report';
import { type UpsertTimes, upsertRun } from './upsert-run';

const N = 10_000;

const rows = (env: string, t: UpsertTimes): Figure[] => [
  figure(`upsert-10k.${env}.new`, t.created, 'ms / 1,000 orders', undefined, 0),
  figure(`upsert-10k.${env}.changed`, t.changed, 'ms / 1,000 orders', undefined, 0),
  figure(`upsert-10k.${env}.unchanged`, t.unchanged, 'ms / 1,000 orders', undefined, 0),
];

/** `upsertOrderViews` on 10,000 product orders in Node with fake-indexeddb (what the unit tests run on). */
export const storageNodeBench: Bench = {
  name: 'storage-node',
  async run(ctx) {
    const db = openLinkDb(`bench-upsert-${Date.now()}`);
    try {
      const t = await upsertRun(db, 'acc-bench', N);
      ctx.log(
        `fake-indexeddb: new ${t.created.toFixed(0)}, changed ${t.changed.toFixed(0)}, unchanged ${t.unchanged.toFixed(0)} ms / 1,000`,
      );
      return rows('node-fake-idb', t);
    } finally {
      await db.delete();
    }
  },
};

/** The same in the extension's service worker with Chromium's IndexedDB: the figure that matters. */
export const storageChromiumBench: Bench = {
  name: 'storage-chromium',
  needsBuild: true,
  async run(ctx) {
    let browser: ExtensionBrowser | undefined;
    try {
      browser = await launchExtension();
      const sw = await browser.worker();
      await injectProbe(sw);
      const t = await probe.upsert(sw, N);
      ctx.log(
        `Chromium IndexedDB: new ${t.created.toFixed(0)}, changed ${t.changed.toFixed(0)}, unchanged ${t.unchanged.toFixed(0)} ms / 1,000`,
      );
      return rows('chromium-idb', t);
    } finally {
      await browser?.close();
    }
  },
};
