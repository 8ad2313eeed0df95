/**
 * Plain text → ReportDocument, for reports copied out of a PDF or a Word file (docs/report-format.md §7):
 * one table row per line with cells split by tabs or runs of spaces, paragraphs separated by blank
 * lines and sometimes cut in two by a page break. Pure, like `extractHtml`.
 *
 * @example
 * const doc = extractText('一、总体情况\n\n规章\t0\t0\t0\n行政规范性文件\t0\t18\t11');
 * // doc.blocks → [{ kind: 'text', text: '一、总体情况' }, { kind: 'table', grid: 0 }]
 */
import type { Block, Grid, GridCell, ReportDocument } from '../model/document';
import { cleanText, compact } from '../text/normalize';
import { parseCellValue } from '../text/numbers';
import { GRID_LIMITS } from './grid';
import { matchHeading } from './headings';
import { DATE_LINE, isDateLine } from './date-line';
import { assembleRows } from './text-tables/assemble-rows';
import { segmentLongLines } from './text-tables/long-lines';

/** A cell longer than this, or holding a full stop, is prose that happens to contain wide spaces. */
const MAX_CELL_LENGTH = 80;
/** The longest row label of the form (「2.申请人逾期未按收费通知要求缴纳费用、…」) is well under this. */
const MAX_LABEL_LENGTH = 60;
/** A line shorter than this that lacks end punctuation is a title or sub-heading, never half a paragraph. */
const MIN_BROKEN_PARAGRAPH = 24;
/** Header cells one per line before a table's first number: table 3 prints about a dozen. */
const MAX_CELLS_PER_ROW = 16;
/** How far into the text a title is looked for (a printed page's navigation comes first). */
const TITLE_SEARCH_LINES = 80;

const SENTENCE_END = /(?:[。！？!?；;：:…]|[。！？!?][”’」』）)])$/;
/** Starts of headings and numbered items (「一、」「（二）」「3.」「一是」「第二十条」). */
const NUMBERED_START =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]是|第[一二三四五六七八九十\d]+[条章部节])/;
/** Block titles of table 2 sit alone on their line but belong to the table. */
const BLOCK_TITLE = /^第二十条第[(（][一二三四五六七八九十]+[)）]项$/;
/** 「- 3 -」「第 3 页」「第3页 共12页」: page furniture, dropped so the paragraph around it can be joined. */
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$/;

interface Line {
  cells: string[];
  /** Tabs survived the copy, so a cell's index still says something about its column. */
  tabbed: boolean;
  /** The 1-based text line each cell came from (rows rebuilt from several lines). */
  sourceLines?: number[];
  /** A table's text whose cells the copier ran together: kept as one cell, read by no column. */
  unsplit?: boolean;
  /** Cells marked off by 「|」: the copier wrote this line from a table. */
  piped?: boolean;
  /** Rebuilt rows: this row names columns. */
  header?: boolean;
}

export function extractText(text: string, options: { url?: string } = {}): ReportDocument {
  const segments = segmentLongLines(text.replace(/^\ufeff/, '').split(/\r\n?|\n/));
  const lines = segments.map((segment) => (PAGE_NUMBER.test(segment.text.trim()) ? '' : segment.text));
  const split = lines.map((line, i) =>
    segments[i]!.unsplitTable ? { cells: [cleanText(line)], tabbed: false, unsplit: true } : splitCells(line),
  );
  const blocks: Block[] = [];
  const grids: Grid[] = [];
  let paragraph = '';
  const flush = () => {
    if (paragraph) blocks.push({ kind: 'text', text: paragraph });
    paragraph = '';
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (split[i]!.cells.length === 0) {
      i++;
      continue;
    }
    if (split[i]!.unsplit) {
      flush();
      grids.push(layoutGrid([{ ...split[i]!, sourceLines: [segments[i]!.line] }], grids.length));
      blocks.push({ kind: 'table', grid: grids.length - 1 });
      i++;
      continue;
    }
    const tableLines = startsTable(split, i) ? collectTable(split, i) : [];
    if (tableLines.length >= 2) {
      flush();
      const region = tableLines.map((index) => split[index]!);
      const rows: Line[] = assembleRows(region).map((row) => ({
        cells: row.cells.map((cell) => cell.text),
        tabbed: row.tabbed,
        header: row.header,
        sourceLines: row.cells.map((cell) => segments[tableLines[cell.line]!]!.line),
      }));
      const lastLine = tableLines[tableLines.length - 1]!;
      if (nextNonBlank(split, lastLine + 1) < 0) dropCutRow(rows);
      grids.push(layoutGrid(rows, grids.length));
      blocks.push({ kind: 'table', grid: grids.length - 1 });
      i = lastLine + 1;
      continue;
    }
    const clean = cleanText(line);
    if (paragraph && continuesParagraph(paragraph, clean)) paragraph += joiner(paragraph, clean) + clean;
    else {
      flush();
      paragraph = clean;
    }
    i++;
  }
  flush();

  const texts = lines.map(cleanText).filter(Boolean);
  return {
    url: options.url,
    pageTitle: findTitle(texts),
    meta: {},
    blocks,
    grids,
    dateLines: texts.filter(isDateLine),
  };
}

/**
 * The text ends inside this table: a last row with fewer numbers than the row before it was cut
 * mid-row, and its numbers cannot be placed (which cells are missing is unknown). The row is left
 * out, like the rows after it: the cut is reported once (text-truncated), not as blank cells.
 */
function dropCutRow(rows: Line[]): void {
  const valueCount = (line: Line) => toRow(line).values.length;
  const withValues = rows.filter((line) => valueCount(line) > 0);
  const last = withValues[withValues.length - 1];
  // Only a row right below a fuller one of the same block: a new block (table 2) has its own width.
  const before = last ? rows[rows.indexOf(last) - 1] : undefined;
  // Tabs keep a row's empty cells: a short tabbed row is a row of blanks, not a cut.
  if (!last || last.tabbed || !before || valueCount(before) === 0 || valueCount(last) >= valueCount(before)) return;
  rows.splice(rows.indexOf(last), 1);
}

/** Tabs, or runs of two or more spaces; a trailing run of single-spaced numbers is split off too. */
export function splitCells(line: string): Line {
  // No table row is this long: such a line is read as prose without paying for a split.
  if (line.length > MAX_CELL_LENGTH * GRID_LIMITS.columns) return { cells: [cleanText(line)], tabbed: false };
  const tabbed = line.includes('\t');
  if (!tabbed && PIPED.test(line)) return splitPiped(line);
  const parts = tabbed ? line.replace(/\s+$/, '').split('\t') : [line.trim()];
  const cells = parts.flatMap((part) => {
    const trimmed = part.trim();
    return trimmed === ''
      ? ['']
      : trimmed
          .split(/[ \u00a0\u3000]{2,}/)
          .flatMap(splitNumericTail)
          .flatMap(splitWordRun);
  });
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return { cells: cells.map(cleanText), tabbed };
}

/** 「| 规章 | 0 | 0 | 0 |」, 「信息内容 |」, 「|||」: a page archive's flattened cells. */
const PIPED = /(?:^\s*\||\s\|\s|\|\s*$)/;

/** The copier drops empty cells unevenly (「| |||」), so empty cells carry no position and are dropped. */
function splitPiped(line: string): Line {
  const cells = line
    .split('|')
    .map((cell) => cleanText(cell))
    .filter(Boolean)
    .flatMap((cell) => {
      // 「行政复议: 结果维持 88」: a label and its value in one cell.
      const pair = /^(.{1,20}?)[:：]\s*(.+?)\s+(\S+)$/.exec(cell);
      if (pair && isValue(pair[3]!)) return [pair[1]!, pair[2]!, pair[3]!];
      const tail = /^(\D.{0,30}?)\s+(\S+)$/.exec(cell);
      return tail && isValue(tail[2]!) && !isValue(tail[1]!) ? [tail[1]!, tail[2]!] : [cell];
    });
  return { cells, tabbed: false, piped: true };
}

/**
 * 「信息内容 本年制发件数 本年废止件数」: a PDF copy separates header cells by one space. Chinese prose has
 * no spaces between words, so a line of short ideograph words split by single spaces is a row of cells.
 */
function splitWordRun(cell: string): string[] {
  const words = cell.split(/[ \u00a0\u3000]/);
  if (words.length < 2) return [cell];
  return words.every((word) => /^[\u4e00-\u9fff（）()“”:：、]{1,16}$/.test(word) && /[\u4e00-\u9fff]{2}/.test(word)) ? words : [cell];
}

/** 「(一) 予以公开 13 0 0 0 0 0 13」: only two or more trailing numbers count, so prose ending in 「19」 stays whole. */
function splitNumericTail(cell: string): string[] {
  const tokens = cell.split(/\s+/);
  let start = tokens.length;
  while (start > 0 && isValue(tokens[start - 1]!)) start--;
  const label = tokens.slice(0, start).join(' ');
  // One number after a short label is a row too (「行政许可 9487」); prose ends in a unit, not a bare number.
  const single =
    tokens.length - start === 1 &&
    label.length > 0 &&
    label.length <= 30 &&
    !/[。，,；;：:！？!?]/.test(label) &&
    /[\u4e00-\u9fff）)]$/.test(label);
  if ((tokens.length - start < 2 && !single) || /[。；;！？!?]/.test(label)) return [cell];
  return label ? [label, ...tokens.slice(start)] : tokens.slice(start);
}

function isValue(text: string): boolean {
  const kind = parseCellValue(text).kind;
  return kind !== 'text' && kind !== 'blank';
}

function isBlockTitle(line: Line): boolean {
  const cells = line.cells.filter(Boolean);
  return cells.length === 1 && BLOCK_TITLE.test(compact(cells[0]!));
}

/** Two or more short cells: a table row. Prose with wide spaces has sentences, which cells do not. */
function isRowLine(line: Line): boolean {
  const cells = line.cells.filter(Boolean);
  return cells.length >= 2 && cells.every((cell) => cell.length <= MAX_CELL_LENGTH && !cell.includes('。'));
}

function nextNonBlank(lines: Line[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k]!.cells.length === 0) k++;
  return k < lines.length ? k : -1;
}

function startsTable(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.unsplit) return false;
  if (isRowLine(line)) return true;
  const next = nextNonBlank(lines, i + 1);
  return (isBlockTitle(line) || isTableAnchor(line)) && next >= 0 && (continuesTable(lines, next) || isShortLabel(lines[next]!));
}

/** A line holding one short label: inside a table begun by its title, a cell even when no number follows (a table left empty). */
function isShortLabel(line: Line): boolean {
  const cells = line.cells.filter(Boolean);
  return (
    !line.unsplit && cells.length === 1 && cells[0]!.length <= MAX_LABEL_LENGTH && !/[。；;]/.test(cells[0]!) && !matchHeading(cells[0]!)
  );
}

/** Lines only a table has: its first header cell, alone on a line when the copy put one cell per line. */
function isTableAnchor(line: Line): boolean {
  const cells = line.cells.filter(Boolean);
  return cells.length === 1 && /^(?:[(（]本列数据的勾稽关系.*|申请人情况|信息内容)$/.test(compact(cells[0]!));
}

/**
 * Inside a table, a line with fewer cells still belongs to it: a group label that drifted onto a line
 * of its own, a row whose values are all blank (tabs kept), or a short label right before more rows.
 */
function continuesTable(lines: Line[], k: number): boolean {
  const line = lines[k]!;
  if (line.unsplit) return false;
  if (isRowLine(line) || isBlockTitle(line)) return true;
  const cells = line.cells.filter(Boolean);
  if (cells.length !== 1 || cells[0]!.length > MAX_LABEL_LENGTH || /[。；;]/.test(cells[0]!) || matchHeading(cells[0]!)) return false;
  if (line.tabbed || line.piped || isValue(cells[0]!)) return true;
  // One cell per line (a copy that put every cell on its own line): short lines up to the next row or value.
  for (
    let next = nextNonBlank(lines, k + 1), seen = 0;
    next >= 0 && seen < MAX_CELLS_PER_ROW;
    next = nextNonBlank(lines, next + 1), seen++
  ) {
    const ahead = lines[next]!;
    if (isRowLine(ahead)) return true;
    const only = ahead.cells.filter(Boolean);
    if (only.length !== 1 || only[0]!.length > MAX_LABEL_LENGTH || /[。；;]/.test(only[0]!) || matchHeading(only[0]!)) return false;
    if (isValue(only[0]!)) return true;
  }
  return false;
}

/** Indices of the table's lines; blank lines (page breaks) between rows are skipped. */
function collectTable(lines: Line[], start: number): number[] {
  const taken = [start];
  const titled = isBlockTitle(lines[start]!) || isTableAnchor(lines[start]!);
  let k = nextNonBlank(lines, start + 1);
  while (k >= 0 && (continuesTable(lines, k) || (titled && isShortLabel(lines[k]!)))) {
    taken.push(k);
    k = nextNonBlank(lines, k + 1);
  }
  return taken;
}

interface Row {
  line: Line;
  /** Leading label cells (trailing empties dropped). */
  labels: string[];
  /** The trailing run of value cells (numbers, 「/」, 「—」, blanks between them); empty for header lines. */
  values: string[];
}

function toRow(line: Line): Row {
  const { cells } = line;
  let start = cells.length;
  while (start > 0 && parseCellValue(cells[start - 1]!).kind !== 'text') start--;
  while (start < cells.length && cells[start] === '') start++;
  const labels = cells.slice(0, start);
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  return { line, labels, values: cells.slice(start) };
}

/**
 * Lays the table's lines out on one grid so that the recogniser, which finds columns by the header
 * labels above them, reads every value under its header.
 *
 * Copies lose empty cells and spans unevenly: a row led by a group label (「\t公开\t1.属于国家秘密\t0…」)
 * has one cell more on the left than 「一、本年新收…\t\t13\t0…」, so cell indices cannot be trusted, but
 * the right edge can: the values of a row are always its last cells. Hence:
 * - data rows: label cells left-aligned in the first L columns (L = the most label cells of any data
 *   row), value cells right-aligned so the last value sits in the segment's last value column;
 * - header lines (no values) keep their cell indices relative to the segment's first tabbed data row,
 *   which a copy keeps in step with the header: 「\t\t自然人\t法人或其他组织」 puts 自然人 over the 13
 *   of 「一、本年新收…\t\t13\t0…\t13」 and 「…\t总计」 over its last 13. Without tabs they are
 *   right-aligned, which is right for a header naming every column but not for a partial one;
 * - a value-less line that fits in the label columns (a drifted group label, a block title) is a label
 *   row, left-aligned; a wider one after data starts a new segment (table 2's four blocks each have a
 *   header and their own number of value columns).
 */
function layoutGrid(lines: Line[], tableIndex: number): Grid {
  const rows = lines.slice(0, GRID_LIMITS.rows).map(toRow);
  const labelWidth = rows.reduce((max, row) => (row.values.length > 0 ? Math.max(max, row.labels.length) : max), 0);

  const kinds: ('data' | 'header' | 'label')[] = [];
  const segmentOf: number[] = [];
  let segment = 0;
  let segmentHasData = false;
  let sawData = false;
  for (const row of rows) {
    const wide = row.line.cells.filter(Boolean).length >= 2 && row.line.cells.length > labelWidth;
    const kind = row.values.length > 0 ? 'data' : !sawData || wide || row.line.header ? 'header' : 'label';
    if (kind === 'header' && segmentHasData) {
      segment++;
      segmentHasData = false;
    }
    if (kind === 'data') sawData = segmentHasData = true;
    kinds.push(kind);
    segmentOf.push(segment);
  }
  const lastColumn: number[] = [];
  const hasData: boolean[] = [];
  const tabbedData: (Row | undefined)[] = [];
  rows.forEach((row, r) => {
    const s = segmentOf[r]!;
    lastColumn[s] = Math.max(lastColumn[s] ?? labelWidth, labelWidth + row.values.length - 1);
    // A rebuilt header names every column even where the copier dropped the empty cells below it.
    if (kinds[r] === 'header' && row.line.header) lastColumn[s] = Math.max(lastColumn[s]!, row.line.cells.length - 1);
    if (kinds[r] !== 'data') return;
    hasData[s] = true;
    if (row.line.tabbed) tabbedData[s] ??= row;
  });

  const placed = rows.map((row, r) => {
    const last = lastColumn[segmentOf[r]!]!;
    const { cells } = row.line;
    if (kinds[r] === 'data') {
      const first = cells.length - row.values.length;
      return [
        ...row.labels.map((text, cell) => ({ column: cell, text, cell })),
        ...row.values.map((text, j) => ({ column: last - row.values.length + 1 + j, text, cell: first + j })),
      ];
    }
    // A label row stays left of the values, however many empty cells led it.
    let shift = Math.min(0, labelWidth - cells.length);
    if (kinds[r] === 'header') {
      const s = segmentOf[r]!;
      const reference = tabbedData[s];
      shift = !hasData[s] ? 0 : reference && row.line.tabbed ? last - (reference.line.cells.length - 1) : last - (cells.length - 1);
    }
    return cells.map((text, cell) => ({ column: cell + shift, text, cell }));
  });

  // A header wider than the rows below moves everything right rather than losing a label.
  let leftmost = 0;
  for (const entry of placed.flat()) if (entry.text) leftmost = Math.min(leftmost, entry.column);
  let truncated = rows.length < lines.length;
  const cells: GridCell[] = [];
  const slotRows = placed.map((entries, r) => {
    const slots: number[] = [];
    for (const entry of entries) {
      const column = entry.column - leftmost;
      if (column >= GRID_LIMITS.columns) truncated = true;
      if (column < 0 || column >= GRID_LIMITS.columns || slots[column] !== undefined) continue;
      slots[column] = cells.length;
      const line = rows[r]!.line.sourceLines?.[entry.cell];
      cells.push({
        text: entry.text,
        origin: { table: tableIndex, row: r, cell: entry.cell, ...(line ? { line } : {}) },
        rowSpan: 1,
        colSpan: 1,
      });
    }
    return slots;
  });
  const width = slotRows.reduce((max, row) => Math.max(max, row.length), 0);
  // The HTML reader's limits: a hostile paste cannot exhaust memory, and the cut is flagged.
  const keep = Math.min(slotRows.length, Math.floor(GRID_LIMITS.slots / Math.max(1, width)));
  const slots = slotRows.slice(0, keep).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? -1));
  const kept = cells.filter((cell) => cell.origin.row < keep);
  return { tableIndex, cells: kept, slots, truncated: truncated || keep < slotRows.length };
}

/**
 * A page break cuts a paragraph mid-sentence. Join only when the first part is long and lacks end
 * punctuation and the second part starts no heading or numbered item: a wrong split costs less than
 * swallowing a heading.
 */
function continuesParagraph(previous: string, next: string): boolean {
  if (previous.length < MIN_BROKEN_PARAGRAPH || SENTENCE_END.test(previous)) return false;
  if (matchHeading(previous) || matchHeading(next)) return false;
  return !NUMBERED_START.test(compact(next)) && !DATE_LINE.test(next);
}

/** Chinese needs no space at the join; two Latin words or numbers do. */
function joiner(previous: string, next: string): string {
  return /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(next) ? ' ' : '';
}

/** The title is the first line naming the annual report, with a short first line before it (a split title). */
function findTitle(texts: string[]): string {
  const index = texts.slice(0, 5).findIndex((line) => line.length <= 80 && /年度报告|年报/.test(line));
  // A printed page starts with the site's navigation: the title is further down, and says what it is.
  if (index < 0) {
    const later = texts
      .slice(5, TITLE_SEARCH_LINES)
      .findIndex((line) => line.length <= 80 && /政府信息公开/.test(line) && /年度报告/.test(line));
    if (later < 0) return '';
    return texts[later + 5]!;
  }
  const before = index === 1 ? texts[0]! : '';
  return before && before.length <= 30 && !/[。，,:：;；!?！？]/.test(before) ? `${before}${texts[1]!}` : texts[index]!;
}
