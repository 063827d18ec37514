// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazySection } from '../../../components/options/LazySection';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { PresetFormView } from '../../../components/options/presets/PresetFormView';
import { emptyForm } from '../../../components/options/presets/preset-form-model';
import { dateTime, won } from '../../../components/options/products/format';
import { JobList } from '../../../components/options/products/JobList';
import { UnlinkDialog } from '../../../components/options/UnlinkDialog';
import type { AccountRow } from '../../../lib/db/schema';
import { setLocale } from '../../../lib/i18n';
import type { Messenger } from '../../../lib/messaging/client';
import type { JobView } from '../../../lib/products/types';

const HANGUL = /[\uAC00-\uD7A3]/;

const stub = vi.hoisted(() => ({ handlers: {} as Record<string, (payload: unknown) => unknown> }));

vi.mock('../../../lib/ui/messenger', () => ({
  request: (type: string, payload: unknown) => {
    const handler = stub.handlers[type];
    return handler ? Promise.resolve(handler(payload)) : Promise.reject(new Error(`no stub for ${type}`));
  },
}));

const ACCOUNT: AccountRow = {
  id: 'acc-a',
  alias: 'Sky Living',
  storeSlug: 'sky-living',
  apiSellerId: 'ncp_1o3k5x_01',
  linkMode: 'AGENCY',
  shopMarketAccountId: 'm-1',
  storeName: 'Sky Living Store',
  createdAt: Date.UTC(2026, 11, 7, 3, 0),
  updatedAt: Date.UTC(2026, 11, 7, 3, 0),
};

function linkedPage(): void {
  stub.handlers = {
    'settings.get': () => ({
      commerceApiOrigin: 'https://api.commerce.naver.com',
      shopBackendUrl: 'https://api.sixshop.com',
      syncIntervalMinutes: 5,
      lookbackDays: 7,
      notifyNewOrders: false,
    }),
    'shop.status': () => ({
      shopBackendUrl: 'https://api.sixshop.com',
      hasShopKey: true,
      maskedShopKey: 'sk_…9f2a',
    }),
    'accounts.list': () => [ACCOUNT],
    'products.jobs': () => [],
    'products.smartstoreList': () => ({
      items: [
        {
          originProductNo: 1001,
          channelProductNo: 2001,
          name: 'Plain mug 350ml',
          statusType: 'SALE',
          statusLabel: 'On sale',
          salePrice: 8900,
          stockQuantity: 12,
        },
      ],
      page: 1,
      size: 50,
      total: 1,
    }),
    'presets.list': () => ({ presets: [], stale: false }),
  };
}

/** Every text and accessible name the element shows, with the given data values removed. */
function uiText(el: Element, data: string[] = []): string {
  const attrs = [...el.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((n) =>
    ['aria-label', 'placeholder', 'title'].map((a) => n.getAttribute(a) ?? ''),
  );
  let text = [el.textContent ?? '', ...attrs].join('\n');
  for (const d of data) text = text.replaceAll(d, '');
  return text;
}

beforeEach(() => setLocale('en'));
afterEach(() => {
  cleanup();
  setLocale('ko');
});

describe('options page in English', () => {
  it('shows the page, the account card and the lazily loaded product sections in English', async () => {
    linkedPage();
    const view = render(<OptionsApp />);
    await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('SmartStore link');
    expect(screen.getByRole('heading', { name: 'Sixshop Pro connection' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Market accounts (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Link a SmartStore account' })).toBeTruthy();
    expect(screen.getByTestId('shop-connected').textContent).toContain('Connected');
    const card = view.container.querySelector('[data-account-id="acc-a"]') as HTMLElement;
    expect(within(card).getByRole('button', { name: 'Unlink' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Edit alias' })).toBeTruthy();
    expect(card.textContent).toContain('Linked through API agency');
    expect(card.textContent).toContain('12/7/2026');
    expect(screen.getByRole('button', { name: 'Link account' })).toBeTruthy();
    expect(view.container.querySelector('details.advanced summary')?.textContent).toBe('Advanced settings');

    const products = await screen.findByTestId('products', {}, { timeout: 10_000 });
    expect(within(products).getByRole('heading', { name: 'Product link' })).toBeTruthy();
    expect(within(products).getByRole('tab', { name: 'Import' })).toBeTruthy();
    expect(within(products).getByRole('tab', { name: 'Jobs' })).toBeTruthy();
    await within(products).findByText('Plain mug 350ml');
    expect(products.textContent).toContain('1 in total');
    expect(products.textContent).toContain('₩8,900');
    expect(within(products).getByRole('button', { name: 'Import selected products' })).toBeTruthy();

    const presets = await screen.findByTestId('presets', {}, { timeout: 10_000 });
    expect(within(presets).getByRole('heading', { name: 'Sales settings presets' })).toBeTruthy();
    await within(presets).findByText(/No presets yet/);
    expect(within(presets).getByRole('button', { name: 'New preset' })).toBeTruthy();

    const main = view.container.querySelector('main') as HTMLElement;
    // the product's sales status label comes from SmartStore's list, so it is data here
    expect(uiText(main, ['On sale'])).not.toMatch(HANGUL);
  });

  it('shows a loading line in English until the product sections have loaded', async () => {
    linkedPage();
    const view = render(<LazySection name="PresetsSection" accounts={[ACCOUNT]} />);
    expect(view.container.querySelector('[data-loading="PresetsSection"]')?.textContent).toBe('Loading…');
    await screen.findByTestId('presets', {}, { timeout: 10_000 });
    expect(view.container.querySelector('[data-loading]')).toBeNull();
  });

  it('speaks Korean again once the locale is Korean', async () => {
    setLocale('ko');
    linkedPage();
    const view = render(<OptionsApp />);
    await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('스마트스토어 연동');
    expect(await screen.findByRole('heading', { name: '상품 연동' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('explains unlinking in English', async () => {
    stub.handlers = {
      'accounts.unlinkPreview': () => ({ local: { productLinks: 4, orders: 12, presets: 2 } }),
    };
    render(<UnlinkDialog account={ACCOUNT} onClose={() => undefined} onUnlinked={() => undefined} />);
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(within(dialog).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
      'Unlink "Sky Living"',
    );
    const counts = await within(dialog).findByTestId('unlink-counts');
    expect(counts.textContent).toContain('Linked products: 4');
    expect(counts.textContent).toContain('Orders: 12');
    expect(counts.textContent).toContain('Sales settings presets: 2');
    expect(dialog.textContent).toContain('To confirm, type the account alias "Sky Living"');
    expect(uiText(dialog)).not.toMatch(HANGUL);
  });
});

describe('product jobs and presets in English', () => {
  const job: JobView = {
    id: 'job-1',
    accountId: 'acc-a',
    kind: 'export',
    status: 'done',
    createdAt: Date.UTC(2026, 11, 7, 3, 0),
    updatedAt: Date.UTC(2026, 11, 7, 3, 5),
    progress: { total: 3, processed: 3, done: 1, failed: 1, conflicts: 1, skipped: 0 },
    items: [
      { key: 'a', label: 'Plain mug', status: 'done', shopProductId: 's-1', outcome: 'created' },
      {
        key: 'b',
        label: 'Tea towel',
        status: 'failed',
        shopProductId: 's-2',
        error: {
          kind: 'validation',
          message: 'Refused',
          retryable: false,
          traceId: 'tr-9',
          fields: [{ path: 'product.price', label: 'Price', message: 'Too low', fixIn: 'shop' }],
        },
      },
      {
        key: 'c',
        label: 'Linen apron',
        status: 'conflict',
        shopProductId: 's-3',
        originProductNo: 1003,
        conflict: {
          smartstoreModifiedAt: '2026-12-06T10:00:00+09:00',
          syncedModifiedAt: '2026-12-01T10:00:00+09:00',
        },
      },
    ],
  };

  it('describes a job, its figures and its items in English', async () => {
    const request = vi.fn(async () => job) as unknown as Messenger;
    const view = render(<JobList jobs={[job]} request={request} onChanged={() => undefined} />);
    const card = view.container.querySelector('[data-job-id="job-1"]') as HTMLElement;
    expect(card.textContent).toContain('Export (Sixshop → SmartStore)');
    expect(card.textContent).toContain('Done');
    expect(screen.getByTestId('job-figures').textContent).toBe(
      '3 / 3 processed · 1 done · 1 failed · 1 need review',
    );
    expect(within(card).getByRole('button', { name: 'Retry 1 failed' })).toBeTruthy();
    await within(card).findByRole('button', { name: 'Overwrite' });
    expect(within(card).getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(card.textContent).toContain('Needs review');
    expect(card.textContent).toContain('Fix in the Sixshop product');
    expect(card.textContent).toContain('Trace ID: tr-9');
    expect(card.textContent).toContain('This product was changed on SmartStore');
    expect(uiText(card, ['Refused', 'Too low'])).not.toMatch(HANGUL);
  });

  it('formats money and dates for English readers', () => {
    expect(won(12000)).toBe('₩12,000');
    expect(dateTime(Date.UTC(2026, 11, 7, 3, 0))).toMatch(/^12\/7\/26, \d{1,2}:00\s?[AP]M$/);
    setLocale('ko');
    expect(won(12000)).toBe('12,000원');
  });

  it('labels the preset form in English', () => {
    const view = render(
      <PresetFormView
        initial={emptyForm()}
        title="New sales settings preset"
        busy={false}
        serverErrors={{}}
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );
    const legends = [...view.container.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual([
      'Basics',
      'Category',
      'Delivery',
      'Returns/Exchanges',
      'After-sales service',
      'Origin',
      'Purchase by minors',
      'VAT',
      'Product information notice',
      'Visibility',
    ]);
    expect(screen.getByLabelText('Preset name')).toBeTruthy();
    expect(screen.getByLabelText('Carrier')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save preset' })).toBeTruthy();
    // labels, hints and buttons are ours; the choices inside the selects come from the SmartStore tables in lib/
    const ours = [...view.container.querySelectorAll('legend, label, .field__hint, button, p')];
    for (const el of ours) {
      const own = [...el.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.tagName === 'SELECT'))
        .map((n) => n.textContent ?? '')
        .join('');
      expect(own, el.outerHTML.slice(0, 120)).not.toMatch(HANGUL);
    }
  });
});
