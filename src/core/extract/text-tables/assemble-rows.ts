/**
 * Text table rows rebuilt as a person reads them (report-format.md §7). A copy out of a PDF or a page
 * archive keeps a table's words and numbers in reading order but not its rows:
 * - a row label wrapped over lines, with its numbers on a line between the parts
 *   (「（二）部分公开（…不」 / 「9 0 0 0 0 0 9」 / 「计其他情形）」), or on the line before the label
 *   (numbers vertically centred in a tall row are printed first);
 * - one cell per line, the empty cells dropped by the copier;
 * - a group label printed vertically, one character per line, or one character in front of a row
 *   (「年 3.危及“三安全一稳定”」).
 * Each rebuilt row is one label followed by its values; which table row a label is, is the recogniser's
 * business. The form's own row labels are used only to decide whether a stray fragment continues a
 * wrapped label.
 */
import { FORM_2019, FORM_2021, linesMatching } from '../../form/forms';
import { labelKey } from '../../text/normalize';
import { parseCellValue } from '../../text/numbers';

export interface SourceCell {
  text: string;
  /** Index of the region line the text came from, and of the cell in it. */
  line: number;
  cell: number;
}

export interface RebuiltRow {
  cells: SourceCell[];
  /** Cells were separated by tabs in the copy (their positions mean something). */
  tabbed: boolean;
  /**
   * The words of the headers that did not fit the columns, kept after the data rows where no column
   * reads them (a recogniser reads headers above the data only) but the table is still told by them.
   */
  headerWords?: boolean;
  /** A header row gathered from one cell per line. */
  stacked?: boolean;
  /** The row names columns (the layout places it over the values, not in the label column). */
  header?: boolean;
}

/** A row label starts with the form's numbering: 「一、」「（二）」「3.」. */
const NUMBERED = /^(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．](?!\d))/;
const INNER_NUMBERED = /\s(?:\d{1,2}[.．、](?!\d)|[(（][一二三四五六七八九十]{1,2}[)）])/;
/** One character of a vertically printed group label (「三」「、」「本」「年」…). */
const VERTICAL_CHARACTER = /^[\u4e00-\u9fff、]$/;
/** The same character printed in front of the row it sits beside. */
const VERTICAL_PREFIX = /^[\u4e00-\u9fff、]\s+(?=\S)/;

const ROW_LISTS = [FORM_2021.table3.rows, FORM_2019.table3.rows, FORM_2021.table2.rows, FORM_2019.table2.rows];
const GROUP_LISTS = [FORM_2021.table3.groups];
const HEADER_LISTS = [
  FORM_2021.table2.columns,
  FORM_2019.table2.columns,
  FORM_2021.table3.columns,
  FORM_2021.table4.columns,
  FORM_2021.table4.groups,
];
const TABLE2_COLUMN_LISTS = [FORM_2021.table2.columns, FORM_2019.table2.columns];
/** 「第二十条第（一）项」: a block title of table 2 stands alone. */
const BLOCK_TITLE = /^第.{1,8}[条款项]$/;

function namesColumn(cell: SourceCell): boolean {
  const key = labelKey(cell.text);
  return HEADER_LISTS.some((list) => linesMatching(list, key).length > 0);
}

/** A line naming columns of the form stays a header row of its own. */
function isHeaderLine(cells: SourceCell[]): boolean {
  return (
    cells.some((cell) => {
      const key = labelKey(cell.text);
      return HEADER_LISTS.some((list) => linesMatching(list, key).length > 0);
    }) ||
    (cells.length === 1 && BLOCK_TITLE.test(labelKey(cells[0]!.text)))
  );
}

function isFormRow(label: string): boolean {
  const key = labelKey(label);
  return ROW_LISTS.some((rows) => linesMatching(rows, key).length > 0);
}

/** 「（三）不予公开」: a group heading whose rows follow; it takes no numbers of its own. */
function isGroupOnly(label: string): boolean {
  const key = labelKey(label);
  return !isFormRow(label) && GROUP_LISTS.some((groups) => linesMatching(groups, key).length > 0);
}

export function isValueText(text: string): boolean {
  const kind = parseCellValue(text).kind;
  return kind !== 'text' && kind !== 'blank';
}

interface Pending {
  label: SourceCell[];
  values: SourceCell[];
  /** The values came on a line of their own (the label may still continue after them). */
  valuesAlone: boolean;
  tabbed: boolean;
}

/**
 * Rebuilds rows when the region shows the signs of a flattened copy (value-only lines, wrapped labels,
 * vertical characters); a region whose lines are already whole rows is returned line by line.
 */
export function assembleRows(lines: { cells: string[]; tabbed: boolean; piped?: boolean }[]): RebuiltRow[] {
  const asIs = lines.map((line, l) => ({ cells: line.cells.map((text, cell) => ({ text, line: l, cell })), tabbed: line.tabbed }));
  const pairs = labelValuePairs(asIs);
  if (pairs) return pairs;
  // 「|」 copies drop empty cells too, so their headers are judged like any flattened copy's.
  if (lines.some((line) => line.tabbed) || !(needsRebuilding(lines) || lines.some((line) => line.piped))) return asIs;

  const rows: RebuiltRow[] = [];
  let current: Pending | null = null;
  let orphanValues: SourceCell[] = [];
  let lastWasValue = false;
  const flush = () => {
    if (current) rows.push({ cells: [...labelCells(current.label), ...current.values], tabbed: false });
    current = null;
  };

  lines.forEach((line, l) => {
    const cells = line.cells.map((text, cell) => ({ text, line: l, cell })).filter((cell) => cell.text !== '');
    if (cells.length === 0) return;
    // A lone character is a vertically printed group label, unless it ends the open row's label (「…申」 / 「请」).
    if (
      cells.length === 1 &&
      VERTICAL_CHARACTER.test(cells[0]!.text) &&
      !(current && extendsFormLabel(joined(current.label), cells[0]!.text))
    )
      return;
    if (cells.length > 1 && VERTICAL_CHARACTER.test(cells[0]!.text)) cells.shift();
    const first = cells[0]!;
    const stripped = first.text.replace(VERTICAL_PREFIX, '');
    if (stripped !== first.text) cells[0] = { ...first, text: stripped };
    let split = cells.findIndex((cell) => isValueText(cell.text));
    if (split < 0) split = cells.length;
    // Only a trailing run of values is a row's numbers.
    if (cells.slice(split).some((cell) => !isValueText(cell.text))) split = cells.length;
    const label = cells.slice(0, split);
    const values = cells.slice(split);
    const labelText = label.map((cell) => cell.text).join('');

    if (label.length === 0) {
      // One value per line (one cell per line): the values continue the row the previous value began.
      if (lastWasValue && values.length === 1) {
        if (orphanValues.length > 0) orphanValues.push(...values);
        else if (current) current.values.push(...values);
        return;
      }
      lastWasValue = values.length === 1;
      // A line of numbers alone: the open row's, or the next row's when the open row has its own.
      if (current && current.values.length === 0 && !isGroupOnly(joined(current.label))) {
        current.values = values;
        // A whole row of numbers on its own line: the label may go on after it.
        current.valuesAlone = values.length >= 2;
      } else {
        orphanValues = orphanValues.concat(values);
      }
      return;
    }
    lastWasValue = false;
    if (values.length === 0 && isHeaderLine(label)) {
      // One header cell per line: 「信息内容」「本年制发件数」「本年废止件数」 are one header row.
      const title = label.length === 1 && BLOCK_TITLE.test(labelKey(label[0]!.text));
      const open: Pending | null = current;
      const previous = rows[rows.length - 1];
      const single = label.length === 1 && !title;
      if (single && open && open.label.length === 1 && open.values.length === 0 && !isFormRow(joined(open.label))) {
        current = null;
        rows.push({ cells: [...open.label, ...label], tabbed: false, stacked: true, header: true });
      } else if (single && !open && previous?.stacked) {
        previous.cells.push(...label);
      } else {
        flush();
        // A header that starts with a column's name has an empty label column before it.
        const cells = !title && namesColumn(label[0]!) ? [{ ...label[0]!, text: '' }, ...label] : label;
        rows.push({ cells, tabbed: false, stacked: single, header: !title });
      }
      return;
    }
    // 「法提供 2.没有现成信息需要另行制作 11 …」: a group label's piece before a numbered row label starts a new row.
    const numbered = NUMBERED.test(labelText) || INNER_NUMBERED.test(labelText);
    const continues = current !== null && !numbered && continuesLabel(current, labelText, values.length > 0);
    if (continues && current) {
      // 「无法 35 1 0 0 0 0 36」 under 「2.没有现成信息需要另行制」: a vertical group label's piece beside the numbers.
      const stray =
        values.length > 0 && isUnfinishedFormLabel(joined(current.label)) && !extendsFormLabel(joined(current.label), labelText);
      if (!stray) current.label = [...current.label, ...label];
      if (values.length > 0 && current.values.length === 0) current.values = values;
      return;
    }
    // A piece of a vertical group label (「他处理」) printed between the lines of a label still unfinished.
    if (current && values.length === 0 && !numbered && isUnfinishedFormLabel(joined(current.label))) return;
    flush();
    current = { label, values, valuesAlone: false, tabbed: false };
    if (values.length === 0 && orphanValues.length > 0 && !isGroupOnly(labelText)) {
      current.values = orphanValues;
      orphanValues = [];
    } else if (orphanValues.length > 0) {
      rows.push({ cells: orphanValues, tabbed: false });
      orphanValues = [];
    }
  });
  flush();
  if (orphanValues.length > 0) rows.push({ cells: orphanValues, tabbed: false });
  return dropMisfitHeaders(rows);
}

/**
 * A header printed over several lines in a flattened copy no longer says which column is which
 * (「自然人 社会 法律 总计」 over seven numbers). A header line is kept only when it names one cell per
 * value of the rows below it (with or without the label column's own header); the others are dropped,
 * and the recogniser reads the columns in the form's order, saying so.
 */
function dropMisfitHeaders(rows: RebuiltRow[]): RebuiltRow[] {
  const dropped: RebuiltRow[] = [];
  const valueCount = (row: RebuiltRow) => {
    let n = 0;
    while (n < row.cells.length && isValueText(row.cells[row.cells.length - 1 - n]!.text)) n++;
    return n;
  };
  const kept = rows.filter((row, r) => {
    if (valueCount(row) > 0) return true;
    if (row.cells.length === 1 && BLOCK_TITLE.test(labelKey(row.cells[0]!.text))) return true;
    // Only headers are judged by their fit; a row label waiting for its numbers is kept.
    const headerLike = row.header || row.stacked || (row.cells.length >= 2 && row.cells.some(namesColumn));
    if (!headerLike) return true;
    const next = rows.slice(r + 1).find((candidate) => valueCount(candidate) > 0);
    if (!next) return true;
    const values = valueCount(next);
    // One cell per line with the empty cells dropped: a table-2 header still names its block's columns
    // (the few values below it are placed from the right, as the form's blocks end in their columns).
    const table2Header =
      row.stacked && row.cells.some((cell) => TABLE2_COLUMN_LISTS.some((list) => linesMatching(list, labelKey(cell.text)).length > 0));
    const fits = row.cells.length === values || row.cells.length === values + 1 || (table2Header && row.cells.length > values);
    if (!fits) dropped.push(row);
    return fits;
  });
  if (dropped.length === 0) return kept;
  const words = dropped.flatMap((row) => row.cells);
  return [...kept, { cells: [{ ...words[0]!, text: words.map((cell) => cell.text).join(' ') }], tabbed: false, headerWords: true }];
}

/**
 * The parts of a wrapped label are one cell again; a group label and a row label printed on one line
 * (「（四）无法提供 1.本机关不掌握相关政府信息」) are two, as in the table.
 */
function labelCells(parts: SourceCell[]): SourceCell[] {
  const text = parts
    .map((cell) => cell.text)
    .join(' ')
    .replace(/\s+(?![\d(（一二三四五六七八九十])/g, '');
  return text
    .split(/\s+(?=(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十]{1,2}[)）]))/)
    .filter(Boolean)
    .map((piece) => ({ ...parts[0]!, text: piece }));
}

/**
 * 「行政复议: 结果维持 88 | 结果纠正 18 | … | 总计 170」: each line a group and its columns as name–value
 * pairs. Rebuilt as the table they stand for: the group over its columns, the names, one row of values.
 */
function labelValuePairs(rows: RebuiltRow[]): RebuiltRow[] | null {
  const filled = rows.filter((row) => row.cells.length > 0);
  const parsed = filled.map((row) => {
    const [group, ...rest] = row.cells;
    if (!group || isValueText(group.text) || rest.length < 4 || rest.length % 2 !== 0) return null;
    const pairs = [];
    for (let i = 0; i < rest.length; i += 2) {
      if (isValueText(rest[i]!.text) || !isValueText(rest[i + 1]!.text)) return null;
      pairs.push({ name: rest[i]!, value: rest[i + 1]! });
    }
    return { group, pairs };
  });
  if (filled.length < 2 || parsed.some((entry) => entry === null)) return null;
  const entries = parsed as { group: SourceCell; pairs: { name: SourceCell; value: SourceCell }[] }[];
  return [
    { cells: entries.flatMap(({ group, pairs }) => pairs.map(() => group)), tabbed: false },
    { cells: entries.flatMap(({ pairs }) => pairs.map((pair) => pair.name)), tabbed: false },
    { cells: entries.flatMap(({ pairs }) => pairs.map((pair) => pair.value)), tabbed: false },
  ];
}

function joined(cells: SourceCell[]): string {
  return cells.map((cell) => cell.text).join('');
}

/**
 * A fragment without numbering continues the open label when the label is not yet a whole row of the
 * form and joining makes it one, or when the label is still waiting for its numbers.
 */
function continuesLabel(current: Pending, fragment: string, fragmentHasValues: boolean): boolean {
  const label = joined(current.label);
  // Joined, the words read on as the form's own label does (「1.申请人无正当理由逾期不补正、行政」 + 「机关」).
  if (extendsFormLabel(label, fragment)) return true;
  // The label's last characters were printed beside its numbers (「…禁止公」 / 「开 1 0 0 0 0 0 1」).
  if (current.values.length === 0 && fragmentHasValues && !isGroupOnly(label)) return true;
  if (isFormRow(label)) return false;
  // Not yet a row of the form: still waiting for its numbers, or wrapped around them.
  return current.values.length === 0 || (current.valuesAlone && !fragmentHasValues);
}

const FORM_LABEL_KEYS = [...new Set(ROW_LISTS.flatMap((rows) => rows.map((row) => labelKey(row.label))))];

function isUnfinishedFormLabel(label: string): boolean {
  const key = labelKey(label);
  return key.length > 0 && !FORM_LABEL_KEYS.includes(key) && FORM_LABEL_KEYS.some((formKey) => formKey.startsWith(key));
}

function extendsFormLabel(label: string, fragment: string): boolean {
  const joinedKey = labelKey(label + fragment);
  return joinedKey.length > labelKey(label).length && FORM_LABEL_KEYS.some((key) => key.startsWith(joinedKey));
}

/** Value-only lines, or a label line with no values followed by a value-only line. */
function needsRebuilding(lines: { cells: string[] }[]): boolean {
  const filled = lines.filter((line) => line.cells.some(Boolean));
  const single = filled.filter((line) => line.cells.filter(Boolean).length === 1).length;
  // Mostly one cell per line: a copy that put every cell on a line of its own.
  if (filled.length >= 4 && single >= filled.length * 0.6) return true;
  return lines.some((line) => {
    const cells = line.cells.filter(Boolean);
    return cells.length > 0 && cells.every(isValueText);
  });
}
