/**
 * Expands a `<table>`'s rowspan/colspan into a grid whose slots point to their origin cell
 * (as axe-core's table grid does), so checks can cite and the page can highlight the real cell.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Grid, GridCell } from '../model/document';
import { attr, isElement, textContent } from './dom';
import { cleanText } from '../text/normalize';

/** Limits that keep a hostile table from exhausting memory; beyond them the grid is cut and flagged. */
export const GRID_LIMITS = { rows: 2000, columns: 200, slots: 100_000, colSpan: 1000 };

/** The table's own rows in document order, skipping rows of nested tables. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: AnyNode[] = [...table.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'tr') rows.push(node);
    else if (node.name !== 'table') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return rows;
}

export function ownCells(row: Element): Element[] {
  return row.children.filter((child): child is Element => isElement(child) && (child.name === 'td' || child.name === 'th'));
}

function span(element: Element, name: string, max: number): number {
  const value = Number.parseInt(attr(element, name), 10);
  if (!Number.isFinite(value) || value < 0) return 1;
  return Math.min(value, max);
}

export function buildGrid(table: Element, tableIndex: number): Grid {
  const rows = ownRows(table);
  const rowCount = Math.min(rows.length, GRID_LIMITS.rows);
  let truncated = rows.length > rowCount;
  const cells: GridCell[] = [];
  const slots: number[][] = Array.from({ length: rowCount }, () => []);
  let slotCount = 0;

  for (let r = 0; r < rowCount; r++) {
    const rowSlots = slots[r]!;
    let column = 0;
    const rowCells = ownCells(rows[r]!);
    for (let c = 0; c < rowCells.length; c++) {
      const element = rowCells[c]!;
      while (rowSlots[column] !== undefined) column++;
      // rowspan="0" means "to the end of the table"; the cap keeps absurd values bounded.
      const rawRowSpan = span(element, 'rowspan', GRID_LIMITS.rows);
      const rowSpan = Math.max(1, Math.min(rawRowSpan === 0 ? rowCount - r : rawRowSpan, rowCount - r));
      const colSpan = Math.max(1, span(element, 'colspan', GRID_LIMITS.colSpan));
      if (column >= GRID_LIMITS.columns || slotCount + rowSpan * colSpan > GRID_LIMITS.slots) {
        truncated = true;
        break;
      }
      const index = cells.length;
      cells.push({
        text: cleanText(textContent(element)),
        origin: { table: tableIndex, row: r, cell: c },
        rowSpan,
        colSpan,
      });
      const lastColumn = Math.min(column + colSpan, GRID_LIMITS.columns);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = slots[r + dr]!;
        for (let dc = column; dc < lastColumn; dc++) {
          if (target[dc] === undefined) {
            target[dc] = index;
            slotCount++;
          }
        }
      }
      column = lastColumn;
    }
  }
  const width = Math.max(0, ...slots.map((row) => row.length));
  for (const row of slots) {
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = -1;
  }
  return { tableIndex, cells, slots, truncated };
}
