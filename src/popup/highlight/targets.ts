/**
 * What a finding points at on the page, worked out in the popup where the report is at hand: the
 * origin cells of its evidence (the location's own cell first, as the place to scroll to), its quoted
 * sentences with enough of their paragraph to find the right occurrence, and — for a finding about a
 * whole table or section with neither — the table or the section heading itself. Pure, so it is tested
 * in Node; `page-highlight.ts` does the finding and drawing in the page.
 */
import type { CellOrigin } from '../../core/model/document';
import type { EvidenceCell, Finding } from '../../core/model/finding';
import type { Report } from '../../core/model/report';

export interface CellTarget extends CellOrigin {
  /** The cell the finding is about (a row's total, the blank cell), drawn stronger than its operands. */
  primary: boolean;
}

/**
 * A quoted stretch of a paragraph, in the page's compact form (NFKC, no whitespace — the page's text
 * nodes differ from the extracted text by exactly that). `context` is the whole paragraph, so a sentence
 * that occurs twice on the page is found in its own paragraph; `offset` is where the quote starts in it.
 */
export interface QuoteTarget {
  text: string;
  context: string;
  offset: number;
}

export interface HighlightRequest {
  cells: CellTarget[];
  quotes: QuoteTarget[];
  /** Whole `<table>`s by document index, for findings about a table as such. */
  tables: number[];
  /** Shown on the overlay next to the first outline. */
  label: string;
}

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** The page-side matcher applies the same per character; the core's `compact` does it per string. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '');
}

export const originKey = (origin: CellOrigin): string => `${origin.table}:${origin.row}:${origin.cell}`;

/** Whether a cited cell is the one the finding is about (its location), not one it adds up. */
export function isLocationCell(finding: Pick<Finding, 'location'>, cell: EvidenceCell): boolean {
  const { location } = finding;
  const row = location.row ?? location.group;
  const cellRow = cell.row ?? cell.group;
  return (row === undefined || row === cellRow) && (location.column === undefined || location.column === cell.column);
}

export function cellTargets(finding: Finding): CellTarget[] {
  const seen = new Map<string, CellTarget>();
  for (const cell of finding.evidence.cells) {
    if (!cell.origin) continue;
    const key = originKey(cell.origin);
    const primary = isLocationCell(finding, cell);
    const known = seen.get(key);
    if (known) known.primary ||= primary;
    else seen.set(key, { ...cell.origin, primary });
  }
  const targets = [...seen.values()];
  // With no cell at the finding's own place (a column sum names a column only), all cells are equal.
  if (targets.every((target) => target.primary) && targets.length > 1) for (const target of targets) target.primary = false;
  return targets.sort((a, b) => Number(b.primary) - Number(a.primary));
}

export function quoteTarget(report: Report, quote: { text: string; block: number; start: number }): QuoteTarget {
  const block = report.blocks[quote.block];
  if (block?.kind !== 'text') return { text: compactText(quote.text), context: '', offset: 0 };
  return {
    text: compactText(quote.text),
    context: compactText(block.text),
    offset: compactText(block.text.slice(0, quote.start)).length,
  };
}

/** The page tables a recognised table was read from (a table split in two on the page has two). */
export function pageTablesOf(report: Report, table: 2 | 3 | 4): number[] {
  const recognised = report.tables[`t${table}`];
  if (!recognised) return [];
  const tables = new Set([...recognised.values, ...recognised.extraValues].map((value) => value.origin.table));
  return [...tables].filter((index) => index >= 0).sort((a, b) => a - b);
}

export function highlightRequest(report: Report, finding: Finding, label: string): HighlightRequest {
  const cells = cellTargets(finding);
  const quotes = finding.evidence.quotes.map((quote) => quoteTarget(report, quote)).filter((quote) => quote.text !== '');
  let tables: number[] = [];
  if (cells.length === 0 && quotes.length === 0) {
    if (finding.location.table !== undefined) {
      tables = pageTablesOf(report, finding.location.table);
    } else if (finding.location.section !== undefined) {
      const section = report.sections.find((candidate) => candidate.n === finding.location.section);
      const block = section ? report.blocks[section.block] : undefined;
      if (section && block?.kind === 'text') {
        // A section finding points at its heading: the heading's words within its block.
        const at = block.text.indexOf(section.heading);
        quotes.push(quoteTarget(report, { text: section.heading, block: section.block, start: Math.max(0, at) }));
      }
    }
  }
  return { cells, quotes, tables, label };
}

export function hasTargets(request: HighlightRequest): boolean {
  return request.cells.length + request.quotes.length + request.tables.length > 0;
}

/**
 * Every cell cited by a failing finding, by origin, and its part in the failure: `total` for the cell
 * the finding is about (the printed total that does not add up, the blank or invalid cell), `operand`
 * for the cells it adds up. The tables view sets the two apart; a cell that is both counts as a total.
 */
export function failingRoles(findings: readonly Finding[]): Map<string, 'total' | 'operand'> {
  const roles = new Map<string, 'total' | 'operand'>();
  for (const finding of findings) {
    if (finding.outcome !== 'fail') continue;
    for (const target of cellTargets(finding)) {
      const key = originKey(target);
      if (target.primary || finding.evidence.cells.length === 1) roles.set(key, 'total');
      else if (!roles.has(key)) roles.set(key, 'operand');
    }
  }
  return roles;
}

/** Origins of every cell cited by a failing finding: the cells the tables view marks. */
export function failingOrigins(findings: readonly Finding[]): Set<string> {
  const origins = new Set<string>();
  for (const finding of findings) {
    if (finding.outcome !== 'fail') continue;
    for (const cell of finding.evidence.cells) if (cell.origin) origins.add(originKey(cell.origin));
  }
  return origins;
}
