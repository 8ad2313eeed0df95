/** Looking up recognised values by the form's keys. */
import type { CellValue, RecognisedTable } from '../model/report';
import type { Operand } from './sums';
import { cellName } from './labels';

export function valueAt(table: RecognisedTable, row: string, column: string): CellValue | undefined {
  return table.values.find((value) => value.row === row && value.column === column)
    ?? table.extraValues.find((value) => value.row === row && value.column === column);
}

/** The value, or an `absent` marker naming the missing cell so a rule can say what it lacked. */
export function operand(table: RecognisedTable, row: string, column: string): Operand {
  return valueAt(table, row, column) ?? { absent: `${cellName(null, table.table, row, column)}（表中缺少）` };
}
