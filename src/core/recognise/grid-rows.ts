/** Reading a grid row by row: distinct cells, their label keys, and values under mapped columns. */
import type { Grid, GridCell } from '../model/document';
import type { CellValue, TableNo } from '../model/report';
import { labelKey } from '../text/normalize';
import { parseCellValue } from '../text/numbers';

/** The distinct cells of one grid row, left to right (a spanned cell appears once). */
/** The cell that covers slot (row, column) of a span-expanded grid, if any. */
export function slotCell(grid: Grid, row: number, column: number): GridCell | undefined {
  const index = grid.slots[row]?.[column] ?? -1;
  return index >= 0 ? grid.cells[index] : undefined;
}

export function rowCells(grid: Grid, row: number, fromColumn = 0, toColumn = Infinity): GridCell[] {
  const seen = new Set<number>();
  const cells: GridCell[] = [];
  const slots = grid.slots[row] ?? [];
  for (let c = fromColumn; c < Math.min(slots.length, toColumn); c++) {
    const index = slots[c]!;
    if (index < 0 || seen.has(index)) continue;
    seen.add(index);
    cells.push(grid.cells[index]!);
  }
  return cells;
}

/** Label keys of the header cells above `beforeRow` in one column, top to bottom, without repeats. */
export function columnPath(grid: Grid, column: number, fromRow: number, beforeRow: number): string[] {
  const path: string[] = [];
  let last = -1;
  for (let r = fromRow; r < beforeRow; r++) {
    const index = grid.slots[r]?.[column] ?? -1;
    if (index < 0 || index === last) continue;
    last = index;
    const key = labelKey(grid.cells[index]!.text);
    if (key && !path.includes(key)) path.push(key);
  }
  return path;
}

export function toCellValue(
  table: TableNo,
  row: string,
  column: string,
  cell: GridCell | undefined,
  grid: Grid,
  slotRow: number,
): CellValue {
  if (!cell) {
    return {
      table,
      row,
      column,
      raw: '',
      kind: 'blank',
      value: null,
      decimals: 0,
      origin: { table: grid.tableIndex, row: slotRow, cell: -1 },
    };
  }
  const parsed = parseCellValue(cell.text);
  return { table, row, column, raw: cell.text, kind: parsed.kind, value: parsed.value, decimals: parsed.decimals, origin: cell.origin };
}

export function isValueLike(cell: GridCell): boolean {
  return parseCellValue(cell.text).kind !== 'text';
}

/** The value-like cells that end a row (a data row's numbers after its labels). */
export function trailingValues(grid: Grid, row: number): GridCell[] {
  const cells = rowCells(grid, row);
  let first = cells.length;
  while (first > 0 && isValueLike(cells[first - 1]!)) first--;
  return cells.slice(first);
}
