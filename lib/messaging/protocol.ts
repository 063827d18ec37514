import { z } from 'zod';
import type { UnlinkPreview } from '../accounts/manage';
import type { ShopConnectionView } from '../accounts/shop-connection';
import type { AccountRow } from '../db/schema';
import type { Settings } from '../settings/settings';
import { ErrorPayloadSchema } from './errors';

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
} as const;

export type RequestType = keyof typeof REQUESTS;

/** What each request answers with. */
export interface ResponseMap {
  'settings.get': Settings;
  'settings.update': Settings;
  'shop.status': ShopConnectionView;
  'shop.connect': ShopConnectionView;
  'accounts.list': AccountRow[];
  'accounts.link': AccountRow;
  'accounts.rename': AccountRow;
  'accounts.unlinkPreview': UnlinkPreview;
  'accounts.unlink': { alias: string };
}

/** Requests that only the extension's own pages (options, popup) may send; never a content script. */
export const PAGE_ONLY: ReadonlySet<RequestType> = new Set<RequestType>(
  Object.keys(REQUESTS) as RequestType[],
);

export const EnvelopeSchema = z.object({
  type: z.string(),
  payload: z.unknown().optional(),
});

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayloadSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export type RequestPayload<T extends RequestType> = z.input<(typeof REQUESTS)[T]>;
