/** 表三 each column, the rule printed in the table's corner: 第一项 + 第二项 = 第三项 + 第四项. */
import { defineCheck, type FindingDraft } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { table3ColumnName } from '../../form/labels';
import { isRowTotalCascade, outcomeTotal } from './table3-outcome-total';

export default defineCheck({
  id: 'table3-balance',
  severity: 'error',
  title: { zh: '表三勾稽关系：新收加结转等于办结加结转下年', en: 'Table 3 balance: new + carried in = handled + carried out' },
  needsForm: true,
  evaluate({ report, form }) {
    const table = report.tables.t3;
    if (!table || !form) return [];
    return form.table3.columns
      .filter((column) => !table.missingColumns.includes(column.key))
      .flatMap((column): FindingDraft[] => {
        const get = (row: string) => operand(table, row, column.key);
        const result = evaluateSum([get('received'), get('carriedIn')], [get('handledTotal'), get('carriedOut')]);
        if (result.outcome === 'fail') {
          if (isRowTotalCascade(table, column.key, ['received', 'carriedIn', 'handledTotal', 'carriedOut'])) return [];
          // A wrong R24 is reported once, by table3-outcome-total, when the outcome rows themselves balance.
          const outcomes = outcomeTotal(table, form, column.key);
          const viaOutcomes =
            outcomes.outcome === 'fail' ? Number(outcomes.expected) + Number(result.expected) - Number(outcomes.actual) : null;
          if (viaOutcomes !== null && viaOutcomes === Number(result.actual)) return [];
        }
        return [
          sumFinding(
            result,
            {
              location: { table: 3, column: column.key },
              expression: `R01 + R02 = R24 + R25 [${column.label}]`,
              where: `表三「${table3ColumnName(column.key)}」列`,
              whereEn: `Table 3, column ${column.key}`,
              left: '新收与上年结转之和',
              right: '办理结果总计与结转下年度之和',
            },
            report,
          ),
        ];
      });
  },
});
