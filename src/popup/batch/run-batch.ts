/**
 * The batch audit of a report list: its further pages first (within the user's page limit), then
 * every report link (within the report limit), a few requests at a time with a pause between, each
 * page read and audited by the same core as a single report. A failed fetch is a row with its reason;
 * stopping ends the run with what is done. Reports of one body for consecutive years in the list are
 * compared across years once all are read, as the command line compares its inputs.
 */
import { auditReport } from '../../core/audit/audit';
import { previousYearOf, yearDataOf } from '../../core/audit/history';
import { errorMessage } from '../../core/error-message';
import type { ReportLink, ReportList } from '../../core/list/report-links';
import type { AuditResult } from '../../core/model/audit';
import type { YearData } from '../../core/model/history';
import type { Report } from '../../core/model/report';
import { fetchPage, type Fetched } from './fetch-page';
import { CONCURRENCY, PAUSE_MS, type BatchLimits } from './limits';
import type { PageReader } from './tab-reader';
import { reportListIn } from './list-in';

export type { BatchLimits };

/**
 * A reader for a PDF or Word attachment (bytes and file name → the report read from it), once the
 * readers exist in the popup; without one, attachments are listed as not audited.
 */
export type AttachmentReader = (bytes: Uint8Array, name: string) => Promise<Report>;

export type RowStatus = 'waiting' | 'fetching' | 'audited' | 'not-report' | 'sub-list' | 'failed' | 'attachment' | 'stopped';

export interface BatchRow {
  index: number;
  link: ReportLink;
  status: RowStatus;
  audit?: AuditResult;
  /** Why the row has no audit (a failed fetch, not a report, an attachment not readable yet). */
  reason?: string;
}

export type BatchPhase = 'pages' | 'reports' | 'done' | 'stopped';

export interface BatchProgress {
  phase: BatchPhase;
  pagesRead: number;
  pagesFailed: string[];
  rows: BatchRow[];
  /** Report links beyond the report limit, left out. */
  leftOut: number;
  /** List pages beyond the page limit, not read. */
  pagesLeftOut: number;
}

export interface BatchOptions {
  limits: BatchLimits;
  signal: AbortSignal;
  onProgress(progress: BatchProgress): void;
  /** Reads a fetched page's HTML: as a report, or as a list page for its links. */
  read: PageReader;
  readAttachment?: AttachmentReader;
  /** Tests and other hosts may swap the network. */
  fetch?: typeof fetchPage;
  pauseMs?: number;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((done) => {
    if (signal.aborted || ms <= 0) return done();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });

export async function runBatch(start: ReportList, startUrl: string, options: BatchOptions): Promise<BatchProgress> {
  const { limits, signal } = options;
  const get = options.fetch ?? fetchPage;
  const pauseMs = options.pauseMs ?? PAUSE_MS;
  const progress: BatchProgress = { phase: 'pages', pagesRead: 1, pagesFailed: [], rows: [], leftOut: 0, pagesLeftOut: 0 };
  const report = () => options.onProgress({ ...progress, rows: [...progress.rows] });
  const links: ReportLink[] = [];
  const seenLinks = new Set<string>();
  const origin = new URL(startUrl).origin;
  const onSite = (url: string) => URL.canParse(url) && new URL(url).origin === origin;
  const addLinks = (found: readonly ReportLink[]) => {
    for (const link of found) {
      // The list's own site only, whatever a fetched page's links say.
      if (seenLinks.has(link.url) || !onSite(link.url)) continue;
      seenLinks.add(link.url);
      links.push(link);
    }
  };
  addLinks(start.reports);

  // The list's own pages, in order, one at a time: few, and each may name more.
  const visited = new Set<string>([startUrl]);
  const pending = start.pages.filter(onSite);
  report();
  while (pending.length > 0 && !signal.aborted) {
    const url = pending.shift()!;
    if (visited.has(url)) continue;
    if (progress.pagesRead >= limits.maxPages) {
      progress.pagesLeftOut = new Set(pending.concat(url).filter((page) => !visited.has(page))).size;
      break;
    }
    visited.add(url);
    const page = await get(url, signal);
    const list = page.kind === 'html' ? await options.read.list(page.text, page.url).catch((error: unknown) => errorMessage(error)) : null;
    if (list && typeof list !== 'string') {
      addLinks(list.reports);
      for (const next of list.pages) if (onSite(next) && !visited.has(next) && !pending.includes(next)) pending.push(next);
      progress.pagesRead++;
    } else {
      progress.pagesFailed.push(`${url}: ${page.kind === 'failed' ? page.reason : (list ?? 'not a page')}`);
    }
    report();
    await pause(pauseMs, signal);
  }

  const chosen = links.slice(0, limits.maxReports);
  progress.leftOut = links.length - chosen.length;
  progress.rows = chosen.map((link, index) => ({ index, link, status: 'waiting' }));
  progress.phase = 'reports';
  report();

  const reports = new Map<number, Report>();
  const previousUsed = new Map<number, YearData | undefined>();
  const years = new Map<number, YearData>();
  const update = (row: BatchRow) => {
    progress.rows[row.index] = row;
    report();
  };
  const auditRow = (index: number, read: Report) => {
    const row = progress.rows[index]!;
    const previous = previousYearOf(inListOrder(years), read.identity);
    previousUsed.set(index, previous);
    const audit = auditReport(read, { url: row.link.url, previous });
    return audit;
  };

  /** A linked page that is itself a list (a per-year sub-column) adds its reports, within the report limit. */
  const addSubList = (row: BatchRow, read: Report): BatchRow | null => {
    const list = reportListIn(read);
    if (read.isReport || !list || list.reports.length === 0) return null;
    let added = 0;
    for (const link of list.reports) {
      if (seenLinks.has(link.url) || !onSite(link.url)) continue;
      seenLinks.add(link.url);
      if (progress.rows.length >= limits.maxReports) {
        progress.leftOut++;
        continue;
      }
      progress.rows.push({ index: progress.rows.length, link, status: 'waiting' });
      added++;
    }
    return { ...row, status: 'sub-list', reason: `子栏目：列有 ${list.reports.length} 篇报告，${added} 篇加入本次审校` };
  };

  let next = 0;
  let reading = 0;
  const worker = async () => {
    while (!signal.aborted) {
      const index = next++;
      if (index >= progress.rows.length) {
        // A page still being read may be a sub-column that adds rows: wait for it before leaving.
        next--;
        if (reading === 0) return;
        await pause(20, signal);
        continue;
      }
      reading++;
      try {
        await readOne(index);
      } finally {
        reading--;
      }
      await pause(pauseMs, signal);
    }
  };
  const readOne = async (index: number) => {
    {
      const row = progress.rows[index]!;
      if (row.link.attachment && !options.readAttachment) {
        update({ ...row, status: 'attachment', reason: '附件（PDF/Word）暂未审校' });
        return;
      }
      update({ ...row, status: 'fetching' });
      const fetched = await get(row.link.url, signal, { wantBytes: Boolean(options.readAttachment) });
      if (signal.aborted) {
        update({ ...row, status: 'stopped', reason: '已停止 / stopped' });
        return;
      }
      let subList: BatchRow | null = null;
      const done = await readRow(row, fetched, options, (read) => {
        subList = addSubList(row, read);
        if (subList) return null;
        reports.set(index, read);
        const data = yearDataOf(read, row.link.url);
        if (data) years.set(index, data);
        return auditRow(index, read);
      });
      update(subList ?? done);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  // Cross-year checks once every report is in: a row audited before its previous year arrived is redone.
  const allYears = inListOrder(years);
  for (const [index, read] of reports) {
    const previous = previousYearOf(allYears, read.identity);
    if (previous === previousUsed.get(index)) continue;
    const row = progress.rows[index]!;
    progress.rows[index] = { ...row, audit: auditReport(read, { url: row.link.url, previous }) };
  }
  for (const [index, row] of progress.rows.entries()) {
    if (row.status === 'waiting' || row.status === 'fetching')
      progress.rows[index] = { ...row, status: 'stopped', reason: '已停止 / stopped' };
  }
  progress.phase = signal.aborted ? 'stopped' : 'done';
  report();
  return progress;
}

function inListOrder(years: Map<number, YearData>): YearData[] {
  return [...years].sort((a, b) => a[0] - b[0]).map(([, data]) => data);
}

async function readRow(
  row: BatchRow,
  fetched: Fetched,
  { readAttachment, read: reader }: Pick<BatchOptions, 'readAttachment' | 'read'>,
  /** Null when the page is a sub-column rather than something to audit. */
  audit: (report: Report) => AuditResult | null,
): Promise<BatchRow> {
  try {
    if (fetched.kind === 'failed') return { ...row, status: 'failed', reason: fetched.reason };
    let read: Report;
    if (fetched.kind === 'attachment') {
      if (!readAttachment) return { ...row, status: 'attachment', reason: '附件（PDF/Word）暂未审校' };
      read = await readAttachment(fetched.bytes, fileNameOf(fetched.url));
    } else {
      read = await reader.report(fetched.text, fetched.url);
    }
    const result = audit(read);
    if (!result) return row;
    return result.report.isReport
      ? { ...row, status: 'audited', audit: result }
      : { ...row, status: 'not-report', audit: result, reason: result.report.notReportReason ?? '不是报告' };
  } catch (error) {
    return { ...row, status: 'failed', reason: `审校出错 / audit failed: ${errorMessage(error)}` };
  }
}

function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  } catch {
    return url;
  }
}
