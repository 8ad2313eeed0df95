/**
 * Where a copy stops before the report does (a truncated text, a page beginning kept by an archive).
 * Told from a report that lacks a part by how the text ends, not by what is missing:
 * - the copy stops early when no section after the last one found exists AND the text ends abruptly —
 *   on a table (nothing after the last table: a report always goes on to its later sections in
 *   prose) or on a sentence that has no end punctuation;
 * - a part missing between parts that are present (section 四 absent while 五 and 六 follow), or a last
 *   section that ends on a whole sentence, is the report's own gap, and stays an error.
 */
import type { Report } from '../model/report';
import { compact } from '../text/normalize';

export interface TextEnd {
  /** The last section the text reaches (0 when it stops before the first heading). */
  section: number;
  /** The text stops inside or right after a table (which one, when recognised). */
  inTable: boolean;
  table: 2 | 3 | 4 | null;
  /** The last words of the text, for the finding. */
  lastWords: string;
}

const SENTENCE_END = /[。！？!?；;：:…”’」』）)]$/;
const LAST_WORDS = 24;

/** Shorter than any sentence of prose: the start of a row label. */
const SHORT_TAIL = 30;

function tableOf(report: Report, grid: number): 2 | 3 | 4 | null {
  return ([2, 3, 4] as const).find((n) => report.tables[`t${n}`]?.grids.includes(grid)) ?? null;
}

const cache = new WeakMap<Report, TextEnd | null>();

export function textEnd(report: Report): TextEnd | null {
  if (cache.has(report)) return cache.get(report)!;
  const result = findTextEnd(report);
  cache.set(report, result);
  return result;
}

function findTextEnd(report: Report): TextEnd | null {
  // Before 2019 there were no six fixed sections to stop before.
  if (!report.isReport || report.blocks.length === 0 || report.form === 'pre2019') return null;
  const last = Math.max(0, ...report.sections.map((section) => section.n));
  if (last >= 6) return null;
  let index = report.blocks.length - 1;
  while (index >= 0 && report.blocks[index]!.kind === 'image') index--;
  if (index < 0) return null;
  const block = report.blocks[index]!;
  if (block.kind === 'table') {
    const table = tableOf(report, block.grid);
    // Cut by the reader's own size limit, not by the copy: the table checks say so themselves.
    if (
      (table && report.tables[`t${table}`]?.truncated) ||
      report.unrecognisedTables.some((entry) => entry.grid === block.grid && entry.truncated)
    )
      return null;
    return { section: last, inTable: true, table, lastWords: '' };
  }
  if (block.kind !== 'text') return null;
  const text = compact(block.text);
  if (SENTENCE_END.test(text)) return null;
  // A few words after a table, cut off (「（二）部分公」): the text stops inside that table.
  const before = report.blocks[index - 1];
  const isHeading = report.sections.some((section) => section.block === index);
  if (text.length <= SHORT_TAIL && before?.kind === 'table' && !isHeading) {
    const table = tableOf(report, before.grid);
    return { section: last, inTable: true, table, lastWords: text };
  }
  return { section: last, inTable: false, table: null, lastWords: text.slice(-LAST_WORDS) };
}

/**
 * Whether a table's missing cells lie after where the copy stops: the copy stops inside that table,
 * or the table is absent and belongs to the section the copy stops in or a later one (the same rule
 * as table-missing). A table absent before the cut, or rows missing from a table the copy runs past,
 * are the report's own gaps.
 */
export function pastTheCut(report: Report, tables: readonly (2 | 3 | 4)[]): boolean {
  const end = textEnd(report);
  if (!end) return false;
  return tables.some((n) =>
    report.tables[`t${n}`] ? end.inTable && end.table === n : n >= end.section && !(end.inTable && end.section > n),
  );
}

/** What a check says instead of `needs-review` when its operands lie past the cut: the cause is said once, by text-truncated. */
export const PAST_THE_CUT = {
  message: '所需的表格数据在文本中断处之后，不在文本中，无法核对（见「文本完整」）。',
  messageEn: 'The table values this needs lie after where the text stops; they cannot be checked (see text-truncated).',
} as const;
