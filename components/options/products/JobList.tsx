import { useEffect, useState } from 'preact/hooks';
import { perLocale, t } from '../../../lib/i18n';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import type { JobItemView, JobView } from '../../../lib/products/types';
import { Notice } from '../../ui/Notice';
import { count, dateTime, itemStatusLabels, jobStatusLabels } from './format';
import { ProblemList } from './ProblemList';

const kindLabels = perLocale(() => ({
  import: t('가져오기 (스마트스토어 → 식스샵)', 'Import (SmartStore → Sixshop)'),
  export: t('내보내기 (식스샵 → 스마트스토어)', 'Export (Sixshop → SmartStore)'),
}));

function ItemRow({
  job,
  item,
  request,
  onChanged,
}: {
  job: JobView;
  item: JobItemView;
  request: ProductRequest;
  onChanged: (j: JobView) => void;
}) {
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<JobView>) => {
    setBusy(true);
    try {
      onChanged(await fn());
    } finally {
      setBusy(false);
    }
  };
  const where = [
    item.originProductNo
      ? t(`스마트스토어 ${item.originProductNo}`, `SmartStore ${item.originProductNo}`)
      : '',
    item.shopProductId ? t(`식스샵 ${item.shopProductId}`, `Sixshop ${item.shopProductId}`) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class={`job-item job-item--${item.status}`} data-key={item.key} data-status={item.status}>
      <div class="job-item__head">
        <span class={`badge badge--item-${item.status}`}>{itemStatusLabels()[item.status]}</span>
        <span class="job-item__name">{item.label}</span>
        {item.outcome && (
          <span class="muted">
            {item.outcome === 'created' ? t('새로 등록', 'Created') : t('수정', 'Updated')}
          </span>
        )}
        {where && <span class="muted">{where}</span>}
      </div>
      {item.error && (
        <div class="job-item__error">
          <p>{item.error.message}</p>
          {item.error.fields && item.error.fields.length > 0 && <ProblemList problems={item.error.fields} />}
          {item.error.traceId && (
            <p class="trace">
              {t('추적 ID', 'Trace ID')}: {item.error.traceId}
            </p>
          )}
        </div>
      )}
      {item.status === 'conflict' && item.conflict && (
        <div class="job-item__conflict">
          <p>
            {t(
              `스마트스토어에서 이 상품이 ${dateTime(item.conflict.smartstoreModifiedAt)}에 수정되었습니다 (마지막 연동 ${dateTime(item.conflict.syncedModifiedAt)}). 덮어쓰면 스마트스토어에서 바꾼 상품명·가격·재고·옵션·이미지·상세 설명이 식스샵 프로의 내용으로 바뀝니다. 스마트스토어에만 있는 설정은 그대로 둡니다.`,
              `This product was changed on SmartStore at ${dateTime(item.conflict.smartstoreModifiedAt)} (last sync ${dateTime(item.conflict.syncedModifiedAt)}). Overwriting replaces the name, price, stock, options, images and description changed on SmartStore with Sixshop Pro's. Settings that exist only on SmartStore are kept.`,
            )}
          </p>
          <div class="job-item__actions">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(() => request('products.conflict', { id: job.id, keys: [item.key], choice: 'skip' }))
              }
            >
              {t('건너뛰기', 'Skip')}
            </button>
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() =>
                void act(() =>
                  request('products.conflict', { id: job.id, keys: [item.key], choice: 'overwrite' }),
                )
              }
            >
              {t('덮어쓰기', 'Overwrite')}
            </button>
          </div>
        </div>
      )}
      {(item.status === 'failed' || item.status === 'cancelled') && job.status !== 'running' && (
        <div class="job-item__actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => request('products.jobRetry', { id: job.id, keys: [item.key] }))}
          >
            {t('다시 시도', 'Retry')}
          </button>
        </div>
      )}
    </li>
  );
}

const SHOWN_ITEMS = 300;

function JobCard({
  job,
  request,
  onChanged,
}: {
  job: JobView;
  request: ProductRequest;
  onChanged: (j: JobView) => void;
}) {
  const p = job.progress;
  const active = job.status === 'running' || job.status === 'queued';
  const pct = p.total > 0 ? Math.round((p.processed / p.total) * 100) : active ? 0 : 100;
  const needsSeller = p.failed + p.conflicts > 0;
  const [open, setOpen] = useState(needsSeller);
  const [busy, setBusy] = useState(false);
  // the product list is read only while it is shown or needed (and again whenever the job changes)
  const [details, setDetails] = useState<JobView>();
  useEffect(() => {
    if (!open && !needsSeller) return;
    let alive = true;
    request('products.job', { id: job.id })
      .then((d) => {
        if (alive && d) setDetails(d);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [open, needsSeller, job.id, job.updatedAt, request]);
  const changed = (next: JobView) => {
    setDetails(next);
    onChanged(next);
  };
  const act = async (fn: () => Promise<JobView>) => {
    setBusy(true);
    try {
      changed(await fn());
    } finally {
      setBusy(false);
    }
  };
  const items = details?.items ?? job.items;
  const failedKeys = items.filter((i) => i.status === 'failed' || i.status === 'cancelled').map((i) => i.key);
  const conflictKeys = items.filter((i) => i.status === 'conflict').map((i) => i.key);
  return (
    <li class={`job job--${job.status}`} data-job-id={job.id} data-kind={job.kind} data-status={job.status}>
      <div class="job__head">
        <strong>{kindLabels()[job.kind]}</strong>
        <span class={`badge badge--job-${job.status}`}>{jobStatusLabels()[job.status]}</span>
        <span class="muted">{dateTime(job.createdAt)}</span>
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.processed}
        aria-label={t('진행률', 'Progress')}
      >
        <div class="progress__bar" style={{ width: `${pct}%` }} />
      </div>
      <p class="job__figures" data-testid="job-figures">
        {t(
          `${count(p.processed)} / ${count(p.total)}개 처리 · 완료 ${count(p.done)}`,
          `${count(p.processed)} / ${count(p.total)} processed · ${count(p.done)} done`,
        )}
        {p.failed > 0 && t(` · 실패 ${count(p.failed)}`, ` · ${count(p.failed)} failed`)}
        {p.conflicts > 0 && t(` · 확인 필요 ${count(p.conflicts)}`, ` · ${count(p.conflicts)} need review`)}
        {p.skipped > 0 && t(` · 건너뜀/취소 ${count(p.skipped)}`, ` · ${count(p.skipped)} skipped/cancelled`)}
        {active && p.current && (
          <span class="job__current">
            {' '}
            · {t('지금', 'Now')}: {p.current}
          </span>
        )}
      </p>
      {job.error && <Notice tone="error">{job.error.message}</Notice>}
      <div class="job__actions">
        {active && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => request('products.jobCancel', { id: job.id }))}
          >
            {t('취소', 'Cancel')}
          </button>
        )}
        {!active && failedKeys.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => request('products.jobRetry', { id: job.id, keys: failedKeys }))}
          >
            {t(`실패한 ${failedKeys.length}개 다시 시도`, `Retry ${failedKeys.length} failed`)}
          </button>
        )}
        {conflictKeys.length > 1 && (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(() =>
                  request('products.conflict', { id: job.id, keys: conflictKeys, choice: 'skip' }),
                )
              }
            >
              {t('모두 건너뛰기', 'Skip all')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(() =>
                  request('products.conflict', { id: job.id, keys: conflictKeys, choice: 'overwrite' }),
                )
              }
            >
              {t('모두 덮어쓰기', 'Overwrite all')}
            </button>
          </>
        )}
        {p.total > 0 && (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open
              ? t('결과 접기', 'Hide results')
              : t(`상품별 결과 보기 (${count(p.total)})`, `Show results per product (${count(p.total)})`)}
          </button>
        )}
      </div>
      {open && (
        <ul class="job__items">
          {[...items]
            .sort((a, b) => rank(a) - rank(b))
            .slice(0, SHOWN_ITEMS)
            .map((i) => (
              <ItemRow key={i.key} job={job} item={i} request={request} onChanged={changed} />
            ))}
          {items.length > SHOWN_ITEMS && (
            <li class="muted">
              {t(
                `외 ${count(items.length - SHOWN_ITEMS)}개`,
                `and ${count(items.length - SHOWN_ITEMS)} more`,
              )}
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/** Conflicts and failures first: they need the seller. */
function rank(i: JobItemView): number {
  return { conflict: 0, failed: 1, 'in-flight': 2, pending: 3, cancelled: 4, skipped: 5, done: 6 }[i.status];
}

export function JobList({
  jobs,
  request,
  onChanged,
}: {
  jobs: JobView[];
  request: ProductRequest;
  onChanged: (j: JobView) => void;
}) {
  if (jobs.length === 0)
    return (
      <p class="empty">{t('아직 가져오기나 내보내기 작업이 없습니다.', 'No import or export jobs yet.')}</p>
    );
  return (
    <ul class="jobs" data-testid="jobs">
      {jobs.map((j) => (
        <JobCard key={j.id} job={j} request={request} onChanged={onChanged} />
      ))}
    </ul>
  );
}
