import type {
  MarketAccountCreate,
  MarketOrder,
  PresetFields,
  ProductLinkInput,
  ShopProductCreate,
} from '../../../lib/sixshop/schemas';

export function accountInput(n: number, overrides: Partial<MarketAccountCreate> = {}): MarketAccountCreate {
  return {
    market: 'SMARTSTORE',
    alias: `스토어 ${n}`,
    storeSlug: `sandbox-store-${n}`,
    apiSellerId: `ncp_sandboxSeller${n}`,
    linkMode: 'AGENCY',
    ...overrides,
  };
}

export function marketOrder(n: number, overrides: Partial<MarketOrder> = {}): MarketOrder {
  return {
    productOrderId: `2025030110${String(n).padStart(6, '0')}`,
    orderId: `2025030120${String(Math.ceil(n / 2)).padStart(6, '0')}`,
    status: 'PAYMENT_CONFIRMING',
    productName: '리넨 앞치마 (내추럴)',
    optionText: '색상: 내추럴',
    quantity: 1,
    amount: 28000,
    buyerName: '김하늘',
    receiverName: '김하늘',
    receiverPhone: '010-1234-5678',
    zipCode: '06236',
    address: '서울특별시 강남구 테헤란로 123',
    addressDetail: '4층',
    memo: '문 앞에 놓아 주세요.',
    orderedAt: `2025-03-01T10:${String(n % 60).padStart(2, '0')}:00.000+09:00`,
    paidAt: `2025-03-01T10:${String(n % 60).padStart(2, '0')}:30.000+09:00`,
    updatedAt: `2025-03-01T10:${String(n % 60).padStart(2, '0')}:30.000+09:00`,
    ...overrides,
  };
}

export function presetFields(overrides: Partial<PresetFields> = {}): PresetFields {
  return {
    leafCategoryId: '50000803',
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
      shippingAddressId: 100001,
      returnAddressId: 100002,
    },
    afterService: { phone: '02-1234-5678', guide: '구매 후 7일 이내 고객센터로 문의해 주세요.' },
    origin: { code: '00' },
    minorPurchasable: true,
    taxType: 'TAX',
    notice: {
      type: 'ETC',
      fields: {
        itemName: '생활용품',
        modelName: '상세페이지 참조',
        manufacturer: '모래마을공방',
        customerServicePhoneNumber: '02-1234-5678',
        returnCostReason: '0',
        noRefundReason: '0',
        qualityAssuranceStandard: '0',
        compensationProcedure: '0',
        troubleShootingContents: '0',
      },
    },
    naverShoppingRegistration: false,
    displayStatus: 'ON',
    ...overrides,
  };
}

export function productInput(overrides: Partial<ShopProductCreate> = {}): ShopProductCreate {
  return {
    name: '테스트 린넨 쿠션',
    price: 19000,
    stock: 10,
    sellerCode: 'CSH-01',
    detailHtml: '<p>부드러운 린넨 쿠션입니다.</p>',
    images: ['https://images.sixshop.example/cushion-1.png'],
    status: 'ON_SALE',
    ...overrides,
  };
}

export function linkInput(overrides: Partial<ProductLinkInput> = {}): ProductLinkInput {
  return {
    originProductNo: 9000000001,
    channelProductNo: 8000000001,
    lastDirection: 'EXPORT',
    syncedAt: '2025-03-02T09:00:00.000+09:00',
    shopRevision: 1,
    ...overrides,
  };
}
