/**
 * Across years, 表二 规章 and 行政规范性文件: this year's 现行有效件数 should be last year's plus what
 * was issued less what was repealed. Only advice: a clean-up campaign legitimately re-bases the count.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { table2Name } from '../../form/labels';
import { noPrevious, previousOperand, previousYearEvidence, thisYearEvidence } from '../previous-year';

const ROWS = ['regulations', 'normativeDocs'] as const;

export default defineCheck({
  id: 'in-force-continuity',
  severity: 'info',
  title: {
    zh: '跨年度：现行有效件数等于上年件数加本年制发减本年废止',
    en: 'Across years: in force = last year’s in force + issued − repealed',
  },
  needsForm: true,
  evaluate({ report, form, previous }) {
    const table = report.tables.t2;
    if (!previous) return [noPrevious(report.identity.year)];
    if (!table || !form) return [];
    const year = report.identity.year;
    const last = previous.year;
    return ROWS.map((row): FindingDraft => {
      const name = table2Name(form, row);
      const location = { table: 2 as const, row, column: 'inForce' };
      const lastInForce = previous.table2[row]?.inForce;
      if (form.id !== '2021' || !lastInForce) {
        return {
          outcome: 'not-applicable',
          location,
          message:
            form.id !== '2021'
              ? `表二「${name}」：本年度报告使用 2019 年试行格式，表二没有「现行有效件数」，无法跨年度核对。`
              : `表二「${name}」：${last} 年度报告的表二没有本行的「现行有效件数」（例如使用 2019 年试行格式），无法跨年度核对。`,
          messageEn: `Table 2, ${row}: no in-force count in ${form.id !== '2021' ? 'this' : "last year's"} report (the 2019 trial form has none).`,
        };
      }
      const inForce = operand(table, row, 'inForce');
      const issued = operand(table, row, 'issued');
      const repealed = operand(table, row, 'repealed');
      const before = previousOperand(lastInForce, 2, row, 'inForce', `${last} 年度报告「${name}」现行有效件数`);
      // Moved to the left so the sum has no subtraction: inForce + repealed = last year + issued.
      const result = evaluateSum([inForce, repealed], [before, issued]);
      const shift = 'absent' in repealed ? 0 : (repealed.value ?? 0);
      const draft = sumFinding(
        {
          ...result,
          expected: String(Number(result.expected) - shift),
          actual: String(Number(result.actual) - shift),
          cells: thisYearEvidence([inForce, issued, repealed]),
        },
        {
          location,
          expression: `现行有效(${year}) = 现行有效(${last}) + 本年制发 − 本年废止 [${name}]`,
          where: `表二「${name}」`,
          whereEn: `Table 2, ${row}`,
          left: '现行有效件数',
          right: `${last} 年度现行有效件数加本年制发减本年废止`,
        },
      );
      const previousYear = previousYearEvidence(previous, 2, [[row, 'inForce', lastInForce]]);
      if (draft.outcome !== 'fail') return Object.assign(draft, { previousYear });
      return { ...draft, previousYear, message: `${draft.message}集中清理后重新统计时可能如此，请核对。` };
    });
  },
});
