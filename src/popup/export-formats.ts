/** The export menu's entries: each a rendering of the audit (dismissals included) and how it is saved. */
import type { AuditResult } from '../core/model/audit';
import { renderCsv } from '../present/csv';
import { exportFileName, type ExportExtension } from '../present/file-name';
import { renderHtml } from '../present/html';
import { renderMarkdown } from '../present/markdown';
import { renderSummary } from '../present/summary';
import type { Lang } from '../present/names';

export type ExportId = 'json' | 'markdown' | 'csv' | 'html' | 'summary';

export interface ExportFormat {
  id: ExportId;
  label: { zh: string; en: string };
  /** Absent for the clipboard summary. */
  file?: { extension: ExportExtension; type: string };
  /** `lang`: the UI language, which the spreadsheet export's headers and values follow. */
  render(audit: AuditResult, lang?: Lang): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    label: { zh: 'JSON', en: 'JSON' },
    file: { extension: 'json', type: 'application/json' },
    render: (audit) => JSON.stringify(audit, null, 2),
  },
  {
    id: 'markdown',
    label: { zh: 'Markdown', en: 'Markdown' },
    file: { extension: 'md', type: 'text/markdown;charset=utf-8' },
    render: renderMarkdown,
  },
  {
    id: 'csv',
    label: { zh: 'CSV（Excel）', en: 'CSV (Excel)' },
    file: { extension: 'csv', type: 'text/csv;charset=utf-8' },
    render: (audit, lang) => renderCsv([audit], { lang }),
  },
  {
    id: 'html',
    label: { zh: '打印 / HTML', en: 'Print / HTML' },
    file: { extension: 'html', type: 'text/html;charset=utf-8' },
    render: (audit) => renderHtml([audit]),
  },
  { id: 'summary', label: { zh: '复制摘要', en: 'Copy summary' }, render: renderSummary },
];

export function exportFile(format: ExportFormat, audit: AuditResult, lang?: Lang): { name: string; text: string; type: string } | null {
  if (!format.file) return null;
  return { name: exportFileName(audit, format.file.extension), text: format.render(audit, lang), type: format.file.type };
}
