/**
 * AuditResult → CSV for a spreadsheet: one row per finding with its cells joined in one column,
 * Chinese headers and values by default (English on request), problems only unless passes are asked
 * for. RFC 4180 quoting; a UTF-8 BOM and CRLF, without which Excel opens the Chinese text as
 * mojibake; every field through OWASP's formula rule, since cell text is page content.
 *
 * `csvHeader` + `csvRows` let the command line stream a sheet one report at a time.
 */
import type { AuditResult } from '../core/model/audit';
import { type Lang } from './names';
import {
  type Cell,
  failedFindingRow,
  failedSummaryRow,
  FINDING_COLUMNS,
  findingRow,
  listedFindings,
  neutraliseFormula,
  noteRow,
  type RowOptions,
  SUMMARY_COLUMNS,
  summaryRow,
} from './rows';

export { neutraliseFormula };

const BOM = '\uFEFF';
const CRLF = '\r\n';

export interface CsvOptions extends RowOptions {
  /** One row per report (counts and the top problem) instead of one per finding. */
  summary?: boolean;
}

/** A field, formula-neutralised, then quoted when RFC 4180 needs it. */
export function csvField(value: Cell | undefined | null): string {
  const text = neutraliseFormula(value === undefined || value === null ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (row: readonly (Cell | undefined | null)[]) => row.map(csvField).join(',') + CRLF;

export function csvHeader(options: CsvOptions = {}): string {
  const lang: Lang = options.lang ?? 'zh';
  return BOM + line(options.summary ? SUMMARY_COLUMNS[lang] : FINDING_COLUMNS[lang]);
}

/** The rows of one report; `input` names it (the file, or the report's URL in the popup). */
export function csvRows(audit: AuditResult, input: string, options: CsvOptions = {}, notes: readonly string[] = []): string {
  const lang: Lang = options.lang ?? 'zh';
  if (options.summary) return line(summaryRow(audit, input, lang, notes));
  return [
    ...notes.map((note) => noteRow(audit, input, note, lang)),
    ...listedFindings(audit, options).map((finding) => findingRow(audit, finding, input, lang)),
  ]
    .map(line)
    .join('');
}

/** An input that could not be audited, as a row of the sheet. */
export function csvFailedRow(input: string, reason: string, options: CsvOptions = {}): string {
  return line(options.summary ? failedSummaryRow(input, reason) : failedFindingRow(input, reason, options.lang ?? 'zh'));
}

/** The audits under one header (the popup's export: one report, named by its URL). */
export function renderCsv(audits: readonly AuditResult[], options: CsvOptions = {}): string {
  return csvHeader(options) + audits.map((audit) => csvRows(audit, audit.source.url ?? '', options)).join('');
}

/** The findings sheet's header in Chinese, the default. */
export const CSV_COLUMNS = FINDING_COLUMNS.zh;
