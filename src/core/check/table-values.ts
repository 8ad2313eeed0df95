/** Looking up recognised values by the form's keys. */
import type { CellValue, RecognisedTable } from '../model/report';
import type { Operand } from './sums';
import { shortCellName } from './labels';

const indexes = new WeakMap<RecognisedTable, Map<string, CellValue>>();

export function valueAt(table: RecognisedTable, row: string, column: string): CellValue | undefined {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    // The form's values win over extra ones under the same key, as they come first.
    for (const value of [...table.extraValues, ...table.values]) index.set(`${value.row}\u0000${value.column}`, value);
    indexes.set(table, index);
  }
  return index.get(`${row}\u0000${column}`);
}

/** The value, or an `absent` marker naming the missing cell so a rule can say what it lacked. */
export function operand(table: RecognisedTable, row: string, column: string): Operand {
  return valueAt(table, row, column) ?? { absent: shortCellName(table.table, row, column) };
}
