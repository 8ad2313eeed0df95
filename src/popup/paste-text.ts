/**
 * The paste box: a report the page does not show as HTML (a PDF, a Word file, tables as images) is
 * copied as plain text and audited here in the popup. Only the text reader is imported, so the
 * popup does not carry the HTML parser.
 */
import { auditReport } from '../core/audit/audit';
import { readTextReport } from '../core/audit/read-text';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';

export type PasteOutcome =
  { kind: 'empty' } | { kind: 'not-report'; reason: string } | { kind: 'done'; audit: AuditResult; report: Report };

/** Reads and audits pasted text; empty text and text that is not a report say so. */
export function auditPastedText(text: string, url?: string | null): PasteOutcome {
  if (text.trim() === '') return { kind: 'empty' };
  const report = readTextReport(text, url ? { url } : {});
  if (!report.isReport) return { kind: 'not-report', reason: report.notReportReason ?? '' };
  return { kind: 'done', report, audit: auditReport(report, { url: url ?? null }) };
}

/**
 * Whether the page's own audit should point prominently at the paste box: nothing was recognised,
 * or a table the form requires is missing or published as an image.
 */
export function suggestPaste(report: Report): boolean {
  if (!report.isReport) return true;
  if (report.images.length > 0) return true;
  if (report.form === null || report.form === 'pre2019') return false;
  const { t2, t3, t4 } = report.tables;
  return !t2 || !t3 || !t4;
}
