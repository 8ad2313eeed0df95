/**
 * Past audits as the popup keeps them, and the lookup of a report's previous year. Pure: the popup
 * stores the list, the command line builds one from its inputs.
 */
import type { AuditResult } from '../model/audit';
import type { HistoryEntry, StoredCell, YearData } from '../model/history';
import type { CellValue, RecognisedTable, Report } from '../model/report';

export const HISTORY_LIMIT = 50;

/**
 * Bounds on what is kept, so no page can fill the browser's storage quota (10 MB in Chrome): a cell's
 * raw text as printed (a count is a few characters; a cell of prose is cut), the names, one entry as
 * JSON, and all entries together (oldest dropped first).
 */
export const HISTORY_BOUNDS = { raw: 40, name: 200, url: 2000, entryChars: 8_000, totalChars: 200_000 } as const;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

const TABLE2_ROWS = ['regulations', 'normativeDocs'] as const;
const TABLE2_COLUMNS = ['issued', 'repealed', 'inForce'] as const;

const stored = (value: CellValue): StoredCell => ({ raw: clip(value.raw, HISTORY_BOUNDS.raw), kind: value.kind, value: value.value });

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
  return {
    url: url === null ? null : clip(url, HISTORY_BOUNDS.url),
    organisation: clip(organisation, HISTORY_BOUNDS.name),
    year,
    title: clip(report.identity.title, HISTORY_BOUNDS.name),
    carriedOut: cellsOf(report.tables.t3, 'carriedOut'),
    table2,
  };
}

export function historyEntryOf(audit: AuditResult, report: Report): HistoryEntry | null {
  const data = yearDataOf(report, audit.source.url);
  if (!data) return null;
  return { ...data, title: data.title ?? '', bodyKind: audit.report.bodyKind, counts: audit.counts, auditedAt: audit.source.auditedAt };
}

const sizeOf = (entry: HistoryEntry) => JSON.stringify(entry).length;

/** Whether an entry is small enough to keep (a page can always be audited; it is just not remembered). */
export function fitsHistory(entry: HistoryEntry): boolean {
  return sizeOf(entry) <= HISTORY_BOUNDS.entryChars;
}

/**
 * Newest first; a re-audit of the same page replaces its entry; at most `limit` kept and at most
 * `HISTORY_BOUNDS.totalChars` of JSON in all, the oldest dropped first. An entry over the per-entry
 * bound is not added (`fitsHistory`).
 */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const others = history.filter((old) => !(entry.url !== null && old.url === entry.url) && !(entry.url === null && sameReport(old, entry)));
  const kept: HistoryEntry[] = [];
  let total = 0;
  for (const candidate of fitsHistory(entry) ? [entry, ...others] : others) {
    const size = sizeOf(candidate);
    if (kept.length >= limit || total + size > HISTORY_BOUNDS.totalChars || size > HISTORY_BOUNDS.entryChars) break;
    kept.push(candidate);
    total += size;
  }
  return kept;
}

function sameReport(a: YearData, b: YearData): boolean {
  return a.organisation === b.organisation && a.year === b.year;
}

/** The web site a report was published on (`www.` aside), or null for a file, pasted text or no URL. */
export function siteOf(url: string | null | undefined): string | null {
  // Read by pattern rather than `new URL`: the core runs with no host API, and only the host name is needed.
  const host = url ? /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1] : undefined;
  return host ? host.toLowerCase().replace(/^www\./, '') : null;
}

/**
 * The previous year's report of the same organisation, matched by the organisation's name as the
 * report prints it; the first (newest) match wins. With `url` (the report's own page: the popup), the
 * previous report must also come from the same site: any page can print any organisation's name, and
 * a page from elsewhere must not supply the figures this report is checked against. Without it (the
 * command line, whose inputs the user chose), the name is enough.
 */
export function previousYearOf<T extends YearData>(
  candidates: readonly T[],
  identity: { organisation: string; year: number | null },
  url?: string | null,
): T | undefined {
  if (!identity.organisation || identity.year === null) return undefined;
  const organisation = clip(identity.organisation, HISTORY_BOUNDS.name);
  const site = url === undefined ? undefined : siteOf(url);
  return candidates.find(
    (candidate) =>
      candidate.organisation === organisation &&
      candidate.year === identity.year! - 1 &&
      (site === undefined || siteOf(candidate.url) === site),
  );
}
