/**
 * AuditResult → a one-page audit opinion (审校意见) to print to PDF and forward: the report's identity,
 * a one-line verdict, the problems in order with their cells and quoted text, dismissed ones marked
 * with their notes, passed and not-applicable checks as one line of names, the audit time in Beijing
 * time, and blank lines for the reviewer. Standalone: inline CSS, no script, no external resource, and
 * a CSP that forbids both, so even a slip in escaping could not make the page run or fetch anything.
 * All report text goes through `escapeHtml`.
 *
 * `htmlStart` + `htmlArticle`… + `htmlEnd` let the command line write one article per report as it
 * finishes; `renderHtml` is the whole page at once (the popup's export).
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { escapeHtml as e } from './escape-html';
import { cellKindNote, cellName, findingFacts, groupFindings, identityLines, verdict } from './names';
import { checkTitle } from './rows';

const CSS = `
@page { size: A4; margin: 14mm 14mm 12mm; }
body { font: 10pt/1.45 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; margin: 0 auto; max-width: 182mm; }
h1 { font-size: 14pt; margin: 0 0 1mm; }
.kind { color: #656d76; font-size: 9pt; margin: 0 0 2mm; }
article + article { break-before: page; }
dl.identity { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 0 3mm; margin: 0 0 2mm; font-size: 9pt; }
dl.identity dt, dl.facts dt { color: #656d76; }
dl.identity dd, dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-size: 12pt; font-weight: 700; margin: 2mm 0; padding: 1.5mm 3mm; border: 1.5px solid #1f2328; }
.verdict.bad { border-color: #cf222e; color: #a40e26; }
.verdict.unsure { border-color: #8250df; color: #6639ba; }
.counts { color: #57606a; font-size: 9pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 3mm 0 1mm; }
ol.findings { margin: 0; padding-left: 5mm; }
li.finding { break-inside: avoid; margin: 0 0 2mm; }
li.finding.dismissed { color: #57606a; }
.tag { font-weight: 700; }
.fail-error .tag { color: #cf222e; }
.fail-warning .tag { color: #9a6700; }
.needs-review .tag { color: #8250df; }
code { font: 8.5pt ui-monospace, "DejaVu Sans Mono", monospace; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 3mm; margin: 0.5mm 0; font-size: 9pt; }
ul.cells { margin: 0.5mm 0; padding: 0; list-style: none; font-size: 9pt; display: flex; flex-wrap: wrap; gap: 0 4mm; }
blockquote { margin: 0.5mm 0; padding-left: 3mm; border-left: 2px solid #d8dee4; color: #57606a; font-size: 9pt; }
.checked { font-size: 8.5pt; color: #57606a; margin: 2mm 0; }
.notes { font-size: 9pt; color: #9a6700; }
.sign { display: grid; grid-template-columns: max-content 1fr; gap: 4mm 3mm; margin-top: 6mm; }
.sign span.line { border-bottom: 1px solid #1f2328; min-height: 6mm; }
.sign span.line.tall { min-height: 14mm; }
footer { margin-top: 4mm; color: #656d76; font-size: 8pt; }
`;

const GENERIC_TITLE = '政府信息公开年报审校意见';

export function htmlStart(title = GENERIC_TITLE): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

export function htmlEnd(tool: { name: string; version: string } = { name: 'govreport-audit', version: '' }): string {
  return `<footer>由 ${e(tool.name)} ${e(tool.version)} 在本机生成；审校结果仅供参考，请以报告原文为准。</footer>\n</body>\n</html>\n`;
}

export function renderHtml(audits: readonly AuditResult[]): string {
  const first = audits[0];
  const title = audits.length === 1 && first?.report.isReport ? `审校意见：${first.report.title}` : GENERIC_TITLE;
  return htmlStart(title) + audits.map((audit) => htmlArticle(audit)).join('') + htmlEnd(first?.tool);
}

/** "2026年12月2日 17:47（北京时间）": the reader's time, for a Chinese reader Beijing's. */
export function beijingTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}（北京时间）`;
}

/** The verdict in one line, and how it should look: a problem, a doubt, or clear. */
export function verdictLine(audit: AuditResult): { text: string; tone: 'bad' | 'unsure' | 'ok' } {
  if (!audit.report.isReport)
    return {
      text: `无法审校：未识别到政府信息公开工作年度报告${audit.report.notReportReason ? `（${audit.report.notReportReason}）` : ''}`,
      tone: 'unsure',
    };
  const open = audit.findings.filter((finding) => !finding.dismissed);
  const count = (severity: Finding['severity']) =>
    open.filter((finding) => finding.outcome === 'fail' && finding.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const review = open.filter((finding) => finding.outcome === 'needs-review').length;
  if (errors > 0) return { text: `发现 ${errors} 处错误${warnings ? `、${warnings} 处警告` : ''}，建议退回修改`, tone: 'bad' };
  if (warnings > 0) return { text: `发现 ${warnings} 处警告，建议修改后发布`, tone: 'bad' };
  if (review > 0) return { text: `无法完整核对：${review} 项待人工核查`, tone: 'unsure' };
  const checked = audit.findings.filter((finding) => finding.outcome === 'pass' || finding.outcome === 'fail').length;
  const notApplicable = audit.findings.filter((finding) => finding.outcome === 'not-applicable').length;
  if (notApplicable > checked) {
    const reason = audit.report.format === 'pre2019' ? '本报告早于规定格式' : '多数核对不适用于本报告';
    return {
      text: `无法完整核对：${reason}，只做了 ${new Set(audit.findings.filter((f) => f.outcome !== 'not-applicable').map((f) => f.checkId)).size} 项核对`,
      tone: 'unsure',
    };
  }
  return { text: '未发现问题', tone: 'ok' };
}

export function htmlArticle(audit: AuditResult, options: { notes?: readonly string[] } = {}): string {
  const { report } = audit;
  const verdict = verdictLine(audit);
  const identity = identityLines(audit).filter(([term]) => term !== '审校时间' && term !== '工具');
  const groups = groupFindings(audit);
  const problems = groups.filter((group) => group.id.startsWith('fail') || group.id === 'needs-review' || group.id === 'dismissed');
  let n = 0;
  const items = problems.flatMap((group) => group.findings.map((finding) => findingItem(audit, finding, group.id, ++n)));
  return [
    '<article>',
    `<h1>${e(report.isReport ? report.title || '（未找到标题）' : '未识别到政府信息公开工作年度报告')}</h1>`,
    '<p class="kind">政府信息公开工作年度报告审校意见</p>',
    `<dl class="identity">${identity.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`,
    `<p class="verdict ${verdict.tone}">${e(verdict.text)}</p>`,
    report.isReport ? `<p class="counts">${e(countsSentence(audit))}</p>` : '',
    ...(options.notes ?? []).map((note) => `<p class="notes">注：${e(note)}</p>`),
    items.length ? `<h2>问题清单</h2>\n<ol class="findings">\n${items.join('\n')}\n</ol>` : '',
    report.isReport ? checkedLine(audit) : '',
    `<div class="sign"><span>审校时间</span><span>${e(beijingTime(audit.source.auditedAt))}</span>` +
      '<span>审核人</span><span class="line"></span><span>审核意见</span><span class="line tall"></span><span>日期</span><span class="line"></span></div>',
    '</article>',
    '',
  ].join('\n');
}

/** An input the command line could not audit, as an article of its own. */
export function htmlFailedArticle(input: string, reason: string): string {
  return `<article>\n<h1>${e(input)}</h1>\n<p class="verdict unsure">无法审校：${e(reason)}</p>\n</article>\n`;
}

function countsSentence(audit: AuditResult): string {
  const { outcome, failBySeverity } = audit.counts;
  const dismissed = audit.findings.filter((finding) => finding.dismissed).length;
  return [
    `错误 ${failBySeverity.error ?? 0}`,
    `警告 ${failBySeverity.warning ?? 0}`,
    `提示 ${failBySeverity.info ?? 0}`,
    `待人工核查 ${outcome['needs-review'] ?? 0}`,
    `通过 ${outcome.pass ?? 0}`,
    `不适用 ${outcome['not-applicable'] ?? 0}`,
    ...(dismissed ? [`其中已忽略 ${dismissed}`] : []),
  ].join(' · ');
}

function findingItem(audit: AuditResult, finding: Finding, group: string, n: number): string {
  const facts = findingFacts(audit, finding).map(
    ([term, value]) => `<dt>${e(term)}</dt><dd>${term === '算式' ? `<code>${e(value)}</code>` : e(value)}</dd>`,
  );
  if (finding.dismissed)
    facts.push(
      `<dt>已忽略</dt><dd>${e(beijingTime(finding.dismissed.at))}${finding.dismissed.note ? `，备注：${e(finding.dismissed.note)}` : ''}</dd>`,
    );
  const { cells, quotes } = finding.evidence;
  const cellList =
    cells.length === 0
      ? ''
      : `<ul class="cells">${cells.map((cell) => `<li>${e(cellName(audit, cell))}：${e(cell.raw)}${e(cellKindNote(cell))}</li>`).join('')}</ul>`;
  const tag = finding.dismissed ? `已忽略·${verdict(finding)}` : verdict(finding);
  return [
    `<li class="finding ${e(finding.dismissed ? 'dismissed' : group)}" value="${n}" data-check-id="${e(finding.checkId)}">`,
    `<span class="tag">[${e(tag)}]</span> ${e(finding.message)} <code>${e(finding.checkId)}</code>`,
    facts.length ? `<dl class="facts">${facts.join('')}</dl>` : '',
    cellList,
    ...quotes.map((quote) => `<blockquote>「${e(quote.text)}」</blockquote>`),
    '</li>',
  ].join('');
}

/** Passed and not-applicable checks, by their Chinese names with counts, in one line each. */
function checkedLine(audit: AuditResult): string {
  const line = (outcome: Finding['outcome'], label: string) => {
    const counts = new Map<string, number>();
    for (const finding of audit.findings)
      if (finding.outcome === outcome && !finding.dismissed) counts.set(finding.checkId, (counts.get(finding.checkId) ?? 0) + 1);
    if (counts.size === 0) return '';
    const names = [...counts].map(([checkId, count]) => `${checkTitle(checkId, 'zh')}${count > 1 ? ` ×${count}` : ''}`);
    return `<p class="checked"><b>${label}（${counts.size} 项）：</b>${e(names.join('；'))}</p>`;
  };
  return line('pass', '已通过') + line('not-applicable', '不适用');
}
