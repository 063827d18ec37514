import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShopConnectionSchema } from '../../../lib/accounts/schemas';
import { setLocale } from '../../../lib/i18n';
import { ConfirmRequestSchema } from '../../../lib/orders/enqueue';
import {
  MARKET_ORDER_STATUS_LABELS,
  MARKET_ORDER_STATUS_LABELS_EN,
  MARKET_ORDER_STATUSES,
} from '../../../lib/orders/market-status';
import { statusLabel } from '../../../lib/orders/status';
import { courierProblem, trackingNumberProblem } from '../../../lib/orders/tracking';
import { SettingsSchema } from '../../../lib/settings/settings';
import { MarketOrderUpsertSchema } from '../../../lib/sixshop/schemas/market-order';
import {
  CLAIM_REASONS,
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  COURIERS,
  claimReasonLabel,
  claimStatusLabel,
  courierName,
  DISPATCH_DELIVERY_METHODS,
  deliveryMethodLabel,
  ORIGIN_AREA_CODE_LIST,
  ORIGIN_AREA_CODES,
  originAreaLabel,
  PRODUCT_STATUS_TYPES,
  productStatusLabel,
} from '../../../lib/smartstore/codes';
import { toCommerceError } from '../../../lib/smartstore/error-mapping';
import { CommerceApiError, describeCommerceError, orderFailureMessage } from '../../../lib/smartstore/errors';

const HANGUL = /[\uAC00-\uD7A3]/;

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.message ?? '';
}

describe('order, SmartStore and settings text in English', () => {
  beforeEach(() => setLocale('en'));
  afterEach(() => setLocale('ko'));

  it('order statuses use the glossary words', () => {
    expect(statusLabel('PAYMENT_CONFIRMING')).toBe('Awaiting confirmation');
    expect(statusLabel('PREPARING')).toBe('Preparing shipment');
    expect(statusLabel('SHIPPING')).toBe('In transit');
    expect(statusLabel('DELIVERED')).toBe('Delivered');
    expect(statusLabel('PURCHASE_DECIDED')).toBe('Purchase confirmed');
    for (const s of MARKET_ORDER_STATUSES) {
      expect(statusLabel(s)).not.toMatch(HANGUL);
      expect(MARKET_ORDER_STATUS_LABELS[s]).toBe(statusLabel(s));
    }
  });

  it('label tables follow the language they are read in', () => {
    expect(MARKET_ORDER_STATUS_LABELS.SHIPPING).toBe('In transit');
    expect(CLAIM_STATUS_LABELS.CANCEL_REQUEST).toBe('Cancel request');
    expect(ORIGIN_AREA_CODES['02']).toBe('Imported');
    expect(Object.keys(CLAIM_STATUS_LABELS)).toEqual([...CLAIM_STATUSES]);
    setLocale('ko');
    expect(MARKET_ORDER_STATUS_LABELS.SHIPPING).toBe('배송 중');
    expect(CLAIM_STATUS_LABELS.CANCEL_REQUEST).toBe('취소 요청');
    expect(MARKET_ORDER_STATUS_LABELS_EN.SHIPPING).toBe('In transit');
    expect(statusLabel('SHIPPING')).toBe('배송 중');
  });

  it('claim states and reasons', () => {
    expect(claimStatusLabel('CANCEL_REQUEST')).toBe('Cancel request');
    expect(claimStatusLabel('RETURN_DONE')).toBe('Returned');
    expect(claimStatusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(claimReasonLabel('SOLD_OUT')).toBe('Sold out');
    expect(claimReasonLabel('SIMPLE_INTENT_CHANGED')).toBe('Changed mind');
    for (const c of CLAIM_STATUSES) expect(claimStatusLabel(c)).not.toMatch(HANGUL);
    for (const r of CLAIM_REASONS) expect(claimReasonLabel(r)).not.toMatch(HANGUL);
  });

  it('delivery methods, product states and origins', () => {
    expect(deliveryMethodLabel('VISIT_RECEIPT')).toBe('Pickup in person');
    expect(productStatusLabel('SALE')).toBe('On sale');
    expect(originAreaLabel('00')).toBe('Domestic (Korea)');
    for (const m of DISPATCH_DELIVERY_METHODS) expect(deliveryMethodLabel(m)).not.toMatch(HANGUL);
    for (const p of PRODUCT_STATUS_TYPES) expect(productStatusLabel(p)).not.toMatch(HANGUL);
    for (const o of ORIGIN_AREA_CODE_LIST) expect(originAreaLabel(o)).not.toMatch(HANGUL);
  });

  it("couriers by their English names; the Korean names stay for matching sellers' input", () => {
    expect(courierName('CJGLS')).toBe('CJ Logistics');
    expect(courierName('HYUNDAI')).toBe('Lotte Global Logistics');
    expect(courierName('KGB')).toBe('Logen');
    expect(courierName('EPOST')).toBe('Korea Post');
    expect(courierName('HANJIN')).toBe('Hanjin');
    expect(courierName('NOPE')).toBe('NOPE');
    for (const c of COURIERS) expect(courierName(c.code)).not.toMatch(HANGUL);
    expect(COURIERS.find((c) => c.code === 'HYUNDAI')?.name).toBe('롯데택배');
    setLocale('ko');
    expect(courierName('HYUNDAI')).toBe('롯데택배');
  });

  it('SmartStore errors say what to do next', () => {
    const secret = describeCommerceError({
      kind: 'token-rejected',
      invalidInputs: [{ name: 'client_secret_sign', message: 'invalid' }],
    });
    expect(secret).toMatch(/^The application secret is incorrect\. Copy .*Commerce API Center/);
    expect(describeCommerceError({ kind: 'token-rejected' })).toContain('SmartStore authentication failed');
    const limited = new CommerceApiError({ kind: 'rate-limited', status: 429 });
    expect(limited.userMessage).toBe('SmartStore request limit reached. Retrying automatically in a moment.');
    expect(describeCommerceError({ kind: 'conflict', naverMessage: 'already dispatched' })).toBe(
      'The request does not match the current state on SmartStore: already dispatched. Reload the latest state, then try again.',
    );
    expect(orderFailureMessage('104122')).toBe(
      'The tracking number format is invalid. Enter the digits exactly.',
    );
    expect(orderFailureMessage('777', 'boom')).toBe('SmartStore: boom');
    const relayed = toCommerceError({
      endpoint: 'api',
      status: 400,
      text: JSON.stringify({
        code: 'X',
        message: 'm',
        invalidInputs: [{ name: 'client_secret_sign', message: 'm' }],
      }),
    });
    expect(relayed.kind).toBe('token-rejected');
    expect(relayed.userMessage).toContain("The Sixshop Pro link server's SmartStore authentication request");
    const kinds = [
      'auth',
      'agency-not-selected',
      'ip-not-allowed',
      'quota',
      'not-found',
      'validation',
      'server',
      'timeout',
      'network',
      'bad-response',
      'outcome-unknown',
      'shop-key-rejected',
    ] as const;
    for (const kind of kinds) expect(describeCommerceError({ kind })).not.toMatch(HANGUL);
  });

  it('tracking numbers and carriers are checked in English', () => {
    expect(trackingNumberProblem('1.23457E+11')).toContain('exponent notation');
    expect(trackingNumberProblem('')).toBe('Enter a tracking number.');
    expect(trackingNumberProblem('12ab5678901')).toBe('Tracking numbers contain digits only.');
    expect(trackingNumberProblem('1234')).toBe(
      'Tracking numbers are 9–15 digits long. Check the number of digits.',
    );
    expect(trackingNumberProblem('1234-5678-9012')).toBeUndefined();
    expect(courierProblem(undefined)).toBe('Choose a carrier.');
    expect(courierProblem('LOTTE')).toBe('Choose a carrier from the list.');
  });

  it('settings, account and order input checks', () => {
    const base = {
      commerceApiOrigin: 'https://api.commerce.naver.com',
      shopBackendUrl: 'https://api.sixshop.com',
      syncIntervalMinutes: 5,
      lookbackDays: 7,
      notifyNewOrders: false,
    };
    expect(firstIssue(SettingsSchema.safeParse({ ...base, syncIntervalMinutes: 0 }))).toBe(
      'Set at least 1 minute.',
    );
    expect(firstIssue(SettingsSchema.safeParse({ ...base, lookbackDays: 365 }))).toBe('Set at most 90 days.');
    expect(firstIssue(SettingsSchema.safeParse({ ...base, syncIntervalMinutes: 'x' }))).toBe(
      'Enter a number.',
    );
    expect(firstIssue(SettingsSchema.safeParse({ ...base, shopBackendUrl: 'http://example.com' }))).toBe(
      'Only https:// addresses can be used (http:// only for the sandbox on this computer).',
    );
    expect(firstIssue(SettingsSchema.safeParse({ ...base, shopBackendUrl: 'https://a.com/?q=1' }))).toBe(
      'The address cannot contain account details, a query (?) or #.',
    );
    expect(
      firstIssue(
        ShopConnectionSchema.safeParse({ shopBackendUrl: 'https://api.sixshop.com', shopKey: 'a b' }),
      ),
    ).toBe('The Sixshop Pro API key cannot contain spaces.');
    expect(
      firstIssue(
        ConfirmRequestSchema.safeParse({ requestId: 'request-1', accountId: 'a', orderIds: ['x1'] }),
      ),
    ).toBe('Order numbers are digits.');
    const order = {
      productOrderId: '1',
      orderId: '1',
      status: 'PREPARING',
      productName: 'Mug',
      quantity: 1,
      amount: 1000,
      buyerName: 'Kim',
      receiverName: 'Kim',
      receiverPhone: '010',
      zipCode: '04524',
      address: 'Seoul',
      orderedAt: '2026-12-07T00:00:00.000Z',
      paidAt: '2026-12-07T00:00:00.000Z',
      updatedAt: '2026-12-07T00:00:00.000Z',
    };
    expect(firstIssue(MarketOrderUpsertSchema.safeParse({ orders: [order, order] }))).toBe(
      'The same product order number appears twice.',
    );
  });
});
