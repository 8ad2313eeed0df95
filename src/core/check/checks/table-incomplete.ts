/** A table that is present must have every row, column and value of the form. */
import { defineCheck, type FindingDraft } from '../define-check';
import { TABLE_TITLES, table2Name, table3ColumnName, table3RowName, table4Name } from '../../form/labels';
import type { FormDef } from '../../form/types';
import { unknownRowLabelOf } from '../../form/keys';
import type { RecognisedTable } from '../../model/report';
import { GRID_LIMITS } from '../../extract/grid';
import { textEnd } from '../text-end';

function missingNames(table: RecognisedTable, form: FormDef): string[] {
  if (table.table === 3) {
    return [
      ...table.missingRows.map((row) => table3RowName(form, row)),
      ...table.missingColumns.map((column) => `列「${table3ColumnName(column)}」`),
    ];
  }
  if (table.table === 4) {
    return table.missingColumns.map((key) => key.split('.').map(table4Name).join(' › '));
  }
  return table.missingColumns.map((key) =>
    key
      .split('.')
      .map((part) => table2Name(form, part))
      .join(' › '),
  );
}

export default defineCheck({
  id: 'table-incomplete',
  severity: 'error',
  title: { zh: '统计表的行、列完整', en: 'Tables have every row and column of the form' },
  needsForm: true,
  evaluate({ report, form }) {
    if (!form) return [];
    return [report.tables.t2, report.tables.t3, report.tables.t4].flatMap((table): FindingDraft[] => {
      if (!table) return [];
      const location = { table: table.table };
      const title = TABLE_TITLES[table.table];
      const missing = missingNames(table, form);
      if (table.truncated) {
        // The reader stopped at its size limit: what it read is checked, what lies beyond is not.
        const limit = `${GRID_LIMITS.rows} 行、${GRID_LIMITS.columns} 列`;
        return [
          {
            outcome: 'needs-review',
            doubt: 'parser',
            location,
            message: `${title}超出本工具的读取上限（${limit}），超出部分未读取${missing.length ? `，其中可能有未能识别的：${missing.join('、')}` : ''}。请人工核对整张表。`,
            messageEn: `Table ${table.table} is larger than the reader's limit (${GRID_LIMITS.rows} rows, ${GRID_LIMITS.columns} columns); the rest was not read. Check the whole table by hand.`,
          },
        ];
      }
      const end = textEnd(report);
      if (end?.inTable && end.table === table.table && missing.length > 0) {
        // The copy stops inside this table: its later rows are not missing from the report.
        return [
          {
            outcome: 'not-applicable',
            location,
            message: `文本在${title}中中断，未读到的行（${missing.length} 项）在中断之后，无法核对（见「文本完整」）。`,
            messageEn: `The text stops inside table ${table.table}; the ${missing.length} item(s) after the cut cannot be checked.`,
          },
        ];
      }
      if (missing.length === 0) {
        return [
          { outcome: 'pass', location, message: `${title}的行和列齐全。`, messageEn: `Table ${table.table} has every row and column.` },
        ];
      }
      // Rows the reader could not name may be the missing ones under another wording: that is the tool's doubt.
      const unknown = table.extraRows.flatMap((row) => unknownRowLabelOf(row) ?? []);
      const unread = table.values.length === 0 || unknown.length > 0 || table.readerNotes.length > 0;
      if (unread) {
        return [
          {
            outcome: 'needs-review',
            doubt: 'parser',
            location,
            message: `${title}中未能识别：${missing.join('、')}。${unknown.length ? `表中有无法对应到规定格式的行：${unknown.join('、')}。` : ''}请人工确认是表格缺项还是本工具未能读取。`,
            messageEn: `Table ${table.table}: could not recognise ${missing.length} required item(s)${unknown.length ? `; rows with unrecognised labels: ${unknown.join(', ')}` : ''}. Check whether the table lacks them or the tool misread it.`,
          },
        ];
      }
      return [
        {
          outcome: 'fail',
          location,
          message: `${title}不完整，缺少：${missing.join('、')}。`,
          messageEn: `Table ${table.table} is incomplete; missing: ${table.missingRows.concat(table.table === 3 ? table.missingColumns : []).join(', ') || missing.length + ' item(s)'}.`,
        },
      ];
    });
  },
});
