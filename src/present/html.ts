/**
 * AuditResult → a standalone printable page (print it to PDF from the browser): inline CSS, no
 * script and no external resource, and a CSP that forbids both, so even a slip in escaping could
 * not make the page run or fetch anything. All report text goes through `escapeHtml`.
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { escapeHtml as e } from './escape-html';
import { cellKindNote, cellName, countsLine, findingFacts, groupFindings, identityLines, verdict } from './names';

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
body { font: 11pt/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #d8dee4; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 0 0 1mm; }
article + article { break-before: page; }
dl.identity { display: grid; grid-template-columns: max-content 1fr; gap: 0 4mm; margin: 0 0 3mm; }
dl.identity dt, dl.facts dt { color: #656d76; }
dl.identity dd, dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.counts { font-weight: 600; }
section.finding { break-inside: avoid; border-left: 3px solid #d8dee4; padding: 1mm 0 1mm 3mm; margin: 0 0 3mm; }
.fail-error section.finding { border-color: #cf222e; }
.fail-warning section.finding { border-color: #9a6700; }
.fail-info section.finding { border-color: #0969da; }
.needs-review section.finding { border-color: #8250df; }
.dismissed section.finding { border-color: #8c959f; color: #57606a; }
code { font: 9.5pt ui-monospace, "DejaVu Sans Mono", monospace; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 3mm; margin: 1mm 0; }
table { border-collapse: collapse; font-size: 10pt; margin: 1mm 0; }
th, td { border: 1px solid #d8dee4; padding: 0.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: normal; color: #656d76; }
blockquote { margin: 1mm 0; padding-left: 3mm; border-left: 2px solid #d8dee4; color: #57606a; }
ul.by-check { margin: 0; padding-left: 5mm; }
footer { margin-top: 8mm; color: #656d76; font-size: 9pt; }
`;

export function renderHtml(audits: readonly AuditResult[]): string {
  const first = audits[0];
  const title = audits.length === 1 && first?.report.isReport ? `审校报告：${first.report.title}` : '政府信息公开年报审校报告';
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
    ...audits.map(article),
    `<footer>由 ${e(first?.tool.name ?? 'govreport-audit')} ${e(first?.tool.version ?? '')} 在本机生成；审校结果仅供参考，请以报告原文为准。</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function article(audit: AuditResult): string {
  const { report } = audit;
  if (!report.isReport) {
    return [
      '<article>',
      '<h1>未识别到政府信息公开工作年度报告</h1>',
      report.notReportReason ? `<p>原因：${e(report.notReportReason)}</p>` : '',
      audit.source.url ? `<p>来源：${e(audit.source.url)}</p>` : '',
      '</article>',
    ].join('\n');
  }
  const groups = groupFindings(audit);
  const open = groups.some((group) => group.id.startsWith('fail') || group.id === 'needs-review');
  return [
    '<article>',
    `<h1>${e(report.title || '（未找到标题）')}</h1>`,
    `<dl class="identity">${identityLines(audit).map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`,
    `<p class="counts">${e(countsLine(audit))}</p>`,
    open ? '' : '<p>未发现问题。</p>',
    ...groups.map((group) => {
      const body = group.id === 'pass' || group.id === 'not-applicable' ? byCheck(group.findings) : group.findings.map((finding) => findingSection(audit, finding)).join('\n');
      return `<div class="group ${e(group.id)}">\n<h2>${e(group.title)}（${group.findings.length}）</h2>\n${body}\n</div>`;
    }),
    '</article>',
  ].join('\n');
}

function findingSection(audit: AuditResult, finding: Finding): string {
  const facts = findingFacts(audit, finding).map(([term, value]) => `<dt>${e(term)}</dt><dd>${term === '算式' ? `<code>${e(value)}</code>` : e(value)}</dd>`);
  if (finding.dismissed) {
    facts.push(`<dt>已忽略</dt><dd>${e(finding.dismissed.at)}${finding.dismissed.note ? `，备注：${e(finding.dismissed.note)}` : ''}</dd>`);
  }
  const { cells, quotes } = finding.evidence;
  const table = cells.length === 0 ? '' : [
    '<table><thead><tr><th>单元格</th><th>原文</th></tr></thead><tbody>',
    ...cells.map((cell) => `<tr><td>${e(cellName(audit, cell))}</td><td>${e(cell.raw)}${e(cellKindNote(cell))}</td></tr>`),
    '</tbody></table>',
  ].join('');
  return [
    `<section class="finding" data-check-id="${e(finding.checkId)}">`,
    `<h3>[${e(verdict(finding))}] ${e(finding.message)} <code>${e(finding.checkId)}</code></h3>`,
    facts.length ? `<dl class="facts">${facts.join('')}</dl>` : '',
    table,
    ...quotes.map((quote) => `<blockquote>${e(quote.text)}</blockquote>`),
    '</section>',
  ].join('\n');
}

function byCheck(findings: Finding[]): string {
  const checks = new Map<string, Finding[]>();
  for (const finding of findings) checks.set(finding.checkId, [...(checks.get(finding.checkId) ?? []), finding]);
  const items = [...checks].map(([checkId, list]) => {
    const reason = list[0]!.outcome === 'not-applicable' && list.length === 1 ? `：${e(list[0]!.message)}` : '';
    return `<li><code>${e(checkId)}</code> × ${list.length}${reason}</li>`;
  });
  return `<ul class="by-check">${items.join('')}</ul>`;
}
