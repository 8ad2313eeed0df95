/**
 * AuditResult → Markdown: a summary a reviewer can paste into an issue, a wiki or a mail — identity,
 * counts, every open finding with its evidence, the dismissed ones apart, passes by check.
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { cellKindNote, cellName, countsLine, findingFacts, groupFindings, identityLines, verdict } from './names';

/**
 * Backslash-escapes what would turn report text into markup inline: emphasis, code, links, HTML,
 * table pipes, strike-through. `_` is left alone: between CJK characters and in URLs it cannot open
 * emphasis, and escaping it would litter every URL.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*[\]<>|~]/g, '\\$&');
}

/** A code span that survives backticks inside it. */
function code(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

export function renderMarkdown(audit: AuditResult): string {
  const { report } = audit;
  const lines: string[] = [];
  if (!report.isReport) {
    lines.push('# 未识别到政府信息公开工作年度报告', '');
    if (report.notReportReason) lines.push(`原因：${escapeMarkdown(report.notReportReason)}`, '');
    if (audit.source.url) lines.push(`来源：${escapeMarkdown(audit.source.url)}`, '');
    return lines.join('\n');
  }
  lines.push(`# 审校报告：${escapeMarkdown(report.title || '（未找到标题）')}`, '');
  for (const [term, value] of identityLines(audit)) lines.push(`- ${term}：${escapeMarkdown(value)}`);
  lines.push('', `**${countsLine(audit)}**`, '');

  const groups = groupFindings(audit);
  if (!groups.some((group) => group.id.startsWith('fail') || group.id === 'needs-review')) lines.push('未发现问题。', '');
  for (const group of groups) {
    lines.push(`## ${group.title}（${group.findings.length}）`, '');
    if (group.id === 'pass' || group.id === 'not-applicable') {
      lines.push(...byCheck(group.findings), '');
      continue;
    }
    group.findings.forEach((finding, index) => lines.push(...findingBlock(audit, finding, index + 1)));
  }
  return lines.join('\n');
}

function findingBlock(audit: AuditResult, finding: Finding, n: number): string[] {
  const lines = [`### ${n}. [${verdict(finding)}] ${code(finding.checkId)} ${escapeMarkdown(finding.message)}`, ''];
  for (const [term, value] of findingFacts(audit, finding)) {
    lines.push(`- ${term}：${term === '算式' ? code(value) : escapeMarkdown(value)}`);
  }
  if (finding.dismissed) {
    lines.push(
      `- 已忽略：${escapeMarkdown(finding.dismissed.at)}${finding.dismissed.note ? `，备注：${escapeMarkdown(finding.dismissed.note)}` : ''}`,
    );
  }
  const { cells, quotes } = finding.evidence;
  if (cells.length > 0) {
    lines.push('', '| 单元格 | 原文 |', '|---|---|');
    for (const cell of cells) lines.push(`| ${escapeMarkdown(cellName(audit, cell))} | ${escapeMarkdown(cell.raw)}${cellKindNote(cell)} |`);
  }
  for (const quote of quotes) lines.push('', `> ${escapeMarkdown(quote.text)}`);
  lines.push('');
  return lines;
}

/** Passes and not-applicables are many and alike: one line per check, with a not-applicable's reason. */
function byCheck(findings: Finding[]): string[] {
  const checks = new Map<string, Finding[]>();
  for (const finding of findings) checks.set(finding.checkId, [...(checks.get(finding.checkId) ?? []), finding]);
  return [...checks].map(([checkId, list]) => {
    const reason = list[0]!.outcome === 'not-applicable' && list.length === 1 ? `：${escapeMarkdown(list[0]!.message)}` : '';
    return `- ${code(checkId)} × ${list.length}${reason}`;
  });
}
