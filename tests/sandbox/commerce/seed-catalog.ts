import type { ProductBody } from './product-schema';

/** Leaf categories the emulator accepts (`leafCategoryId`); any other id is refused on create. */
export const SEED_CATEGORIES = [
  {
    id: '50000803',
    wholeCategoryName: '가구/인테리어>침구단품>이불/이불세트',
    wholeCategoryId: '50000004>50000113>50000803',
  },
  {
    id: '50000804',
    wholeCategoryName: '가구/인테리어>침구단품>베개/베개커버',
    wholeCategoryId: '50000004>50000113>50000804',
  },
  {
    id: '50000805',
    wholeCategoryName: '생활/건강>주방용품>컵/잔>머그컵',
    wholeCategoryId: '50000008>50000146>50000805',
  },
  {
    id: '50000806',
    wholeCategoryName: '생활/건강>주방용품>그릇/홈세트',
    wholeCategoryId: '50000008>50000146>50000806',
  },
  {
    id: '50000807',
    wholeCategoryName: '가구/인테리어>인테리어소품>쿠션/방석',
    wholeCategoryId: '50000004>50000108>50000807',
  },
  {
    id: '50002121',
    wholeCategoryName: '생활/건강>욕실용품>수건/타월',
    wholeCategoryId: '50000008>50000158>50002121',
  },
  {
    id: '50002122',
    wholeCategoryName: '생활/건강>수납/정리용품>바구니',
    wholeCategoryId: '50000008>50000163>50002122',
  },
  { id: '50001997', wholeCategoryName: '식품>커피>원두커피', wholeCategoryId: '50000006>50000148>50001997' },
  {
    id: '50001998',
    wholeCategoryName: '식품>커피>드립백커피',
    wholeCategoryId: '50000006>50000148>50001998',
  },
  {
    id: '50003306',
    wholeCategoryName: '생활/건강>주방용품>커피용품>드리퍼',
    wholeCategoryId: '50000008>50000146>50003306',
  },
] as const;

export interface SeedOptionSpec {
  groups: string[];
  /** [option names, add-on price, stock] */
  combos: [string[], number, number][];
}

export interface SeedProductSpec {
  name: string;
  category: string;
  price: number;
  stock: number;
  options?: SeedOptionSpec;
  status?: 'SUSPENSION';
  discount?: number;
  importer?: string;
  notice?: 'KITCHEN_UTENSILS' | 'SLEEPING_GEAR';
  optionalImages?: number;
}

const colors = (names: string[], stock: number[]): SeedOptionSpec => ({
  groups: ['색상'],
  combos: names.map((n, i) => [[n], 0, stock[i] ?? 10]),
});

export const SELLER_A_PRODUCTS: readonly SeedProductSpec[] = [
  {
    name: '린넨 침구 세트 퀸',
    category: '50000803',
    price: 89000,
    stock: 0,
    notice: 'SLEEPING_GEAR',
    optionalImages: 2,
    options: {
      groups: ['색상', '사이즈'],
      combos: [
        [['화이트', '퀸'], 0, 12],
        [['화이트', '킹'], 20000, 6],
        [['베이지', '퀸'], 0, 9],
        [['베이지', '킹'], 20000, 4],
        [['그레이', '퀸'], 0, 0],
        [['그레이', '킹'], 20000, 3],
      ],
    },
  },
  {
    name: '무지 머그컵 350ml',
    category: '50000805',
    price: 8900,
    stock: 0,
    notice: 'KITCHEN_UTENSILS',
    options: colors(['화이트', '블랙', '민트'], [120, 80, 45]),
  },
  {
    name: '호텔식 샤워가운',
    category: '50002121',
    price: 39000,
    stock: 0,
    options: {
      groups: ['사이즈'],
      combos: [
        [['M'], 0, 20],
        [['L'], 0, 25],
        [['XL'], 3000, 10],
      ],
    },
  },
  { name: '순면 베개커버 2장 세트', category: '50000804', price: 15900, stock: 64, notice: 'SLEEPING_GEAR' },
  { name: '라탄 수납 바구니 중형', category: '50002122', price: 24000, stock: 31, importer: '(주)하늘무역' },
  {
    name: '세라믹 접시 4인 세트',
    category: '50000806',
    price: 46000,
    stock: 18,
    notice: 'KITCHEN_UTENSILS',
    optionalImages: 1,
  },
  {
    name: '극세사 발매트',
    category: '50002121',
    price: 12900,
    stock: 0,
    options: colors(['그레이', '베이지', '네이비'], [40, 35, 22]),
  },
  { name: '호텔 수건 40수 5매', category: '50002121', price: 29900, stock: 150, discount: 3000 },
  { name: '원목 도마 대형', category: '50000806', price: 32000, stock: 27, notice: 'KITCHEN_UTENSILS' },
  {
    name: '스테인리스 텀블러 500ml',
    category: '50000805',
    price: 21000,
    stock: 0,
    notice: 'KITCHEN_UTENSILS',
    options: colors(['실버', '블랙', '크림'], [30, 30, 15]),
  },
  {
    name: '암막 커튼 2장 세트',
    category: '50000807',
    price: 54000,
    stock: 0,
    options: {
      groups: ['사이즈'],
      combos: [
        [['150x210'], 0, 14],
        [['200x230'], 10000, 8],
      ],
    },
  },
  {
    name: '극세사 이불 싱글',
    category: '50000803',
    price: 49000,
    stock: 12,
    status: 'SUSPENSION',
    notice: 'SLEEPING_GEAR',
  },
  {
    name: '유리 밀폐용기 6종',
    category: '50000806',
    price: 27500,
    stock: 44,
    notice: 'KITCHEN_UTENSILS',
    importer: '(주)하늘무역',
  },
  { name: '규조토 코스터 4P', category: '50000806', price: 9800, stock: 70 },
  { name: '면 앞치마', category: '50000807', price: 14000, stock: 0 },
  {
    name: '메모리폼 경추베개',
    category: '50000804',
    price: 36000,
    stock: 23,
    notice: 'SLEEPING_GEAR',
    discount: 4000,
  },
  { name: '빨래 바구니 접이식', category: '50002122', price: 11900, stock: 58 },
  { name: '실리콘 주방 장갑', category: '50000806', price: 7900, stock: 95, notice: 'KITCHEN_UTENSILS' },
  { name: '캔들 워머 램프', category: '50000807', price: 42000, stock: 16, importer: '(주)라이트하우스' },
  {
    name: '디퓨저 200ml',
    category: '50000807',
    price: 19800,
    stock: 0,
    options: {
      groups: ['향'],
      combos: [
        [['화이트머스크'], 0, 33],
        [['블랙체리'], 0, 21],
        [['프리지아'], 0, 17],
      ],
    },
  },
  { name: '코튼 러그 120x180', category: '50000807', price: 68000, stock: 9, optionalImages: 2 },
  { name: '원목 스툴 의자', category: '50000807', price: 45000, stock: 11 },
  {
    name: '욕실 슬리퍼',
    category: '50002121',
    price: 6900,
    stock: 0,
    options: {
      groups: ['사이즈'],
      combos: [
        [['230'], 0, 40],
        [['250'], 0, 50],
        [['270'], 0, 30],
      ],
    },
  },
  { name: '도자기 화병', category: '50000807', price: 28000, stock: 13 },
  { name: '주방 행주 10매', category: '50000806', price: 9900, stock: 140, notice: 'KITCHEN_UTENSILS' },
  { name: '원목 냄비 받침', category: '50000806', price: 8500, stock: 66, notice: 'KITCHEN_UTENSILS' },
  { name: '방수 식탁보', category: '50000807', price: 18900, stock: 37 },
  { name: '극세사 담요', category: '50000803', price: 23000, stock: 48, notice: 'SLEEPING_GEAR' },
  { name: '캔버스 에코백', category: '50002122', price: 12000, stock: 75 },
  { name: 'LED 무드등', category: '50000807', price: 26000, stock: 29, importer: '(주)라이트하우스' },
];

export const SELLER_B_PRODUCTS: readonly SeedProductSpec[] = [
  {
    name: '에티오피아 예가체프 원두 200g',
    category: '50001997',
    price: 16000,
    stock: 0,
    options: {
      groups: ['분쇄'],
      combos: [
        [['홀빈'], 0, 60],
        [['핸드드립'], 0, 40],
        [['에스프레소'], 0, 25],
      ],
    },
  },
  { name: '콜롬비아 수프리모 원두 500g', category: '50001997', price: 24000, stock: 45 },
  { name: '하우스 블렌드 원두 1kg', category: '50001997', price: 36000, stock: 30, discount: 2000 },
  { name: '드립백 커피 20개입', category: '50001998', price: 19900, stock: 88 },
  { name: '콜드브루 원액 500ml', category: '50001998', price: 14500, stock: 52 },
  { name: '디카페인 원두 200g', category: '50001997', price: 17000, stock: 26, importer: '바다무역(주)' },
  { name: '핸드드립 드리퍼 세트', category: '50003306', price: 32000, stock: 14, notice: 'KITCHEN_UTENSILS' },
  { name: '커피 필터 100매', category: '50003306', price: 4900, stock: 200 },
  { name: '스페셜티 샘플러 3종', category: '50001997', price: 27000, stock: 19 },
  { name: '바리스타 머그', category: '50000805', price: 13000, stock: 41, notice: 'KITCHEN_UTENSILS' },
];

export const SELLER_C_PRODUCTS: readonly SeedProductSpec[] = [
  { name: '수제 원목 트레이', category: '50000806', price: 38000, stock: 7 },
  { name: '손뜨개 코스터 2P', category: '50000806', price: 11000, stock: 24 },
  { name: '가죽 키링', category: '50002122', price: 15000, stock: 18 },
];

const NOTICE_COMMON = {
  returnCostReason: '0',
  noRefundReason: '0',
  qualityAssuranceStandard: '0',
  compensationProcedure: '0',
  troubleShootingContents: '0',
};

export interface SeedStoreInfo {
  storeName: string;
  asPhone: string;
  courier: string;
  sellerCodePrefix: string;
}

/** A complete, valid create body for a seed product. */
export function seedProductBody(
  spec: SeedProductSpec,
  index: number,
  store: SeedStoreInfo,
  images: { representative: string; optional: string[] },
): ProductBody {
  const code = `${store.sellerCodePrefix}-${String(index + 1).padStart(4, '0')}`;
  const notice =
    spec.notice === 'KITCHEN_UTENSILS'
      ? {
          productInfoProvidedNoticeType: 'KITCHEN_UTENSILS',
          kitchenUtensils: {
            ...NOTICE_COMMON,
            itemName: spec.name,
            modelName: code,
            material: '상세페이지 참조',
            component: '상세페이지 참조',
            size: '상세페이지 참조',
            manufacturer: store.storeName,
            producer: '대한민국',
            afterServiceDirector: store.asPhone,
          },
        }
      : spec.notice === 'SLEEPING_GEAR'
        ? {
            productInfoProvidedNoticeType: 'SLEEPING_GEAR',
            sleepingGear: {
              ...NOTICE_COMMON,
              material: '면 100%',
              color: '상세페이지 참조',
              size: '상세페이지 참조',
              components: '상세페이지 참조',
              manufacturer: store.storeName,
              caution: '세탁 시 단독 세탁',
              warrantyPolicy: '소비자분쟁해결기준에 따름',
              afterServiceDirector: store.asPhone,
            },
          }
        : {
            productInfoProvidedNoticeType: 'ETC',
            etc: {
              ...NOTICE_COMMON,
              itemName: spec.name,
              modelName: code,
              manufacturer: store.storeName,
              afterServiceDirector: store.asPhone,
            },
          };
  const optionInfo = spec.options
    ? {
        optionCombinationSortType: 'CREATE',
        optionCombinationGroupNames: Object.fromEntries(
          spec.options.groups.map((g, i) => [`optionGroupName${i + 1}`, g]),
        ),
        optionCombinations: spec.options.combos.map(([names, price, stock], i) => ({
          ...Object.fromEntries(names.map((n, k) => [`optionName${k + 1}`, n])),
          stockQuantity: stock,
          price,
          usable: true,
          sellerManagerCode: `${code}-${String(i + 1).padStart(2, '0')}`,
        })),
        useStockManagement: true,
      }
    : undefined;
  return {
    originProduct: {
      statusType: 'SALE',
      saleType: 'NEW',
      leafCategoryId: spec.category,
      name: spec.name,
      detailContent: [
        '<div class="detail">',
        `<h2>${spec.name}</h2>`,
        `<p>${store.storeName}에서 직접 고른 ${spec.name}입니다. 오래 두고 쓰기 좋은 기본에 충실한 제품입니다.</p>`,
        `<img src="${images.representative}" alt="${spec.name}">`,
        '<p>배송: 결제 후 1~3일 이내 출고됩니다.</p>',
        '</div>',
      ].join(''),
      images: {
        representativeImage: { url: images.representative },
        optionalImages: images.optional.map((url) => ({ url })),
      },
      salePrice: spec.price,
      stockQuantity: spec.stock,
      deliveryInfo: {
        deliveryType: 'DELIVERY',
        deliveryAttributeType: 'NORMAL',
        deliveryCompany: store.courier,
        deliveryBundleGroupUsable: false,
        deliveryFee: {
          deliveryFeeType: 'CONDITIONAL_FREE',
          baseFee: 3000,
          freeConditionalAmount: 50000,
          deliveryFeePayType: 'PREPAID',
        },
        claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
      },
      detailAttribute: {
        afterServiceInfo: {
          afterServiceTelephoneNumber: store.asPhone,
          afterServiceGuideContent: '평일 10:00~17:00 고객센터로 문의해 주세요.',
        },
        originAreaInfo: spec.importer
          ? { originAreaCode: '0200037', importer: spec.importer, plural: false }
          : { originAreaCode: '00', plural: false },
        sellerCodeInfo: { sellerManagementCode: code },
        minorPurchasable: true,
        productInfoProvidedNotice: notice,
        ...(optionInfo ? { optionInfo } : {}),
      },
      ...(spec.discount
        ? {
            customerBenefit: {
              immediateDiscountPolicy: { discountMethod: { value: spec.discount, unitType: 'WON' } },
            },
          }
        : {}),
    },
    smartstoreChannelProduct: { naverShoppingRegistration: false, channelProductDisplayStatusType: 'ON' },
  };
}
