import { useEffect, useState } from 'preact/hooks';
import type { Messenger as ProductRequest } from '../../../lib/messaging/client';
import type { JobItemView, JobView } from '../../../lib/products/types';
import { Notice } from '../../ui/Notice';
import { count, dateTime, ITEM_STATUS_LABELS, JOB_STATUS_LABELS } from './format';
import { ProblemList } from './ProblemList';

const KIND_LABELS = {
  import: '가져오기 (스마트스토어 → 식스샵)',
  export: '내보내기 (식스샵 → 스마트스토어)',
} as const;

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
    item.originProductNo ? `스마트스토어 ${item.originProductNo}` : '',
    item.shopProductId ? `식스샵 ${item.shopProductId}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class={`job-item job-item--${item.status}`} data-key={item.key} data-status={item.status}>
      <div class="job-item__head">
        <span class={`badge badge--item-${item.status}`}>{ITEM_STATUS_LABELS[item.status]}</span>
        <span class="job-item__name">{item.label}</span>
        {item.outcome && <span class="muted">{item.outcome === 'created' ? '새로 등록' : '수정'}</span>}
        {where && <span class="muted">{where}</span>}
      </div>
      {item.error && (
        <div class="job-item__error">
          <p>{item.error.message}</p>
          {item.error.fields && item.error.fields.length > 0 && <ProblemList problems={item.error.fields} />}
          {item.error.traceId && <p class="trace">추적 ID: {item.error.traceId}</p>}
        </div>
      )}
      {item.status === 'conflict' && item.conflict && (
        <div class="job-item__conflict">
          <p>
            스마트스토어에서 이 상품이 {dateTime(item.conflict.smartstoreModifiedAt)}에 수정되었습니다 (마지막
            연동 {dateTime(item.conflict.syncedModifiedAt)}). 덮어쓰면 스마트스토어에서 바꾼
            상품명·가격·재고·옵션·이미지·상세 설명이 식스샵 프로의 내용으로 바뀝니다. 스마트스토어에만 있는
            설정은 그대로 둡니다.
          </p>
          <div class="job-item__actions">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(() => request('products.conflict', { id: job.id, keys: [item.key], choice: 'skip' }))
              }
            >
              건너뛰기
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
              덮어쓰기
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
            다시 시도
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
        <strong>{KIND_LABELS[job.kind]}</strong>
        <span class={`badge badge--job-${job.status}`}>{JOB_STATUS_LABELS[job.status]}</span>
        <span class="muted">{dateTime(job.createdAt)}</span>
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.processed}
        aria-label="진행률"
      >
        <div class="progress__bar" style={{ width: `${pct}%` }} />
      </div>
      <p class="job__figures" data-testid="job-figures">
        {count(p.processed)} / {count(p.total)}개 처리 · 완료 {count(p.done)}
        {p.failed > 0 && ` · 실패 ${count(p.failed)}`}
        {p.conflicts > 0 && ` · 확인 필요 ${count(p.conflicts)}`}
        {p.skipped > 0 && ` · 건너뜀/취소 ${count(p.skipped)}`}
        {active && p.current && <span class="job__current"> · 지금: {p.current}</span>}
      </p>
      {job.error && <Notice tone="error">{job.error.message}</Notice>}
      <div class="job__actions">
        {active && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => request('products.jobCancel', { id: job.id }))}
          >
            취소
          </button>
        )}
        {!active && failedKeys.length > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(() => request('products.jobRetry', { id: job.id, keys: failedKeys }))}
          >
            실패한 {failedKeys.length}개 다시 시도
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
              모두 건너뛰기
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
              모두 덮어쓰기
            </button>
          </>
        )}
        {p.total > 0 && (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '결과 접기' : `상품별 결과 보기 (${count(p.total)})`}
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
          {items.length > SHOWN_ITEMS && <li class="muted">외 {count(items.length - SHOWN_ITEMS)}개</li>}
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
  if (jobs.length === 0) return <p class="empty">아직 가져오기나 내보내기 작업이 없습니다.</p>;
  return (
    <ul class="jobs" data-testid="jobs">
      {jobs.map((j) => (
        <JobCard key={j.id} job={j} request={request} onChanged={onChanged} />
      ))}
    </ul>
  );
}
