/** Export file names: `govreport-audit-<organisation>-<year>.<ext>`, safe on every file system. */
import type { AuditResult } from '../core/model/audit';

/** Characters that no file system (or the download shelf) accepts in a name. */
const UNSAFE = /[\u0000-\u001f\u007f\\/:*?"<>|\s.]+/g;

export function sanitiseFilePart(text: string, fallback: string): string {
  const clean = text
    .replace(UNSAFE, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return clean === '' ? fallback : clean;
}

export type ExportExtension = 'json' | 'md' | 'csv' | 'html' | 'txt';

export function exportFileName(audit: AuditResult, extension: ExportExtension | `${string}.json` = 'json'): string {
  const organisation = sanitiseFilePart(audit.report.organisation, 'report');
  const year = audit.report.year === null ? 'unknown' : String(audit.report.year);
  return `govreport-audit-${organisation}-${year}.${extension}`;
}
