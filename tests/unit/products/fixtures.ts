import type { ShopProduct } from '../../../lib/sixshop/schemas/product';
import type { PresetFields } from '../../../lib/sixshop/schemas/sales-preset';
import type { OriginProductResponse } from '../../../lib/smartstore/schemas/products';
import { OriginProductResponseSchema } from '../../../lib/smartstore/schemas/products';

/** A complete, valid preset (the sandbox seller's settings). */
export function validPreset(overrides: Partial<PresetFields> = {}): PresetFields {
  return {
    leafCategoryId: '50000805',
    delivery: {
      deliveryType: 'DELIVERY',
      deliveryAttributeType: 'NORMAL',
      deliveryCompany: 'CJGLS',
      deliveryFeeType: 'CONDITIONAL_FREE',
      baseFee: 3000,
      freeConditionalAmount: 50000,
      deliveryFeePayType: 'PREPAID',
      jejuExtraFee: 3000,
      islandExtraFee: 5000,
    },
    claim: {
      returnDeliveryFee: 3000,
      exchangeDeliveryFee: 6000,
      shippingAddressId: 1001,
      returnAddressId: 1002,
    },
    afterService: { phone: '02-1234-5678', guide: '평일 10:00~17:00 고객센터로 문의해 주세요.' },
    origin: { code: '00' },
    minorPurchasable: true,
    taxType: 'TAX',
    notice: {
      type: 'ETC',
      fields: {
        returnCostReason: '0',
        noRefundReason: '0',
        qualityAssuranceStandard: '0',
        compensationProcedure: '0',
        troubleShootingContents: '0',
        itemName: '상품상세 참조',
        modelName: '상품상세 참조',
        manufacturer: '모래마을 생활상점',
        afterServiceDirector: '02-1234-5678',
      },
    },
    naverShoppingRegistration: false,
    displayStatus: 'ON',
    ...overrides,
  };
}

export function shopProduct(overrides: Partial<ShopProduct> = {}): ShopProduct {
  return {
    id: '1001',
    name: '오가닉 코튼 반팔 티셔츠',
    price: 24000,
    stock: 0,
    sellerCode: 'TS-OC',
    detailHtml: '<div><p>유기농 면 티셔츠</p></div>',
    images: ['https://cdn.example/1.png', 'https://cdn.example/2.png', 'https://cdn.example/3.png'],
    status: 'ON_SALE',
    options: {
      groupNames: ['색상', '사이즈'],
      combinations: [
        { id: 'c1', names: ['화이트', 'M'], addPrice: 0, stock: 10, sellerCode: 'TS-OC-WM', usable: true },
        { id: 'c2', names: ['화이트', 'L'], addPrice: 1000, stock: 5, usable: true },
        { id: 'c3', names: ['블랙', 'M'], addPrice: 0, stock: 7, usable: false },
      ],
    },
    revision: 3,
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-02T00:00:00.000Z',
    ...overrides,
  };
}

/** A SmartStore product as `GET /v2/products/origin-products/{no}` answers, parsed like the client does. */
export function originResponse(
  overrides: { originProduct?: Record<string, unknown> } = {},
): OriginProductResponse {
  return OriginProductResponseSchema.parse({
    originProduct: {
      statusType: 'SALE',
      saleType: 'NEW',
      leafCategoryId: '50000803',
      name: '린넨 침구 세트 퀸',
      detailContent: '<div class="detail"><p>린넨 침구</p></div>',
      images: {
        representativeImage: { url: 'https://shop-phinf.example/rep.png' },
        optionalImages: [
          { url: 'https://shop-phinf.example/o1.png' },
          { url: 'https://shop-phinf.example/o2.png' },
        ],
      },
      salePrice: 89000,
      stockQuantity: 21,
      deliveryInfo: {
        deliveryType: 'DELIVERY',
        deliveryAttributeType: 'NORMAL',
        deliveryCompany: 'CJGLS',
        deliveryBundleGroupUsable: false,
        quickServiceAreas: ['SEOUL'],
        deliveryFee: {
          deliveryFeeType: 'CONDITIONAL_FREE',
          baseFee: 3000,
          freeConditionalAmount: 50000,
          deliveryFeePayType: 'PREPAID',
        },
        claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000, returnAddressId: 77 },
      },
      detailAttribute: {
        afterServiceInfo: {
          afterServiceTelephoneNumber: '02-000-0000',
          afterServiceGuideContent: '고객센터 문의',
        },
        originAreaInfo: { originAreaCode: '0200037', importer: '(주)하늘무역', plural: false },
        sellerCodeInfo: { sellerManagementCode: 'HL-0001', sellerBarcode: '8801234567890' },
        minorPurchasable: true,
        sellerCommentContent: '스마트스토어에서만 쓴 판매자 한마디',
        productInfoProvidedNotice: {
          productInfoProvidedNoticeType: 'SLEEPING_GEAR',
          sleepingGear: { returnCostReason: '0', material: '면 100%' },
        },
        optionInfo: {
          optionCombinationSortType: 'CREATE',
          optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
          optionCombinations: [
            {
              id: 501,
              optionName1: '화이트',
              optionName2: '퀸',
              stockQuantity: 12,
              price: 0,
              usable: true,
              sellerManagerCode: 'HL-0001-01',
              skuYn: false,
            },
            {
              id: 502,
              optionName1: '화이트',
              optionName2: '킹',
              stockQuantity: 6,
              price: 20000,
              usable: true,
            },
            {
              id: 503,
              optionName1: '그레이',
              optionName2: '킹',
              stockQuantity: 3,
              price: 20000,
              usable: false,
            },
          ],
          useStockManagement: true,
        },
      },
      customerBenefit: { immediateDiscountPolicy: { discountMethod: { value: 4000, unitType: 'WON' } } },
      ...overrides.originProduct,
    },
    smartstoreChannelProduct: {
      naverShoppingRegistration: true,
      channelProductDisplayStatusType: 'ON',
      storeKeepExclusiveProduct: false,
    },
  });
}
