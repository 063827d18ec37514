import { z } from 'zod/mini';
import { listOrEmpty, optBool, optional, optNum, optStr } from './common';

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
  representativeImage: optional(z.object({ url: z.string() })),
  regDate: optStr,
  modifiedDate: optStr,
});
export type ChannelProductSummary = z.infer<typeof ChannelProductSummarySchema>;

export const ProductSearchResponseSchema = z.object({
  contents: listOrEmpty(
    z.object({
      groupProductNo: optNum,
      originProductNo: z.number(),
      channelProducts: listOrEmpty(ChannelProductSummarySchema),
    }),
  ),
  page: z.int(),
  size: z.int(),
  totalElements: z.int(),
  totalPages: z.int(),
  first: z.optional(z.boolean()),
  last: z.optional(z.boolean()),
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
  usable: optBool,
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
    optionalImages: listOrEmpty(z.object({ url: z.string() })),
  }),
  salePrice: z.number(),
  stockQuantity: optNum,
  deliveryInfo: z.nullish(z.looseObject({})),
  detailAttribute: z.looseObject({
    optionInfo: z.nullish(
      z.looseObject({
        optionCombinationGroupNames: z.nullish(z.looseObject({})),
        optionCombinations: z.nullish(z.array(OptionCombinationSchema)),
      }),
    ),
    sellerCodeInfo: z.nullish(z.looseObject({ sellerManagementCode: optStr })),
  }),
});
export type OriginProduct = z.infer<typeof OriginProductSchema>;

export const OriginProductResponseSchema = z.looseObject({
  originProduct: OriginProductSchema,
  smartstoreChannelProduct: z.nullish(z.looseObject({})),
  windowChannelProduct: z.nullish(z.looseObject({})),
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
  images: z.array(z.object({ url: z.string().check(z.minLength(1)) })),
});
