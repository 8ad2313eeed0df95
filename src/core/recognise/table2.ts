/**
 * Table 2 (主动公开政府信息情况): four blocks, each with its own header row; blocks may be split into
 * separate `<table>`s with their titles outside. Each header row remaps the columns below it.
 */
import type { Grid } from '../model/document';
import type { CellValue, RecognisedTable } from '../model/report';
import type { FormDef } from '../form/types';
import { matchesLabel } from '../form/forms';
import { labelKey } from '../text/normalize';
import { rowCells, toCellValue } from './grid-rows';

export function recogniseTable2(grids: { grid: Grid; index: number }[], form: FormDef, otherForm: FormDef): RecognisedTable {
  const def = form.table2;
  const values: CellValue[] = [];
  const seen = new Set<string>();
  const outdated = new Set<string>();
  const found: { key: string; raw: string }[] = [];
  for (const { grid } of grids) {
    let columns = new Map<number, string>();
    for (let r = 0; r < grid.slots.length; r++) {
      const slots = grid.slots[r]!;
      const labels = slots.map((index) => (index >= 0 ? labelKey(grid.cells[index]!.text) : ''));
      for (const label of new Set(labels)) {
        if (form.foreignLabels.some((foreign) => labelKey(foreign) === label)) outdated.add(label);
      }
      const header = new Map<number, string>();
      labels.forEach((label, c) => {
        const column = def.columns.find((candidate) => matchesLabel(candidate.match, label))
          ?? otherForm.table2.columns.find((candidate) => matchesLabel(candidate.match, label));
        if (column) header.set(c, column.key);
      });
      if (header.size > 0) {
        columns = header;
        continue;
      }
      const first = rowCells(grid, r)[0];
      const row = first && def.rows.find((candidate) => matchesLabel(candidate.match, labelKey(first.text)));
      if (!row) continue;
      if (!found.some((entry) => entry.key === row.key)) found.push({ key: row.key, raw: first.text });
      const taken = new Set<string>();
      for (const [c, column] of columns) {
        if (taken.has(column)) continue; // a value cell spanning two header slots counts once
        taken.add(column);
        const key = `${row.key}.${column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const index = slots[c] ?? -1;
        values.push(toCellValue(2, row.key, column, index >= 0 ? grid.cells[index] : undefined, grid, r));
      }
    }
  }
  const inForm = new Set(def.cells.map(([row, column]) => `${row}.${column}`));
  const missing = def.cells.map(([row, column]) => `${row}.${column}`).filter((key) => !seen.has(key));
  return {
    table: 2,
    grids: grids.map((entry) => entry.index),
    values: values.filter((value) => inForm.has(`${value.row}.${value.column}`)),
    missingRows: def.rows.map((row) => row.key).filter((row) => missing.some((key) => key.startsWith(`${row}.`)) && !values.some((value) => value.row === row)),
    missingColumns: missing,
    extraRows: [],
    extraColumns: [],
    extraValues: values.filter((value) => !inForm.has(`${value.row}.${value.column}`)),
    outdatedLabels: [...outdated],
    labels: found,
    readerNotes: [],
  };
}
