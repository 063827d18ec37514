import { z } from 'zod';
import { parseApiDateTime } from './clock';
import type { EmulatorContext } from './context';
import type { FaultSpec } from './faults';
import { storeImage } from './images';
import {
  applyAddressChange,
  applyBuyerClaim,
  applyDelivered,
  applyPurchaseDecided,
  createOrder,
  type OrderItemSpec,
} from './order-lifecycle';
import { solidPng } from './png';
import { insertProduct } from './products';
import type { RateLimitConfig } from './rate-limit';
import { seedProductBody } from './seed-catalog';
import type { ClaimKind, OrderRecord, ProductOrderRecord, ProductRecord, ShippingAddress } from './state';

export interface BuyerInput {
  name?: string;
  tel?: string;
  ordererId?: string;
  paymentMeans?: string;
  shippingMemo?: string;
  address?: Partial<ShippingAddress>;
}

export interface AddPaidOrderInput {
  sellerAccountId: string;
  /** Default: one unit of the seller's first product on sale. */
  items?: { originProductNo?: number; optionId?: number; quantity?: number }[];
  buyer?: BuyerInput;
  /** `yyyy-MM-ddTHH:mm:ss.SSS+09:00`; default now. Also the feed's lastChangedDate. */
  paymentDate?: string;
}

export interface AddOrdersInput {
  sellerAccountId: string;
  count: number;
  productOrdersPerOrder?: number;
  /** All rows share one lastChangedDate (now); otherwise they are 1 ms apart, ending now. */
  sameTimestamp?: boolean;
  status?: 'PAYED' | 'PAYMENT_WAITING';
}

export interface CreatedOrder {
  orderId: string;
  productOrderIds: string[];
}

export class ScenarioError extends Error {}

/** Test-only control of the emulator (also served over HTTP under `/__scenario/`). */
export class Scenario {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly resetAll: () => void,
  ) {}

  private get state() {
    return this.ctx.state;
  }

  now(): number {
    return this.ctx.clock.now();
  }

  addPaidOrder(input: AddPaidOrderInput): CreatedOrder {
    const seller = this.seller(input.sellerAccountId);
    let at = this.now();
    if (input.paymentDate !== undefined) {
      const parsed = parseApiDateTime(input.paymentDate);
      if (parsed === undefined) throw new ScenarioError(`bad paymentDate ${input.paymentDate}`);
      at = parsed;
    }
    const requested = input.items?.length ? input.items : [{}];
    const items: OrderItemSpec[] = requested.map((item) => {
      const product =
        item.originProductNo === undefined
          ? this.saleProducts(seller)[0]
          : this.state.products.get(item.originProductNo);
      if (!product || product.sellerAccountId !== seller) {
        throw new ScenarioError(`seller ${seller} has no product ${item.originProductNo ?? '(on sale)'}`);
      }
      return {
        product,
        quantity: item.quantity ?? 1,
        ...(item.optionId !== undefined ? { optionId: item.optionId } : {}),
      };
    });
    const b = input.buyer ?? {};
    const { order, productOrders } = this.wrap(() =>
      createOrder(this.state, {
        sellerAccountId: seller,
        items,
        at,
        status: 'PAYED',
        buyer: {
          ...(b.name ? { ordererName: b.name } : {}),
          ...(b.tel ? { ordererTel: b.tel } : {}),
          ...(b.ordererId ? { ordererId: b.ordererId } : {}),
          ...(b.paymentMeans ? { paymentMeans: b.paymentMeans } : {}),
          ...(b.shippingMemo !== undefined ? { shippingMemo: b.shippingMemo } : {}),
        },
      }),
    );
    if (b.address || b.name || b.tel) {
      for (const po of productOrders) {
        po.shippingAddress = {
          ...po.shippingAddress,
          ...(b.name ? { name: b.name } : {}),
          ...(b.tel ? { tel1: b.tel } : {}),
          ...b.address,
        };
      }
    }
    return { orderId: order.orderId, productOrderIds: productOrders.map((p) => p.productOrderId) };
  }

  /** Many orders at once (bulk paging scenarios); products are used round-robin. */
  addOrders(input: AddOrdersInput): { orderIds: string[]; productOrderIds: string[] } {
    const seller = this.seller(input.sellerAccountId);
    const perOrder = input.productOrdersPerOrder ?? 1;
    if (!Number.isInteger(input.count) || input.count < 1)
      throw new ScenarioError('count must be a positive integer');
    if (!Number.isInteger(perOrder) || perOrder < 1 || perOrder > 99)
      throw new ScenarioError('productOrdersPerOrder: 1–99');
    const products = this.saleProducts(seller);
    if (products.length === 0) throw new ScenarioError(`seller ${seller} has no product on sale`);
    const now = this.now();
    const orderIds: string[] = [];
    const productOrderIds: string[] = [];
    let next = 0;
    for (let i = 0; i < input.count; i++) {
      const items = Array.from({ length: perOrder }, () => {
        const product = products[next++ % products.length] as ProductRecord;
        return { product, quantity: 1 };
      });
      const at = input.sameTimestamp ? now : now - (input.count - 1 - i);
      const { order, productOrders } = this.wrap(() =>
        createOrder(this.state, { sellerAccountId: seller, items, at, status: input.status ?? 'PAYED' }),
      );
      orderIds.push(order.orderId);
      for (const po of productOrders) productOrderIds.push(po.productOrderId);
    }
    return { orderIds, productOrderIds };
  }

  /** Simple products on sale (for search paging scenarios). */
  addProducts(sellerAccountId: string, count: number): number[] {
    const seller = this.seller(sellerAccountId);
    if (!Number.isInteger(count) || count < 1) throw new ScenarioError('count must be a positive integer');
    const image = storeImage(this.state, seller, solidPng([200, 200, 200], 16)).url;
    const at = this.now();
    const start = this.state.products.size;
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      const n = start + i + 1;
      const body = seedProductBody(
        {
          name: `테스트 상품 ${String(n).padStart(5, '0')}`,
          category: '50000807',
          price: 1000 + (n % 50) * 100,
          stock: 10 + (n % 90),
        },
        n - 1,
        { storeName: '테스트 스토어', asPhone: '02-000-0000', courier: 'CJGLS', sellerCodePrefix: 'TP' },
        { representative: image, optional: [] },
      );
      numbers.push(insertProduct(this.state, seller, body, at + i).originProductNo);
    }
    return numbers;
  }

  buyerCancelRequest(productOrderId: string, reason = 'INTENT_CHANGED'): ProductOrderRecord {
    return this.claim(productOrderId, 'CANCEL', reason);
  }

  buyerReturnRequest(productOrderId: string, reason = 'BROKEN'): ProductOrderRecord {
    return this.claim(productOrderId, 'RETURN', reason);
  }

  buyerExchangeRequest(productOrderId: string, reason = 'COLOR_AND_SIZE'): ProductOrderRecord {
    return this.claim(productOrderId, 'EXCHANGE', reason);
  }

  /** DELIVERING → DELIVERED; the feed is not touched (no change type exists for it). */
  completeDelivery(productOrderId: string): ProductOrderRecord {
    const po = this.productOrder(productOrderId);
    this.wrap(() => applyDelivered(po, this.now()));
    return structuredClone(po);
  }

  purchaseDecide(productOrderId: string): ProductOrderRecord {
    const po = this.productOrder(productOrderId);
    this.wrap(() => applyPurchaseDecided(this.state, po, this.now()));
    return structuredClone(po);
  }

  /** The buyer changes the address of the order; returns the product orders that changed. */
  changeAddress(productOrderId: string, address: Partial<ShippingAddress>): string[] {
    const po = this.productOrder(productOrderId);
    const order = this.state.orders.get(po.orderId) as OrderRecord;
    return this.wrap(() => applyAddressChange(this.state, order, address, this.now()));
  }

  advanceClock(ms: number): number {
    this.ctx.clock.advance(ms);
    return this.now();
  }

  setClockOffset(ms: number): number {
    this.ctx.clock.setOffset(ms);
    return this.now();
  }

  expireTokens(): void {
    this.ctx.tokens.expireAll();
  }

  setIpAllowList(clientId: string, ips: string[] | null): void {
    const app = this.state.apps.get(clientId);
    if (!app) throw new ScenarioError(`unknown app ${clientId}`);
    app.ipAllowList = ips === null ? null : [...ips];
  }

  setAgency(sellerAccountId: string, agency: { product?: string | null; order?: string | null }): void {
    const seller = this.state.sellers.get(this.seller(sellerAccountId));
    if (!seller) return;
    if (agency.product !== undefined) seller.agency.product = agency.product;
    if (agency.order !== undefined) seller.agency.order = agency.order;
  }

  setRateLimit(apiId: string, config: RateLimitConfig): void {
    this.wrap(() => this.ctx.limiter.set(apiId, config));
  }

  injectFault(spec: FaultSpec): void {
    this.wrap(() => this.ctx.faults.inject(spec));
  }

  clearFaults(): void {
    this.ctx.faults.clear();
  }

  getProductOrder(productOrderId: string): ProductOrderRecord | undefined {
    const po = this.state.productOrders.get(productOrderId);
    return po ? structuredClone(po) : undefined;
  }

  getOrder(orderId: string): OrderRecord | undefined {
    const order = this.state.orders.get(orderId);
    return order ? structuredClone(order) : undefined;
  }

  listProductOrders(sellerAccountId: string): ProductOrderRecord[] {
    const seller = this.seller(sellerAccountId);
    return [...this.state.productOrders.values()]
      .filter((po) => po.sellerAccountId === seller)
      .sort((a, b) => (a.productOrderId < b.productOrderId ? -1 : 1))
      .map((po) => structuredClone(po));
  }

  getProduct(originProductNo: number): ProductRecord | undefined {
    const product = this.state.products.get(originProductNo);
    return product ? structuredClone(product) : undefined;
  }

  listProducts(sellerAccountId: string): ProductRecord[] {
    const seller = this.seller(sellerAccountId);
    return [...this.state.products.values()]
      .filter((p) => p.sellerAccountId === seller)
      .map((p) => structuredClone(p));
  }

  /** Image files this seller uploaded through the API. */
  uploadCount(sellerAccountId: string): number {
    return this.state.uploadCounts.get(this.seller(sellerAccountId)) ?? 0;
  }

  /** Back to the seed: data, tokens, rate limits, faults and the clock offset of the start. */
  reset(): void {
    this.resetAll();
  }

  private seller(accountId: string): string {
    const seller = this.state.sellerByAccount(accountId);
    if (!seller) throw new ScenarioError(`unknown seller ${accountId}`);
    return seller.accountId;
  }

  private saleProducts(sellerAccountId: string): ProductRecord[] {
    const all = [...this.state.products.values()].filter((p) => p.sellerAccountId === sellerAccountId);
    const onSale = all.filter((p) => p.originProduct.statusType === 'SALE');
    return onSale.length > 0 ? onSale : all;
  }

  private productOrder(productOrderId: string): ProductOrderRecord {
    const po = this.state.productOrders.get(productOrderId);
    if (!po) throw new ScenarioError(`unknown product order ${productOrderId}`);
    return po;
  }

  private claim(productOrderId: string, kind: ClaimKind, reason: string): ProductOrderRecord {
    const po = this.productOrder(productOrderId);
    this.wrap(() => applyBuyerClaim(this.state, po, kind, reason, this.now()));
    return structuredClone(po);
  }

  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw e instanceof ScenarioError ? e : new ScenarioError(e instanceof Error ? e.message : String(e));
    }
  }
}

const id = z.string().min(1);
const num = z.coerce.number();
const nullableList = z.union([z.array(z.string()), z.null()]);
const AddressSchema = z
  .object({
    name: z.string(),
    tel1: z.string(),
    tel2: z.string(),
    baseAddress: z.string(),
    detailedAddress: z.string(),
    zipCode: z.string(),
    isRoadNameAddress: z.boolean(),
    addressType: z.enum(['DOMESTIC', 'FOREIGN']),
  })
  .partial();
const FaultSchema = z.object({
  api: z.string().optional(),
  method: z.string().optional(),
  pathContains: z.string().optional(),
  times: z.number().int().optional(),
  kind: z.enum(['status', 'latency', 'drop', 'drop-after-apply', 'malformed']),
  status: z.number().int().optional(),
  body: z.unknown().optional(),
  latencyMs: z.number().optional(),
});

type ScenarioCall = (s: Scenario, args: unknown) => unknown;

const withArgs =
  <T>(schema: z.ZodType<T>, fn: (s: Scenario, args: T) => unknown): ScenarioCall =>
  (s, args) =>
    fn(s, schema.parse(args));

/** `/__scenario/<name>`: the same operations over HTTP; arguments are one JSON object (or query parameters). */
export const SCENARIO_HTTP: Readonly<Record<string, ScenarioCall>> = {
  now: (s) => ({ now: s.now() }),
  addPaidOrder: withArgs(
    z.object({
      sellerAccountId: id,
      items: z
        .array(
          z.object({ originProductNo: num.optional(), optionId: num.optional(), quantity: num.optional() }),
        )
        .optional(),
      buyer: z
        .object({
          name: z.string().optional(),
          tel: z.string().optional(),
          ordererId: z.string().optional(),
          paymentMeans: z.string().optional(),
          shippingMemo: z.string().optional(),
          address: AddressSchema.optional(),
        })
        .optional(),
      paymentDate: z.string().optional(),
    }),
    (s, a) => s.addPaidOrder(a),
  ),
  addOrders: withArgs(
    z.object({
      sellerAccountId: id,
      count: num,
      productOrdersPerOrder: num.optional(),
      sameTimestamp: z.boolean().optional(),
      status: z.enum(['PAYED', 'PAYMENT_WAITING']).optional(),
    }),
    (s, a) => s.addOrders(a),
  ),
  addProducts: withArgs(z.object({ sellerAccountId: id, count: num }), (s, a) => ({
    originProductNos: s.addProducts(a.sellerAccountId, a.count),
  })),
  buyerCancelRequest: withArgs(z.object({ productOrderId: id, reason: z.string().optional() }), (s, a) =>
    s.buyerCancelRequest(a.productOrderId, a.reason),
  ),
  buyerReturnRequest: withArgs(z.object({ productOrderId: id, reason: z.string().optional() }), (s, a) =>
    s.buyerReturnRequest(a.productOrderId, a.reason),
  ),
  buyerExchangeRequest: withArgs(z.object({ productOrderId: id, reason: z.string().optional() }), (s, a) =>
    s.buyerExchangeRequest(a.productOrderId, a.reason),
  ),
  completeDelivery: withArgs(z.object({ productOrderId: id }), (s, a) =>
    s.completeDelivery(a.productOrderId),
  ),
  purchaseDecide: withArgs(z.object({ productOrderId: id }), (s, a) => s.purchaseDecide(a.productOrderId)),
  changeAddress: withArgs(z.object({ productOrderId: id, address: AddressSchema }), (s, a) => ({
    productOrderIds: s.changeAddress(a.productOrderId, a.address),
  })),
  advanceClock: withArgs(z.object({ ms: num }), (s, a) => ({ now: s.advanceClock(a.ms) })),
  setClockOffset: withArgs(z.object({ ms: num }), (s, a) => ({ now: s.setClockOffset(a.ms) })),
  expireTokens: (s) => s.expireTokens(),
  setIpAllowList: withArgs(z.object({ clientId: id, ips: nullableList }), (s, a) =>
    s.setIpAllowList(a.clientId, a.ips),
  ),
  setAgency: withArgs(
    z.object({
      sellerAccountId: id,
      product: z.string().nullable().optional(),
      order: z.string().nullable().optional(),
    }),
    (s, a) =>
      s.setAgency(a.sellerAccountId, {
        ...(a.product !== undefined ? { product: a.product } : {}),
        ...(a.order !== undefined ? { order: a.order } : {}),
      }),
  ),
  setRateLimit: withArgs(z.object({ apiId: id, replenishRate: num, burstCapacity: num }), (s, a) =>
    s.setRateLimit(a.apiId, { replenishRate: a.replenishRate, burstCapacity: a.burstCapacity }),
  ),
  injectFault: withArgs(FaultSchema, (s, a) => s.injectFault(a)),
  clearFaults: (s) => s.clearFaults(),
  getProductOrder: withArgs(z.object({ productOrderId: id }), (s, a) => s.getProductOrder(a.productOrderId)),
  getOrder: withArgs(z.object({ orderId: id }), (s, a) => s.getOrder(a.orderId)),
  listProductOrders: withArgs(z.object({ sellerAccountId: id }), (s, a) =>
    s.listProductOrders(a.sellerAccountId),
  ),
  getProduct: withArgs(z.object({ originProductNo: num }), (s, a) => s.getProduct(a.originProductNo)),
  listProducts: withArgs(z.object({ sellerAccountId: id }), (s, a) => s.listProducts(a.sellerAccountId)),
  uploadCount: withArgs(z.object({ sellerAccountId: id }), (s, a) => ({
    count: s.uploadCount(a.sellerAccountId),
  })),
  reset: (s) => s.reset(),
};
