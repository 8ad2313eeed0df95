/**
 * Rows or columns that are not in the form: subtotal rows for （三）–（六）, a 法人或其他组织 subtotal
 * column, rows the reader cannot name. They are never added into the form's sums; their own sums are
 * checked here (and their row totals by table3-row-total).
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { evaluateSum } from '../sums';
import { operand } from '../table-values';
import { table3RowName } from '../../form/labels';
import { TABLE3_APPLICANT_COLUMNS, TABLE3_LEGAL_PERSON_COLUMNS } from '../../form/shared';
import { subtotalGroupOf } from '../../form/keys';

export default defineCheck({
  id: 'table-extra-rows',
  severity: 'warning',
  title: { zh: '统计表没有规定格式以外的行或列', en: 'Tables have no rows or columns beyond the form' },
  needsForm: true,
  evaluate({ report, form }) {
    const table = report.tables.t3;
    if (!table || !form) return [];
    const findings: FindingDraft[] = [];
    for (const row of table.extraRows) {
      const name = table3RowName(form, row);
      const group = subtotalGroupOf(row);
      const items = group ? form.table3.rows.filter((candidate) => candidate.group === group) : [];
      const broken =
        items.length > 0
          ? [...TABLE3_APPLICANT_COLUMNS, 'total' as const].filter(
              (column) =>
                !table.missingColumns.includes(column) &&
                evaluateSum(
                  [operand(table, row, column)],
                  items.map((item) => operand(table, item.key, column)),
                ).outcome === 'fail',
            )
          : [];
      const consistency =
        items.length === 0
          ? '本工具无法确定这一行属于哪一项，它的数字没有计入任何合计。'
          : broken.length === 0
            ? '它与所含各项之和一致，未重复计入合计。'
            : `它在${broken.length}列与所含各项之和不一致。`;
      findings.push({
        outcome: 'fail',
        location: { table: 3, row },
        message: `表三有规定格式以外的行「${name}」：${consistency}`,
        messageEn: `Table 3 has a row that is not in the form (${row}); ${broken.length ? `it disagrees with its items in ${broken.length} column(s)` : 'it is not counted twice'}.`,
        evidence: { cells: [] },
      });
    }
    if (table.extraColumns.includes('legalPersonSubtotal')) {
      const rows = form.table3.rows.map((row) => row.key).filter((key) => !table.missingRows.includes(key));
      const broken = rows.filter(
        (row) =>
          evaluateSum(
            [operand(table, row, 'legalPersonSubtotal')],
            TABLE3_LEGAL_PERSON_COLUMNS.map((column) => operand(table, row, column)),
          ).outcome === 'fail',
      );
      findings.push({
        outcome: 'fail',
        location: { table: 3, column: 'legalPersonSubtotal' },
        message: `表三多了一列「法人或其他组织」小计：${broken.length === 0 ? '它与五类法人之和一致，未重复计入总计。' : `它在 ${broken.length} 行与五类法人之和不一致：${broken.map((row) => table3RowName(form, row)).join('、')}。`}`,
        messageEn: `Table 3 has an extra 法人或其他组织 subtotal column${broken.length ? ` that disagrees in ${broken.length} row(s)` : ''}.`,
      });
    }
    if (findings.length > 0) return findings;
    return [
      {
        outcome: 'pass',
        location: { table: 3 },
        message: '表三没有规定格式以外的行或列。',
        messageEn: 'Table 3 has no extra rows or columns.',
      },
    ];
  },
});
