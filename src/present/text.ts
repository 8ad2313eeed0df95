/**
 * AuditResult → a short plain-text summary for the terminal. Pure, so tests can pin it down, and
 * built only from the audit JSON, so it can never say something the JSON does not.
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { FORMAT_NAMES, OUTCOME_NAMES, SEVERITY_NAMES } from './names';
import { listedFindings } from './rows';

export const NOT_A_REPORT = '未识别到政府信息公开工作年度报告';

const FAIL_TAGS = Object.fromEntries(Object.entries(SEVERITY_NAMES.zh).map(([severity, name]) => [severity, `[${name}]`])) as Record<
  Finding['severity'],
  string
>;
const REVIEW_TAG = `[${OUTCOME_NAMES.zh['needs-review']}]`;

export function renderText(result: AuditResult, options: { file?: string } = {}): string {
  const lines: string[] = [];
  if (options.file) lines.push(`== ${options.file}`);
  const { report, counts } = result;
  if (!report.isReport) {
    lines.push(NOT_A_REPORT);
    if (report.notReportReason) lines.push(`  原因：${report.notReportReason}`);
    if (report.title) lines.push(`  页面标题：${report.title}`);
    if (result.source.url) lines.push(`  来源：${result.source.url}`);
    return lines.join('\n') + '\n';
  }

  lines.push(report.title || '（无标题）');
  lines.push(
    `  机关：${report.organisation || '未识别'} · 年度：${report.year ?? '未识别'} · ` +
      `格式：${report.format ? (FORMAT_NAMES[report.format] ?? report.format) : '未识别'} · ` +
      `发布：${report.publishedAt ?? '未识别'}`,
  );
  if (result.source.url) lines.push(`  来源：${result.source.url}`);
  lines.push(`  ${countsLine(counts)}`);

  // Fails first, worst first, then what needs a person: the spreadsheets' order.
  for (const finding of listedFindings(result)) lines.push(...findingLines(finding));
  return lines.join('\n') + '\n';
}

export function countsLine(counts: AuditResult['counts']): string {
  const parts = [
    `错误 ${counts.failBySeverity.error ?? 0}`,
    `警告 ${counts.failBySeverity.warning ?? 0}`,
    `待人工核查 ${counts.outcome['needs-review'] ?? 0}`,
    `通过 ${counts.outcome.pass ?? 0}`,
  ];
  // Shown only when present, so the common line stays the four numbers people look for.
  if (counts.failBySeverity.info) parts.push(`提示 ${counts.failBySeverity.info}`);
  if (counts.outcome['not-applicable']) parts.push(`不适用 ${counts.outcome['not-applicable']}`);
  return parts.join(' · ');
}

function findingLines(finding: Finding): string[] {
  const tag = finding.outcome === 'fail' ? FAIL_TAGS[finding.severity] : REVIEW_TAG;
  const doubt = finding.doubt === 'parser' ? '（可能是本工具读表有误）' : '';
  const lines = [`  ${tag} ${finding.checkId}  ${finding.message}${doubt}`];
  if (finding.expression) {
    // A needs-review sum was computed with undecided cells as 0; its numbers would read as a verdict.
    if (finding.outcome !== 'fail') return [...lines, `      ${finding.expression}`];
    const values = [
      finding.expected !== undefined ? `应为 ${finding.expected}` : null,
      finding.actual !== undefined ? `实为 ${finding.actual}` : null,
      finding.delta !== undefined ? `相差 ${finding.delta}` : null,
    ].filter(Boolean);
    lines.push(`      ${finding.expression}${values.length ? `；${values.join('，')}` : ''}`);
  }
  return lines;
}

/** `--summary`: one tab-separated line per report — input, organisation, year, counts, top problem. */
export function summaryLine(result: AuditResult, input: string): string {
  const { report, counts } = result;
  if (!report.isReport) return `${input}\t${NOT_A_REPORT}${report.notReportReason ? `：${report.notReportReason}` : ''}\n`;
  const top =
    result.findings.find((finding) => finding.outcome === 'fail' && !finding.dismissed && finding.severity === 'error') ??
    result.findings.find((finding) => finding.outcome === 'fail' && !finding.dismissed) ??
    result.findings.find((finding) => finding.outcome === 'needs-review' && !finding.dismissed);
  return (
    [input, report.organisation || '未识别', report.year ?? '未识别', countsLine(counts), top ? top.message : '未发现问题'].join('\t') +
    '\n'
  );
}
