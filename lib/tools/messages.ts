import { validateBulkRows } from '../bulk/validate';
import type { SenderInfo } from '../messaging/router';
import type { RunnerDeps } from '../orders/runner';
import { bulkDispatch } from './bulk-dispatch';
import { dbBulkLookup, listClaims, listDeadlines, listOrders, syncHistory } from './queries';
import { TOOLS_REQUESTS, type ToolsRequestType, type ToolsResponseMap } from './requests';

export type {
  BulkDispatchReply,
  ClaimList,
  DeadlineList,
  SyncEntry,
  SyncHistory,
  ToolOrder,
  ToolOrderList,
  ToolsRequestPayload,
  ToolsRequestType,
  ToolsResponseMap,
} from './requests';
/** Schemas live in ./requests.ts (zod only) so protocol.ts can import them without background code. */
export { TOOLS_REQUESTS } from './requests';

export type ToolsHandlers = {
  [K in ToolsRequestType]: (payload: unknown, sender: SenderInfo) => Promise<ToolsResponseMap[K]>;
};

/** What the tools handlers need: the runner's collaborators (the background's deps satisfy it). */
export type ToolsDeps = RunnerDeps;

/**
 * The background's answers to the 주문 도구 page. Each handler parses its own payload again (the router already
 * did), so tests and other callers can use them directly.
 */
export function createToolsHandlers(deps: ToolsDeps): ToolsHandlers {
  return {
    'tools.bulkPreview': async (p) => {
      const q = TOOLS_REQUESTS['tools.bulkPreview'].parse(p);
      return validateBulkRows(q.rows, dbBulkLookup(deps.db));
    },
    'tools.bulkDispatch': async (p) => bulkDispatch(deps, TOOLS_REQUESTS['tools.bulkDispatch'].parse(p)),
    'tools.orders': async (p) => listOrders(deps.db, TOOLS_REQUESTS['tools.orders'].parse(p)),
    'tools.claims': async (p) => listClaims(deps.db, TOOLS_REQUESTS['tools.claims'].parse(p), deps.now()),
    'tools.deadlines': async (p) =>
      listDeadlines(deps.db, TOOLS_REQUESTS['tools.deadlines'].parse(p), deps.now()),
    'tools.syncLog': async (p) => syncHistory(deps.db, TOOLS_REQUESTS['tools.syncLog'].parse(p)),
  };
}
