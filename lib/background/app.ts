import { type AccountDeps, linkAccount } from '../accounts/link';
import { listAccounts, previewUnlink, renameAccount, unlinkAccount } from '../accounts/manage';
import { connectShop, shopConnectionStatus } from '../accounts/shop-connection';
import { createRouter, type Handlers, type RouterOptions } from '../messaging/router';
import { getSettings, updateSettings } from '../settings/settings';

/** Everything the background answers, built from its collaborators so tests can drive it. */
export function createHandlers(deps: AccountDeps): Handlers {
  return {
    'settings.get': () => getSettings(deps.db),
    'settings.update': (p) => updateSettings(deps.db, p),
    'shop.status': () => shopConnectionStatus(deps),
    'shop.connect': (p) => connectShop(deps, p),
    'accounts.list': () => listAccounts(deps),
    'accounts.link': (p) => linkAccount(deps, p),
    'accounts.rename': (p) => renameAccount(deps, p),
    'accounts.unlinkPreview': (p) => previewUnlink(deps, (p as { accountId: string }).accountId),
    'accounts.unlink': (p) => unlinkAccount(deps, p),
  };
}

export function createBackgroundApp(deps: AccountDeps, router: RouterOptions) {
  return { route: createRouter(createHandlers(deps), router) };
}
