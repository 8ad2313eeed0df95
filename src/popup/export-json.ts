import type { AuditResult } from '../core/model/audit';

/** Characters that no file system (or the download shelf) accepts in a name. */
const UNSAFE = /[\u0000-\u001f\u007f\\/:*?"<>|\s.]+/g;

export function sanitiseFilePart(text: string, fallback: string): string {
  const clean = text.replace(UNSAFE, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return clean === '' ? fallback : clean;
}

export function exportFileName(audit: AuditResult): string {
  const organisation = sanitiseFilePart(audit.report.organisation, 'report');
  const year = audit.report.year === null ? 'unknown' : String(audit.report.year);
  return `govreport-audit-${organisation}-${year}.json`;
}

export function downloadAudit(audit: AuditResult): void {
  const blob = new Blob([JSON.stringify(audit, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(audit);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is ample for the browser to copy it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
