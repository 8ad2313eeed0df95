/**
 * The words every rendering of an audit shares: verdicts, identity lines, places and cells in the
 * form's own wording, and the order findings are presented in. Chinese, as the reports are.
 */
import type { AuditResult } from '../core/model/audit';
import type { EvidenceCell, Finding, Location } from '../core/model/finding';
import { SECTION_TITLES, TABLE_TITLES, table2Name, table3ColumnName, table3RowName, table4Name } from '../core/form/labels';
import { formById, type FormDef } from '../core/form/forms';

export const FORMAT_NAMES: Record<string, string> = {
  '2021': '2021 年格式',
  '2019': '2019 年试行格式',
  pre2019: '2019 年以前（无全国统一格式）',
};

const BODY_KIND_NAMES: Record<string, string> = { government: '政府本级', department: '部门' };

export const DOUBT_NAMES: Record<NonNullable<Finding['doubt']>, string> = {
  report: '疑点在报告本身',
  parser: '可能是本工具未能正确读取表格',
};

const TABLE_SHORT = { 2: '表二', 3: '表三', 4: '表四' } as const;

/** What a finding amounts to, in one word: its severity when it fails, else its outcome. */
export function verdict(finding: Finding): string {
  if (finding.outcome === 'fail') return { error: '错误', warning: '警告', info: '提示' }[finding.severity];
  return OUTCOME_NAMES.zh[finding.outcome];
}

export function identityLines(audit: AuditResult): [string, string][] {
  const { report, source } = audit;
  const kind = BODY_KIND_NAMES[report.bodyKind];
  return [
    ['机关', (report.organisation || '未识别') + (kind ? `（${kind}）` : '')],
    ['年度', report.year === null ? '未识别' : `${report.year} 年度`],
    ['格式', report.format === null ? '未识别' : (FORMAT_NAMES[report.format] ?? report.format)],
    ['发布日期', report.publishedAt ?? '未找到'],
    ['来源', source.url ?? '未知'],
    ['审校时间', source.auditedAt],
    ['工具', `${audit.tool.name} ${audit.tool.version}`],
  ];
}

export function countsLine(audit: AuditResult): string {
  const { outcome, failBySeverity } = audit.counts;
  const dismissed = audit.findings.filter((finding) => finding.dismissed).length;
  return [
    `错误 ${failBySeverity.error ?? 0}`,
    `警告 ${failBySeverity.warning ?? 0}`,
    `提示 ${failBySeverity.info ?? 0}`,
    `待人工核查 ${outcome['needs-review'] ?? 0}`,
    `通过 ${outcome.pass ?? 0}`,
    `不适用 ${outcome['not-applicable'] ?? 0}`,
    ...(dismissed ? [`其中已忽略 ${dismissed}`] : []),
  ].join(' · ');
}

/** The form the audit was made against, whose wording names its rows and columns. */
export function formOf(audit: AuditResult): FormDef | null {
  return formById(audit.report.format);
}

/** Row / group / column keys of one table in the form's own (Chinese) words. */
export function keyNames(form: FormDef | null, table: 2 | 3 | 4, keys: { row?: string; group?: string; column?: string }): string[] {
  const row = keys.row ?? keys.group;
  const name =
    table === 3
      ? (key: string, isRow: boolean) => (isRow ? table3RowName(form, key) : table3ColumnName(key))
      : table === 4
        ? (key: string) => table4Name(key)
        : (key: string) => table2Name(form, key);
  return [...(row !== undefined ? [name(row, true)] : []), ...(keys.column !== undefined ? [name(keys.column, false)] : [])];
}

export function locationName(audit: AuditResult, location: Location): string {
  const parts: string[] = [];
  if (location.section !== undefined && location.table === undefined)
    parts.push(SECTION_TITLES[location.section] ?? `第${location.section}部分`);
  if (location.table !== undefined) parts.push(TABLE_TITLES[location.table], ...keyNames(formOf(audit), location.table, location));
  return parts.join(' · ');
}

export function cellName(audit: AuditResult, cell: EvidenceCell): string {
  return [TABLE_SHORT[cell.table], ...keyNames(formOf(audit), cell.table, cell)].join(' · ');
}

export function cellKindNote(cell: EvidenceCell): string {
  if (cell.raw === '') return '（空白）';
  return { notApplicable: '（「/」）', text: '（文字）' }[cell.kind] ?? '';
}

export interface FindingGroup {
  id: 'fail-error' | 'fail-warning' | 'fail-info' | 'needs-review' | 'dismissed' | 'pass' | 'not-applicable';
  title: string;
  findings: Finding[];
}

/** Worst first, dismissed apart, then what holds: a reader who stops early has seen what matters. */
export function groupFindings(audit: AuditResult): FindingGroup[] {
  const open = audit.findings.filter((finding) => !finding.dismissed);
  const groups: FindingGroup[] = [
    { id: 'fail-error', title: '错误', findings: open.filter((f) => f.outcome === 'fail' && f.severity === 'error') },
    { id: 'fail-warning', title: '警告', findings: open.filter((f) => f.outcome === 'fail' && f.severity === 'warning') },
    { id: 'fail-info', title: '提示', findings: open.filter((f) => f.outcome === 'fail' && f.severity === 'info') },
    { id: 'needs-review', title: '待人工核查', findings: open.filter((f) => f.outcome === 'needs-review') },
    { id: 'dismissed', title: '已忽略（标记为「不是问题」）', findings: audit.findings.filter((f) => f.dismissed) },
    { id: 'pass', title: '已通过', findings: open.filter((f) => f.outcome === 'pass') },
    { id: 'not-applicable', title: '不适用', findings: open.filter((f) => f.outcome === 'not-applicable') },
  ];
  return groups.filter((group) => group.findings.length > 0);
}

/** Facts of a finding worth a line each: where, the rule, both sides, the difference, whose doubt. */
export function findingFacts(audit: AuditResult, finding: Finding): [string, string][] {
  const facts: [string, string | undefined][] = [
    ['位置', locationName(audit, finding.location) || undefined],
    ['算式', finding.expression],
    ['应为', finding.expected],
    ['实为', finding.actual],
    ['差额', finding.delta],
    ['判断', finding.doubt && DOUBT_NAMES[finding.doubt]],
  ];
  return facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
}

/** The language a person reads an export in; the popup's UI language, Chinese on the command line. */
export type Lang = 'zh' | 'en';

/**
 * The one vocabulary of outcomes and severities for every rendering (command line, exports, popup):
 * 「待人工核查」 everywhere a finding that needs a person is named.
 */
export const OUTCOME_NAMES: Record<Lang, Record<Finding['outcome'], string>> = {
  zh: { fail: '不通过', 'needs-review': '待人工核查', pass: '通过', 'not-applicable': '不适用' },
  en: { fail: 'fail', 'needs-review': 'needs review', pass: 'pass', 'not-applicable': 'not applicable' },
};

export const SEVERITY_NAMES: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const FORMAT_NAMES_EN: Record<string, string> = {
  '2021': '2021 form',
  '2019': '2019 trial form',
  pre2019: 'before 2019 (no national form)',
};

/** `verdict` in either language: the severity of a fail, else the outcome. */
export function verdictIn(finding: Finding, lang: Lang): string {
  return finding.outcome === 'fail' ? SEVERITY_NAMES[lang][finding.severity] : OUTCOME_NAMES[lang][finding.outcome];
}

/** Fail by severity, then needs-review, then pass, then not-applicable: "problems first". */
export function findingRank(finding: Finding): number {
  if (finding.outcome === 'fail') return { error: 0, warning: 1, info: 2 }[finding.severity];
  return { 'needs-review': 3, pass: 4, 'not-applicable': 5, fail: 0 }[finding.outcome];
}

export const isProblem = (finding: Finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review';
