import { LIMITS } from '../smartstore/limits';

/** Limits of the shop backend contract; the client batches to them and the backend enforces them. */
export const SHOP_LIMITS = {
  /** market orders per `PUT …/orders` call */
  ordersPerUpsert: 300,
  /** page size when none is asked for */
  defaultPageSize: 50,
  /** largest page of `GET /products` */
  productPageMax: 100,
  /** largest page of `GET …/orders` */
  orderPageMax: 300,
  /** images per shop product (first = representative) */
  productImages: 20,
  /** our own request timeout, under the 30 s a service worker allows a fetch */
  requestTimeoutMs: LIMITS.requestTimeoutMs,
} as const;
