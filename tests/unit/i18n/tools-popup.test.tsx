// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fullTime, shortTime, timeAgo, timeUntil } from '../../../components/popup/format';
import { PopupApp } from '../../../components/popup/PopupApp';
import { makeToolsEnv, type ToolsEnv } from '../../../components/tools/env';
import { ToolsApp } from '../../../components/tools/ToolsApp';
import { setDocumentLocale } from '../../../components/ui/document-locale';
import { readBulkText } from '../../../lib/bulk/read';
import { bulkResults, resultsToCsv } from '../../../lib/bulk/results';
import type { BulkOrderFacts } from '../../../lib/bulk/types';
import { validateBulkRows } from '../../../lib/bulk/validate';
import type { AccountRow } from '../../../lib/db/schema';
import { exportFileName, ordersToCsv } from '../../../lib/export/orders-csv';
import { setLocale } from '../../../lib/i18n';
import { deadlineOf } from '../../../lib/tools/deadline';
import type { ToolOrder, ToolsRequestType } from '../../../lib/tools/requests';
import { account, action, counts, NOW, order, stubEnv, summary } from '../popup/fixtures';

const HANGUL = /[\uAC00-\uD7A3]/;
const HOUR = 60 * 60_000;

beforeEach(() => setLocale('en'));
afterEach(() => {
  cleanup();
  setLocale('ko');
});

/** Visible text and the labels a screen reader reads, of everything under `root`. */
function wordsOf(root: Element): string {
  const labels = [...root.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

describe('popup in English', () => {
  it('formats times and durations in English', () => {
    expect(timeAgo(NOW - 20_000, NOW)).toBe('just now');
    expect(timeAgo(NOW - 3 * 60_000, NOW)).toBe('3 min ago');
    expect(timeAgo(NOW - HOUR, NOW)).toBe('1 hour ago');
    expect(timeAgo(NOW - 5 * HOUR, NOW)).toBe('5 hours ago');
    expect(timeAgo(NOW - 72 * HOUR, NOW)).toBe('3 days ago');
    expect(timeUntil(NOW + 150_000, NOW)).toBe('in 3 min');
    expect(timeUntil(NOW + 2 * HOUR, NOW)).toBe('in 2 hours');
    expect(shortTime(Date.UTC(2025, 2, 13, 14, 59), NOW)).toBe('Mar 13 23:59');
    expect(shortTime(Date.UTC(2024, 11, 31, 3, 0), NOW)).toBe('Dec 31, 2024');
    expect(fullTime(NOW)).toBe('Mar 14, 2025 14:30');
  });

  it('shows accounts, attention and orders with no Korean apart from the data', async () => {
    const s = summary({
      accounts: [
        account({
          alias: 'Sky Living',
          counts: counts({ PAYMENT_CONFIRMING: 2, PREPARING: 1, RETURN_REQUESTED: 1 }),
          overdue: 1,
          dueSoon: 2,
          lastSync: { at: NOW - 3 * 60_000, ok: true, created: 2, updated: 0 },
        }),
      ],
      awaitingConfirm: 2,
      recent: [
        order({
          accountAlias: 'Sky Living',
          productName: 'Linen bed set',
          optionText: 'Ivory / Q',
          buyerName: 'Kim',
          quantity: 2,
        }),
        order({
          productOrderId: '2025031410000002',
          accountAlias: 'Sky Living',
          status: 'SHIPPING',
          productName: 'Mug',
          optionText: undefined,
          buyerName: 'Lee',
          courierCode: 'CJGLS',
          trackingNumber: '601234567890',
          action: { id: 'act-9', kind: 'dispatch', state: 'failed', message: 'Invalid tracking number.' },
        }),
      ],
      attention: [
        action({
          kind: 'dispatch',
          status: 'queued',
          nextAttemptAt: NOW + 3 * 60_000,
          items: [
            {
              productOrderId: '2025031410000001',
              orderId: '2025031400000001',
              state: 'pending',
              attempts: 1,
            },
          ],
        }),
        action({
          id: 'act-2',
          kind: 'confirm',
          items: [
            {
              productOrderId: '2025031410000002',
              orderId: '2025031400000002',
              state: 'failed',
              message: 'Rejected.',
              attempts: 1,
            },
          ],
        }),
      ],
    });
    const openTools = vi.fn();
    const { env } = stubEnv({ 'popup.summary': () => s }, { openTools });
    const view = render(<PopupApp env={env} />);
    await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());

    const words = wordsOf(view.container);
    expect(words).not.toMatch(HANGUL);
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('SmartStore link');
    expect(view.getByTestId('awaiting').textContent).toBe('2 orders to confirm');
    expect(words).toContain('Awaiting confirmation');
    expect(words).toContain('1 past dispatch deadline');
    expect(words).toContain('2 to dispatch within 24 hours');
    expect(words).toContain('Synced 3 min ago · 2 new orders');
    expect(words).toContain('Needs attention');
    expect(words).toContain('retrying in 3 min');
    expect(words).toContain('Recent orders');
    expect(words).toContain('Dispatch failed: Invalid tracking number.');
    expect(view.getByRole('button', { name: 'Retry Confirm order: 1 failed' })).toBeTruthy();

    fireEvent.click(view.getByRole('button', { name: 'Order tools' }));
    expect(openTools).toHaveBeenCalledTimes(1);
  });

  it('guides a seller without accounts in English', async () => {
    const { env } = stubEnv({ 'popup.summary': () => summary({ accounts: [] }) });
    const view = render(<PopupApp env={env} />);
    await view.findByText('Link a SmartStore account');
    expect(wordsOf(view.container)).not.toMatch(HANGUL);
  });
});

describe('page language and title', () => {
  it('sets the document language and title', () => {
    setDocumentLocale('Order tools · SmartStore link');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Order tools · SmartStore link');
    setLocale('ko');
    setDocumentLocale('주문 도구 · 스마트스토어 연동');
    expect(document.documentElement.lang).toBe('ko');
  });
});

describe('bulk dispatch and export in English', () => {
  const facts = (id: string, over: Partial<BulkOrderFacts> = {}): BulkOrderFacts => ({
    accountId: 'acc-a',
    accountAlias: 'Sky Living',
    productOrderId: id,
    orderId: `${id.slice(0, 14)}00`,
    status: 'PREPARING',
    productName: 'Linen cushion cover',
    receiverName: 'Kim',
    ...over,
  });
  const lookup = {
    byProductOrderIds: async (ids: readonly string[]) =>
      [
        facts('2026112700001201'),
        facts('2026112700001202', { status: 'PAYMENT_CONFIRMING' }),
        facts('2026112700001203', {
          status: 'SHIPPING',
          courierCode: 'HANJIN',
          trackingNumber: '512345678901',
        }),
      ].filter((f) => ids.includes(f.productOrderId)),
  };

  it('explains every problem of a row in English', async () => {
    const sheet = readBulkText(
      [
        'Product order number,Carrier,Tracking number',
        '2026112700001201,CJ Logistics,601234567890',
        '2026112700001202,Hanjin,512345678902',
        '2026112700001203,Hanjin,512345678903',
        '9999999999999999,Nowhere Express,1.23457E+11',
        ',,',
        '2026112700001201,CJGLS,601234567890',
      ].join('\n'),
    );
    if (!sheet.ok) throw new Error(sheet.message);
    const preview = await validateBulkRows(sheet.rows, lookup);
    const messages = preview.rows.flatMap((r) => r.problems.map((p) => p.message));
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(m).not.toMatch(HANGUL);
    const byLine = (line: number) => preview.rows.find((r) => r.line === line)!.problems.map((p) => p.code);
    expect(byLine(3)).toEqual(['not-preparing']);
    expect(preview.rows.find((r) => r.line === 3)!.problems[0]!.message).toContain('Confirm the order first');
    expect(byLine(4)).toEqual(['already-shipped']);
    expect(byLine(5)).toEqual(
      expect.arrayContaining(['unknown-order', 'unknown-carrier', 'tracking-scientific']),
    );
    expect(byLine(7)).toEqual(['duplicate-row']);
    expect(preview.rows.find((r) => r.line === 7)!.problems[0]!.message).toBe(
      'This row repeats row 2 and will not be sent.',
    );
  });

  it('writes the result file with English headers and outcomes, numbers kept as text, with a BOM', async () => {
    const sheet = readBulkText(
      '2026112700001201\tCJGLS\t601234567890\n2026112700001202\tCJGLS\t601234567891',
    );
    if (!sheet.ok) throw new Error(sheet.message);
    const preview = await validateBulkRows(sheet.rows, lookup);
    const record = action({
      kind: 'dispatch',
      items: [
        {
          productOrderId: '2026112700001201',
          courierCode: 'CJGLS',
          orderId: '2026112700001200',
          trackingNumber: '601234567890',
          state: 'done',
          attempts: 1,
        },
      ],
    });
    const csv = resultsToCsv(bulkResults(preview, [record]));
    expect(csv.startsWith('\uFEFFRow,Product order number,Order number,Carrier,Tracking number,')).toBe(true);
    expect(csv).toContain(',Result,Reason,Error code\r\n');
    expect(csv).toContain(
      '1,"=""2026112700001201""","=""2026112700001200""",CJ Logistics,"=""601234567890""",',
    );
    expect(csv).toContain(',Done,');
    expect(csv).toContain(',Not sent,');
    expect(csv).not.toMatch(HANGUL);
  });

  it('exports orders with English headers and status words', () => {
    const csv = ordersToCsv([
      {
        productOrderId: '2026112712345601',
        orderId: '2026112712345600',
        status: 'PREPARING',
        paidAt: Date.UTC(2026, 10, 27, 5, 3),
        receiverName: 'Kim',
        receiverPhone: '010-0000-0000',
        zipCode: '06236',
        address: 'Teheran-ro 123',
        buyerName: 'Kim',
        productName: 'Mug',
        quantity: 2,
      },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'Product order number,Order number,Status,Paid at,Dispatch deadline,Recipient,Phone,Zip code,Address,' +
        'Product name,Option,Quantity,Delivery note,Buyer,Account,Carrier,Tracking number',
    );
    expect(row).toContain(
      '"=""2026112712345601""","=""2026112712345600""",Preparing shipment,2026-11-27 14:03',
    );
    expect(row).toContain('"=""06236"""');
    expect(exportFileName('orders', Date.UTC(2026, 10, 27, 5, 3))).toBe(
      'SmartStore_orders_20261127_1403.csv',
    );
  });

  it('words deadlines in English', () => {
    const due = Date.UTC(2026, 10, 27, 5, 0);
    expect(deadlineOf({ status: 'PREPARING', shippingDueAt: due }, due + 3 * HOUR)).toMatchObject({
      label: 'Past dispatch deadline',
      detail: '3 hours late',
    });
    expect(deadlineOf({ status: 'PREPARING', shippingDueAt: due }, due - 30 * 60_000)).toMatchObject({
      label: 'Dispatch deadline soon',
      detail: '30 min left',
    });
  });
});

describe('order tools page in English', () => {
  const accounts = [
    { id: 'acc-a', alias: 'Sky Living', storeSlug: 'sky-living', createdAt: 1 },
    { id: 'acc-b', alias: 'Sea Coffee', storeSlug: 'sea-coffee', createdAt: 2 },
  ] as AccountRow[];
  const toolOrder = (over: Partial<ToolOrder>): ToolOrder => ({
    productOrderId: '2026112712345601',
    orderId: '2026112712345600',
    status: 'PREPARING',
    smartstoreStatus: 'PAYED',
    productName: 'Linen cushion cover',
    optionText: 'Grey',
    quantity: 2,
    amount: 30_000,
    buyerName: 'Kim',
    receiverName: 'Kim',
    receiverPhone: '010-0000-0000',
    zipCode: '06236',
    address: 'Teheran-ro 123',
    orderedAt: NOW - 50 * HOUR,
    paidAt: NOW - 50 * HOUR,
    shippingDueAt: NOW - 2 * HOUR,
    accountId: 'acc-a',
    accountAlias: 'Sky Living',
    storeSlug: 'sky-living',
    ...over,
  });
  const claim = toolOrder({
    productOrderId: '2026112712345701',
    status: 'RETURN_REQUESTED',
    claimType: 'RETURN',
    claimRequestedAt: NOW - 5 * HOUR,
    shippingDueAt: undefined,
  });
  const answers: Partial<Record<ToolsRequestType, unknown>> = {
    'tools.deadlines': { rows: [toolOrder({})], overdue: 1, soon: 0, now: NOW },
    'tools.orders': { rows: [toolOrder({})], total: 1, truncated: false },
    'tools.claims': { rows: [claim], open: 1 },
    'tools.syncLog': [
      {
        accountId: 'acc-a',
        accountAlias: 'Sky Living',
        storeSlug: 'sky-living',
        entries: [
          {
            id: 2,
            at: NOW - HOUR,
            kind: 'orders',
            ok: false,
            message: 'Rate limit reached.',
            traceId: 'abc123',
            created: 0,
            updated: 0,
            newPaid: 0,
            pages: 1,
            shopPending: 0,
          },
          {
            id: 1,
            at: NOW - 2 * HOUR,
            kind: 'orders',
            ok: true,
            created: 3,
            updated: 1,
            newPaid: 2,
            pages: 1,
            shopPending: 0,
          },
        ],
      },
    ],
  };

  function env(): ToolsEnv {
    const request = vi.fn(async (type: string) => {
      if (type === 'accounts.list') return accounts;
      throw new Error(`unexpected ${type}`);
    });
    const tools = vi.fn(async (type: ToolsRequestType) => answers[type]);
    return makeToolsEnv({
      request: request as unknown as ToolsEnv['request'],
      tools: tools as unknown as ToolsEnv['tools'],
      openOptions: vi.fn(),
      now: () => NOW,
      download: vi.fn(),
    });
  }

  it('speaks English on every tab, apart from the sellers’ data', async () => {
    const view = render(<ToolsApp env={env()} />);
    await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());
    await view.findByTestId('deadline-panel');
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Order tools');
    const tabs = view.getAllByRole('tab').map((el) => el.textContent);
    expect(tabs).toEqual(['Bulk dispatch', 'Export orders', 'Claims', 'Sync log']);
    expect(view.getByTestId('deadline-panel').textContent).toContain('1 item late');
    expect(wordsOf(view.container)).not.toMatch(HANGUL);

    fireEvent.click(view.getByRole('tab', { name: 'Export orders' }));
    await view.findByTestId('export-list');
    expect(view.getByTestId('export-download').textContent).toBe('Download CSV (1 order)');
    expect(wordsOf(view.container)).not.toMatch(HANGUL);

    fireEvent.click(view.getByRole('tab', { name: 'Claims' }));
    await view.findByTestId('claims-table');
    expect(view.getByTestId('claims-table').textContent).toContain('Return');
    expect(wordsOf(view.container)).not.toMatch(HANGUL);

    fireEvent.click(view.getByRole('tab', { name: 'Sync log' }));
    await view.findAllByTestId('sync-table');
    expect(view.container.textContent).toContain('Trace ID');
    expect(wordsOf(view.container)).not.toMatch(HANGUL);
  });
});
