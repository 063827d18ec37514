import { z } from 'zod';
import { optNum, optStr } from './common';

/** §4.1 search: one channel product */
export const ChannelProductSummarySchema = z.looseObject({
  originProductNo: z.number(),
  channelProductNo: z.number(),
  channelServiceType: optStr,
  categoryId: optStr,
  wholeCategoryName: optStr,
  name: z.string(),
  sellerManagementCode: optStr,
  statusType: z.string(),
  channelProductDisplayStatusType: optStr,
  salePrice: optNum,
  discountedPrice: optNum,
  stockQuantity: optNum,
  representativeImage: z
    .object({ url: z.string() })
    .nullish()
    .transform((v) => v ?? undefined),
  regDate: optStr,
  modifiedDate: optStr,
});
export type ChannelProductSummary = z.infer<typeof ChannelProductSummarySchema>;

export const ProductSearchResponseSchema = z.object({
  contents: z
    .array(
      z.object({
        groupProductNo: optNum,
        originProductNo: z.number(),
        channelProducts: z
          .array(ChannelProductSummarySchema)
          .nullish()
          .transform((v) => v ?? []),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  page: z.number().int(),
  size: z.number().int(),
  totalElements: z.number().int(),
  totalPages: z.number().int(),
  first: z.boolean().optional(),
  last: z.boolean().optional(),
});
export type ProductSearchResponse = z.infer<typeof ProductSearchResponseSchema>;

export const OptionCombinationSchema = z.looseObject({
  id: optNum,
  optionName1: optStr,
  optionName2: optStr,
  optionName3: optStr,
  stockQuantity: optNum,
  price: optNum,
  sellerManagerCode: optStr,
  usable: z
    .boolean()
    .nullish()
    .transform((v) => v ?? undefined),
});

/**
 * §4.2 origin product. Objects are loose: every field we do not model is kept, because an update is a full
 * replace (§4.4) and must send back what the seller set only on SmartStore.
 */
export const OriginProductSchema = z.looseObject({
  statusType: z.string(),
  leafCategoryId: optStr,
  name: z.string(),
  detailContent: optStr,
  images: z.looseObject({
    representativeImage: z.object({ url: z.string() }),
    optionalImages: z
      .array(z.object({ url: z.string() }))
      .nullish()
      .transform((v) => v ?? []),
  }),
  salePrice: z.number(),
  stockQuantity: optNum,
  deliveryInfo: z.looseObject({}).nullish(),
  detailAttribute: z.looseObject({
    optionInfo: z
      .looseObject({
        optionCombinationGroupNames: z.looseObject({}).nullish(),
        optionCombinations: z.array(OptionCombinationSchema).nullish(),
      })
      .nullish(),
    sellerCodeInfo: z.looseObject({ sellerManagementCode: optStr }).nullish(),
  }),
});
export type OriginProduct = z.infer<typeof OriginProductSchema>;

export const OriginProductResponseSchema = z.looseObject({
  originProduct: OriginProductSchema,
  smartstoreChannelProduct: z.looseObject({}).nullish(),
  windowChannelProduct: z.looseObject({}).nullish(),
});
export type OriginProductResponse = z.infer<typeof OriginProductResponseSchema>;

export const CreateProductResponseSchema = z.looseObject({
  originProductNo: z.number(),
  smartstoreChannelProductNo: optNum,
  windowChannelProductNo: optNum,
});
export type CreateProductResponse = z.infer<typeof CreateProductResponseSchema>;

export const UpdateProductResponseSchema = z.unknown();

export const ImageUploadResponseSchema = z.object({
  images: z.array(z.object({ url: z.string().min(1) })),
});
