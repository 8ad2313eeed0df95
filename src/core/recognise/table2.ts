/**
 * Table 2 (主动公开政府信息情况): four blocks, each with its own header row; blocks may be split into
 * separate `<table>`s with their titles outside. Each header row remaps the columns below it.
 */
import type { Grid } from '../model/document';
import type { CellValue, RecognisedTable } from '../model/report';
import type { FormDef } from '../form/types';
import { linesMatching } from '../form/forms';
import { labelKey } from '../text/normalize';
import { rowCells, toCellValue } from './grid-rows';

export function recogniseTable2(grids: { grid: Grid; index: number }[], form: FormDef, otherForm: FormDef): RecognisedTable {
  const def = form.table2;
  const values: CellValue[] = [];
  const seen = new Set<string>();
  const outdated = new Set<string>();
  const found: { key: string; raw: string }[] = [];
  const foreign = new Set(form.foreignLabels.map(labelKey));
  for (const { grid } of grids) {
    let columns = new Map<number, string>();
    for (let r = 0; r < grid.slots.length; r++) {
      const slots = grid.slots[r]!;
      const labels = slots.map((index) => (index >= 0 ? labelKey(grid.cells[index]!.text) : ''));
      for (const label of new Set(labels)) {
        if (foreign.has(label)) outdated.add(label);
      }
      const header = new Map<number, string>();
      labels.forEach((label, c) => {
        const column = linesMatching(def.columns, label)[0] ?? linesMatching(otherForm.table2.columns, label)[0];
        if (column) header.set(c, column.key);
      });
      if (header.size > 0) {
        columns = header;
        continue;
      }
      const first = rowCells(grid, r)[0];
      // 「规章（县级无此项）」: a note in brackets after the form's label still names the row.
      const row =
        first &&
        (linesMatching(def.rows, labelKey(first.text))[0] ??
          linesMatching(def.rows, labelKey(first.text.replace(/\s*[(（][^()（）]*[)）]\s*$/, '')))[0]);
      if (!row) continue;
      if (!found.some((entry) => entry.key === row.key)) found.push({ key: row.key, raw: first.text });
      // Header and value cells may span differently (「上一年项目数量」 one slot over a value spanning
      // two): each column takes the first of its slots whose cell no earlier column has taken.
      const usedCells = new Set<number>();
      const slotsOf = new Map<string, number[]>();
      for (const [c, column] of columns) slotsOf.set(column, [...(slotsOf.get(column) ?? []), c]);
      for (const [column, candidates] of slotsOf) {
        const key = `${row.key}.${column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const slot = candidates.find((c) => (slots[c] ?? -1) >= 0 && !usedCells.has(slots[c]!)) ?? candidates[0]!;
        const index = slots[slot] ?? -1;
        if (index >= 0) usedCells.add(index);
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
    missingRows: def.rows
      .map((row) => row.key)
      .filter((row) => missing.some((key) => key.startsWith(`${row}.`)) && !values.some((value) => value.row === row)),
    missingColumns: missing,
    extraRows: [],
    extraColumns: [],
    extraValues: values.filter((value) => !inForm.has(`${value.row}.${value.column}`)),
    outdatedLabels: [...outdated],
    labels: found,
    readerNotes: [],
    truncated: grids.some((entry) => entry.grid.truncated),
  };
}
