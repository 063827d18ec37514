import { useEffect, useState } from 'preact/hooks';
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
          alive && setError(e instanceof Error ? e.message : '상품 목록을 불러오지 못했습니다.'),
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
      setError(e instanceof Error ? e.message : '가져오기를 시작하지 못했습니다.');
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
      setError(e instanceof Error ? e.message : '바뀌는 내용을 불러오지 못했습니다.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="panel-body" data-testid="import-panel">
      <form
        class="filters"
        aria-label="상품 검색"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ status, name: name.trim(), page: 1 });
        }}
      >
        <label>
          <span>판매상태</span>
          <select
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}
            id="import-status"
          >
            <option value="">전체</option>
            {PRODUCT_STATUS_TYPES.filter((s) => s !== 'DELETE').map((s) => (
              <option key={s} value={s}>
                {PRODUCT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="filters__grow">
          <span>상품명</span>
          <input
            id="import-name"
            type="search"
            value={name}
            placeholder="상품명 일부"
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">검색</button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="list-toolbar">
        <span>
          {data ? `총 ${count(data.total)}개` : '불러오는 중…'}
          {selected.size > 0 && ` · ${count(selected.size)}개 선택`}
        </span>
        <div class="list-toolbar__actions">
          <button type="button" disabled={busy || !data?.total} onClick={() => void start({ all: true })}>
            조건에 맞는 상품 모두 가져오기{data ? ` (${count(data.total)}개)` : ''}
          </button>
          <button
            type="button"
            class="primary"
            disabled={busy || selected.size === 0}
            onClick={() => void importSelected()}
          >
            선택한 상품 가져오기
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
                  aria-label="이 페이지 모두 선택"
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
              <th scope="col">상품</th>
              <th scope="col">판매상태</th>
              <th scope="col" class="num">
                판매가
              </th>
              <th scope="col" class="num">
                재고
              </th>
              <th scope="col">연동</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={6} class="empty">
                  조건에 맞는 스마트스토어 상품이 없습니다.
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
                    aria-label={`${r.name} 선택`}
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
                      <div class="muted">원상품번호 {r.originProductNo}</div>
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
                    <span class="link-state" title={`식스샵 상품 ${r.link.shopProductId}`}>
                      <span class="badge badge--brand">연동됨</span>
                      <span class="muted">
                        {r.link.lastDirection === 'IMPORT' ? '가져옴' : '내보냄'} {dateTime(r.link.syncedAt)}
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
