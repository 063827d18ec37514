import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '../../../lib/i18n';
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
      setError(
        e instanceof Error ? e.message : t('내보내기를 시작하지 못했습니다.', 'Could not start the export.'),
      );
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
      setError(e instanceof Error ? e.message : t('검사하지 못했습니다.', 'Could not check the products.'));
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
          <span>{t('판매 설정 프리셋', 'Sales settings preset')}</span>
          <select
            id="export-preset"
            value={presetId}
            onChange={(e) => setPresetId((e.target as HTMLSelectElement).value)}
          >
            {presets.length === 0 && <option value="">{t('프리셋이 없습니다', 'No presets')}</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.isDefault ? t(' (기본)', ' (default)') : ''}
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
          {t(
            '이미 내보낸 상품에도 프리셋 설정(카테고리, 배송 등)을 다시 적용',
            'Apply the preset (category, delivery, …) again to products already exported',
          )}
        </label>
      </div>
      {presets.length === 0 && (
        <Notice tone="warning">
          {t(
            '판매 설정 프리셋이 없으면 새 상품을 내보낼 수 없습니다. 아래 "판매 설정 프리셋"에서 먼저 만들어 주세요.',
            'New products cannot be exported without a sales settings preset. Create one first under "Sales settings presets" below.',
          )}
        </Notice>
      )}
      <form
        class="filters"
        aria-label={t('상품 검색', 'Product search')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: q.trim(), page: 1 });
        }}
      >
        <label class="filters__grow">
          <span>{t('검색', 'Search')}</span>
          <input
            id="export-q"
            type="search"
            value={q}
            placeholder={t('상품명 또는 판매자 상품코드', 'Product name or seller product code')}
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('검색', 'Search')}</button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {check && bad.length > 0 && (
        <div class="check-result" role="alert">
          <Notice tone="error">
            <p>
              {t(
                `${bad.length}개 상품이 스마트스토어 등록 규칙에 맞지 않아 보낼 수 없습니다. 아래 항목을 고친 뒤 다시 내보내 주세요.`,
                `${bad.length} ${plural(bad.length, 'product does', 'products do')} not meet SmartStore's listing rules and cannot be sent. Fix the items below, then export again.`,
              )}
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
              {t('닫기', 'Close')}
            </button>
            {good.length > 0 && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                onClick={() => void start(good.map((r) => r.shopProductId))}
              >
                {t(
                  `문제 없는 ${good.length}개만 내보내기`,
                  `Export only the ${good.length} without problems`,
                )}
              </button>
            )}
          </div>
        </div>
      )}
      <div class="list-toolbar">
        <span>
          {data
            ? t(`총 ${count(data.total)}개`, `${count(data.total)} in total`)
            : t('불러오는 중…', 'Loading…')}
          {selected.size > 0 && t(` · ${count(selected.size)}개 선택`, ` · ${count(selected.size)} selected`)}
        </span>
        <div class="list-toolbar__actions">
          <button
            type="button"
            class="primary"
            disabled={busy || selected.size === 0}
            onClick={() => void exportSelected()}
          >
            {busy ? t('확인 중…', 'Checking…') : t('선택한 상품 내보내기', 'Export selected products')}
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
                    const next = new Map(selected);
                    for (const r of rows) {
                      if (allOnPage) next.delete(r.id);
                      else next.set(r.id, r.name);
                    }
                    setSelected(next);
                  }}
                />
              </th>
              <th scope="col">{t('상품', 'Product')}</th>
              <th scope="col">{t('상태', 'Status')}</th>
              <th scope="col" class="num">
                {t('판매가', 'Price')}
              </th>
              <th scope="col" class="num">
                {t('재고', 'Stock')}
              </th>
              <th scope="col">{t('스마트스토어', 'SmartStore')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && !loading && (
              <tr>
                <td colSpan={6} class="empty">
                  {t('조건에 맞는 식스샵 프로 상품이 없습니다.', 'No Sixshop Pro products match.')}
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
                    aria-label={t(`${r.name} 선택`, `Select ${r.name}`)}
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
                        {t('상품번호', 'Product no.')} {r.id}
                        {r.sellerCode ? ` · ${r.sellerCode}` : ''}
                        {r.optionCount > 0
                          ? t(
                              ` · 옵션 ${r.optionCount}개`,
                              ` · ${r.optionCount} ${plural(r.optionCount, 'option', 'options')}`,
                            )
                          : ''}
                        {t(
                          ` · 이미지 ${r.imageCount}장`,
                          ` · ${r.imageCount} ${plural(r.imageCount, 'image', 'images')}`,
                        )}
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
                      <span class="badge badge--brand">{t('연동됨', 'Linked')}</span>
                      {r.link.changedSinceSync && (
                        <span class="badge badge--warn">{t('식스샵에서 수정됨', 'Changed in Sixshop')}</span>
                      )}
                      <span class="muted">
                        {r.link.originProductNo} ·{' '}
                        {r.link.lastDirection === 'IMPORT'
                          ? t('가져옴', 'Imported')
                          : t('내보냄', 'Exported')}{' '}
                        {dateTime(r.link.syncedAt)}
                      </span>
                    </span>
                  ) : (
                    <span class="muted">{t('새로 등록', 'New listing')}</span>
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
