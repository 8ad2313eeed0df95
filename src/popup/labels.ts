/** Words the popup shows for the audit's enum values and location keys. */
import type { AuditResult } from '../core/model/audit';
import type { EvidenceCell, Finding, Location } from '../core/model/finding';
import {
  SECTION_TITLES,
  TABLE_TITLES,
  table2Name,
  table3ColumnName,
  table3RowName,
  table4Name,
} from '../core/check/labels';
import { formForYear } from '../core/form/forms';

export const FORMAT_NAMES: Record<string, string> = {
  '2021': '2021 年格式',
  '2019': '2019 年试行格式',
  pre2019: '2019 年以前（无全国统一格式）',
};

export const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

export const BODY_KIND_NAMES: Record<string, string> = {
  government: '政府本级',
  department: '部门',
};

type FormDef = Exclude<ReturnType<typeof formForYear>, 'pre2019'>;

function formOf(audit: AuditResult): FormDef {
  const form = formForYear(audit.report.year);
  return form === 'pre2019' ? null : form;
}

const TABLE_SHORT = { 2: '表二', 3: '表三', 4: '表四' } as const;

/** Row / group / column keys of one table, in the form's words. */
function keyNames(form: FormDef, table: 2 | 3 | 4, keys: { row?: string; group?: string; column?: string }): string[] {
  const names: string[] = [];
  const row = keys.row ?? keys.group;
  if (table === 3) {
    if (row !== undefined) names.push(table3RowName(form, row));
    if (keys.column !== undefined) names.push(table3ColumnName(keys.column));
  } else if (table === 4) {
    if (row !== undefined) names.push(table4Name(row));
    if (keys.column !== undefined) names.push(table4Name(keys.column));
  } else {
    if (row !== undefined) names.push(table2Name(form, row));
    if (keys.column !== undefined) names.push(table2Name(form, keys.column));
  }
  return names;
}

export function locationText(audit: AuditResult, location: Location): string {
  const parts: string[] = [];
  if (location.section !== undefined) parts.push(SECTION_TITLES[location.section] ?? `第${location.section}部分`);
  if (location.table !== undefined) {
    parts.push(TABLE_TITLES[location.table], ...keyNames(formOf(audit), location.table, location));
  }
  return parts.join(' · ');
}

/**
 * Evidence cells as table rows. Cells of one finding usually share a row (a row total) or a column
 * (a column sum); the shared part goes to the caption so each line names only what differs.
 */
export function evidenceRows(audit: AuditResult, cells: EvidenceCell[]): { caption: string; rows: [string, EvidenceCell][] } {
  const form = formOf(audit);
  const first = cells[0];
  if (!first) return { caption: '', rows: [] };
  const rowOf = (cell: EvidenceCell) => cell.row ?? cell.group;
  const sameTable = cells.every((cell) => cell.table === first.table);
  const sameRow = sameTable && cells.length > 1 && cells.every((cell) => rowOf(cell) === rowOf(first));
  const sameColumn = sameTable && cells.length > 1 && cells.every((cell) => cell.column === first.column);
  if (sameRow && rowOf(first) !== undefined) {
    return {
      caption: [TABLE_SHORT[first.table], ...keyNames(form, first.table, { row: rowOf(first) })].join(' · '),
      rows: cells.map((cell) => [keyNames(form, cell.table, { column: cell.column }).join(' · '), cell]),
    };
  }
  if (sameColumn && first.column !== undefined) {
    return {
      caption: [TABLE_SHORT[first.table], ...keyNames(form, first.table, { column: first.column })].join(' · '),
      rows: cells.map((cell) => [keyNames(form, cell.table, { row: rowOf(cell) }).join(' · '), cell]),
    };
  }
  return {
    caption: '',
    rows: cells.map((cell) => [[TABLE_SHORT[cell.table], ...keyNames(form, cell.table, cell)].join(' · '), cell]),
  };
}

export function cellKindText(kind: string): string | null {
  return { blank: '空白', notApplicable: '「/」', text: '文字' }[kind] ?? null;
}

export const DOUBT_NAMES: Record<NonNullable<Finding['doubt']>, string> = {
  report: '疑点在报告本身',
  parser: '可能是本工具未能正确读取表格',
};
