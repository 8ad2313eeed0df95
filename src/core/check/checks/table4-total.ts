/** 表四 each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
import { defineCheck } from '../define-check';
import { evaluateSum } from '../sums';
import { sumFinding } from '../sum-finding';
import { operand } from '../table-values';
import { TABLE4_COLUMNS, TABLE4_PARTS } from '../../form/shared';

const columnLabel = (key: string) => TABLE4_COLUMNS.find((column) => column.key === key)!.label;
/** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, from the form's own labels. */
const GROUP_TOTAL = `${columnLabel('total')} = ${TABLE4_PARTS.map(columnLabel).join(' + ')}`;

export default defineCheck({
  id: 'table4-total',
  severity: 'error',
  title: { zh: '表四各组总计等于各项结果之和', en: 'Table 4 group totals equal the sum of results' },
  needsForm: true,
  evaluate({ report, form }) {
    const table = report.tables.t4;
    if (!table || !form || table.values.length === 0) return [];
    return form.table4.groups.map((group) =>
      sumFinding(
        evaluateSum(
          [operand(table, group.key, 'total')],
          TABLE4_PARTS.map((part) => operand(table, group.key, part)),
        ),
        {
          location: { table: 4, group: group.key },
          expression: `${GROUP_TOTAL} [${group.label}]`,
          where: `表四「${group.label}」`,
          whereEn: `Table 4, ${group.key}`,
          left: '总计',
          right: '各项结果之和',
        },
        report,
      ),
    );
  },
});
