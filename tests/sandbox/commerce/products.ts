import { z } from 'zod';
import { ProductStatusTypeSchema } from '../../../lib/smartstore/enums';
import { LIMITS } from '../../../lib/smartstore/limits';
import type { AuthContext } from './auth';
import { formatKst, parseKstDate } from './clock';
import type { EmulatorContext } from './context';
import { type InvalidInput, productBadRequest, productError } from './errors';
import { type ApiResponse, type IncomingCall, jsonBody } from './http';
import type { OriginProduct, ProductBody } from './product-schema';
import { validateProductBody } from './product-validation';
import type { EmulatorState, ProductRecord } from './state';

const DAY_MS = 24 * 60 * 60 * 1000;

const notFound = () => productError(404, 'NOT_FOUND', '상품 정보가 존재하지 않습니다.');

/** Turns a validated body into stored origin/channel data; `previous` is the stored product on update. */
export function buildProductData(
  state: EmulatorState,
  body: ProductBody,
  previous: ProductRecord | undefined,
): Pick<ProductRecord, 'originProduct' | 'smartstoreChannelProduct' | 'windowChannelProduct'> {
  const input = structuredClone(body.originProduct ?? {});
  const prev = previous?.originProduct;
  const originProduct: OriginProduct = { ...input };
  if (prev) {
    // Full replace, except the fields the update API keeps when they are omitted (reference §4.4).
    if (originProduct.detailContent === undefined) originProduct.detailContent = prev.detailContent;
    if (originProduct.stockQuantity === undefined) originProduct.stockQuantity = prev.stockQuantity;
    if (originProduct.leafCategoryId === undefined) originProduct.leafCategoryId = prev.leafCategoryId;
    const prevNotice = prev.detailAttribute?.productInfoProvidedNotice;
    if (
      originProduct.detailAttribute &&
      !originProduct.detailAttribute.productInfoProvidedNotice &&
      prevNotice
    ) {
      originProduct.detailAttribute = {
        ...originProduct.detailAttribute,
        productInfoProvidedNotice: prevNotice,
      };
    }
  }
  const options = originProduct.detailAttribute?.optionInfo;
  const combos = options?.optionCombinations;
  if (options && combos && combos.length > 0) {
    const prevCombos = prev?.detailAttribute?.optionInfo?.optionCombinations ?? [];
    const key = (c: { optionName1?: string; optionName2?: string; optionName3?: string }) =>
      [c.optionName1, c.optionName2, c.optionName3].join('\u0000');
    options.optionCombinations = combos.map((c) => {
      const known = prevCombos.find((p) => (c.id !== undefined ? p.id === c.id : key(p) === key(c)));
      return {
        ...c,
        id: known?.id ?? c.id ?? state.nextOptionId++,
        stockQuantity: c.stockQuantity ?? 0,
        usable: c.usable ?? true,
      };
    });
    originProduct.stockQuantity = options.optionCombinations
      .filter((c) => c.usable !== false)
      .reduce((sum, c) => sum + (c.stockQuantity ?? 0), 0);
  }
  if (originProduct.statusType === 'SALE' && (originProduct.stockQuantity ?? 0) === 0) {
    originProduct.statusType = 'OUTOFSTOCK';
  }
  return {
    originProduct,
    smartstoreChannelProduct: structuredClone(body.smartstoreChannelProduct ?? {}),
    ...(body.windowChannelProduct
      ? { windowChannelProduct: structuredClone(body.windowChannelProduct) }
      : {}),
  };
}

export function insertProduct(
  state: EmulatorState,
  sellerAccountId: string,
  body: ProductBody,
  at: number,
): ProductRecord {
  const record: ProductRecord = {
    originProductNo: state.nextOriginProductNo++,
    channelProductNo: state.nextChannelProductNo++,
    sellerAccountId,
    ...buildProductData(state, body, undefined),
    regDate: at,
    modifiedDate: at,
  };
  state.addProduct(record);
  return record;
}

function invalid(issues: InvalidInput[]) {
  const first = issues[0];
  const summary = first ? `${first.message}` : '입력값이 올바르지 않습니다.';
  return productBadRequest(
    issues.length > 1 ? `${summary} 외 ${issues.length - 1}건의 입력값 오류가 있습니다.` : summary,
    issues,
  );
}

/** `POST /v2/products` (reference §4.3). */
export function createProduct(ctx: EmulatorContext, call: IncomingCall, auth: AuthContext): ApiResponse {
  const result = validateProductBody(jsonBody(call, 'product'), 'create', ctx.state);
  if (!result.ok) throw invalid(result.issues);
  const record = insertProduct(ctx.state, auth.seller.accountId, result.body, ctx.clock.now());
  return {
    status: 200,
    body: { originProductNo: record.originProductNo, smartstoreChannelProductNo: record.channelProductNo },
  };
}

function ownProduct(ctx: EmulatorContext, auth: AuthContext, originProductNo: number): ProductRecord {
  const record = ctx.state.products.get(originProductNo);
  if (!record || record.sellerAccountId !== auth.seller.accountId) throw notFound();
  return record;
}

/** `PUT /v2/products/origin-products/{originProductNo}` (reference §4.4): a full replace of writable fields. */
export function updateProduct(
  ctx: EmulatorContext,
  call: IncomingCall,
  auth: AuthContext,
  originProductNo: number,
): ApiResponse {
  const record = ownProduct(ctx, auth, originProductNo);
  const result = validateProductBody(jsonBody(call, 'product'), 'update', ctx.state);
  if (!result.ok) throw invalid(result.issues);
  Object.assign(record, buildProductData(ctx.state, result.body, record));
  if (!result.body.windowChannelProduct) delete record.windowChannelProduct;
  record.modifiedDate = ctx.clock.now();
  return {
    status: 200,
    body: { originProductNo: record.originProductNo, smartstoreChannelProductNo: record.channelProductNo },
  };
}

/** The `GET /v2/products/...` shape (reference §4.2): origin and channel numbers are not echoed. */
export function productDetailView(record: ProductRecord) {
  return {
    originProduct: structuredClone(record.originProduct),
    smartstoreChannelProduct: structuredClone(record.smartstoreChannelProduct),
    ...(record.windowChannelProduct
      ? { windowChannelProduct: structuredClone(record.windowChannelProduct) }
      : {}),
  };
}

export function getOriginProduct(
  ctx: EmulatorContext,
  _call: IncomingCall,
  auth: AuthContext,
  originProductNo: number,
): ApiResponse {
  return { status: 200, body: productDetailView(ownProduct(ctx, auth, originProductNo)) };
}

export function getChannelProduct(
  ctx: EmulatorContext,
  _call: IncomingCall,
  auth: AuthContext,
  channelProductNo: number,
): ApiResponse {
  const originNo = ctx.state.productsByChannelNo.get(channelProductNo);
  if (originNo === undefined) throw notFound();
  return { status: 200, body: productDetailView(ownProduct(ctx, auth, originNo)) };
}

const ORDER_TYPES = [
  'NO',
  'NAME',
  'SELLER_CODE',
  'LOW_PRICE',
  'HIGH_PRICE',
  'REG_DATE',
  'MOD_DATE',
  'SALE_START',
  'SALE_END',
  'POPULARITY',
  'ACCUMULATE_SALE',
  'LOW_DISCOUNT_PRICE',
  'TOTAL_REVIEW_COUNT',
  'AVERAGE_REVIEW_SCORE',
] as const;

const SearchBody = z.object({
  searchKeywordType: z
    .enum(['CHANNEL_PRODUCT_NO', 'PRODUCT_NO', 'GROUP_PRODUCT_NO', 'SELLER_CODE'])
    .optional(),
  channelProductNos: z.array(z.number().int()).optional(),
  originProductNos: z.array(z.number().int()).optional(),
  groupProductNos: z.array(z.number().int()).optional(),
  sellerManagementCode: z.string().optional(),
  productStatusTypes: z.array(ProductStatusTypeSchema).optional(),
  page: z.number().int().min(1).optional(),
  size: z.number().int().min(1).max(LIMITS.productSearchPage).optional(),
  orderType: z.enum(ORDER_TYPES).optional(),
  periodType: z.enum(['PROD_REG_DAY', 'SALE_START_DAY', 'SALE_END_DAY', 'PROD_MOD_DAY']).optional(),
  fromDate: z.string().optional(),
  toDate: z.string().optional(),
});

function discountedPrice(op: OriginProduct): number {
  const price = op.salePrice ?? 0;
  const method = op.customerBenefit?.immediateDiscountPolicy?.discountMethod;
  if (method?.value === undefined) return price;
  const off = method.unitType === 'PERCENT' ? Math.floor((price * method.value) / 1000) * 10 : method.value;
  return Math.max(0, price - off);
}

/** One `channelProducts[]` entry of the search response (reference §4.1). */
export function channelProductSummary(state: EmulatorState, record: ProductRecord) {
  const op = record.originProduct;
  const ch = record.smartstoreChannelProduct;
  const category = op.leafCategoryId ? state.categories.get(op.leafCategoryId) : undefined;
  const delivery = op.deliveryInfo;
  const search = op.detailAttribute?.naverShoppingSearchInfo;
  const price = discountedPrice(op);
  const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    originProductNo: record.originProductNo,
    channelProductNo: record.channelProductNo,
    channelServiceType: 'STOREFARM',
    categoryId: op.leafCategoryId,
    ...optional('wholeCategoryName', category?.wholeCategoryName),
    ...optional('wholeCategoryId', category?.wholeCategoryId),
    name: ch.channelProductName ?? op.name,
    ...optional('sellerManagementCode', op.detailAttribute?.sellerCodeInfo?.sellerManagementCode),
    statusType: op.statusType,
    channelProductDisplayStatusType: ch.channelProductDisplayStatusType,
    salePrice: op.salePrice,
    discountedPrice: price,
    mobileDiscountedPrice: price,
    stockQuantity: op.stockQuantity,
    knowledgeShoppingProductRegistration: ch.naverShoppingRegistration ?? false,
    ...optional('deliveryAttributeType', delivery?.deliveryAttributeType),
    ...optional('deliveryFee', delivery ? (delivery.deliveryFee?.baseFee ?? 0) : undefined),
    ...optional('returnFee', delivery?.claimDeliveryInfo?.returnDeliveryFee),
    ...optional('exchangeFee', delivery?.claimDeliveryInfo?.exchangeDeliveryFee),
    ...optional('saleStartDate', op.saleStartDate),
    ...optional('saleEndDate', op.saleEndDate),
    ...optional(
      'representativeImage',
      op.images?.representativeImage?.url ? { url: op.images.representativeImage.url } : undefined,
    ),
    ...optional('modelName', search?.modelName),
    ...optional('brandName', search?.brandName),
    ...optional('manufacturerName', search?.manufacturerName),
    regDate: formatKst(record.regDate),
    modifiedDate: formatKst(record.modifiedDate),
  };
}

type SortKey = {
  name: string;
  direction: 'ASC' | 'DESC';
  compare: (a: ProductRecord, b: ProductRecord) => number;
};

const byNo = (a: ProductRecord, b: ProductRecord) => b.originProductNo - a.originProductNo;
const text = (s: string | undefined) => s ?? '';

function sortFor(orderType: (typeof ORDER_TYPES)[number]): SortKey {
  switch (orderType) {
    case 'NAME':
      return {
        name: 'name',
        direction: 'ASC',
        compare: (a, b) => text(a.originProduct.name).localeCompare(text(b.originProduct.name), 'ko'),
      };
    case 'SELLER_CODE':
      return {
        name: 'sellerManagementCode',
        direction: 'ASC',
        compare: (a, b) =>
          text(a.originProduct.detailAttribute?.sellerCodeInfo?.sellerManagementCode).localeCompare(
            text(b.originProduct.detailAttribute?.sellerCodeInfo?.sellerManagementCode),
          ),
      };
    case 'LOW_PRICE':
      return {
        name: 'salePrice',
        direction: 'ASC',
        compare: (a, b) => (a.originProduct.salePrice ?? 0) - (b.originProduct.salePrice ?? 0),
      };
    case 'HIGH_PRICE':
      return {
        name: 'salePrice',
        direction: 'DESC',
        compare: (a, b) => (b.originProduct.salePrice ?? 0) - (a.originProduct.salePrice ?? 0),
      };
    case 'LOW_DISCOUNT_PRICE':
      return {
        name: 'discountedPrice',
        direction: 'ASC',
        compare: (a, b) => discountedPrice(a.originProduct) - discountedPrice(b.originProduct),
      };
    case 'REG_DATE':
      return { name: 'regDate', direction: 'DESC', compare: (a, b) => b.regDate - a.regDate };
    case 'MOD_DATE':
      return { name: 'modifiedDate', direction: 'DESC', compare: (a, b) => b.modifiedDate - a.modifiedDate };
    default:
      return { name: 'productNo', direction: 'DESC', compare: byNo };
  }
}

/** `POST /v1/products/search` (reference §4.1): the token's seller's products, paged from 1. */
export function searchProducts(ctx: EmulatorContext, call: IncomingCall, auth: AuthContext): ApiResponse {
  const parsed = SearchBody.safeParse(jsonBody(call, 'product'));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const name = i.path.map(String).join('.') || 'body';
      const type =
        i.code === 'too_big'
          ? 'Max'
          : i.code === 'too_small'
            ? 'Min'
            : i.code === 'invalid_type'
              ? 'TypeMismatch'
              : 'Invalid';
      const message =
        name === 'size'
          ? `size는 1 이상 ${LIMITS.productSearchPage} 이하여야 합니다.`
          : `${name} 값이 올바르지 않습니다.`;
      return { name, type, message };
    });
    throw productBadRequest(issues[0]?.message ?? '요청 값이 올바르지 않습니다.', issues);
  }
  const q = parsed.data;
  const page = q.page ?? 1;
  const size = q.size ?? 50;
  let from: number | undefined;
  let to: number | undefined;
  if (q.fromDate !== undefined) {
    from = parseKstDate(q.fromDate);
    if (from === undefined)
      throw productBadRequest('fromDate 형식이 올바르지 않습니다.', [
        { name: 'fromDate', type: 'Pattern', message: 'yyyy-MM-dd' },
      ]);
  }
  if (q.toDate !== undefined) {
    const day = parseKstDate(q.toDate);
    if (day === undefined)
      throw productBadRequest('toDate 형식이 올바르지 않습니다.', [
        { name: 'toDate', type: 'Pattern', message: 'yyyy-MM-dd' },
      ]);
    to = day + DAY_MS - 1;
  }
  const statuses = q.productStatusTypes?.length ? new Set<string>(q.productStatusTypes) : undefined;
  const channelNos = q.channelProductNos?.length ? new Set(q.channelProductNos) : undefined;
  const originNos = q.originProductNos?.length ? new Set(q.originProductNos) : undefined;

  const matches: ProductRecord[] = [];
  for (const record of ctx.state.products.values()) {
    if (record.sellerAccountId !== auth.seller.accountId) continue;
    const op = record.originProduct;
    if (statuses && !statuses.has(op.statusType ?? '')) continue;
    if (channelNos && !channelNos.has(record.channelProductNo)) continue;
    if (originNos && !originNos.has(record.originProductNo)) continue;
    if (q.groupProductNos?.length) continue;
    if (
      q.sellerManagementCode !== undefined &&
      op.detailAttribute?.sellerCodeInfo?.sellerManagementCode !== q.sellerManagementCode
    ) {
      continue;
    }
    if (from !== undefined || to !== undefined) {
      const at = q.periodType === 'PROD_MOD_DAY' ? record.modifiedDate : record.regDate;
      if ((from !== undefined && at < from) || (to !== undefined && at > to)) continue;
    }
    matches.push(record);
  }
  const sort = sortFor(q.orderType ?? 'NO');
  matches.sort((a, b) => sort.compare(a, b) || byNo(a, b));
  const totalElements = matches.length;
  const totalPages = Math.ceil(totalElements / size);
  const slice = matches.slice((page - 1) * size, page * size);
  return {
    status: 200,
    body: {
      contents: slice.map((record) => ({
        originProductNo: record.originProductNo,
        channelProducts: [channelProductSummary(ctx.state, record)],
      })),
      page,
      size,
      totalElements,
      totalPages,
      sort: { sorted: true, fields: [{ name: sort.name, direction: sort.direction }] },
      first: page === 1,
      last: page >= totalPages,
    },
  };
}
