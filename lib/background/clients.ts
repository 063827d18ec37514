import type { ClientFactory } from '../accounts/connections';
import { createShopClient } from '../sixshop/client';
import { ownAppClient, relayClient } from '../smartstore/client';
import type { TokenStore } from '../smartstore/token';

/** The real clients, as the service worker uses them. */
export function defaultClientFactory(tokenStore: TokenStore): ClientFactory {
  return {
    shop: (conn) => createShopClient(conn),
    ownApp: (conn) => ownAppClient({ ...conn, tokenStore }),
    relay: (conn) => relayClient(conn),
  };
}
