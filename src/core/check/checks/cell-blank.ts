/** A cell the form requires is blank: it is reported once here and never silently read as 0 in a failing sum. */
import { defineCheck, type FindingDraft } from '../define-check';
import { evidenceOf } from '../sums';
import { TABLE_TITLES, table2Name, table3ColumnName, table3RowName, table4Name } from '../../form/labels';
import type { CellValue } from '../../model/report';

export default defineCheck({
  id: 'cell-blank',
  severity: 'warning',
  title: { zh: '必填单元格不为空', en: 'Required cells are not blank' },
  needsForm: true,
  evaluate({ report, form }) {
    const findings: FindingDraft[] = [];
    let checked = 0;
    for (const table of [report.tables.t2, report.tables.t3, report.tables.t4]) {
      if (!table) continue;
      checked += table.values.length;
      const byRow = new Map<string, CellValue[]>();
      for (const value of table.values) {
        if (value.kind !== 'blank') continue;
        byRow.set(value.row, [...(byRow.get(value.row) ?? []), value]);
      }
      const rowName = (row: string) =>
        table.table === 3 ? table3RowName(form, row) : table.table === 4 ? table4Name(row) : table2Name(form, row);
      const columnName = (column: string) =>
        table.table === 3 ? table3ColumnName(column) : table.table === 4 ? table4Name(column) : table2Name(form, column);
      if (byRow.size === 1) {
        const [row, blanks] = [...byRow][0]!;
        const location = table.table === 4 ? { table: 4 as const, group: row } : { table: table.table, row };
        findings.push({
          outcome: 'fail',
          location,
          message: `${TABLE_TITLES[table.table]}「${rowName(row)}」有 ${blanks.length} 个空白单元格：${blanks.map((blank) => columnName(blank.column)).join('、')}。规定格式要求填写数字（没有的填 0）。`,
          messageEn: `Table ${table.table}, ${row}: ${blanks.length} blank cell(s) (${blanks.map((blank) => blank.column).join(', ')}); the form requires a number (0 when none).`,
          evidence: { cells: blanks.map(evidenceOf) },
        });
      } else if (byRow.size > 1) {
        // Blanks over many rows have one cause (a column left empty, a template filled in part):
        // one finding per table that lists every cell, so the reader meets the cause once.
        const all = [...byRow.values()].flat();
        const columnSets = new Map<string, string[]>();
        for (const [row, blanks] of byRow) {
          const key = blanks.map((blank) => columnName(blank.column)).join('、');
          columnSets.set(key, [...(columnSets.get(key) ?? []), row]);
        }
        const parts = [...columnSets].map(
          ([columns, rows]) =>
            `${rows.length === 1 ? `「${rowName(rows[0]!)}」` : `${rows.length} 行（${rowName(rows[0]!)} 至 ${rowName(rows[rows.length - 1]!)}）`}的 ${columns}`,
        );
        findings.push({
          outcome: 'fail',
          location: { table: table.table },
          message: `${TABLE_TITLES[table.table]}有 ${all.length} 个空白单元格：${parts.join('；')}。规定格式要求填写数字（没有的填 0）。`,
          messageEn: `Table ${table.table}: ${all.length} blank cells in ${byRow.size} rows (${[...byRow.keys()].join(', ')}); the form requires a number (0 when none).`,
          evidence: { cells: all.map(evidenceOf) },
        });
      }
    }
    if (findings.length > 0 || checked === 0) return findings;
    return [{ outcome: 'pass', location: {}, message: '统计表中没有空白单元格。', messageEn: 'No blank cells in the tables.' }];
  },
});
