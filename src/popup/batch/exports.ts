/**
 * The batch's exports: the summary table as CSV (the renderers' quoting and formula guard, a BOM and
 * CRLF for Excel) or XLSX (./xlsx, loaded only when asked for), and the whole run as JSON Lines — one
 * audit object per audited page (the public contract), one `{ url, status, reason }` line per row
 * without an audit, so nothing the run saw is lost.
 */
import { csvField } from '../../present/csv';
import type { BatchRow } from './run-batch';
import { SUMMARY_COLUMNS, summaryCells, summaryLine } from './summary';

export function summaryCsv(rows: readonly BatchRow[]): string {
  const lines = [[...SUMMARY_COLUMNS], ...rows.map((row) => summaryCells(summaryLine(row)))];
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function runJsonLines(rows: readonly BatchRow[]): string {
  return rows
    .map((row) =>
      JSON.stringify(
        row.audit ?? { source: { url: row.link.url }, linkTitle: row.link.title, status: row.status, reason: row.reason ?? null },
      ),
    )
    .map((line) => `${line}\n`)
    .join('');
}
