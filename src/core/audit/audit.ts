/**
 * The audit half of the core: `auditReport` (checks + the versioned result), what the popup runs on
 * the report the content script read. It imports no reader, so the popup bundle carries none: reading
 * is ./read (HTML; also `auditHtml`), ./read-text (plain text; `auditText`) and ./read-live (the live
 * page). Nothing here throws on page input.
 */
import { runChecks } from '../check/run-checks';
import type { AuditResult } from '../model/audit';
import type { Finding, Outcome, Severity } from '../model/finding';
import type { Report } from '../model/report';
import type { YearData } from '../model/history';
import { SCHEMA_VERSION, TOOL_VERSION } from '../version';

/** `previous`: the same organisation's previous-year figures, for the cross-year checks (see ./history). */
export function auditReport(report: Report, options: { url?: string | null; now?: Date; previous?: YearData } = {}): AuditResult {
  const findings = runChecks(report, undefined, { previous: options.previous });
  return buildAuditResult(report, findings, options);
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
