/** 表三 each row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
import { defineCheck } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { table3RowName } from '../../form/labels';
import type { RecognisedTable } from '../../model/report';
import type { FormDef } from '../../form/types';
import { TABLE3_APPLICANT_COLUMNS, TABLE3_COLUMNS } from '../../form/shared';

const columnId = (key: string) => TABLE3_COLUMNS.find((column) => column.key === key)!.id;
/** C7 = C1 + C2 + C3 + C4 + C5 + C6, from the form's own column ids. */
const ROW_TOTAL = `${columnId('total')} = ${TABLE3_APPLICANT_COLUMNS.map(columnId).join(' + ')}`;

/** Rows present in the table, the form's and any subtotal rows. */
export function presentRows(table: RecognisedTable, form: FormDef): string[] {
  return [...form.table3.rows.map((row) => row.key).filter((key) => !table.missingRows.includes(key)), ...table.extraRows];
}

export function rowTotal(table: RecognisedTable, row: string) {
  return evaluateSum(
    [operand(table, row, 'total')],
    TABLE3_APPLICANT_COLUMNS.map((column) => operand(table, row, column)),
  );
}

export default defineCheck({
  id: 'table3-row-total',
  severity: 'error',
  title: { zh: '表三各行总计等于各类申请人之和', en: 'Table 3 row totals equal the sum of applicant columns' },
  needsForm: true,
  evaluate({ report, form }) {
    const table = report.tables.t3;
    if (!table || !form || table.missingColumns.includes('total')) return [];
    return presentRows(table, form).map((row) => {
      const name = table3RowName(form, row);
      return sumFinding(
        rowTotal(table, row),
        {
          location: { table: 3, row, column: 'total' },
          expression: `${ROW_TOTAL} [${name}]`,
          where: `表三「${name}」行`,
          whereEn: `Table 3, row ${row}`,
          left: '总计',
          right: '各类申请人之和',
        },
        report,
      );
    });
  },
});
