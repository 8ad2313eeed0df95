/**
 * AuditResult → CSV for a spreadsheet: one row per finding × evidence cell (a finding without cells
 * is one row), so every cell can be filtered and annotated. The table/row/column/group columns name
 * the cell when there is one, else the finding's place. RFC 4180 quoting; a UTF-8 BOM and CRLF,
 * without which Excel opens the Chinese text as mojibake.
 */
import type { AuditResult } from '../core/model/audit';
import type { EvidenceCell, Finding } from '../core/model/finding';

export const CSV_COLUMNS = [
  'checkId', 'outcome', 'severity', 'message', 'section', 'table', 'row', 'column', 'group',
  'expression', 'expected', 'actual', 'cell raw', 'dismissed', 'note',
] as const;

/** Added in front when several reports share one file, so each row says which report it is about. */
export const CSV_REPORT_COLUMNS = ['organisation', 'year', 'url'] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A field, quoted when RFC 4180 needs it. Text a spreadsheet would run as a formula (a page can print
 * 「=HYPERLINK(…)」 in a cell) gets a leading apostrophe; a negative number stays a number.
 */
export function csvField(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+@\t\r]|^-(?![\d.])/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function findingRows(finding: Finding): (string | number | undefined)[][] {
  const common = (cell: EvidenceCell | undefined) => {
    const place = cell ?? finding.location;
    return [
      finding.checkId, finding.outcome, finding.severity, finding.message,
      finding.location.section, place.table, place.row, place.column, place.group,
      finding.expression, finding.expected, finding.actual,
      cell?.raw, finding.dismissed ? 'true' : 'false', finding.dismissed?.note,
    ];
  };
  const { cells } = finding.evidence;
  return cells.length === 0 ? [common(undefined)] : cells.map(common);
}

/**
 * The audits under one header; with several (or `reportColumns`), the report columns in front so each
 * row says which report it is about.
 */
export function renderCsv(audits: readonly AuditResult[], options: { reportColumns?: boolean } = {}): string {
  const withReport = options.reportColumns ?? audits.length > 1;
  const rows: (string | number | undefined | null)[][] = [withReport ? [...CSV_REPORT_COLUMNS, ...CSV_COLUMNS] : [...CSV_COLUMNS]];
  for (const audit of audits) {
    const front = [audit.report.organisation, audit.report.year, audit.source.url];
    for (const finding of audit.findings) {
      for (const row of findingRows(finding)) rows.push(withReport ? [...front, ...row] : row);
    }
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}
