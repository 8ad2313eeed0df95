/**
 * How the popup lists findings: by severity (errors first, so a reader who looks only at the top sees
 * them) or by where they are in the report (sections 一…六, then the tables, then the rest). Passed and
 * not-applicable findings are kept apart, collapsed, in both views.
 */
import type { Finding } from '../core/model/finding';
import type { MessageKey } from './i18n';
import { countOf, type CountId } from './verdict';
import { findingRank, isProblem } from '../present/names';

export type GroupBy = 'severity' | 'section';

export interface FindingGroup {
  /** Stable id: `data-testid="group-<id>"` and the CSS class that colours the group. */
  id: string;
  title: MessageKey;
  /** For section groups: the section number the title names. */
  section?: number;
  /** Passed / not-applicable groups start collapsed. */
  collapsed: boolean;
  findings: Finding[];
}

/** Fails by severity, then needs-review: the order inside every group, the exports' order (src/present/names). */
export const severityRank: (finding: Finding) => number = findingRank;

const isOpen = isProblem;

/**
 * Which place of the report a finding is about: a table (its cells are in the table, wherever the table
 * sits), else a section, else none.
 */
export function placeOf(finding: Finding): 'tables' | number | 'other' {
  if (finding.location.table !== undefined) return 'tables';
  if (finding.location.section !== undefined) return finding.location.section;
  return 'other';
}

/**
 * `filter`: only the findings of one count card (its kind stays open even when it is the passes).
 */
export function groupFindings(all: readonly Finding[], by: GroupBy, filter: CountId | null = null): FindingGroup[] {
  const findings = filter ? all.filter((finding) => countOf(finding) === filter) : all;
  const open = findings.filter(isOpen);
  const sorted = [...open].sort((a, b) => severityRank(a) - severityRank(b));
  const groups: FindingGroup[] = [];
  if (by === 'severity') {
    const severityGroups: [string, MessageKey, (f: Finding) => boolean][] = [
      ['fail-error', 'groupError', (f) => f.outcome === 'fail' && f.severity === 'error'],
      ['fail-warning', 'groupWarning', (f) => f.outcome === 'fail' && f.severity === 'warning'],
      ['fail-info', 'groupInfo', (f) => f.outcome === 'fail' && f.severity === 'info'],
      ['needs-review', 'groupReview', (f) => f.outcome === 'needs-review'],
    ];
    for (const [id, title, test] of severityGroups) {
      groups.push({ id, title, collapsed: false, findings: open.filter(test) });
    }
  } else {
    for (let n = 1; n <= 6; n++) {
      groups.push({
        id: `section-${n}`,
        title: `section${n}` as MessageKey,
        section: n,
        collapsed: false,
        findings: sorted.filter((f) => placeOf(f) === n),
      });
    }
    groups.push({
      id: 'section-tables',
      title: 'groupTables',
      collapsed: false,
      findings: sortByTable(sorted.filter((f) => placeOf(f) === 'tables')),
    });
    groups.push({ id: 'section-other', title: 'groupOther', collapsed: false, findings: sorted.filter((f) => placeOf(f) === 'other') });
  }
  groups.push({ id: 'pass', title: 'groupPass', collapsed: filter !== 'pass', findings: findings.filter((f) => f.outcome === 'pass') });
  groups.push({
    id: 'not-applicable',
    title: 'groupNotApplicable',
    collapsed: true,
    findings: findings.filter((f) => f.outcome === 'not-applicable'),
  });
  return groups.filter((group) => group.findings.length > 0);
}

/** Table 2 before 3 before 4, keeping the severity order within a table (the sort is stable). */
function sortByTable(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.location.table ?? 0) - (b.location.table ?? 0));
}

/**
 * What makes findings "the same problem": one check, one outcome, and one message once the numbers and
 * the quoted names in it are set aside (「R05」 or 「自然人」 vary, the sentence does not).
 */
export function messagePattern(finding: Finding): string {
  const message = finding.message.replace(/「[^」]*」/g, '「」').replace(/\d+(?:\.\d+)?/g, '#');
  return `${finding.checkId}|${finding.outcome}|${finding.severity}|${message}`;
}

/**
 * A group's findings with repeats of one problem gathered under the first of them, in the order the
 * first of each appears (as axe DevTools lists one rule with its count of nodes).
 */
export function clusterFindings(findings: readonly Finding[]): Finding[][] {
  const clusters = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = messagePattern(finding);
    const cluster = clusters.get(key);
    if (cluster) cluster.push(finding);
    else clusters.set(key, [finding]);
  }
  return [...clusters.values()];
}
