import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ENCODING_LABELS } from '../../lib/bulk/decode';
import { DELIMITER_LABELS } from '../../lib/bulk/delimited';
import { type BulkSheet, readBulkFile, readBulkText } from '../../lib/bulk/read';
import {
  type BulkRowResult,
  bulkResults,
  bulkTemplateCsv,
  OUTCOME_LABELS,
  resultCounts,
  resultsToCsv,
  unsettled,
} from '../../lib/bulk/results';
import type { BulkPreview, BulkRowVerdict } from '../../lib/bulk/types';
import { exportFileName } from '../../lib/export/orders-csv';
import type { ActionRecord } from '../../lib/orders/outbox-types';
import { Notice } from '../ui/Notice';
import { ItemText } from './bits';
import { errorText, useToolsEnv } from './env';

type LoadedSheet = Extract<BulkSheet, { ok: true }> & { source: string };

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values';

/**
 * 대량 배송 처리: a sheet (file or paste) → a preview of every row, ready or wrong with its reasons → the ready
 * rows sent as one 배송 처리 → each row's result, downloadable as CSV.
 */
export function BulkTab({ onSent }: { onSent: () => void }) {
  const env = useToolsEnv();
  const [sheet, setSheet] = useState<LoadedSheet>();
  const [sheetError, setSheetError] = useState<string>();
  const [preview, setPreview] = useState<BulkPreview>();
  const [records, setRecords] = useState<ActionRecord[]>();
  const [busy, setBusy] = useState<'read' | 'send'>();
  const [error, setError] = useState<string>();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const requestId = useRef<string>('');
  const fileInput = useRef<HTMLInputElement>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const results = useMemo(
    () => (preview && records ? bulkResults(preview, records) : undefined),
    [preview, records],
  );

  function reset() {
    setSheet(undefined);
    setSheetError(undefined);
    setPreview(undefined);
    setRecords(undefined);
    setError(undefined);
    setOnlyProblems(false);
    setWaiting(false);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function load(read: BulkSheet, source: string) {
    reset();
    if (!read.ok) {
      setSheetError(read.message);
      return;
    }
    const loaded: LoadedSheet = { ...read, source };
    setSheet(loaded);
    setBusy('read');
    try {
      const p = await env.tools('tools.bulkPreview', { rows: read.rows });
      if (!alive.current) return;
      requestId.current = env.newRequestId();
      setPreview(p);
      setOnlyProblems(p.problemCount > 0 && p.rows.length > 20);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function loadFile(file: File | undefined) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await load(readBulkFile(bytes), file.name);
  }

  async function send() {
    if (!preview || !sheet || busy || records) return;
    setBusy('send');
    setError(undefined);
    try {
      const reply = await env.tools('tools.bulkDispatch', { requestId: requestId.current, rows: sheet.rows });
      if (!alive.current) return;
      setPreview(reply.preview);
      setRecords(reply.actions);
      onSent();
      void follow(reply.actions);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  }

  /** Asks again for actions still on their way until every item has its result (or time runs out). */
  async function follow(initial: ActionRecord[]) {
    let current = initial;
    const until = env.now() + env.pollTimeoutMs;
    setWaiting(unsettled(current).length > 0);
    while (alive.current && unsettled(current).length > 0 && env.now() < until) {
      await new Promise((r) => setTimeout(r, env.pollMs));
      const next = await Promise.all(
        current.map(async (r) =>
          r.status === 'queued' ? ((await env.request('actions.get', { id: r.id }).catch(() => r)) ?? r) : r,
        ),
      );
      current = next;
      if (alive.current) setRecords(next);
    }
    if (alive.current) {
      setWaiting(false);
      onSent();
    }
  }

  const shown: Array<BulkRowVerdict | BulkRowResult> = onlyProblems
    ? (results?.filter((r) => r.outcome !== 'done') ?? preview?.rows.filter((r) => !r.ready) ?? [])
    : (results ?? preview?.rows ?? []);
  const counts = results ? resultCounts(results) : undefined;
  const multiAccount = (preview?.accounts.length ?? 0) > 1;

  return (
    <div class="bulk" data-busy={busy ?? ''}>
      <section class="card" aria-labelledby="bulk-title">
        <h2 id="bulk-title">파일로 배송 처리</h2>
        <p class="muted">
          상품주문번호, 택배사, 송장번호가 있는 파일(.csv, .tsv, .txt)을 올리거나 엑셀에서 셀을 복사해 붙여
          넣으세요. 보내기 전에 모든 행을 확인해 보여 드립니다. 배송 준비 중인 품목만 보낼 수 있습니다.
        </p>
        <div class="bulk__inputs">
          {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target only; the file button inside is the control */}
          <div
            class={`dropzone${dragging ? ' dropzone--over' : ''}`}
            data-testid="dropzone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void loadFile(e.dataTransfer?.files[0]);
            }}
          >
            <p class="dropzone__title">파일을 여기에 끌어다 놓거나</p>
            <label class="button primary" for="bulk-file">
              파일 선택
            </label>
            <input
              id="bulk-file"
              class="file-input"
              type="file"
              accept={ACCEPT}
              onChange={(e) => void loadFile((e.target as HTMLInputElement).files?.[0])}
            />
            <p class="dropzone__hint">
              CSV(쉼표), 탭 구분 텍스트 · UTF-8 또는 엑셀 기본(CP949) · 1,000행까지
            </p>
          </div>
          <div class="paste">
            <label for="bulk-paste">또는 엑셀에서 복사해 붙여넣기</label>
            <textarea
              id="bulk-paste"
              rows={5}
              placeholder={'상품주문번호\t택배사\t송장번호\n2026112712345601\tCJ대한통운\t601234567890'}
              value={paste}
              onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)}
            />
            <div class="paste__actions">
              <button
                type="button"
                disabled={!paste.trim() || busy !== undefined}
                onClick={() => void load(readBulkText(paste), '붙여넣은 내용')}
              >
                붙여넣은 내용 확인
              </button>
              <button
                type="button"
                class="link"
                onClick={() => env.download('배송처리_양식.csv', bulkTemplateCsv())}
              >
                빈 양식 받기 (CSV)
              </button>
            </div>
          </div>
        </div>
        <details class="tips">
          <summary>엑셀에서 만들 때 알아 두세요</summary>
          <ul>
            <li>
              송장번호·상품주문번호 열은 <strong>셀 서식을 "텍스트"</strong>로 바꾼 뒤 번호를 넣어 주세요.
              숫자로 두면 엑셀이 6.01235E+11처럼 바꾸거나 앞자리 0을 지웁니다.
            </li>
            <li>
              택배사는 이름이나 코드로 씁니다: CJ대한통운(대한통운, CJ택배), 롯데택배(롯데), 한진택배,
              로젠택배(로젠), 우체국택배(우체국), 경동택배 … 또는 CJGLS, HYUNDAI, KGB 같은 스마트스토어 코드.
            </li>
            <li>
              머리글(상품주문번호 / 택배사 / 송장번호 또는 운송장번호)은 있어도 없어도 되고, 열 순서는
              상관없습니다.
            </li>
            <li>같은 주문번호의 품목끼리는 송장번호 하나를 함께 쓸 수 있습니다(합포장).</li>
            <li>주문 내보내기 파일에 택배사와 송장번호를 채워 그대로 올려도 됩니다.</li>
          </ul>
        </details>
      </section>

      {sheetError && <Notice tone="error">{sheetError}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {busy === 'read' && <p class="muted">행을 확인하는 중입니다…</p>}

      {sheet && preview && (
        <section class="card" aria-labelledby="bulk-preview-title" data-testid="bulk-preview">
          <div class="section-head">
            <h2 id="bulk-preview-title">{results ? '배송 처리 결과' : '미리 보기'}</h2>
            <p class="sheet-info" data-testid="sheet-info">
              {sheet.source}
              {sheet.encoding && ` · ${ENCODING_LABELS[sheet.encoding]}`} ·{' '}
              {DELIMITER_LABELS[sheet.delimiter]}
              {sheet.headerLine ? ` · 머리글 ${sheet.headerLine}행` : ' · 머리글 없음'} ·{' '}
              {sheet.rows.length.toLocaleString('ko-KR')}행
            </p>
          </div>
          {sheet.warnings.map((w) => (
            <Notice key={w} tone="warning">
              {w}
            </Notice>
          ))}
          {counts ? (
            <ul class="tally" data-testid="result-counts">
              <li class="tally__item tally__item--ok" data-count="done">
                완료 <strong>{counts.done}</strong>건
              </li>
              <li class="tally__item tally__item--bad" data-count="failed">
                실패 <strong>{counts.failed}</strong>건
              </li>
              {counts.sending > 0 && (
                <li class="tally__item" data-count="sending">
                  보내는 중 <strong>{counts.sending}</strong>건
                </li>
              )}
              {counts.skipped > 0 && (
                <li class="tally__item" data-count="skipped">
                  건너뜀 <strong>{counts.skipped}</strong>건
                </li>
              )}
              <li class="tally__item" data-count="not-sent">
                보내지 않음 <strong>{counts['not-sent']}</strong>건
              </li>
            </ul>
          ) : (
            <ul class="tally" data-testid="preview-counts">
              <li class="tally__item tally__item--ok" data-count="ready">
                보낼 수 있음 <strong>{preview.readyCount}</strong>건
              </li>
              <li class="tally__item tally__item--bad" data-count="problems">
                확인 필요 <strong>{preview.problemCount}</strong>건
              </li>
            </ul>
          )}
          <div class="actions-bar">
            {!results && (
              <button
                type="button"
                class="primary"
                data-testid="bulk-send"
                disabled={preview.readyCount === 0 || busy !== undefined}
                onClick={() => void send()}
              >
                {busy === 'send'
                  ? '배송 처리하는 중…'
                  : `준비된 ${preview.readyCount.toLocaleString('ko-KR')}건 배송 처리하기`}
              </button>
            )}
            {results && (
              <button
                type="button"
                class="primary"
                data-testid="bulk-download"
                onClick={() => env.download(exportFileName('배송처리결과', env.now()), resultsToCsv(results))}
              >
                결과 CSV 다운로드
              </button>
            )}
            <button type="button" onClick={reset}>
              다른 파일 올리기
            </button>
            <label class="check">
              <input
                type="checkbox"
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems((e.target as HTMLInputElement).checked)}
              />{' '}
              {results ? '완료되지 않은 행만 보기' : '확인이 필요한 행만 보기'}
            </label>
          </div>
          {!results && preview.readyCount > 0 && preview.problemCount > 0 && (
            <p class="muted">확인이 필요한 행은 보내지 않습니다. 고친 뒤 그 행만 다시 올리면 됩니다.</p>
          )}
          {waiting && <p class="muted">스마트스토어의 응답을 기다리는 중입니다…</p>}
          {counts && counts.failed + counts['not-sent'] > 0 && (
            <p class="muted">
              결과 CSV에는 행마다 결과와 사유가 있습니다. 실패한 행을 고쳐 그 파일을 다시 올리면, 이미 완료된
              행은 보내지 않습니다.
            </p>
          )}
          <div class="table-wrap">
            <table class="grid" data-testid="bulk-table">
              <thead>
                <tr>
                  <th scope="col">행</th>
                  <th scope="col">상품주문번호</th>
                  <th scope="col">택배사</th>
                  <th scope="col">송장번호</th>
                  <th scope="col">주문</th>
                  <th scope="col">{results ? '결과' : '확인'}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <BulkRow key={r.line} row={r} showAccount={multiAccount} />
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p class="empty">표시할 행이 없습니다.</p>}
          </div>
        </section>
      )}
    </div>
  );
}

function BulkRow({ row, showAccount }: { row: BulkRowVerdict | BulkRowResult; showAccount: boolean }) {
  const result = 'outcome' in row ? row : undefined;
  const carrierWritten = row.input.carrier.trim();
  return (
    <tr
      class={`bulk-row ${row.ready ? 'bulk-row--ready' : 'bulk-row--wrong'}${result ? ` bulk-row--${result.outcome}` : ''}`}
      data-line={row.line}
      data-state={row.ready ? 'ready' : 'wrong'}
      data-outcome={result?.outcome}
    >
      <td class="num">{row.line}</td>
      <td class="mono">
        {row.productOrderId || row.input.productOrderId.trim() || <span class="muted">(비어 있음)</span>}
      </td>
      <td class="nowrap">
        {row.courierName ?? <span class="bad-text">{carrierWritten || '(비어 있음)'}</span>}
        {row.courierName && carrierWritten && carrierWritten !== row.courierName && (
          <span class="muted small"> ({carrierWritten})</span>
        )}
      </td>
      <td class="mono">{row.trackingNumber || <span class="muted">(비어 있음)</span>}</td>
      <td>
        {row.order ? (
          <>
            <ItemText productName={row.order.productName} optionText={row.order.optionText} />
            <span class="muted small">
              {' '}
              · {row.order.receiverName}
              {showAccount && ` · ${row.order.accountAlias}`}
            </span>
          </>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td>
        {result ? (
          <>
            <span class={`badge badge--outcome-${result.outcome}`}>{OUTCOME_LABELS[result.outcome]}</span>
            {result.outcome !== 'done' && result.outcomeMessage && (
              <p class="reason" data-role="reason">
                {result.outcomeMessage}
              </p>
            )}
          </>
        ) : row.ready ? (
          <>
            <span class="badge badge--ready">준비됨</span>
            {row.bundle && <span class="muted small"> 합포장</span>}
          </>
        ) : (
          <>
            <span class="badge badge--wrong">확인 필요</span>
            <ul class="reasons" data-role="reason">
              {row.problems.map((p) => (
                <li key={p.code} data-code={p.code}>
                  {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  );
}
