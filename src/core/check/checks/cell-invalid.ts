/** Every value the form asks for must be a number: no text, no negative count, no fraction in a count. */
import { defineCheck, type FindingDraft } from '../define-check';
import { evidenceOf } from '../sums';
import { cellName } from '../../form/labels';
import type { CellValue } from '../../model/report';

/** Table-2 columns that legitimately hold decimals (万元, 元) or a negative change (本年增/减). */
const DECIMAL_COLUMNS = new Set(['amount']);
const SIGNED_COLUMNS = new Set(['change']);

function problem(value: CellValue): string | null {
  if (value.kind === 'text') return '应为数字，却是文字';
  if (value.value === null) return null;
  if (value.value < 0 && !SIGNED_COLUMNS.has(value.column)) return '数量不能为负数';
  if (!Number.isInteger(value.value) && !DECIMAL_COLUMNS.has(value.column)) return '件数不能是小数';
  return null;
}

export default defineCheck({
  id: 'cell-invalid',
  severity: 'error',
  title: { zh: '单元格的值合法', en: 'Cell values are valid numbers' },
  needsForm: true,
  evaluate({ report, form }) {
    const values = [report.tables.t2, report.tables.t3, report.tables.t4].flatMap((table) =>
      table ? [...table.values, ...table.extraValues] : [],
    );
    const failures: FindingDraft[] = [];
    for (const value of values) {
      const reason = problem(value);
      if (reason === null) continue;
      const location =
        value.table === 4
          ? { table: 4 as const, group: value.row, column: value.column }
          : { table: value.table, row: value.row, column: value.column };
      failures.push({
        outcome: 'fail',
        location,
        actual: value.raw,
        message: `「${cellName(form, value.table, value.row, value.column)}」的值「${value.raw}」无效：${reason}。`,
        messageEn: `Cell ${value.row}/${value.column} of table ${value.table} holds 「${value.raw}」, which is not a valid count.`,
        evidence: { cells: [evidenceOf(value)] },
      });
    }
    if (failures.length > 0 || values.length === 0) return failures;
    return [
      {
        outcome: 'pass',
        location: {},
        message: `全部 ${values.length} 个单元格的值均为合法数字。`,
        messageEn: `All ${values.length} cells hold valid numbers.`,
      },
    ];
  },
});
