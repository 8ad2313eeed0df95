/**
 * Past audits as the popup keeps them, and the lookup of a report's previous year. Pure: the popup
 * stores the list, the command line builds one from its inputs.
 */
import type { AuditResult } from '../model/audit';
import type { HistoryEntry, StoredCell, YearData } from '../model/history';
import type { CellValue, RecognisedTable, Report } from '../model/report';

export const HISTORY_LIMIT = 50;

const TABLE2_ROWS = ['regulations', 'normativeDocs'] as const;
const TABLE2_COLUMNS = ['issued', 'repealed', 'inForce'] as const;

const stored = (value: CellValue): StoredCell => ({ raw: value.raw, kind: value.kind, value: value.value });

function cellsOf(table: RecognisedTable | null, row: string, columns?: readonly string[]): Record<string, StoredCell> {
  const cells: Record<string, StoredCell> = {};
  for (const value of table?.values ?? []) {
    if (value.row === row && (!columns || columns.includes(value.column))) cells[value.column] = stored(value);
  }
  return cells;
}

/** The figures next year's report continues; null when the page has no organisation or year to match on. */
export function yearDataOf(report: Report, url: string | null): YearData | null {
  const { organisation, year } = report.identity;
  if (!report.isReport || !organisation || year === null) return null;
  const table2: YearData['table2'] = {};
  for (const row of TABLE2_ROWS) {
    const cells = cellsOf(report.tables.t2, row, TABLE2_COLUMNS);
    if (Object.keys(cells).length > 0) table2[row] = cells;
  }
  return { url, organisation, year, title: report.identity.title, carriedOut: cellsOf(report.tables.t3, 'carriedOut'), table2 };
}

export function historyEntryOf(audit: AuditResult, report: Report): HistoryEntry | null {
  const data = yearDataOf(report, audit.source.url);
  if (!data) return null;
  return { ...data, title: audit.report.title, bodyKind: audit.report.bodyKind, counts: audit.counts, auditedAt: audit.source.auditedAt };
}

/** Newest first; a re-audit of the same page replaces its entry; at most `limit` kept. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const others = history.filter((old) => !(entry.url !== null && old.url === entry.url) && !(entry.url === null && sameReport(old, entry)));
  return [entry, ...others].slice(0, limit);
}

function sameReport(a: YearData, b: YearData): boolean {
  return a.organisation === b.organisation && a.year === b.year;
}

/**
 * The previous year's report of the same organisation, matched by the organisation's name as the
 * report prints it; the first (newest) match wins.
 */
export function previousYearOf<T extends YearData>(candidates: readonly T[], identity: { organisation: string; year: number | null }): T | undefined {
  if (!identity.organisation || identity.year === null) return undefined;
  return candidates.find((candidate) => candidate.organisation === identity.organisation && candidate.year === identity.year! - 1);
}
