import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { encodingLabel } from '../../lib/bulk/decode';
import { delimiterLabel } from '../../lib/bulk/delimited';
import { type BulkSheet, readBulkFile, readBulkText } from '../../lib/bulk/read';
import {
  type BulkRowResult,
  bulkResults,
  bulkTemplateCsv,
  outcomeLabel,
  resultCounts,
  resultsToCsv,
  unsettled,
} from '../../lib/bulk/results';
import type { BulkPreview, BulkRowVerdict } from '../../lib/bulk/types';
import { exportFileName } from '../../lib/export/orders-csv';
import { plural, t } from '../../lib/i18n';
import type { ActionRecord } from '../../lib/orders/outbox-types';
import { countOf, formatNumber } from '../ui/count';
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
        <h2 id="bulk-title">{t('파일로 배송 처리', 'Dispatch from a file')}</h2>
        <p class="muted">
          {t(
            '상품주문번호, 택배사, 송장번호가 있는 파일(.csv, .tsv, .txt)을 올리거나 엑셀에서 셀을 복사해 붙여 넣으세요. 보내기 전에 모든 행을 확인해 보여 드립니다. 배송 준비 중인 품목만 보낼 수 있습니다.',
            'Upload a file (.csv, .tsv, .txt) with product order numbers, carriers and tracking numbers, or copy the cells in Excel and paste them. Every row is checked and shown before anything is sent. Only items in Preparing shipment can be dispatched.',
          )}
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
            <p class="dropzone__title">{t('파일을 여기에 끌어다 놓거나', 'Drop a file here, or')}</p>
            <label class="button primary" for="bulk-file">
              {t('파일 선택', 'Choose file')}
            </label>
            <input
              id="bulk-file"
              class="file-input"
              type="file"
              accept={ACCEPT}
              onChange={(e) => void loadFile((e.target as HTMLInputElement).files?.[0])}
            />
            <p class="dropzone__hint">
              {t(
                'CSV(쉼표), 탭 구분 텍스트 · UTF-8 또는 엑셀 기본(CP949) · 1,000행까지',
                'CSV (comma) or tab-separated text · UTF-8 or Korean Excel default (CP949) · up to 1,000 rows',
              )}
            </p>
          </div>
          <div class="paste">
            <label for="bulk-paste">
              {t('또는 엑셀에서 복사해 붙여넣기', 'Or copy from Excel and paste')}
            </label>
            <textarea
              id="bulk-paste"
              rows={5}
              placeholder={t(
                '상품주문번호\t택배사\t송장번호\n2026112712345601\tCJ대한통운\t601234567890',
                'Product order number\tCarrier\tTracking number\n2026112712345601\tCJ Logistics\t601234567890',
              )}
              value={paste}
              onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)}
            />
            <div class="paste__actions">
              <button
                type="button"
                disabled={!paste.trim() || busy !== undefined}
                onClick={() => void load(readBulkText(paste), t('붙여넣은 내용', 'Pasted text'))}
              >
                {t('붙여넣은 내용 확인', 'Check pasted text')}
              </button>
              <button
                type="button"
                class="link"
                onClick={() =>
                  env.download(t('배송처리_양식.csv', 'dispatch_template.csv'), bulkTemplateCsv())
                }
              >
                {t('빈 양식 받기 (CSV)', 'Download blank template (CSV)')}
              </button>
            </div>
          </div>
        </div>
        <details class="tips">
          <summary>{t('엑셀에서 만들 때 알아 두세요', 'Tips for sheets made in Excel')}</summary>
          <ul>
            <li>
              {t(
                '송장번호·상품주문번호 열은 ',
                'Set the tracking number and product order number columns to ',
              )}
              <strong>{t('셀 서식을 "텍스트"', 'the "Text" cell format')}</strong>
              {t(
                '로 바꾼 뒤 번호를 넣어 주세요. 숫자로 두면 엑셀이 6.01235E+11처럼 바꾸거나 앞자리 0을 지웁니다.',
                ' before typing the numbers. As numbers, Excel turns them into 6.01235E+11 or drops leading zeros.',
              )}
            </li>
            <li>
              {t(
                '택배사는 이름이나 코드로 씁니다: CJ대한통운(대한통운, CJ택배), 롯데택배(롯데), 한진택배, 로젠택배(로젠), 우체국택배(우체국), 경동택배 … 또는 CJGLS, HYUNDAI, KGB 같은 스마트스토어 코드.',
                'Write the carrier by name or code: CJ Logistics, Lotte, Hanjin, Logen, Korea Post, Kyungdong … (Korean names work too), or a SmartStore code such as CJGLS, HYUNDAI or KGB.',
              )}
            </li>
            <li>
              {t(
                '머리글(상품주문번호 / 택배사 / 송장번호 또는 운송장번호)은 있어도 없어도 되고, 열 순서는 상관없습니다.',
                'A header row (Product order number / Carrier / Tracking number, in English or Korean) is optional, and the column order does not matter.',
              )}
            </li>
            <li>
              {t(
                '같은 주문번호의 품목끼리는 송장번호 하나를 함께 쓸 수 있습니다(합포장).',
                'Items of the same order number may share one tracking number (combined shipping).',
              )}
            </li>
            <li>
              {t(
                '주문 내보내기 파일에 택배사와 송장번호를 채워 그대로 올려도 됩니다.',
                'You can also fill the carrier and tracking number into an order export file and upload it as it is.',
              )}
            </li>
          </ul>
        </details>
      </section>

      {sheetError && <Notice tone="error">{sheetError}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {busy === 'read' && <p class="muted">{t('행을 확인하는 중입니다…', 'Checking the rows…')}</p>}

      {sheet && preview && (
        <section class="card" aria-labelledby="bulk-preview-title" data-testid="bulk-preview">
          <div class="section-head">
            <h2 id="bulk-preview-title">
              {results ? t('배송 처리 결과', 'Dispatch results') : t('미리 보기', 'Preview')}
            </h2>
            <p class="sheet-info" data-testid="sheet-info">
              {sheet.source}
              {sheet.encoding && ` · ${encodingLabel(sheet.encoding)}`} · {delimiterLabel(sheet.delimiter)}
              {sheet.headerLine
                ? t(` · 머리글 ${sheet.headerLine}행`, ` · header on row ${sheet.headerLine}`)
                : t(' · 머리글 없음', ' · no header')}{' '}
              ·{' '}
              {t(
                `${formatNumber(sheet.rows.length)}행`,
                `${formatNumber(sheet.rows.length)} ${plural(sheet.rows.length, 'row', 'rows')}`,
              )}
            </p>
          </div>
          {sheet.warnings.map((w) => (
            <Notice key={w} tone="warning">
              {w}
            </Notice>
          ))}
          {counts ? (
            <ul class="tally" data-testid="result-counts">
              <Tally tone="ok" count="done" label={outcomeLabel('done')} n={counts.done} />
              <Tally tone="bad" count="failed" label={outcomeLabel('failed')} n={counts.failed} />
              {counts.sending > 0 && (
                <Tally count="sending" label={outcomeLabel('sending')} n={counts.sending} />
              )}
              {counts.skipped > 0 && (
                <Tally count="skipped" label={outcomeLabel('skipped')} n={counts.skipped} />
              )}
              <Tally count="not-sent" label={outcomeLabel('not-sent')} n={counts['not-sent']} />
            </ul>
          ) : (
            <ul class="tally" data-testid="preview-counts">
              <Tally
                tone="ok"
                count="ready"
                label={t('보낼 수 있음', 'Ready to send')}
                n={preview.readyCount}
              />
              <Tally
                tone="bad"
                count="problems"
                label={t('확인 필요', 'Needs checking')}
                n={preview.problemCount}
              />
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
                  ? t('배송 처리하는 중…', 'Dispatching…')
                  : t(
                      `준비된 ${formatNumber(preview.readyCount)}건 배송 처리하기`,
                      `Dispatch ${countOf(preview.readyCount, 'ready item', 'ready items')}`,
                    )}
              </button>
            )}
            {results && (
              <button
                type="button"
                class="primary"
                data-testid="bulk-download"
                onClick={() =>
                  env.download(
                    exportFileName(t('배송처리결과', 'dispatch_results'), env.now()),
                    resultsToCsv(results),
                  )
                }
              >
                {t('결과 CSV 다운로드', 'Download results (CSV)')}
              </button>
            )}
            <button type="button" onClick={reset}>
              {t('다른 파일 올리기', 'Upload another file')}
            </button>
            <label class="check">
              <input
                type="checkbox"
                checked={onlyProblems}
                onChange={(e) => setOnlyProblems((e.target as HTMLInputElement).checked)}
              />{' '}
              {results
                ? t('완료되지 않은 행만 보기', 'Show only rows not done')
                : t('확인이 필요한 행만 보기', 'Show only rows to check')}
            </label>
          </div>
          {!results && preview.readyCount > 0 && preview.problemCount > 0 && (
            <p class="muted">
              {t(
                '확인이 필요한 행은 보내지 않습니다. 고친 뒤 그 행만 다시 올리면 됩니다.',
                'Rows that need checking are not sent. Fix them and upload just those rows again.',
              )}
            </p>
          )}
          {waiting && (
            <p class="muted">
              {t('스마트스토어의 응답을 기다리는 중입니다…', 'Waiting for SmartStore to answer…')}
            </p>
          )}
          {counts && counts.failed + counts['not-sent'] > 0 && (
            <p class="muted">
              {t(
                '결과 CSV에는 행마다 결과와 사유가 있습니다. 실패한 행을 고쳐 그 파일을 다시 올리면, 이미 완료된 행은 보내지 않습니다.',
                'The results CSV has each row with its result and reason. Fix the failed rows and upload that file again: rows already done are not sent again.',
              )}
            </p>
          )}
          <div class="table-wrap">
            <table class="grid" data-testid="bulk-table">
              <thead>
                <tr>
                  <th scope="col">{t('행', 'Row')}</th>
                  <th scope="col">{t('상품주문번호', 'Product order number')}</th>
                  <th scope="col">{t('택배사', 'Carrier')}</th>
                  <th scope="col">{t('송장번호', 'Tracking number')}</th>
                  <th scope="col">{t('주문', 'Order')}</th>
                  <th scope="col">{results ? t('결과', 'Result') : t('확인', 'Check')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <BulkRow key={r.line} row={r} showAccount={multiAccount} />
                ))}
              </tbody>
            </table>
            {shown.length === 0 && <p class="empty">{t('표시할 행이 없습니다.', 'No rows to show.')}</p>}
          </div>
        </section>
      )}
    </div>
  );
}

const emptyCell = () => t('(비어 있음)', '(empty)');

/** One count of the tally: "완료 3건" / "Done 3". */
function Tally({ tone, count, label, n }: { tone?: 'ok' | 'bad'; count: string; label: string; n: number }) {
  return (
    <li class={`tally__item${tone ? ` tally__item--${tone}` : ''}`} data-count={count}>
      {label} <strong>{formatNumber(n)}</strong>
      {t('건', '')}
    </li>
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
        {row.productOrderId || row.input.productOrderId.trim() || <span class="muted">{emptyCell()}</span>}
      </td>
      <td class="nowrap">
        {row.courierName ?? <span class="bad-text">{carrierWritten || emptyCell()}</span>}
        {row.courierName && carrierWritten && carrierWritten !== row.courierName && (
          <span class="muted small"> ({carrierWritten})</span>
        )}
      </td>
      <td class="mono">{row.trackingNumber || <span class="muted">{emptyCell()}</span>}</td>
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
            <span class={`badge badge--outcome-${result.outcome}`}>{outcomeLabel(result.outcome)}</span>
            {result.outcome !== 'done' && result.outcomeMessage && (
              <p class="reason" data-role="reason">
                {result.outcomeMessage}
              </p>
            )}
          </>
        ) : row.ready ? (
          <>
            <span class="badge badge--ready">{t('준비됨', 'Ready')}</span>
            {row.bundle && <span class="muted small"> {t('합포장', 'Combined shipping')}</span>}
          </>
        ) : (
          <>
            <span class="badge badge--wrong">{t('확인 필요', 'Needs checking')}</span>
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
