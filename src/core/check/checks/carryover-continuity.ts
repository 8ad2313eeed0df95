/**
 * Across years: what a report carries into next year (表三 R25) is what next year's report says it
 * carried in (R02), column by column.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { table3ColumnName } from '../../form/labels';
import { noPrevious, previousOperand, previousYearEvidence, thisYearEvidence } from '../previous-year';

export default defineCheck({
  id: 'carryover-continuity',
  severity: 'warning',
  title: { zh: '跨年度：上年结转等于上一年度报告的结转下年度', en: 'Across years: carried in equals last year’s carried out' },
  needsForm: true,
  evaluate({ report, form, previous }) {
    const table = report.tables.t3;
    if (!previous) return [noPrevious(report.identity.year)];
    if (!table || !form) return [];
    const year = report.identity.year;
    const last = previous.year;
    return form.table3.columns
      .filter((column) => !table.missingColumns.includes(column.key))
      .map((column): FindingDraft => {
        const carriedIn = operand(table, 'carriedIn', column.key);
        const carriedOut = previousOperand(previous.carriedOut[column.key], 3, 'carriedOut', column.key, `${last} 年度报告 R25`);
        const result = evaluateSum([carriedIn], [carriedOut]);
        const draft = sumFinding(
          { ...result, cells: thisYearEvidence([carriedIn]) },
          {
            location: { table: 3, row: 'carriedIn', column: column.key },
            expression: `R02(${year}) = R25(${last}) [${column.label}]`,
            where: `表三「${table3ColumnName(column.key)}」列`,
            whereEn: `Table 3, column ${column.key}`,
            left: '本年度「上年结转」（R02）',
            right: `${last} 年度报告「结转下年度继续办理」（R25）`,
          },
        );
        return Object.assign(draft, {
          previousYear: previousYearEvidence(previous, 3, [['carriedOut', column.key, previous.carriedOut[column.key]]]),
        });
      });
  },
});
