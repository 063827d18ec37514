import { linkAccount } from '../accounts/link';
import { listAccounts, previewUnlink, renameAccount, unlinkAccount } from '../accounts/manage';
import { connectShop, shopConnectionStatus } from '../accounts/shop-connection';
import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import type { RequestPayload } from '../messaging/protocol';
import { createRouter, type Handlers, type RouterOptions } from '../messaging/router';
import type { OverlayStylesheet } from '../messaging/stylesheets';
import { retryItems } from '../orders/outbox';
import {
  accountSummaries,
  actionsNeedingAttention,
  countAwaitingConfirm,
  lookupOrders,
  recentOrders,
} from '../orders/queries';
import { drainOutbox, type RunnerDeps, runSync, submitAction, syncLockName } from '../orders/runner';
import { createProductHandlers } from '../products/messages';
import { getSettings, updateSettings } from '../settings/settings';
import { createToolsHandlers } from '../tools/messages';

export interface BackgroundDeps extends RunnerDeps {
  newId: () => string;
  /** a content script's stylesheet as text (lib/background/stylesheets.ts) */
  stylesheet: (name: OverlayStylesheet) => Promise<string>;
  /** told when the sync interval may have changed */
  onSettingsChanged?: () => void;
}

/** Everything the background answers, built from its collaborators so tests can drive it. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'settings.get': () => getSettings(deps.db),
    'settings.update': async (p) => {
      const s = await updateSettings(deps.db, p);
      deps.onSettingsChanged?.();
      return s;
    },
    'shop.status': () => shopConnectionStatus(deps),
    'shop.connect': (p) => connectShop(deps, p),
    'accounts.list': () => listAccounts(deps),
    'accounts.link': async (p) => {
      const account = await linkAccount(deps, p);
      void runSync(deps, account.id); // the first collection starts at once
      return account;
    },
    'accounts.rename': (p) => renameAccount(deps, p),
    'accounts.unlinkPreview': (p) =>
      previewUnlink(deps, (p as RequestPayload<'accounts.unlinkPreview'>).accountId),
    'accounts.unlink': async (p) => {
      const r = await unlinkAccount(deps, p);
      deps.onAwaitingConfirm?.(await countAwaitingConfirm(deps.db));
      return r;
    },
    'orders.lookup': (p) => {
      const q = p as { productOrderIds: string[]; orderIds: string[] };
      return lookupOrders(deps.db, q);
    },
    'overlay.styles': (p) => deps.stylesheet((p as RequestPayload<'overlay.styles'>).name),
    'orders.confirm': (p) => submitAction(deps, 'confirm', p),
    'orders.dispatch': (p) => submitAction(deps, 'dispatch', p),
    'orders.cancel': (p) => submitAction(deps, 'cancel', p),
    'actions.get': async (p) => (await deps.db.outbox.get((p as { id: string }).id)) ?? null,
    'actions.retry': async (p) => {
      const q = p as RequestPayload<'actions.retry'> & {
        fixes: Record<string, { courierCode?: string; trackingNumber?: string }>;
      };
      const record = await deps.db.outbox.get(q.id);
      if (!record)
        throw new UserFacingError(
          'not-found',
          t('다시 보낼 요청을 찾을 수 없습니다.', 'The request to resend was not found.'),
        );
      const items = retryItems(record, q.productOrderIds, q.fixes);
      if (items.length === 0)
        throw new UserFacingError(
          'nothing-to-do',
          t('다시 보낼 실패 품목이 없습니다.', 'There are no failed items to resend.'),
        );
      const base = { requestId: q.requestId, accountId: record.accountId };
      if (record.kind === 'dispatch') return submitAction(deps, 'dispatch', { ...base, items });
      if (record.kind === 'confirm') {
        return submitAction(deps, 'confirm', {
          ...base,
          productOrderIds: items.map((i) => i.productOrderId),
        });
      }
      const first = record.items.find((i) => i.productOrderId === items[0]!.productOrderId)!;
      return submitAction(deps, 'cancel', {
        ...base,
        productOrderId: first.productOrderId,
        reason: first.reason,
        detail: first.detail,
      });
    },
    'sync.now': async (p) => {
      const accountId = (p as { accountId?: string }).accountId;
      void runSync(deps, accountId).then(() => drainOutbox(deps));
      return { started: true };
    },
    'popup.summary': async () => {
      const now = deps.now();
      // a collection running now, whoever started it (the schedule, 지금 동기화 in another window)
      const held = await deps.lock.held();
      const [accounts, recent, attention, awaitingConfirm] = await Promise.all([
        accountSummaries(deps.db, now, (id) => held.has(syncLockName(id))),
        recentOrders(deps.db, { limit: 15 }),
        actionsNeedingAttention(deps.db, now),
        countAwaitingConfirm(deps.db),
      ]);
      return { accounts, recent, attention, awaitingConfirm };
    },
    'orders.search': (p) => recentOrders(deps.db, { query: (p as { query: string }).query, limit: 30 }),
    ...createProductHandlers(deps),
    ...createToolsHandlers(deps),
  };
}

export function createBackgroundApp(deps: BackgroundDeps, router: RouterOptions) {
  return { route: createRouter(createHandlers(deps), router) };
}
