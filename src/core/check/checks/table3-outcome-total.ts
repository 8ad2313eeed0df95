/** 表三 each column: （七）总计 = the sum of every outcome row （一）…（六）. */
import { defineCheck, type FindingDraft } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { table3ColumnName } from '../../form/labels';
import { rowTotal } from './table3-row-total';
import type { RecognisedTable } from '../../model/report';
import type { FormDef } from '../../form/types';
import { subtotalRowKey } from '../../form/keys';

/**
 * The outcome rows of the form; a group whose items are all absent but whose subtotal row is there
 * (the 2019 form's one-row （六）其他处理 in a later report) counts by that subtotal. The same for every
 * column, so worked out once per table.
 */
const outcomeRowsOf = new WeakMap<RecognisedTable, readonly string[]>();

function outcomeRowKeys(table: RecognisedTable, form: FormDef): readonly string[] {
  let keys = outcomeRowsOf.get(table);
  if (keys) return keys;
  const outcomeRows = new Set(form.table3.outcomeRows);
  const missing = new Set(table.missingRows);
  const rows = form.table3.rows.filter((row) => row.group && outcomeRows.has(row.key));
  const replaced = new Set(
    [...new Set(rows.map((row) => row.group!))].filter(
      (group) =>
        table.extraRows.includes(subtotalRowKey(group)) && rows.filter((row) => row.group === group).every((row) => missing.has(row.key)),
    ),
  );
  keys = [...rows.filter((row) => !replaced.has(row.group!)).map((row) => row.key), ...[...replaced].map(subtotalRowKey)];
  outcomeRowsOf.set(table, keys);
  return keys;
}

export function outcomeTotal(table: RecognisedTable, form: FormDef, column: string) {
  return evaluateSum(
    [operand(table, 'handledTotal', column)],
    outcomeRowKeys(table, form).map((row) => operand(table, row, column)),
  );
}

/**
 * In the 总计 column a sum also fails whenever one of its rows has a wrong row total; that row is
 * reported once, by table3-row-total, and not again here.
 */
export function isRowTotalCascade(table: RecognisedTable, column: string, rows: readonly string[]): boolean {
  return column === 'total' && rows.some((row) => rowTotal(table, row).outcome === 'fail');
}

export default defineCheck({
  id: 'table3-outcome-total',
  severity: 'error',
  title: { zh: '表三办理结果总计等于各项办理结果之和', en: 'Table 3 handled total equals the sum of outcome rows' },
  needsForm: true,
  evaluate({ report, form }) {
    const table = report.tables.t3;
    if (!table || !form) return [];
    const rows = ['handledTotal', ...form.table3.outcomeRows];
    const outcomeIds = form.table3.rows.filter((row) => row.group).map((row) => row.id);
    return form.table3.columns
      .filter((column) => !table.missingColumns.includes(column.key))
      .flatMap((column): FindingDraft[] => {
        const result = outcomeTotal(table, form, column.key);
        if (result.outcome === 'fail' && isRowTotalCascade(table, column.key, rows)) return [];
        return [
          sumFinding(
            result,
            {
              location: { table: 3, row: 'handledTotal', column: column.key },
              expression: `R24 = ${outcomeIds[0]} + … + ${outcomeIds[outcomeIds.length - 1]} [${column.label}]`,
              where: `表三「${table3ColumnName(column.key)}」列`,
              whereEn: `Table 3, column ${column.key}`,
              left: '（七）总计',
              right: '各项办理结果之和',
            },
            report,
          ),
        ];
      });
  },
});
