/** The batch run as the user watches it: progress, 停止, the summary table, and its exports. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReportList } from '../../core/list/report-links';
import { errorMessage } from '../../core/error-message';
import { downloadText } from '../download';
import { useLang } from '../i18n';
import { runJsonLines, summaryCsv } from './exports';
import { useRunT } from './run-messages';
import { runBatch, type BatchLimits, type BatchProgress } from './run-batch';
import { tabReader } from './tab-reader';
import { readAttachment } from './read-attachment';
import { STATUS_LABEL, summaryLine, type SummaryLine } from './summary';

export interface BatchRunProps {
  list: ReportList;
  pageUrl: string;
  /** The list's tab: its reader reads the fetched pages. */
  tabId: number;
  limits: BatchLimits;
}

const fileStem = (pageUrl: string) => `govreport-audit-batch-${new URL(pageUrl).hostname}`;

export function BatchRun({ list, pageUrl, tabId, limits }: BatchRunProps) {
  const t = useRunT();
  const lang = useLang();
  const [progress, setProgress] = useState<BatchProgress>({
    phase: 'pages',
    pagesRead: 1,
    pagesFailed: [],
    rows: [],
    leftOut: 0,
    pagesLeftOut: 0,
  });
  const [error, setError] = useState<string | null>(null);
  const [seconds, setSeconds] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    // A summary table needs more than the single report's width (a popup may be up to 800 px wide).
    document.body.classList.add('batch-wide');
    return () => document.body.classList.remove('batch-wide');
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    const started = performance.now();
    runBatch(list, pageUrl, { limits, signal: abort.signal, onProgress: setProgress, read: tabReader(tabId), readAttachment }).then(
      () => setSeconds((performance.now() - started) / 1000),
      (failure: unknown) => setError(errorMessage(failure)),
    );
    return () => abort.abort();
  }, [list, pageUrl, tabId, limits]);
  const lines = useMemo(() => progress.rows.map(summaryLine), [progress.rows]);
  const finished = progress.phase === 'done' || progress.phase === 'stopped';
  const done = lines.filter((line) => line.status !== 'waiting' && line.status !== 'fetching').length;
  const [xlsxError, setXlsxError] = useState<string | null>(null);
  const exportXlsx = async () => {
    try {
      const { summaryXlsx } = await import('./xlsx');
      const bytes = summaryXlsx(progress.rows);
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${fileStem(pageUrl)}.xlsx`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (failure) {
      setXlsxError(errorMessage(failure));
    }
  };
  return (
    <div class="batch-run" data-testid="batch-run" data-phase={progress.phase}>
      <div class="batch-progress" role="status" aria-live="polite">
        {progress.phase === 'pages' ? (
          <span>{t('readingPages', { n: progress.pagesRead + 1 })}</span>
        ) : (
          <>
            <progress max={Math.max(lines.length, 1)} value={done} />
            <span data-testid="batch-done" data-done={done} data-total={lines.length}>
              {t('progress', { done, total: lines.length })}
            </span>
          </>
        )}
        {!finished && (
          <button type="button" onClick={() => controller.current?.abort()} data-testid="batch-stop">
            {t('stop')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="status error">
          {error}
        </p>
      )}
      {progress.phase === 'stopped' && <p class="hint">{t('stopped')}</p>}
      {progress.phase === 'done' && seconds !== null && (
        <p class="hint">{t('done', { total: lines.length, seconds: seconds.toFixed(1) })}</p>
      )}
      {progress.leftOut > 0 && <p class="hint">{t('leftOut', { n: progress.leftOut })}</p>}
      {progress.pagesLeftOut > 0 && <p class="hint">{t('pagesLeftOut', { n: progress.pagesLeftOut })}</p>}
      {progress.pagesFailed.length > 0 && (
        <p class="hint" title={progress.pagesFailed.join('\n')}>
          {t('pagesFailed', { n: progress.pagesFailed.length })}
        </p>
      )}
      {finished && <Totals lines={lines} />}
      {finished && (
        <div class="batch-exports">
          <button
            type="button"
            data-testid="batch-export-csv"
            onClick={() => downloadText(`${fileStem(pageUrl)}.csv`, summaryCsv(progress.rows), 'text/csv;charset=utf-8')}
          >
            {t('exportCsv')}
          </button>
          <button type="button" data-testid="batch-export-xlsx" onClick={() => void exportXlsx()}>
            {t('exportXlsx')}
          </button>
          <button
            type="button"
            data-testid="batch-export-jsonl"
            onClick={() => downloadText(`${fileStem(pageUrl)}.jsonl`, runJsonLines(progress.rows), 'application/x-ndjson;charset=utf-8')}
          >
            {t('exportJsonl')}
          </button>
          {xlsxError && <span role="alert">{xlsxError}</span>}
        </div>
      )}
      <table class="batch-table" data-testid="batch-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('colTitle')}</th>
            <th>{t('colYear')}</th>
            <th>{t('colErrors')}</th>
            <th>{t('colWarnings')}</th>
            <th>{t('colReview')}</th>
            <th>{t('colTop')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <Row key={line.index} line={line} lang={lang} open={t('open')} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ line, lang, open }: { line: SummaryLine; lang: 'zh' | 'en'; open: string }) {
  return (
    <tr
      class={`batch-row status-${line.status}`}
      data-testid="batch-row"
      data-url={line.url}
      data-status={line.status}
      data-errors={line.errors ?? ''}
      data-warnings={line.warnings ?? ''}
      data-review={line.needsReview ?? ''}
      data-year={line.year ?? ''}
      data-organisation={line.organisation}
    >
      <td>{line.index + 1}</td>
      <td lang="zh-CN">
        {line.organisation && <span class="batch-body">{line.organisation}</span>}
        <span class="batch-title">{line.title}</span>
      </td>
      <td>{line.year ?? '–'}</td>
      <td class={line.errors ? 'count-error' : undefined}>{line.errors ?? '–'}</td>
      <td class={line.warnings ? 'count-warning' : undefined}>{line.warnings ?? '–'}</td>
      <td>{line.needsReview ?? '–'}</td>
      <td class="batch-top">
        {line.status !== 'audited' && <span class="batch-status">{STATUS_LABEL[line.status][lang]}</span>}
        <span lang="zh-CN">{line.topProblem}</span>
      </td>
      <td>
        <a href={line.url} target="_blank" rel="noopener noreferrer">
          {open}
        </a>
      </td>
    </tr>
  );
}

function Totals({ lines }: { lines: readonly SummaryLine[] }) {
  const t = useRunT();
  const count = (status: SummaryLine['status']) => lines.filter((line) => line.status === status).length;
  const sum = (pick: (line: SummaryLine) => number | null) => lines.reduce((total, line) => total + (pick(line) ?? 0), 0);
  return (
    <p class="batch-totals" data-testid="batch-totals">
      {t('totals', {
        audited: count('audited'),
        notReport: count('not-report'),
        failed: count('failed'),
        attachments: count('attachment'),
        errors: sum((line) => line.errors),
        warnings: sum((line) => line.warnings),
        review: sum((line) => line.needsReview),
      })}
    </p>
  );
}
