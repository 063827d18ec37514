import { z } from 'zod/mini';
import { localeTable, perLocale, t } from '../../i18n';
import { DateTimeSchema, IdSchema, listOf } from './common';

/** Which way the last sync went: SmartStore → shop (IMPORT) or shop → SmartStore (EXPORT). */
export const LINK_DIRECTIONS = ['IMPORT', 'EXPORT'] as const;
export const LinkDirectionSchema = z.enum(LINK_DIRECTIONS);
export type LinkDirection = z.infer<typeof LinkDirectionSchema>;

const linkDirectionLabels = perLocale(
  (): Record<LinkDirection, string> => ({
    IMPORT: t('가져오기', 'Import'),
    EXPORT: t('내보내기', 'Export'),
  }),
);
export const LINK_DIRECTION_LABELS = localeTable(LINK_DIRECTIONS, (k) => linkDirectionLabels()[k]);

const ProductNoSchema = z.int().check(z.positive());

/** `PUT /api/v1/market-accounts/:id/product-links/:shopProductId` */
export const ProductLinkInputSchema = z.object({
  originProductNo: ProductNoSchema,
  channelProductNo: ProductNoSchema,
  lastDirection: LinkDirectionSchema,
  syncedAt: DateTimeSchema,
  /** the shop product's `revision` that was imported into or exported from */
  shopRevision: z.int().check(z.minimum(1)),
  /** SmartStore's `modifiedDate` of the product at that sync */
  smartstoreModifiedAt: z.optional(DateTimeSchema),
});
export type ProductLinkInput = z.input<typeof ProductLinkInputSchema>;

export const ProductLinkSchema = z.extend(ProductLinkInputSchema, { shopProductId: IdSchema });
export type ProductLink = z.infer<typeof ProductLinkSchema>;

export const ProductLinkListSchema = listOf(ProductLinkSchema);

export const DeletedSchema = z.object({ deleted: z.literal(true) });
export type Deleted = z.infer<typeof DeletedSchema>;
