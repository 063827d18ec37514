import { OutcomeUnknownError } from './errors';
import type { CommerceHttp } from './http';
import { chunk, LIMITS } from './limits';
import {
  type CreateProductResponse,
  CreateProductResponseSchema,
  ImageUploadResponseSchema,
  type OriginProductResponse,
  OriginProductResponseSchema,
  type ProductSearchResponse,
  ProductSearchResponseSchema,
  UpdateProductResponseSchema,
} from './schemas/products';

export interface ProductSearchQuery {
  /** First page is 1. */
  page?: number;
  /** Up to 500. */
  size?: number;
  productStatusTypes?: string[];
  searchKeywordType?: 'CHANNEL_PRODUCT_NO' | 'PRODUCT_NO' | 'GROUP_PRODUCT_NO' | 'SELLER_CODE';
  channelProductNos?: number[];
  originProductNos?: number[];
  sellerManagementCode?: string;
  orderType?: string;
}

/** One page of the seller's products (reference §4.1). */
export async function searchProducts(
  http: CommerceHttp,
  q: ProductSearchQuery = {},
): Promise<ProductSearchResponse> {
  const size = Math.min(q.size ?? LIMITS.productSearchPage, LIMITS.productSearchPage);
  return http.request({
    apiId: 'products.search',
    method: 'POST',
    path: '/v1/products/search',
    body: { ...q, page: q.page ?? 1, size },
    schema: ProductSearchResponseSchema,
    mutation: false,
  });
}

/** Every page of a search, 500 at a time. */
export async function* iterateProductPages(
  http: CommerceHttp,
  q: Omit<ProductSearchQuery, 'page'> = {},
): AsyncGenerator<ProductSearchResponse> {
  for (let page = 1; ; page++) {
    const res = await searchProducts(http, { ...q, page });
    yield res;
    if (res.last === true || page >= res.totalPages || res.contents.length === 0) return;
  }
}

export async function getOriginProduct(
  http: CommerceHttp,
  originProductNo: number,
): Promise<OriginProductResponse> {
  return http.request({
    apiId: 'products.get',
    method: 'GET',
    path: `/v2/products/origin-products/${originProductNo}`,
    schema: OriginProductResponseSchema,
    mutation: false,
  });
}

export async function getChannelProduct(
  http: CommerceHttp,
  channelProductNo: number,
): Promise<OriginProductResponse> {
  return http.request({
    apiId: 'products.channelGet',
    method: 'GET',
    path: `/v2/products/channel-products/${channelProductNo}`,
    schema: OriginProductResponseSchema,
    mutation: false,
  });
}

/** Product body as the API takes it (reference §4.3); built by the export mapping. */
export interface ProductWriteBody {
  originProduct: Record<string, unknown>;
  smartstoreChannelProduct: Record<string, unknown>;
  windowChannelProduct?: Record<string, unknown>;
}

export async function createProduct(
  http: CommerceHttp,
  body: ProductWriteBody,
): Promise<CreateProductResponse> {
  return http.request({
    apiId: 'products.create',
    method: 'POST',
    path: '/v2/products',
    body,
    schema: CreateProductResponseSchema,
    mutation: true,
  });
}

/** Full replace of the writable fields (reference §4.4): send the whole product, read-modify-write. */
export async function updateOriginProduct(
  http: CommerceHttp,
  originProductNo: number,
  body: ProductWriteBody,
): Promise<void> {
  await http.request({
    apiId: 'products.update',
    method: 'PUT',
    path: `/v2/products/origin-products/${originProductNo}`,
    body,
    schema: UpdateProductResponseSchema,
    mutation: true,
  });
}

export interface ImageFile {
  name: string;
  type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/bmp';
  data: Blob | Uint8Array;
}

/**
 * Uploads images, 10 per call (reference §4.5); returns the hosted URLs in input order. If a call's outcome
 * is unknown the error carries the URLs already uploaded in `body.uploaded`, so nothing is uploaded twice.
 */
export async function uploadImages(http: CommerceHttp, files: readonly ImageFile[]): Promise<string[]> {
  const urls: string[] = [];
  for (const batch of chunk(files, LIMITS.imageFiles)) {
    const form = new FormData();
    for (const f of batch) {
      const blob = f.data instanceof Blob ? f.data : new Blob([f.data as BlobPart], { type: f.type });
      form.append('imageFiles', blob, f.name);
    }
    try {
      const res = await http.request({
        apiId: 'images.upload',
        method: 'POST',
        path: '/v1/product-images/upload',
        form,
        schema: ImageUploadResponseSchema,
        mutation: true,
      });
      if (res.images.length !== batch.length)
        throw new OutcomeUnknownError({ body: { uploaded: [...urls] } });
      urls.push(...res.images.map((i) => i.url));
    } catch (e) {
      if (e instanceof OutcomeUnknownError) {
        throw new OutcomeUnknownError({
          status: e.status,
          traceId: e.traceId,
          body: { uploaded: [...urls] },
          cause: e,
        });
      }
      throw e;
    }
  }
  return urls;
}
