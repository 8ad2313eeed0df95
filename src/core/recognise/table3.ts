/**
 * Table 3 (收到和处理政府信息公开申请情况): rows and columns located by label, never by index.
 * A table split over several `<table>`s (a page break) is read as one; a repeated header is skipped.
 */
import type { Grid } from '../model/document';
import type { CellValue, RecognisedTable } from '../model/report';
import type { LineDef, Table3Def } from '../form/types';
import { TABLE3_EXTRA_COLUMNS } from '../form/shared';
import { matchesLabel } from '../form/forms';
import { labelKey } from '../text/normalize';
import { columnPath, isValueLike, rowCells, toCellValue } from './grid-rows';

interface ColumnMap {
  /** Column index → column key. */
  byIndex: Map<number, string>;
  firstValueColumn: number;
}

export function recogniseTable3(grids: { grid: Grid; index: number }[], def: Table3Def): RecognisedTable {
  const values: CellValue[] = [];
  const extraValues: CellValue[] = [];
  const extraRows = new Set<string>();
  const foundRows = new Set<string>();
  const readerNotes: string[] = [];
  let columns: ColumnMap | null = null;
  const allColumns = [...def.columns, ...TABLE3_EXTRA_COLUMNS];

  for (const { grid } of grids) {
    // 「总计」 is also a column header, so it cannot mark where the data rows begin.
    const firstData = grid.slots.findIndex((_, r) =>
      rowCells(grid, r).some((cell) => matchRow(def, labelKey(cell.text), null)?.key.startsWith('handledTotal') === false));
    if (firstData < 0) continue;
    const header = readColumns(grid, firstData, allColumns);
    if (header.byIndex.size > 0) columns = header;
    else if (!columns) columns = positionalColumns(grid, firstData, def, readerNotes);
    if (!columns) continue;

    let group: string | null = null;
    for (let r = firstData; r < grid.slots.length; r++) {
      const labels = rowCells(grid, r, 0, columns.firstValueColumn).map((cell) => labelKey(cell.text)).filter(Boolean);
      if (labels.length === 0) continue;
      for (const label of labels) {
        const found = def.groups.find((candidate) => matchesLabel(candidate.match, label));
        if (found) group = found.key;
      }
      const leaf = labels[labels.length - 1]!;
      const row = matchRow(def, leaf, group);
      const rowValues = [...columns.byIndex].map(([column, key]) => toCellValue(3, row?.key ?? '', key, cellAt(grid, r, column), grid, r));
      if (row) {
        if (row.group) group = row.group;
        if (foundRows.has(row.key)) continue; // a repeated header or a table printed twice
        foundRows.add(row.key);
        for (const value of rowValues) (isExtraColumn(value.column) ? extraValues : values).push(value);
        continue;
      }
      const groupRow = def.groups.find((candidate) => matchesLabel(candidate.match, leaf));
      const hasValues = rowValues.some((value) => value.kind !== 'blank' && value.kind !== 'text');
      if (groupRow && hasValues) {
        const key = `subtotal.${groupRow.key}`;
        extraRows.add(key);
        extraValues.push(...rowValues.map((value) => ({ ...value, row: key })));
      } else if (!groupRow && hasValues && !isHeaderRepeat(labels, allColumns)) {
        const key = `unknown.${leaf}`;
        extraRows.add(key);
        extraValues.push(...rowValues.map((value) => ({ ...value, row: key })));
      }
    }
  }

  const mapped = new Set(columns ? columns.byIndex.values() : []);
  return {
    table: 3,
    grids: grids.map((entry) => entry.index),
    values,
    missingRows: def.rows.filter((row) => !foundRows.has(row.key)).map((row) => row.key),
    missingColumns: def.columns.filter((column) => !mapped.has(column.key)).map((column) => column.key),
    extraRows: [...extraRows],
    extraColumns: TABLE3_EXTRA_COLUMNS.filter((column) => mapped.has(column.key)).map((column) => column.key),
    extraValues,
    outdatedLabels: [],
    readerNotes,
  };
}

function cellAt(grid: Grid, row: number, column: number) {
  const index = grid.slots[row]?.[column] ?? -1;
  return index >= 0 ? grid.cells[index] : undefined;
}

function isExtraColumn(key: string): boolean {
  return TABLE3_EXTRA_COLUMNS.some((column) => column.key === key);
}

function isHeaderRepeat(labels: string[], columns: readonly LineDef[]): boolean {
  return labels.some((label) => columns.some((column) => matchesLabel(column.match, label)) || label.includes('勾稽关系'));
}

export function matchRow(def: Table3Def, label: string, group: string | null): LineDef | undefined {
  return def.rows.find((row) => (!row.requiresGroup || row.group === group) && matchesLabel(row.match, label));
}

/** Maps value columns from the header rows above the first data row; the most specific label decides. */
function readColumns(grid: Grid, firstData: number, columns: readonly LineDef[]): ColumnMap {
  const byIndex = new Map<number, string>();
  const width = grid.slots[0]?.length ?? 0;
  const taken = new Set<string>();
  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, c, 0, firstData);
    for (let i = path.length - 1; i >= 0; i--) {
      const column = columns.find((candidate) => matchesLabel(candidate.match, path[i]!));
      if (column) {
        if (!taken.has(column.key)) {
          byIndex.set(c, column.key);
          taken.add(column.key);
        }
        break;
      }
    }
  }
  const first = Math.min(...byIndex.keys());
  return { byIndex, firstValueColumn: Number.isFinite(first) ? first : width };
}

/** Without any header, the form's seven columns are taken from the right only when exactly seven cells hold values. */
function positionalColumns(grid: Grid, firstData: number, def: Table3Def, notes: string[]): ColumnMap | null {
  const cells = rowCells(grid, firstData);
  let trailing = 0;
  while (trailing < cells.length && isValueLike(cells[cells.length - 1 - trailing]!)) trailing++;
  if (trailing !== def.columns.length) return null;
  const width = grid.slots[firstData]!.length;
  const byIndex = new Map<number, string>();
  const firstValueColumn = width - def.columns.length;
  def.columns.forEach((column, i) => byIndex.set(firstValueColumn + i, column.key));
  notes.push('表三未找到列标题，按列位置读取');
  return { byIndex, firstValueColumn };
}
