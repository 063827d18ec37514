import { z } from 'zod/mini';
import type { UnlinkPreview } from '../accounts/manage';
import type { ShopConnectionView } from '../accounts/shop-connection';
import type { AccountRow } from '../db/schema';
import type { ActionRecord } from '../orders/outbox-types';
import type { AccountSummary, OrderBrief, PopupOrder } from '../orders/queries';
import { PRODUCT_CONTENT_REQUESTS, PRODUCT_REQUESTS, type ProductResponseMap } from '../products/requests';
import type { Settings } from '../settings/settings';
import { TOOLS_REQUESTS, type ToolsResponseMap } from '../tools/requests';
import { ErrorPayloadSchema } from './errors';
import { OVERLAY_STYLESHEETS } from './stylesheets';

/**
 * Every message the background accepts, with the schema its payload must pass. Payload schemas here only
 * check the envelope; each handler parses its own input with the feature's schema (and Korean messages).
 */
export const REQUESTS = {
  'settings.get': z.object({}),
  'settings.update': z.record(z.string(), z.unknown()),
  'shop.status': z.object({}),
  'shop.connect': z.record(z.string(), z.unknown()),
  'accounts.list': z.object({}),
  'accounts.link': z.record(z.string(), z.unknown()),
  'accounts.rename': z.record(z.string(), z.unknown()),
  'accounts.unlinkPreview': z.object({ accountId: z.string() }),
  'accounts.unlink': z.record(z.string(), z.unknown()),
  /** content scripts: what the page's order numbers are (at most 500 numbers a call) */
  'orders.lookup': z.object({
    productOrderIds: z._default(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(500)), []),
    orderIds: z._default(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(500)), []),
  }),
  /** content scripts: their stylesheet, as text (see lib/background/stylesheets.ts) */
  'overlay.styles': z.object({ name: z.enum(OVERLAY_STYLESHEETS) }),
  'orders.confirm': z.record(z.string(), z.unknown()),
  'orders.dispatch': z.record(z.string(), z.unknown()),
  'orders.cancel': z.record(z.string(), z.unknown()),
  'actions.get': z.object({ id: z.string().check(z.maxLength(64)) }),
  'actions.retry': z.object({
    id: z.string().check(z.maxLength(64)),
    requestId: z.string().check(z.maxLength(64)),
    productOrderIds: z.array(z.string().check(z.maxLength(32))).check(z.maxLength(1000)),
    fixes: z._default(
      z.record(
        z.string(),
        z.object({
          courierCode: z.optional(z.string().check(z.maxLength(30))),
          trackingNumber: z.optional(z.string().check(z.maxLength(40))),
        }),
      ),
      {},
    ),
  }),
  'sync.now': z.object({ accountId: z.optional(z.string()) }),
  'popup.summary': z.object({}),
  'orders.search': z.object({ query: z._default(z.string().check(z.maxLength(50)), '') }),
  ...PRODUCT_REQUESTS,
  ...TOOLS_REQUESTS,
} as const;

export type RequestType = keyof typeof REQUESTS;

/** What each request answers with. */
export interface ResponseMap extends ProductResponseMap, ToolsResponseMap {
  'settings.get': Settings;
  'settings.update': Settings;
  'shop.status': ShopConnectionView;
  'shop.connect': ShopConnectionView;
  'accounts.list': AccountRow[];
  'accounts.link': AccountRow;
  'accounts.rename': AccountRow;
  'accounts.unlinkPreview': UnlinkPreview;
  'accounts.unlink': { alias: string };
  'orders.lookup': OrderBrief[];
  'overlay.styles': string;
  'orders.confirm': ActionRecord;
  'orders.dispatch': ActionRecord;
  'orders.cancel': ActionRecord;
  'actions.get': ActionRecord | null;
  'actions.retry': ActionRecord;
  'sync.now': { started: boolean };
  'popup.summary': PopupSummary;
  'orders.search': PopupOrder[];
}

export interface PopupSummary {
  accounts: AccountSummary[];
  recent: PopupOrder[];
  attention: ActionRecord[];
  awaitingConfirm: number;
}

/** What a content script may send: about numbers on its page, and actions the seller clicked. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'orders.lookup',
  'overlay.styles',
  'orders.confirm',
  'orders.dispatch',
  'orders.cancel',
  'actions.get',
  'actions.retry',
  ...PRODUCT_CONTENT_REQUESTS,
]);
/** Everything else only the extension's own pages (options, popup, tools) may send. */
export const PAGE_ONLY: ReadonlySet<RequestType> = new Set<RequestType>(
  (Object.keys(REQUESTS) as RequestType[]).filter((t) => !CONTENT_SCRIPT_REQUESTS.has(t)),
);

export const EnvelopeSchema = z.object({
  type: z.string(),
  payload: z.optional(z.unknown()),
});

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayloadSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export type RequestPayload<T extends RequestType> = z.input<(typeof REQUESTS)[T]>;
