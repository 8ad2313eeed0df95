/**
 * Table 3 (收到和处理政府信息公开申请情况): rows and columns located by label, never by index.
 * A table split over several `<table>`s (a page break) is read as one; a repeated header is skipped.
 */
import type { Grid, GridCell } from '../model/document';
import type { CellValue, RecognisedTable } from '../model/report';
import type { LineDef, Table3Def } from '../form/types';
import { TABLE3_EXTRA_COLUMNS } from '../form/shared';
import { linesMatching } from '../form/forms';
import { labelKey } from '../text/normalize';
import { columnPath, rowCells, slotCell, toCellValue, trailingValues } from './grid-rows';

interface ColumnMap {
  /** Column index → column key. */
  byIndex: Map<number, string>;
  firstValueColumn: number;
  /**
   * For a part with no header of its own (the rest of a table after a page break), each row's
   * trailing values are read right-aligned: the part's rows need not share one column layout, as the
   * spans that tied them to the header were cut.
   */
  rightAligned?: boolean;
}

interface RowCells {
  labelCells: GridCell[];
  valueCells: [key: string, cell: GridCell | undefined][];
}

function readRow(grid: Grid, row: number, columns: ColumnMap): RowCells {
  if (!columns.rightAligned) {
    return {
      labelCells: rowCells(grid, row, 0, columns.firstValueColumn),
      valueCells: [...columns.byIndex].map(([column, key]) => [key, slotCell(grid, row, column)]),
    };
  }
  const cells = rowCells(grid, row);
  const keys = [...columns.byIndex.values()];
  const trailing = trailingValues(grid, row).length;
  if (trailing < keys.length) return { labelCells: cells, valueCells: [] };
  const first = cells.length - keys.length;
  return { labelCells: cells.slice(0, first), valueCells: keys.map((key, i) => [key, cells[first + i]]) };
}

export function recogniseTable3(grids: { grid: Grid; index: number }[], def: Table3Def): RecognisedTable {
  const values: CellValue[] = [];
  const extraValues: CellValue[] = [];
  const extraRows = new Set<string>();
  const foundRows = new Set<string>();
  const readerNotes: string[] = [];
  const labels: { key: string; raw: string }[] = [];
  let columns: ColumnMap | null = null;
  const allColumns = [...def.columns, ...TABLE3_EXTRA_COLUMNS];

  for (const { grid } of grids) {
    // 「总计」 is also a column header, so it cannot mark where the data rows begin.
    const firstData = grid.slots.findIndex((_, r) =>
      rowCells(grid, r).some((cell) => matchRow(def, labelKey(cell.text), null)?.key.startsWith('handledTotal') === false),
    );
    if (firstData < 0) continue;
    const header = readColumns(grid, firstData, allColumns, labels);
    // A continuation after a page break has no header of its own: its values line up from the right.
    const fragment: ColumnMap | null =
      header.byIndex.size > 0
        ? header
        : columns
          ? rightAligned(grid, firstData, [...columns.byIndex.values()])
          : positionalColumns(grid, firstData, def, readerNotes);
    if (!fragment) continue;
    columns ??= fragment;
    if (header.byIndex.size > 0) columns = header;

    let group: string | null = null;
    for (let r = firstData; r < grid.slots.length; r++) {
      const cells = readRow(grid, r, fragment);
      const labelCells = cells.labelCells.filter((cell) => labelKey(cell.text));
      const rowLabels = labelCells.map((cell) => labelKey(cell.text));
      if (rowLabels.length === 0) continue;
      for (const label of rowLabels) {
        const found = linesMatching(def.groups, label)[0];
        if (found) group = found.key;
      }
      const leaf = rowLabels[rowLabels.length - 1]!;
      const row = matchRow(def, leaf, group);
      const rowValues = cells.valueCells.map(([key, cell]) => toCellValue(3, row?.key ?? '', key, cell, grid, r));
      if (row) {
        if (row.group) group = row.group;
        if (foundRows.has(row.key)) continue; // a repeated header or a table printed twice
        foundRows.add(row.key);
        labels.push({ key: row.key, raw: labelCells[labelCells.length - 1]!.text });
        for (const value of rowValues) (isExtraColumn(value.column) ? extraValues : values).push(value);
        continue;
      }
      const groupRow = linesMatching(def.groups, leaf)[0];
      const hasValues = rowValues.some((value) => value.kind !== 'blank' && value.kind !== 'text');
      if (groupRow && hasValues) {
        const key = `subtotal.${groupRow.key}`;
        extraRows.add(key);
        extraValues.push(...rowValues.map((value) => ({ ...value, row: key })));
      } else if (!groupRow && hasValues && !isHeaderRepeat(rowLabels, allColumns)) {
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
    labels,
    readerNotes,
    truncated: grids.some((entry) => entry.grid.truncated),
  };
}

function isExtraColumn(key: string): boolean {
  return TABLE3_EXTRA_COLUMNS.some((column) => column.key === key);
}

function isHeaderRepeat(labels: string[], columns: readonly LineDef[]): boolean {
  return labels.some((label) => linesMatching(columns, label).length > 0 || label.includes('勾稽关系'));
}

export function matchRow(def: Table3Def, label: string, group: string | null): LineDef | undefined {
  return linesMatching(def.rows, label).find((row) => !row.requiresGroup || row.group === group);
}

/** Maps value columns from the header rows above the first data row; the most specific label decides. */
function readColumns(grid: Grid, firstData: number, columns: readonly LineDef[], labels: { key: string; raw: string }[]): ColumnMap {
  const byIndex = new Map<number, string>();
  const width = grid.slots[0]?.length ?? 0;
  const taken = new Set<string>();
  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, c, 0, firstData);
    for (let i = path.length - 1; i >= 0; i--) {
      const column = linesMatching(columns, path[i]!)[0];
      if (column) {
        if (!taken.has(column.key)) {
          byIndex.set(c, column.key);
          taken.add(column.key);
          labels.push({ key: column.key, raw: headerText(grid, c, firstData, path[i]!) });
        }
        break;
      }
    }
  }
  const first = Math.min(...byIndex.keys());
  return { byIndex, firstValueColumn: Number.isFinite(first) ? first : width };
}

function headerText(grid: Grid, column: number, beforeRow: number, key: string): string {
  for (let r = 0; r < beforeRow; r++) {
    const cell = slotCell(grid, r, column);
    if (cell && labelKey(cell.text) === key) return cell.text;
  }
  return key;
}

function rightAligned(grid: Grid, firstData: number, keys: string[]): ColumnMap | null {
  if (trailingValues(grid, firstData).length < keys.length) return null;
  const byIndex = new Map<number, string>();
  keys.forEach((key, i) => byIndex.set(i, key));
  return { byIndex, firstValueColumn: 0, rightAligned: true };
}

/** Without any header, the form's seven columns are taken from the right only when exactly seven cells hold values. */
function positionalColumns(grid: Grid, firstData: number, def: Table3Def, notes: string[]): ColumnMap | null {
  if (trailingValues(grid, firstData).length !== def.columns.length) return null;
  const width = grid.slots[firstData]!.length;
  const byIndex = new Map<number, string>();
  const firstValueColumn = width - def.columns.length;
  def.columns.forEach((column, i) => byIndex.set(firstValueColumn + i, column.key));
  notes.push('表三未找到列标题，按列位置读取');
  return { byIndex, firstValueColumn };
}
