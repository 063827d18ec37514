import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import type { ImportPreview } from '../../../lib/products/import-job';
import type { Page, SmartstoreRow } from '../../../lib/products/listing';
import type { JobView } from '../../../lib/products/types';
import { PRODUCT_STATUS_LABELS, PRODUCT_STATUS_TYPES } from '../../../lib/smartstore/enums';
import { Notice } from '../../ui/Notice';
import { DiffDialog } from './DiffDialog';
import { count, dateTime, won } from './format';
import { Pager } from './Pager';

const PAGE_SIZE = 50;
const newRequestId = () => crypto.randomUUID();

/** 가져오기: the account's SmartStore products (filter by status and name), choose some or all, import. */
export function ImportPanel({
  accountId,
  request,
  onStarted,
}: {
  accountId: string;
  request: ProductRequest;
  onStarted: (job: JobView) => void;
}) {
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [query, setQuery] = useState({ status: '', name: '', page: 1 });
  const [data, setData] = useState<Page<SmartstoreRow>>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [previews, setPreviews] = useState<ImportPreview[]>();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ originProductNos?: number[]; all?: boolean }>();

  useEffect(() => {
    let alive = true;
    setLoading(true);
    setError(undefined);
    request('products.smartstoreList', {
      accountId,
      page: query.page,
      size: PAGE_SIZE,
      statuses: query.status ? [query.status as (typeof PRODUCT_STATUS_TYPES)[number]] : [],
      name: query.name,
    })
      .then((d) => alive && setData(d))
      .catch(
        (e: unknown) =>
          alive &&
          setError(
            e instanceof Error
              ? e.message
              : t('상품 목록을 불러오지 못했습니다.', 'Could not load the products.'),
          ),
      )
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [accountId, query, request]);

  useEffect(() => setSelected(new Set()), [accountId]);

  const rows = data?.items ?? [];
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.originProductNo));
  const toggle = (no: number) => {
    const next = new Set(selected);
    if (next.has(no)) next.delete(no);
    else next.add(no);
    setSelected(next);
  };

  async function start(what: { originProductNos?: number[]; all?: boolean }) {
    setBusy(true);
    setError(undefined);
    try {
      const job = await request('products.import', {
        accountId,
        requestId: newRequestId(),
        ...(what.all
          ? {
              selection: {
                statuses: query.status ? [query.status as (typeof PRODUCT_STATUS_TYPES)[number]] : [],
                name: query.name,
              },
            }
          : { originProductNos: what.originProductNos ?? [] }),
      });
      setSelected(new Set());
      setPreviews(undefined);
      onStarted(job);
    } catch (e) {
      setError(
        e instanceof Error ? e.message : t('가져오기를 시작하지 못했습니다.', 'Could not start the import.'),
      );
    } finally {
      setBusy(false);
    }
  }

  /** A linked product is updated in the shop: show what changes first. */
  async function importSelected() {
    const numbers = [...selected];
    const linked = rows
      .filter((r) => selected.has(r.originProductNo) && r.link)
      .map((r) => r.originProductNo);
    if (linked.length === 0) return start({ originProductNos: numbers });
    setBusy(true);
    try {
      const preview = await request('products.importPreview', {
        accountId,
        originProductNos: linked.slice(0, 50),
      });
      const fresh = numbers
        .filter((n) => !linked.includes(n))
        .map((n) => ({
          originProductNo: n,
          name: rows.find((r) => r.originProductNo === n)?.name ?? String(n),
        }));
      setPending({ originProductNos: numbers });
      setPreviews([...preview, ...fresh]);
    } catch (e) {
      setError(
        e instanceof Error
          ? e.message
          : t('바뀌는 내용을 불러오지 못했습니다.', 'Could not load the changes.'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="panel-body" data-testid="import-panel">
      <form
        class="filters"
        aria-label={t('상품 검색', 'Product search')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ status, name: name.trim(), page: 1 });
        }}
      >
        <label>
          <span>{t('판매상태', 'Sales status')}</span>
          <select
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}
            id="import-status"
          >
            <option value="">{t('전체', 'All')}</option>
            {PRODUCT_STATUS_TYPES.filter((s) => s !== 'DELETE').map((s) => (
              <option key={s} value={s}>
                {PRODUCT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="filters__grow">
          <span>{t('상품명', 'Product name')}</span>
          <input
            id="import-name"
            type="search"
            value={name}
            placeholder={t('상품명 일부', 'Part of the name')}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('검색', 'Search')}</button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="list-toolbar">
        <span>
          {data
            ? t(`총 ${count(data.total)}개`, `${count(data.total)} in total`)
            : t('불러오는 중…', 'Loading…')}
          {selected.size > 0 && t(` · ${count(selected.size)}개 선택`, ` · ${count(selected.size)} selected`)}
        </span>
        <div class="list-toolbar__actions">
          <button type="button" disabled={busy || !data?.total} onClick={() => void start({ all: true })}>
            {t('조건에 맞는 상품 모두 가져오기', 'Import all matching products')}
            {data ? t(` (${count(data.total)}개)`, ` (${count(data.total)})`) : ''}
          </button>
          <button
            type="button"
            class="primary"
            disabled={busy || selected.size === 0}
            onClick={() => void importSelected()}
          >
            {t('선택한 상품 가져오기', 'Import selected products')}
          </button>
        </div>
      </div>
      <div class="table-wrap" aria-busy={loading ? 'true' : 'false'}>
        <table class="product-table">
          <thead>
            <tr>
              <th scope="col" class="col-check">
                <input
                  type="checkbox"
                  aria-label={t('이 페이지 모두 선택', 'Select all on this page')}
                  checked={allOnPage}
                  onChange={() => {
                    const next = new Set(selected);
                    for (const r of rows) {
                      if (allOnPage) next.delete(r.originProductNo);
                      else next.add(r.originProductNo);
                    }
                    setSelected(next);
                  }}
                />
              </th>
              <th scope="col">{t('상품', 'Product')}</th>
              <th scope="col">{t('판매상태', 'Sales status')}</th>
              <th scope="col" class="num">
                {t('판매가', 'Price')}
              </th>
              <th scope="col" class="num">
                {t('재고', 'Stock')}
              </th>
              <th scope="col">{t('연동', 'Link')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={6} class="empty">
                  {t('조건에 맞는 스마트스토어 상품이 없습니다.', 'No SmartStore products match.')}
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr
                key={r.originProductNo}
                data-origin-no={r.originProductNo}
                class={selected.has(r.originProductNo) ? 'is-selected' : undefined}
              >
                <td class="col-check">
                  <input
                    type="checkbox"
                    aria-label={t(`${r.name} 선택`, `Select ${r.name}`)}
                    checked={selected.has(r.originProductNo)}
                    onChange={() => toggle(r.originProductNo)}
                  />
                </td>
                <td>
                  <div class="product-cell">
                    {r.imageUrl ? (
                      <img src={r.imageUrl} alt="" width={40} height={40} loading="lazy" />
                    ) : (
                      <span class="thumb-empty" />
                    )}
                    <div>
                      <div class="product-cell__name">{r.name}</div>
                      <div class="muted">
                        {t('원상품번호', 'Origin product no.')} {r.originProductNo}
                      </div>
                    </div>
                  </div>
                </td>
                <td>
                  <span class={`badge badge--${r.statusType.toLowerCase()}`}>{r.statusLabel}</span>
                </td>
                <td class="num">{won(r.salePrice)}</td>
                <td class="num">{count(r.stockQuantity)}</td>
                <td>
                  {r.link ? (
                    <span
                      class="link-state"
                      title={t(
                        `식스샵 상품 ${r.link.shopProductId}`,
                        `Sixshop product ${r.link.shopProductId}`,
                      )}
                    >
                      <span class="badge badge--brand">{t('연동됨', 'Linked')}</span>
                      <span class="muted">
                        {r.link.lastDirection === 'IMPORT'
                          ? t('가져옴', 'Imported')
                          : t('내보냄', 'Exported')}{' '}
                        {dateTime(r.link.syncedAt)}
                      </span>
                    </span>
                  ) : (
                    <span class="muted">-</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data && (
        <Pager
          page={data.page}
          size={data.size}
          total={data.total}
          onPage={(page) => setQuery({ ...query, page })}
        />
      )}
      {previews && (
        <DiffDialog
          previews={previews}
          busy={busy}
          onClose={() => setPreviews(undefined)}
          onApply={() => void start(pending ?? {})}
        />
      )}
    </div>
  );
}
