/** Looking up recognised values by the form's keys. */
import type { CellValue, RecognisedTable } from '../model/report';
import type { Operand } from './sums';
import { shortCellName } from '../form/labels';
import type { ColumnKey, KnownKey, RowKey } from '../form/keys';

/** Row key → column key → value: nested, so a lookup hashes the form's own key strings, not a joined one. */
const indexes = new WeakMap<RecognisedTable, Map<string, Map<string, CellValue>>>();

/** Keys written as literals must be the forms' (./form/keys `KnownKey`): a typo does not compile. */
export function valueAt<R extends string, C extends string>(
  table: RecognisedTable,
  row: KnownKey<R, RowKey>,
  column: KnownKey<C, ColumnKey>,
): CellValue | undefined {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    // The form's values win over extra ones under the same key: set last, they overwrite.
    for (const value of [...table.extraValues, ...table.values]) {
      let columns = index.get(value.row);
      if (!columns) index.set(value.row, (columns = new Map()));
      columns.set(value.column, value);
    }
    indexes.set(table, index);
  }
  return index.get(row)?.get(column);
}

/** The value, or an `absent` marker naming the missing cell so a rule can say what it lacked. */
export function operand<R extends string, C extends string>(
  table: RecognisedTable,
  row: KnownKey<R, RowKey>,
  column: KnownKey<C, ColumnKey>,
): Operand {
  return valueAt<string, string>(table, row, column) ?? { absent: shortCellName(table.table, row, column), table: table.table };
}
