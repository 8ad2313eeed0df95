/** Human names of the form's keys, for messages. */
import type { FormDef } from './types';
import { FORM_2019, FORM_2021 } from './forms';
import { TABLE3_EXTRA_COLUMNS } from './shared';
import { subtotalGroupOf, unknownRowLabelOf } from './keys';

export const SECTION_TITLES: Record<number, string> = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

export const TABLE_TITLES: Record<2 | 3 | 4, string> = {
  2: '表二（主动公开政府信息情况）',
  3: '表三（收到和处理政府信息公开申请情况）',
  4: '表四（政府信息公开行政复议、行政诉讼情况）',
};

export function table3RowName(form: FormDef | null, key: string): string {
  const row = (form ?? FORM_2021).table3.rows.find((candidate) => candidate.key === key);
  if (row) return `${row.id} ${row.label}`;
  const subtotalOf = subtotalGroupOf(key);
  if (subtotalOf !== null) {
    const group = (form ?? FORM_2021).table3.groups.find((candidate) => candidate.key === subtotalOf);
    return `${group?.label ?? key}（小计行）`;
  }
  return unknownRowLabelOf(key) ?? key;
}

export function table3ColumnName(key: string): string {
  return [...FORM_2021.table3.columns, ...TABLE3_EXTRA_COLUMNS].find((column) => column.key === key)?.label ?? key;
}

export function table4Name(key: string): string {
  const group = FORM_2021.table4.groups.find((candidate) => candidate.key === key);
  const column = FORM_2021.table4.columns.find((candidate) => candidate.key === key);
  return group?.label ?? column?.label ?? key;
}

export function table2Name(form: FormDef | null, key: string): string {
  const def = (form ?? FORM_2021).table2;
  return [...def.rows, ...def.columns].find((line) => line.key === key)?.label ?? key;
}

/** Any cell key of any table, in words. */
export function cellName(form: FormDef | null, table: 2 | 3 | 4, row: string, column: string): string {
  if (table === 3) return `${table3RowName(form, row)} / ${table3ColumnName(column)}`;
  if (table === 4) return `${table4Name(row)} / ${table4Name(column)}`;
  return `${table2Name(form, row)} / ${table2Name(form, column)}`;
}

/** A short name for a cell inside a message that already says which row or column it is about. */
export function shortCellName(table: 2 | 3 | 4, row: string, column: string): string {
  if (table === 3)
    return (
      FORM_2021.table3.rows.find((candidate) => candidate.key === row)?.id ??
      FORM_2019.table3.rows.find((candidate) => candidate.key === row)?.id ??
      row
    );
  return cellName(null, table, row, column);
}
