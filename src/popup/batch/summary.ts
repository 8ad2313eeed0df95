/**
 * A batch row as one line of the summary table and its exports: body, year, counts, the top
 * problem. Pure, so the table, the CSV, the XLSX and the tests agree on every figure.
 */
import type { Finding } from '../../core/model/finding';
import type { BatchRow, RowStatus } from './run-batch';

export interface SummaryLine {
  index: number;
  title: string;
  organisation: string;
  year: number | null;
  status: RowStatus;
  errors: number | null;
  warnings: number | null;
  needsReview: number | null;
  /** The first error, else the first warning, else the first needs-review, else the reason the row has no audit. */
  topProblem: string;
  url: string;
}

const RANK = (finding: Finding) =>
  finding.outcome === 'fail'
    ? finding.severity === 'error'
      ? 0
      : finding.severity === 'warning'
        ? 1
        : 3
    : finding.outcome === 'needs-review'
      ? 2
      : 4;

export function topProblem(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const finding of findings) if (RANK(finding) < 3 && (!best || RANK(finding) < RANK(best))) best = finding;
  return best;
}

export function summaryLine(row: BatchRow): SummaryLine {
  const audit = row.status === 'audited' ? row.audit : undefined;
  return {
    index: row.index,
    title: audit?.report.title || row.link.title,
    organisation: audit?.report.organisation ?? '',
    year: audit?.report.year ?? row.link.year,
    status: row.status,
    errors: audit ? audit.counts.failBySeverity.error : null,
    warnings: audit ? audit.counts.failBySeverity.warning : null,
    needsReview: audit ? audit.counts.outcome['needs-review'] : null,
    topProblem: audit ? (topProblem(audit.findings)?.message ?? '') : (row.reason ?? ''),
    url: row.link.url,
  };
}

export const STATUS_LABEL: Record<RowStatus, { zh: string; en: string }> = {
  waiting: { zh: '等待', en: 'waiting' },
  fetching: { zh: '读取中', en: 'fetching' },
  audited: { zh: '已审校', en: 'audited' },
  'not-report': { zh: '不是报告', en: 'not a report' },
  'sub-list': { zh: '子栏目', en: 'sub-column' },
  failed: { zh: '读取失败', en: 'failed' },
  attachment: { zh: '附件未审校', en: 'attachment not audited' },
  stopped: { zh: '已停止', en: 'stopped' },
};

export const SUMMARY_COLUMNS = ['序号', '标题', '机关', '年度', '状态', '错误', '警告', '待人工核查', '首要问题', '链接'] as const;

/**
 * Page text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's rule: a cell
 * starting with = + - @ tab or CR); counts stay numbers.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The line's cells for a spreadsheet: numbers as numbers, every text formula-neutralised. */
export function summaryCells(line: SummaryLine): (string | number)[] {
  return [
    line.index + 1,
    neutralised(line.title),
    neutralised(line.organisation),
    line.year ?? '',
    STATUS_LABEL[line.status].zh,
    line.errors ?? '',
    line.warnings ?? '',
    line.needsReview ?? '',
    neutralised(line.topProblem),
    neutralised(line.url),
  ];
}
