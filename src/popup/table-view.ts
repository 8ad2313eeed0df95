/**
 * Tables 2, 3 and 4 as the reader understood them, laid out on the form's own rows and columns, so a
 * user can compare them with the page and spot a misread: every value's raw text and kind, the form's
 * cells the page lacks, what the page has beyond the form, and the cells failing findings cite.
 */
import type { FormDef, LineDef } from '../core/form/types';
import { FORM_2021, formById } from '../core/form/forms';
import { TABLE3_EXTRA_COLUMNS } from '../core/form/shared';
import { table2Name, table3ColumnName, table3RowName, table4Name } from '../core/form/labels';
import type { Finding } from '../core/model/finding';
import type { CellValue, RecognisedTable, Report } from '../core/model/report';
import { failingRoles, originKey } from './highlight/targets';

export type CellState = CellValue['kind'] | 'missing' | 'notInForm';

export interface TableCellView {
  column: string;
  state: CellState;
  raw: string;
  value?: CellValue;
  failing: boolean;
  /** For a failing cell: the cell the finding is about (a wrong total) or one it adds up. */
  role?: 'total' | 'operand';
}

export interface TableRowView {
  key: string;
  /** R01… for table 3, the form's label elsewhere. */
  id: string;
  label: string;
  /** The group heading to print above this row, when the row opens a group. */
  groupLabel?: string;
  /** The form's key of that group. */
  groupKey?: string;
  missing: boolean;
  /** A row the page has beyond the form (a subtotal, an unrecognised label). */
  extra: boolean;
  cells: TableCellView[];
}

export interface TableColumnView {
  key: string;
  id: string;
  label: string;
  missing: boolean;
  extra: boolean;
}

export interface TableView {
  table: 2 | 3 | 4;
  found: boolean;
  /** `<table>` indices of the page the values came from, 0-based. */
  pageTables: number[];
  columns: TableColumnView[];
  rows: TableRowView[];
  readerNotes: string[];
  failingCount: number;
}

function formOf(report: Report): FormDef {
  return formById(report.form) ?? FORM_2021;
}

interface Layout {
  rows: readonly LineDef[];
  columns: readonly LineDef[];
  /** Whether the form has a value at row × column (table 2 is sparse). */
  hasCell(row: string, column: string): boolean;
  rowName(key: string): string;
  columnName(key: string): string;
  groupLabel(row: LineDef): string | undefined;
}

function layoutOf(form: FormDef, table: 2 | 3 | 4): Layout {
  if (table === 2) {
    const cells = new Set(form.table2.cells.map(([row, column]) => `${row}.${column}`));
    return {
      rows: form.table2.rows,
      columns: form.table2.columns,
      hasCell: (row, column) => cells.has(`${row}.${column}`),
      rowName: (key) => table2Name(form, key),
      columnName: (key) => table2Name(form, key),
      groupLabel: () => undefined,
    };
  }
  if (table === 3) {
    return {
      rows: form.table3.rows,
      columns: form.table3.columns,
      hasCell: () => true,
      rowName: (key) => table3RowName(form, key).replace(/^R\d\d /, ''),
      columnName: (key) => table3ColumnName(key),
      // The 2019 form's single （六） row is its own group: no heading above it.
      groupLabel: (row) => {
        const group = form.table3.groups.find((candidate) => candidate.key === row.group);
        return group && group.label !== row.label ? group.label : undefined;
      },
    };
  }
  return {
    rows: form.table4.groups,
    columns: form.table4.columns,
    hasCell: () => true,
    rowName: (key) => table4Name(key),
    columnName: (key) => table4Name(key),
    groupLabel: () => undefined,
  };
}

const cellKey = (row: string, column: string) => `${row}\u0000${column}`;

export function tableView(report: Report, findings: readonly Finding[], table: 2 | 3 | 4): TableView {
  const recognised: RecognisedTable | null = report.tables[`t${table}`];
  const layout = layoutOf(formOf(report), table);
  const failing = failingRoles(findings);
  const columns: TableColumnView[] = layout.columns.map((column) => ({
    key: column.key,
    id: column.id,
    label: layout.columnName(column.key),
    missing: recognised?.missingColumns.includes(column.key) ?? false,
    extra: false,
  }));
  if (!recognised) {
    return { table, found: false, pageTables: [], columns, rows: [], readerNotes: [], failingCount: 0 };
  }
  for (const key of recognised.extraColumns) {
    const def = TABLE3_EXTRA_COLUMNS.find((column) => column.key === key);
    columns.push({ key, id: def?.id ?? key, label: def?.label ?? layout.columnName(key), missing: false, extra: true });
  }
  const values = new Map<string, CellValue>();
  for (const value of [...recognised.values, ...recognised.extraValues]) values.set(cellKey(value.row, value.column), value);
  const missingRows = new Set(recognised.missingRows);

  let failingCount = 0;
  const rowView = (key: string, id: string, label: string, extra: boolean, groupLabel?: string, groupKey?: string): TableRowView => {
    const missing = missingRows.has(key);
    const cells = columns.map((column): TableCellView => {
      const value = values.get(cellKey(key, column.key));
      if (value) {
        const role = failing.get(originKey(value.origin));
        if (role) failingCount++;
        return role
          ? { column: column.key, state: value.kind, raw: value.raw, value, failing: true, role }
          : { column: column.key, state: value.kind, raw: value.raw, value, failing: false };
      }
      const inForm = !extra && !column.extra && layout.hasCell(key, column.key);
      return { column: column.key, state: inForm ? 'missing' : 'notInForm', raw: '', failing: false };
    });
    return groupLabel ? { key, id, label, groupLabel, groupKey, missing, extra, cells } : { key, id, label, missing, extra, cells };
  };

  let group: string | undefined;
  const rows = layout.rows.map((row) => {
    let groupLabel: string | undefined;
    if (row.group !== group) {
      group = row.group;
      groupLabel = layout.groupLabel(row);
    }
    return rowView(row.key, table === 3 ? row.id : '', layout.rowName(row.key), false, groupLabel, row.group);
  });
  const formRows = new Set(layout.rows.map((row) => row.key));
  const extraRows = [...new Set([...recognised.extraRows, ...recognised.extraValues.map((value) => value.row)])].filter(
    (key) => !formRows.has(key),
  );
  for (const key of extraRows) {
    rows.push(rowView(key, '', table === 3 ? table3RowName(formOf(report), key) : layout.rowName(key), true));
  }
  const pageTables = [...new Set([...recognised.values, ...recognised.extraValues].map((value) => value.origin.table))].sort(
    (a, b) => a - b,
  );
  return { table, found: true, pageTables, columns, rows, readerNotes: recognised.readerNotes, failingCount };
}

export function tableViews(report: Report, findings: readonly Finding[]): TableView[] {
  return ([2, 3, 4] as const).map((table) => tableView(report, findings, table));
}
