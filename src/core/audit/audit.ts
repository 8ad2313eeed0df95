/**
 * The core's public API: `readReport` (extract + recognise: the content script's half) and
 * `auditReport` (checks + the versioned result: the popup's half). Neither throws on page input.
 */
import { extractHtml } from '../extract/extract-html';
import { extractText } from '../extract/extract-text';
import { recognise } from '../recognise/recognise';
import { runChecks } from '../check/run-checks';
import { SCHEMA_VERSION, type AuditResult } from '../model/audit';
import type { Finding, Outcome, Severity } from '../model/finding';
import type { Report } from '../model/report';
import { TOOL_VERSION } from '../version';

/** Pages larger than this are refused with a clear reason instead of freezing the tab. */
export const MAX_HTML_LENGTH = 20_000_000;

export function readReport(html: string, options: { url?: string } = {}): Report {
  if (html.length > MAX_HTML_LENGTH) {
    return notAReport(`页面过大（${(html.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  }
  try {
    return recognise(extractHtml(html, options));
  } catch (error) {
    return notAReport(`页面无法解析：${error instanceof Error ? error.message : String(error)}`, options.url);
  }
}

export function notAReport(reason: string, url?: string): Report {
  return {
    isReport: false,
    notReportReason: reason,
    identity: { title: '', organisation: '', year: null, bodyKind: 'unknown', publishedAt: null, url },
    form: null,
    sections: [],
    tables: { t2: null, t3: null, t4: null },
    blocks: [],
    blockSection: [],
    images: [],
    unrecognisedTables: [],
  };
}

export function auditReport(report: Report, options: { url?: string | null; now?: Date } = {}): AuditResult {
  const findings = runChecks(report);
  return buildAuditResult(report, findings, options);
}

export function auditHtml(html: string, options: { url?: string; now?: Date } = {}): AuditResult {
  return auditReport(readReport(html, options), options);
}

/** Plain text copied from a PDF or Word file (the popup's paste box, `.txt` on the command line). */
export function readTextReport(text: string, options: { url?: string } = {}): Report {
  if (text.length > MAX_HTML_LENGTH) return notAReport(`文本过大（${(text.length / 1e6).toFixed(1)} MB），超出本工具可处理的范围`, options.url);
  try {
    return recognise(extractText(text, options));
  } catch (error) {
    return notAReport(`文本无法解析：${error instanceof Error ? error.message : String(error)}`, options.url);
  }
}

export function auditText(text: string, options: { url?: string; now?: Date } = {}): AuditResult {
  return auditReport(readTextReport(text, options), options);
}

export function buildAuditResult(report: Report, findings: Finding[], options: { url?: string | null; now?: Date } = {}): AuditResult {
  const outcome: Record<Outcome, number> = { fail: 0, 'needs-review': 0, pass: 0, 'not-applicable': 0 };
  const failBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    outcome[finding.outcome]++;
    if (finding.outcome === 'fail') failBySeverity[finding.severity]++;
  }
  const { identity } = report;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'govreport-audit', version: TOOL_VERSION },
    source: { url: options.url ?? identity.url ?? null, auditedAt: (options.now ?? new Date()).toISOString() },
    report: {
      isReport: report.isReport,
      ...(report.notReportReason ? { notReportReason: report.notReportReason } : {}),
      title: identity.title,
      organisation: identity.organisation,
      year: identity.year,
      bodyKind: identity.bodyKind,
      publishedAt: identity.publishedAt,
      format: report.form,
      sectionsFound: [...new Set(report.sections.map((section) => section.n))].sort(),
      tablesFound: ([2, 3, 4] as const).filter((n) => report.tables[`t${n}`] !== null),
    },
    counts: { outcome, failBySeverity },
    findings,
  };
}
