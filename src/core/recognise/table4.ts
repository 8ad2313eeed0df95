/**
 * Table 4 (行政复议、行政诉讼情况): three header rows and one data row of 15 numbers. Headers are often
 * broken one character per line, so the header is read when it names all 15 columns and otherwise
 * the 15-value data row is read in the form's order, with a note that it was read by position.
 */
import type { Grid } from '../model/document';
import type { CellValue, RecognisedTable } from '../model/report';
import type { Table4Def } from '../form/types';
import { linesMatching } from '../form/forms';
import { columnPath, toCellValue, trailingValues } from './grid-rows';

const EXPECTED = 15;

export function recogniseTable4(grids: { grid: Grid; index: number }[], def: Table4Def): RecognisedTable {
  const readerNotes: string[] = [];
  let values: CellValue[] = [];
  for (const { grid } of grids) {
    // A leading label cell (「数量」) may precede the 15 values.
    const dataRow = grid.slots.findIndex((_, r) => trailingValues(grid, r).length >= EXPECTED);
    if (dataRow < 0) continue;
    values = byHeader(grid, dataRow, def) ?? byPosition(grid, dataRow, def, readerNotes) ?? [];
    if (values.length > 0) break;
  }
  const keys = new Set(values.map((value) => `${value.row}.${value.column}`));
  const missing = def.groups.flatMap((group) => def.columns.map((column) => `${group.key}.${column.key}`)).filter((key) => !keys.has(key));
  return {
    table: 4,
    grids: grids.map((entry) => entry.index),
    values,
    missingRows: [...new Set(missing.map((key) => key.split('.')[0]!))],
    missingColumns: missing,
    extraRows: [],
    extraColumns: [],
    extraValues: [],
    outdatedLabels: [],
    labels: [],
    readerNotes,
    truncated: grids.some((entry) => entry.grid.truncated),
  };
}

function byHeader(grid: Grid, dataRow: number, def: Table4Def): CellValue[] | null {
  const values: CellValue[] = [];
  const seen = new Set<string>();
  const width = grid.slots[dataRow]!.length;
  for (let c = 0; c < width; c++) {
    const path = columnPath(grid, c, 0, dataRow);
    const named = new Set(path.flatMap((label) => linesMatching(def.groups, label)));
    const group = def.groups.find((candidate) => named.has(candidate));
    const column = [...path]
      .reverse()
      .map((label) => linesMatching(def.columns, label)[0])
      .find(Boolean);
    if (!group || !column) continue;
    const key = `${group.key}.${column.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const index = grid.slots[dataRow]![c]!;
    values.push(toCellValue(4, group.key, column.key, index >= 0 ? grid.cells[index] : undefined, grid, dataRow));
  }
  return seen.size === EXPECTED ? values : null;
}

function byPosition(grid: Grid, dataRow: number, def: Table4Def, notes: string[]): CellValue[] | null {
  const cells = trailingValues(grid, dataRow);
  if (cells.length !== EXPECTED) return null;
  notes.push('表四列标题无法逐列识别，按表格规定的列顺序读取15个数值');
  // The form's order is 行政复议, 未经复议直接起诉, 复议后起诉, each with the five outcome columns.
  const order = ['review', 'suitDirect', 'suitAfterReview'];
  return cells.map((cell, i) => toCellValue(4, order[Math.floor(i / 5)]!, def.columns[i % 5]!.key, cell, grid, dataRow));
}
