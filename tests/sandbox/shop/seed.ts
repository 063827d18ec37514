import type { ShopProduct, ShopProductStatus } from '../../../lib/sixshop/schemas';

/** The sandbox shop: its API key, ID and name. */
export const SHOP_SEED = {
  key: 'sxp_sandbox_4f1c9a7e2b6d8035c1e0',
  shopId: 'shop_sandbox_01',
  shopName: '모래마을 생활상점',
} as const;

/** Seeded products are dated from this day on, one day apart. */
export const SEED_EPOCH_MS = Date.UTC(2025, 2, 1, 0, 0, 0);

interface SeedProduct {
  name: string;
  price: number;
  stock: number;
  sellerCode?: string;
  status?: ShopProductStatus;
  images: number;
  summary: string;
  options?: { groupNames: string[]; values: string[][]; addPrice?: (names: string[]) => number };
}

const SEED_PRODUCTS: SeedProduct[] = [
  {
    name: '리넨 앞치마 (내추럴)',
    price: 28000,
    stock: 40,
    sellerCode: 'APR-LN-01',
    images: 2,
    summary: '가볍고 통기성 좋은 100% 리넨 앞치마입니다.',
  },
  {
    name: '수제 도자기 머그컵 350ml',
    price: 18000,
    stock: 25,
    sellerCode: 'MUG-350',
    images: 3,
    summary: '물레로 하나씩 빚은 머그컵으로 색감이 조금씩 다릅니다.',
    options: { groupNames: ['색상'], values: [['백자'], ['청자'], ['흑유']] },
  },
  {
    name: '원목 도마 (월넛)',
    price: 45000,
    stock: 12,
    sellerCode: 'CB-WN-M',
    images: 2,
    summary: '월넛 통원목으로 만든 도마입니다. 식물성 오일로 마감했습니다.',
    options: {
      groupNames: ['크기'],
      values: [['소'], ['중'], ['대']],
      addPrice: ([s]) => (s === '대' ? 15000 : s === '중' ? 7000 : 0),
    },
  },
  {
    name: '오가닉 코튼 반팔 티셔츠',
    price: 24000,
    stock: 90,
    sellerCode: 'TS-OC',
    images: 3,
    summary: '유기농 면으로 짠 데일리 티셔츠입니다.',
    options: {
      groupNames: ['색상', '사이즈'],
      values: [
        ['화이트', 'M'],
        ['화이트', 'L'],
        ['블랙', 'M'],
        ['블랙', 'L'],
        ['오트밀', 'M'],
        ['오트밀', 'L'],
      ],
      addPrice: ([, s]) => (s === 'L' ? 1000 : 0),
    },
  },
  {
    name: '소이 캔들 (무화과 향)',
    price: 22000,
    stock: 0,
    sellerCode: 'CDL-FIG',
    status: 'SOLD_OUT',
    images: 1,
    summary: '천연 소이 왁스와 면 심지로 만든 캔들입니다.',
  },
  {
    name: '캔버스 에코백',
    price: 15000,
    stock: 60,
    images: 2,
    summary: '두꺼운 10수 캔버스 원단의 에코백입니다.',
  },
  {
    name: '내열 유리 밀폐용기 4종 세트',
    price: 32000,
    stock: 30,
    sellerCode: 'GLS-SET4',
    images: 2,
    summary: '오븐과 전자레인지에 쓸 수 있는 내열 유리 용기 세트입니다.',
  },
  {
    name: '수제 그래놀라 500g',
    price: 13500,
    stock: 75,
    sellerCode: 'GRN-500',
    images: 1,
    summary: '귀리와 견과류를 꿀에 버무려 구운 그래놀라입니다.',
    options: {
      groupNames: ['맛'],
      values: [['오리지널'], ['초코'], ['메이플 피칸']],
      addPrice: ([m]) => (m === '메이플 피칸' ? 2000 : 0),
    },
  },
  {
    name: '싱글오리진 드립백 커피 10개입',
    price: 12000,
    stock: 120,
    sellerCode: 'DRP-10',
    images: 2,
    summary: '에티오피아 예가체프 원두를 갓 볶아 담았습니다.',
  },
  {
    name: '울 니트 머플러',
    price: 39000,
    stock: 18,
    sellerCode: 'MF-WL',
    images: 3,
    summary: '메리노 울로 짠 부드러운 머플러입니다.',
    options: { groupNames: ['색상'], values: [['차콜'], ['베이지'], ['버건디']] },
  },
  {
    name: '라탄 수납 바구니',
    price: 26000,
    stock: 22,
    images: 2,
    summary: '손으로 엮은 라탄 바구니로 거실과 욕실 수납에 좋습니다.',
    options: {
      groupNames: ['크기'],
      values: [['S'], ['M'], ['L']],
      addPrice: ([s]) => (s === 'L' ? 8000 : s === 'M' ? 4000 : 0),
    },
  },
  {
    name: '스테인리스 진공 텀블러',
    price: 29000,
    stock: 50,
    sellerCode: 'TMB-SS',
    images: 3,
    summary: '보온 보냉이 오래가는 이중 진공 텀블러입니다.',
    options: {
      groupNames: ['용량', '색상'],
      values: [
        ['350ml', '실버'],
        ['350ml', '매트블랙'],
        ['500ml', '실버'],
        ['500ml', '매트블랙'],
      ],
      addPrice: ([v]) => (v === '500ml' ? 4000 : 0),
    },
  },
  {
    name: '캔버스 스니커즈',
    price: 59000,
    stock: 35,
    sellerCode: 'SNK-CV',
    images: 3,
    summary: '가벼운 캔버스 갑피와 고무 밑창의 스니커즈입니다.',
    options: { groupNames: ['사이즈'], values: [['230'], ['240'], ['250'], ['260'], ['270']] },
  },
  {
    name: '천연 수세미 3개입',
    price: 6900,
    stock: 200,
    images: 1,
    summary: '직접 키운 수세미 열매를 말려 만든 주방 수세미입니다.',
  },
  {
    name: '핸드드립 주전자 600ml',
    price: 48000,
    stock: 9,
    sellerCode: 'KTL-600',
    images: 2,
    summary: '물줄기가 가늘고 고른 드립 전용 주전자입니다.',
  },
  {
    name: '린넨 베개커버 2장',
    price: 34000,
    stock: 16,
    sellerCode: 'PLW-LN2',
    status: 'HIDDEN',
    images: 2,
    summary: '워싱 리넨으로 만든 베개커버 두 장 세트입니다.',
  },
  {
    name: '대나무 칫솔 4개입',
    price: 8000,
    stock: 150,
    images: 1,
    summary: '손잡이가 대나무로 된 칫솔입니다.',
  },
  {
    name: '제주 녹차 티백 20개입',
    price: 11000,
    stock: 80,
    sellerCode: 'TEA-JJ20',
    images: 2,
    summary: '제주에서 기른 찻잎으로 만든 녹차 티백입니다.',
  },
  {
    name: '손뜨개 코스터 세트',
    price: 14000,
    stock: 0,
    status: 'SOLD_OUT',
    images: 1,
    summary: '면사로 뜬 코스터 네 장 세트입니다.',
  },
  {
    name: '무쇠 미니 팬 16cm',
    price: 36000,
    stock: 20,
    sellerCode: 'PAN-CI16',
    images: 3,
    summary: '길들여 쓸수록 좋아지는 무쇠 팬입니다.',
  },
];

/** The seeded products, with image URLs on `imageOrigin` (the emulator serves `/images/<n>.png`). */
export function seedProducts(imageOrigin: string): ShopProduct[] {
  let image = 0;
  let combination = 0;
  return SEED_PRODUCTS.map((p, i) => {
    const at = new Date(SEED_EPOCH_MS + i * 86_400_000).toISOString();
    const images = Array.from({ length: p.images }, () => `${imageOrigin}/images/${++image}.png`);
    const product: ShopProduct = {
      id: String(1001 + i),
      name: p.name,
      price: p.price,
      stock: p.stock,
      detailHtml: detailHtml(p.name, p.summary, images),
      images,
      status: p.status ?? 'ON_SALE',
      revision: 1,
      createdAt: at,
      updatedAt: at,
    };
    if (p.sellerCode) product.sellerCode = p.sellerCode;
    if (p.options) {
      const { groupNames, values, addPrice } = p.options;
      product.options = {
        groupNames,
        combinations: values.map((names, j) => ({
          id: `c${++combination}`,
          names,
          addPrice: addPrice ? addPrice(names) : 0,
          stock: Math.floor(p.stock / values.length) + (j === 0 ? p.stock % values.length : 0),
          usable: true,
        })),
      };
    }
    return product;
  });
}

function detailHtml(name: string, summary: string, images: string[]): string {
  const imgs = images.map((src) => `<img src="${src}" alt="${name}" />`).join('');
  return `<div class="detail"><h2>${name}</h2><p>${summary}</p>${imgs}<p>모든 상품은 주문 후 2~3일 안에 출고됩니다.</p></div>`;
}
