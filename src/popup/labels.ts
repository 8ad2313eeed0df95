/** Words the popup shows for the audit's enum values and location keys. */
import type { AuditResult } from '../core/model/audit';
import type { EvidenceCell, Location, PreviousYearEvidence } from '../core/model/finding';
import { SECTION_TITLES, TABLE_TITLES } from '../core/form/labels';
import { formNameEn } from '../core/form/names-en';
import type { FormDef } from '../core/form/forms';
import { formOf, keyNames as chineseKeyNames } from '../present/names';
import { translate, type Lang, type MessageKey } from './i18n';

const TABLE_SHORT = { 2: 'tableShort2', 3: 'tableShort3', 4: 'tableShort4' } as const satisfies Record<2 | 3 | 4, MessageKey>;
const TABLE_LONG = { 2: 'table2', 3: 'table3', 4: 'table4' } as const satisfies Record<2 | 3 | 4, MessageKey>;

/**
 * Row / group / column keys of one table, in the form's words. In English the English name with the
 * form's official Chinese label beside it (and the form's row id where it has one): 「R03 Disclosed
 * （一）予以公开」. A key the form does not know (an extra row) keeps the page's own label.
 */
function keyNames(
  form: FormDef | null,
  table: 2 | 3 | 4,
  keys: { row?: string; group?: string; column?: string },
  lang: Lang = 'zh',
): string[] {
  const chinese = chineseKeyNames(form, table, keys);
  if (lang === 'zh') return chinese;
  const row = keys.row ?? keys.group;
  return [...(row !== undefined ? [row] : []), ...(keys.column !== undefined ? [keys.column] : [])].map((key, i) =>
    englishName(table, key, chinese[i] ?? key),
  );
}

function englishName(table: 2 | 3 | 4, key: string, chinese: string): string {
  const english = formNameEn(table, key);
  if (!english) return chinese;
  const id = chinese.match(/^R\d\d(?= )/)?.[0];
  const label = id ? chinese.slice(id.length + 1) : chinese;
  return `${id ? `${id} ` : ''}${english} ${label}`;
}

export function sectionTitle(n: number, lang: Lang = 'zh'): string {
  if (n >= 1 && n <= 6) return translate(lang, `section${n}` as MessageKey);
  return lang === 'zh' ? (SECTION_TITLES[n] ?? `第${n}部分`) : `Section ${n}`;
}

export function tableTitle(table: 2 | 3 | 4, lang: Lang = 'zh'): string {
  return lang === 'zh' ? TABLE_TITLES[table] : translate(lang, TABLE_LONG[table]);
}

export function locationText(audit: AuditResult, location: Location, lang: Lang = 'zh'): string {
  const parts: string[] = [];
  // A table's own title already says which section it belongs to.
  if (location.section !== undefined && location.table === undefined) parts.push(sectionTitle(location.section, lang));
  if (location.table !== undefined) {
    parts.push(tableTitle(location.table, lang), ...keyNames(formOf(audit), location.table, location, lang));
  }
  return parts.join(' · ');
}

/** A short place name for the page overlay's label: 「表三 · R03 （一）予以公开 · 总计」. */
export function locationLabel(audit: AuditResult, location: Location, lang: Lang = 'zh'): string {
  if (location.table === undefined) return location.section !== undefined ? sectionTitle(location.section, lang) : '';
  return [translate(lang, TABLE_SHORT[location.table]), ...keyNames(formOf(audit), location.table, location, lang)].join(' · ');
}

/**
 * Evidence cells as table rows. Cells of one finding usually share a row (a row total) or a column
 * (a column sum); the shared part goes to the caption so each line names only what differs.
 */
export function evidenceRows(
  audit: AuditResult,
  cells: EvidenceCell[],
  lang: Lang = 'zh',
): { caption: string; rows: [string, EvidenceCell][] } {
  const form = formOf(audit);
  const short = (table: 2 | 3 | 4) => translate(lang, TABLE_SHORT[table]);
  const first = cells[0];
  if (!first) return { caption: '', rows: [] };
  const rowOf = (cell: EvidenceCell) => cell.row ?? cell.group;
  const sameTable = cells.every((cell) => cell.table === first.table);
  const sameRow = sameTable && cells.length > 1 && cells.every((cell) => rowOf(cell) === rowOf(first));
  const sameColumn = sameTable && cells.length > 1 && cells.every((cell) => cell.column === first.column);
  if (sameRow && rowOf(first) !== undefined) {
    return {
      caption: [short(first.table), ...keyNames(form, first.table, { row: rowOf(first) }, lang)].join(' · '),
      rows: cells.map((cell) => [keyNames(form, cell.table, { column: cell.column }, lang).join(' · '), cell]),
    };
  }
  if (sameColumn && first.column !== undefined) {
    return {
      caption: [short(first.table), ...keyNames(form, first.table, { column: first.column }, lang)].join(' · '),
      rows: cells.map((cell) => [keyNames(form, cell.table, { row: rowOf(cell) }, lang).join(' · '), cell]),
    };
  }
  return {
    caption: '',
    rows: cells.map((cell) => [[short(cell.table), ...keyNames(form, cell.table, cell, lang)].join(' · '), cell]),
  };
}

export function cellKindText(kind: string, lang: Lang = 'zh'): string | null {
  const key = ({ blank: 'kindBlank', notApplicable: 'kindNotApplicable', text: 'kindText' } as const)[kind as 'blank'];
  return key ? translate(lang, key) : null;
}

/** Last year's cells of a cross-year finding, each named by its table, row and column. */
export function previousYearRows(
  audit: AuditResult,
  previous: PreviousYearEvidence,
  lang: Lang = 'zh',
): [string, PreviousYearEvidence['cells'][number]][] {
  return previous.cells.map((cell) => [
    [translate(lang, TABLE_SHORT[cell.table]), ...keyNames(formOf(audit), cell.table, cell, lang)].join(' · '),
    cell,
  ]);
}
