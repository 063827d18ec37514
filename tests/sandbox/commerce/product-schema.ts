import { z } from 'zod';

/**
 * The product body of `POST /v2/products` and `PUT /v2/products/origin-products/{no}` (reference §4.2–§4.6).
 * Every field is optional here so that the type check and the "required" rules of product-validation.ts can
 * report every problem at once; unknown fields are kept (`loose`) because a product update stores what it is given.
 */
const int = z.number().int();

const ImageUrl = z.object({ url: z.string().optional() }).loose();

const DeliveryFee = z
  .object({
    deliveryFeeType: z.string().optional(),
    baseFee: int.optional(),
    freeConditionalAmount: int.optional(),
    repeatQuantity: int.optional(),
    deliveryFeePayType: z.string().optional(),
  })
  .loose();

const ClaimDeliveryInfo = z
  .object({
    returnDeliveryFee: int.optional(),
    exchangeDeliveryFee: int.optional(),
  })
  .loose();

const DeliveryInfo = z
  .object({
    deliveryType: z.string().optional(),
    deliveryAttributeType: z.string().optional(),
    deliveryCompany: z.string().optional(),
    deliveryFee: DeliveryFee.optional(),
    claimDeliveryInfo: ClaimDeliveryInfo.optional(),
  })
  .loose();

const SimpleOption = z
  .object({
    id: int.optional(),
    groupName: z.string().optional(),
    name: z.string().optional(),
    usable: z.boolean().optional(),
  })
  .loose();

const OptionCombination = z
  .object({
    id: int.optional(),
    optionName1: z.string().optional(),
    optionName2: z.string().optional(),
    optionName3: z.string().optional(),
    optionName4: z.string().optional(),
    stockQuantity: int.optional(),
    price: int.optional(),
    usable: z.boolean().optional(),
    sellerManagerCode: z.string().optional(),
  })
  .loose();

const OptionStandard = z
  .object({
    id: int.optional(),
    optionName1: z.string().optional(),
    optionName2: z.string().optional(),
    stockQuantity: int.optional(),
    usable: z.boolean().optional(),
    sellerManagerCode: z.string().optional(),
  })
  .loose();

const OptionInfo = z
  .object({
    simpleOptionSortType: z.string().optional(),
    optionSimple: z.array(SimpleOption).optional(),
    optionCustom: z.array(SimpleOption).optional(),
    optionCombinationSortType: z.string().optional(),
    optionCombinationGroupNames: z
      .object({
        optionGroupName1: z.string().optional(),
        optionGroupName2: z.string().optional(),
        optionGroupName3: z.string().optional(),
        optionGroupName4: z.string().optional(),
      })
      .loose()
      .optional(),
    optionCombinations: z.array(OptionCombination).optional(),
    standardOptionGroups: z.array(z.unknown()).optional(),
    optionStandards: z.array(OptionStandard).optional(),
    useStockManagement: z.boolean().optional(),
  })
  .loose();

const ProductInfoProvidedNotice = z.object({ productInfoProvidedNoticeType: z.string().optional() }).loose();

const DetailAttribute = z
  .object({
    naverShoppingSearchInfo: z
      .object({
        modelId: int.optional(),
        modelName: z.string().optional(),
        manufacturerName: z.string().optional(),
        brandName: z.string().optional(),
      })
      .loose()
      .optional(),
    afterServiceInfo: z
      .object({
        afterServiceTelephoneNumber: z.string().optional(),
        afterServiceGuideContent: z.string().optional(),
      })
      .loose()
      .optional(),
    originAreaInfo: z
      .object({
        originAreaCode: z.string().optional(),
        importer: z.string().optional(),
        content: z.string().optional(),
        plural: z.boolean().optional(),
      })
      .loose()
      .optional(),
    sellerCodeInfo: z
      .object({
        sellerManagementCode: z.string().optional(),
        sellerBarcode: z.string().optional(),
        sellerCustomCode1: z.string().optional(),
        sellerCustomCode2: z.string().optional(),
      })
      .loose()
      .optional(),
    optionInfo: OptionInfo.optional(),
    minorPurchasable: z.boolean().optional(),
    productInfoProvidedNotice: ProductInfoProvidedNotice.optional(),
  })
  .loose();

const CustomerBenefit = z
  .object({
    immediateDiscountPolicy: z
      .object({
        discountMethod: z
          .object({ value: z.number().optional(), unitType: z.string().optional() })
          .loose()
          .optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export const OriginProductSchema = z
  .object({
    statusType: z.string().optional(),
    saleType: z.string().optional(),
    leafCategoryId: z.string().optional(),
    name: z.string().optional(),
    detailContent: z.string().optional(),
    images: z
      .object({ representativeImage: ImageUrl.optional(), optionalImages: z.array(ImageUrl).optional() })
      .loose()
      .optional(),
    saleStartDate: z.string().optional(),
    saleEndDate: z.string().optional(),
    salePrice: int.optional(),
    stockQuantity: int.optional(),
    deliveryInfo: DeliveryInfo.optional(),
    detailAttribute: DetailAttribute.optional(),
    customerBenefit: CustomerBenefit.optional(),
  })
  .loose();

export const SmartstoreChannelProductSchema = z
  .object({
    channelProductName: z.string().optional(),
    storeKeepExclusiveProduct: z.boolean().optional(),
    naverShoppingRegistration: z.boolean().optional(),
    channelProductDisplayStatusType: z.string().optional(),
  })
  .loose();

export const ProductBodySchema = z
  .object({
    originProduct: OriginProductSchema.optional(),
    smartstoreChannelProduct: SmartstoreChannelProductSchema.optional(),
    windowChannelProduct: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

export type OriginProduct = z.infer<typeof OriginProductSchema>;
export type SmartstoreChannelProduct = z.infer<typeof SmartstoreChannelProductSchema>;
export type ProductBody = z.infer<typeof ProductBodySchema>;
export type OptionInfo = z.infer<typeof OptionInfo>;
export type OptionCombination = z.infer<typeof OptionCombination>;
