/**
 * AuditResult → a few lines of plain text for the clipboard (a chat message, a mail): what the report
 * is, the counts, and the first open findings. The full detail is in the other exports.
 */
import type { AuditResult } from '../core/model/audit';
import { countsLine, groupFindings, verdict } from './names';

export const SUMMARY_MAX_FINDINGS = 10;

export function renderSummary(audit: AuditResult): string {
  const { report } = audit;
  const lines: string[] = [];
  if (!report.isReport) {
    lines.push('未识别到政府信息公开工作年度报告');
    if (audit.source.url) lines.push(audit.source.url);
    return lines.join('\n') + '\n';
  }
  lines.push(report.title || '（未找到标题）');
  lines.push(
    [
      report.organisation || '机关未识别',
      report.year === null ? '年度未识别' : `${report.year} 年度`,
      `发布 ${report.publishedAt ?? '日期未找到'}`,
    ].join(' · '),
  );
  lines.push(countsLine(audit));
  const open = groupFindings(audit)
    .filter((group) => group.id.startsWith('fail') || group.id === 'needs-review')
    .flatMap((group) => group.findings);
  for (const finding of open.slice(0, SUMMARY_MAX_FINDINGS)) lines.push(`- [${verdict(finding)}] ${finding.message}（${finding.checkId}）`);
  if (open.length > SUMMARY_MAX_FINDINGS) lines.push(`- ……另有 ${open.length - SUMMARY_MAX_FINDINGS} 项，见完整导出`);
  if (open.length === 0) lines.push('未发现问题。');
  if (audit.source.url) lines.push(`来源：${audit.source.url}`);
  lines.push(`${audit.tool.name} ${audit.tool.version} · ${audit.source.auditedAt}`);
  return lines.join('\n') + '\n';
}
