import { useEffect, useState } from 'preact/hooks';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import type { ExportCheckResult } from '../../../lib/products/export-check';
import type { Page, ShopRow } from '../../../lib/products/listing';
import type { PresetView } from '../../../lib/products/presets';
import type { JobView } from '../../../lib/products/types';
import { Notice } from '../../ui/Notice';
import { count, dateTime, won } from './format';
import { Pager } from './Pager';
import { ProblemList } from './ProblemList';

const PAGE_SIZE = 20;

/** 내보내기: shop products to SmartStore with a sales preset; the create rules are checked first. */
export function ExportPanel({
  accountId,
  request,
  onStarted,
}: {
  accountId: string;
  request: ProductRequest;
  onStarted: (job: JobView) => void;
}) {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState({ q: '', page: 1 });
  const [data, setData] = useState<Page<ShopRow>>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const [presets, setPresets] = useState<PresetView[]>([]);
  const [presetId, setPresetId] = useState('');
  const [reapply, setReapply] = useState(false);
  const [check, setCheck] = useState<ExportCheckResult[]>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    setError(undefined);
    request('products.shopList', { accountId, page: query.page, size: PAGE_SIZE, q: query.q })
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

  useEffect(() => {
    setSelected(new Map());
    setCheck(undefined);
    request('presets.list', { accountId })
      .then((l) => {
        setPresets(l.presets);
        setPresetId(l.presets.find((p) => p.isDefault)?.id ?? l.presets[0]?.id ?? '');
      })
      .catch(() => setPresets([]));
  }, [accountId, request]);

  const rows = data?.items ?? [];
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (r: ShopRow) => {
    const next = new Map(selected);
    if (next.has(r.id)) next.delete(r.id);
    else next.set(r.id, r.name);
    setSelected(next);
    setCheck(undefined);
  };

  async function start(ids: string[]) {
    setBusy(true);
    setError(undefined);
    try {
      const job = await request('products.export', {
        accountId,
        requestId: crypto.randomUUID(),
        shopProductIds: ids,
        ...(presetId ? { presetId } : {}),
        reapplyPreset: reapply,
      });
      setSelected(new Map());
      setCheck(undefined);
      onStarted(job);
    } catch (e) {
      setError(e instanceof Error ? e.message : '내보내기를 시작하지 못했습니다.');
    } finally {
      setBusy(false);
    }
  }

  /** Checks the create rules; starts at once when nothing is wrong. */
  async function exportSelected() {
    const ids = [...selected.keys()];
    setBusy(true);
    setError(undefined);
    try {
      const results: ExportCheckResult[] = [];
      for (let i = 0; i < ids.length; i += 100) {
        results.push(
          ...(await request('products.exportCheck', {
            accountId,
            shopProductIds: ids.slice(i, i + 100),
            ...(presetId ? { presetId } : {}),
          })),
        );
      }
      if (results.every((r) => r.problems.length === 0)) {
        setBusy(false);
        await start(ids);
        return;
      }
      setCheck(results);
    } catch (e) {
      setError(e instanceof Error ? e.message : '검사하지 못했습니다.');
    } finally {
      setBusy(false);
    }
  }

  const bad = check?.filter((r) => r.problems.length > 0) ?? [];
  const good = check?.filter((r) => r.problems.length === 0) ?? [];
  return (
    <div class="panel-body" data-testid="export-panel">
      <div class="export-options">
        <label class="field-inline" for="export-preset">
          <span>판매 설정 프리셋</span>
          <select
            id="export-preset"
            value={presetId}
            onChange={(e) => setPresetId((e.target as HTMLSelectElement).value)}
          >
            {presets.length === 0 && <option value="">프리셋이 없습니다</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.isDefault ? ' (기본)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={reapply}
            onChange={(e) => setReapply((e.target as HTMLInputElement).checked)}
          />
          이미 내보낸 상품에도 프리셋 설정(카테고리, 배송 등)을 다시 적용
        </label>
      </div>
      {presets.length === 0 && (
        <Notice tone="warning">
          판매 설정 프리셋이 없으면 새 상품을 내보낼 수 없습니다. 아래 "판매 설정 프리셋"에서 먼저 만들어
          주세요.
        </Notice>
      )}
      <form
        class="filters"
        aria-label="상품 검색"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: q.trim(), page: 1 });
        }}
      >
        <label class="filters__grow">
          <span>검색</span>
          <input
            id="export-q"
            type="search"
            value={q}
            placeholder="상품명 또는 판매자 상품코드"
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">검색</button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {check && bad.length > 0 && (
        <div class="check-result" role="alert">
          <Notice tone="error">
            <p>
              {bad.length}개 상품이 스마트스토어 등록 규칙에 맞지 않아 보낼 수 없습니다. 아래 항목을 고친 뒤
              다시 내보내 주세요.
            </p>
          </Notice>
          {bad.map((r) => (
            <div key={r.shopProductId} class="check-item" data-shop-product-id={r.shopProductId}>
              <p class="check-item__name">
                {r.name} <span class="muted">#{r.shopProductId}</span>
              </p>
              <ProblemList problems={r.problems} />
            </div>
          ))}
          <div class="dialog__actions">
            <button type="button" onClick={() => setCheck(undefined)}>
              닫기
            </button>
            {good.length > 0 && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void start(good.map((r) => r.shopProductId))}
              >
                문제 없는 {good.length}개만 내보내기
              </button>
            )}
          </div>
        </div>
      )}
      <div class="list-toolbar">
        <span>
          {data ? `총 ${count(data.total)}개` : '불러오는 중…'}
          {selected.size > 0 && ` · ${count(selected.size)}개 선택`}
        </span>
        <div class="list-toolbar__actions">
          <button
            type="button"
            class="primary"
            disabled={busy || selected.size === 0}
            onClick={() => void exportSelected()}
          >
            {busy ? '확인 중…' : '선택한 상품 내보내기'}
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
                    const next = new Map(selected);
                    for (const r of rows) {
                      if (allOnPage) next.delete(r.id);
                      else next.set(r.id, r.name);
                    }
                    setSelected(next);
                  }}
                />
              </th>
              <th scope="col">상품</th>
              <th scope="col">상태</th>
              <th scope="col" class="num">
                판매가
              </th>
              <th scope="col" class="num">
                재고
              </th>
              <th scope="col">스마트스토어</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={6} class="empty">
                  조건에 맞는 식스샵 프로 상품이 없습니다.
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr
                key={r.id}
                data-shop-product-id={r.id}
                class={selected.has(r.id) ? 'is-selected' : undefined}
              >
                <td class="col-check">
                  <input
                    type="checkbox"
                    aria-label={`${r.name} 선택`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r)}
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
                        상품번호 {r.id}
                        {r.sellerCode ? ` · ${r.sellerCode}` : ''}
                        {r.optionCount > 0 ? ` · 옵션 ${r.optionCount}개` : ''} · 이미지 {r.imageCount}장
                      </div>
                    </div>
                  </div>
                </td>
                <td>
                  <span class={`badge badge--${r.status.toLowerCase()}`}>{r.statusLabel}</span>
                </td>
                <td class="num">{won(r.price)}</td>
                <td class="num">{count(r.stock)}</td>
                <td>
                  {r.link ? (
                    <span class="link-state">
                      <span class="badge badge--brand">연동됨</span>
                      {r.link.changedSinceSync && <span class="badge badge--warn">식스샵에서 수정됨</span>}
                      <span class="muted">
                        {r.link.originProductNo} · {r.link.lastDirection === 'IMPORT' ? '가져옴' : '내보냄'}{' '}
                        {dateTime(r.link.syncedAt)}
                      </span>
                    </span>
                  ) : (
                    <span class="muted">새로 등록</span>
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
    </div>
  );
}
