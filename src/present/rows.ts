/**
 * The rows a spreadsheet export holds (CSV and XLSX alike): one per finding, its cells joined in one
 * column, and one per report for a summary. Values in the reader's language; nothing here escapes
 * anything — each format does (csv.ts, xlsx.ts), both through `neutraliseFormula`.
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { CHECKS } from '../core/check/registry';
import {
  cellKindNote,
  cellName,
  FORMAT_NAMES,
  FORMAT_NAMES_EN,
  findingRank,
  isProblem,
  locationName,
  OUTCOME_NAMES,
  SEVERITY_NAMES,
  type Lang,
} from './names';

export interface RowOptions {
  lang?: Lang;
  /** Passed and not-applicable findings too; by default only what needs attention. */
  passes?: boolean;
}

const CHECK_TITLES = new Map(CHECKS.map((check) => [check.id, check.title]));

export function checkTitle(checkId: string, lang: Lang): string {
  return CHECK_TITLES.get(checkId)?.[lang] ?? checkId;
}

export const FINDING_COLUMNS: Record<Lang, readonly string[]> = {
  zh: [
    '输入',
    '机关',
    '年度',
    '结论',
    '严重程度',
    '检查项',
    '检查项代码',
    '说明',
    '位置',
    '单元格',
    '算式',
    '应为',
    '实为',
    '差额',
    '已忽略',
    '忽略备注',
  ],
  en: [
    'input',
    'organisation',
    'year',
    'outcome',
    'severity',
    'check',
    'check id',
    'message',
    'location',
    'cells',
    'expression',
    'expected',
    'actual',
    'difference',
    'dismissed',
    'note',
  ],
};

export const SUMMARY_COLUMNS: Record<Lang, readonly string[]> = {
  zh: [
    '输入',
    '机关',
    '年度',
    '格式',
    '标题',
    '错误',
    '警告',
    '提示',
    '待人工核查',
    '通过',
    '不适用',
    '首要问题',
    '来源',
    '无法审校的原因',
    '读取说明',
  ],
  en: [
    'input',
    'organisation',
    'year',
    'form',
    'title',
    'errors',
    'warnings',
    'info',
    'needs review',
    'passed',
    'not applicable',
    'top problem',
    'source',
    'why it could not be audited',
    'reading notes',
  ],
};

export type Cell = string | number;

const yesNo = (value: boolean, lang: Lang) => (lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no');

/** The findings to list, problems first (worst first), in the checks' order within a rank. */
export function listedFindings(audit: AuditResult, options: RowOptions = {}): Finding[] {
  return audit.findings
    .filter((finding) => options.passes || isProblem(finding))
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => findingRank(a.finding) - findingRank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

export function findingRow(audit: AuditResult, finding: Finding, input: string, lang: Lang): Cell[] {
  const cells = finding.evidence.cells.map((cell) => `${cellName(audit, cell)}：${cell.raw}${cellKindNote(cell)}`).join('；');
  return [
    input,
    audit.report.organisation,
    audit.report.year ?? '',
    OUTCOME_NAMES[lang][finding.outcome],
    finding.outcome === 'fail' ? SEVERITY_NAMES[lang][finding.severity] : '',
    checkTitle(finding.checkId, lang),
    finding.checkId,
    lang === 'en' ? (finding.messageEn ?? finding.message) : finding.message,
    locationName(audit, finding.location),
    cells,
    finding.expression ?? '',
    finding.expected ?? '',
    finding.actual ?? '',
    finding.delta ?? '',
    yesNo(Boolean(finding.dismissed), lang),
    finding.dismissed?.note ?? '',
  ];
}

export function summaryRow(audit: AuditResult, input: string, lang: Lang, notes: readonly string[] = []): Cell[] {
  const { report, counts } = audit;
  const top = listedFindings(audit).find((finding) => !finding.dismissed);
  const formats = lang === 'zh' ? FORMAT_NAMES : FORMAT_NAMES_EN;
  return [
    input,
    report.organisation,
    report.year ?? '',
    report.format ? (formats[report.format] ?? report.format) : '',
    report.isReport
      ? report.title
      : lang === 'zh'
        ? `（不是年度报告：${report.notReportReason ?? ''}）`
        : `(not a report: ${report.notReportReason ?? ''})`,
    counts.failBySeverity.error ?? 0,
    counts.failBySeverity.warning ?? 0,
    counts.failBySeverity.info ?? 0,
    counts.outcome['needs-review'] ?? 0,
    counts.outcome.pass ?? 0,
    counts.outcome['not-applicable'] ?? 0,
    top ? (lang === 'en' ? (top.messageEn ?? top.message) : top.message) : '',
    audit.source.url ?? '',
    '',
    notes.join('；'),
  ];
}

/** An input that could not be audited: a row of its own in every sheet, so nothing is skipped silently. */
export function failedSummaryRow(input: string, reason: string): Cell[] {
  return [input, '', '', '', '', '', '', '', '', '', '', '', '', reason, ''];
}

/** How an input was read (a charset that did not fit, a page flattened), as a row before its findings. */
export function noteRow(audit: AuditResult, input: string, note: string, lang: Lang): Cell[] {
  return [
    input,
    audit.report.organisation,
    audit.report.year ?? '',
    lang === 'zh' ? '读取说明' : 'reading note',
    '',
    '',
    '',
    note,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ];
}

export function failedFindingRow(input: string, reason: string, lang: Lang): Cell[] {
  return [input, '', '', lang === 'zh' ? '无法审校' : 'not audited', '', '', '', reason, '', '', '', '', '', '', '', ''];
}

/**
 * OWASP's rule for CSV injection: a field a spreadsheet would read as a formula — starting with
 * = + - @, a tab or a carriage return, or their full-width forms, which some spreadsheets fold —
 * gets a leading apostrophe. A plain negative number is left alone: it cannot be a formula.
 */
export function neutraliseFormula(text: string): string {
  if (/^-\d+(\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}
