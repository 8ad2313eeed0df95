/**
 * What the popup says at a glance: the counts a reader sees (dismissed findings no longer count),
 * and one headline — errors found, nothing found, or why the audit could not be complete. A report
 * where most checks did not apply says so rather than look all clear. Pure, tested in Node.
 */
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import type { MessageKey } from './i18n';

/** A count card, and the filter it sets on the list when clicked. */
export type CountId = 'error' | 'warning' | 'info' | 'needs-review' | 'pass';

export type Tally = Record<CountId, number> & { notApplicable: number; dismissed: number };

export function countOf(finding: Finding): CountId | 'not-applicable' {
  if (finding.outcome === 'fail') return finding.severity;
  return finding.outcome;
}

/** Counts of what the list shows: a dismissed finding is counted as dismissed only. */
export function tally(findings: readonly Finding[]): Tally {
  const counts: Tally = { error: 0, warning: 0, info: 0, 'needs-review': 0, pass: 0, notApplicable: 0, dismissed: 0 };
  for (const finding of findings) {
    if (finding.dismissed) counts.dismissed++;
    else {
      const id = countOf(finding);
      if (id === 'not-applicable') counts.notApplicable++;
      else counts[id]++;
    }
  }
  return counts;
}

export interface Line {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface Verdict {
  /** Colours the headline: red for errors, amber for warnings or doubt, grey for a partial audit, green for clear. */
  tone: 'error' | 'warning' | 'review' | 'limited' | 'clear';
  headline: Line;
  details: Line[];
}

const CROSS_YEAR_CHECKS = ['carryover-continuity', 'in-force-continuity'];

/** Checks that looked at something (some outcome besides not-applicable), and checks that did not apply at all. */
export function checksRun(findings: readonly Finding[]): { done: number; notApplicable: number } {
  const done = new Set<string>();
  const all = new Set<string>();
  for (const finding of findings) {
    all.add(finding.checkId);
    if (finding.outcome !== 'not-applicable') done.add(finding.checkId);
  }
  return { done: done.size, notApplicable: all.size - done.size };
}

export function verdictOf(audit: Pick<AuditResult, 'findings' | 'report'>): Verdict {
  const counts = tally(audit.findings);
  const details: Line[] = [];
  const checks = checksRun(audit.findings);
  let tone: Verdict['tone'];
  let headline: Line;
  if (counts.error > 0) {
    tone = 'error';
    headline = { key: 'verdictErrors', params: { n: counts.error } };
    if (counts.warning > 0) details.push({ key: 'verdictAlsoWarnings', params: { n: counts.warning } });
  } else if (counts.warning > 0) {
    tone = 'warning';
    headline = { key: 'verdictWarnings', params: { n: counts.warning } };
  } else if (counts['needs-review'] > 0) {
    tone = 'review';
    headline = { key: 'verdictIncomplete', params: { n: counts['needs-review'] } };
  } else if (checks.notApplicable > checks.done) {
    tone = 'limited';
    headline =
      audit.report.format === 'pre2019'
        ? { key: 'verdictPreForm', params: { n: checks.done } }
        : { key: 'verdictFewChecks', params: { n: checks.done, m: checks.notApplicable } };
  } else {
    tone = 'clear';
    headline = { key: 'verdictClear' };
  }
  if (tone !== 'review' && counts['needs-review'] > 0) details.push({ key: 'verdictAlsoReview', params: { n: counts['needs-review'] } });
  if (counts.info > 0) details.push({ key: 'verdictAlsoInfo', params: { n: counts.info } });
  if (counts.dismissed > 0) details.push({ key: 'verdictDismissed', params: { n: counts.dismissed } });
  const crossYear = audit.findings.filter((finding) => CROSS_YEAR_CHECKS.includes(finding.checkId));
  const compared = crossYear.find((finding) => finding.outcome !== 'not-applicable' && finding.previousYear);
  if (compared?.previousYear) details.push({ key: 'verdictComparedWith', params: { year: compared.previousYear.year } });
  else if (
    crossYear.length > 0 &&
    crossYear.every((finding) => finding.outcome === 'not-applicable') &&
    audit.report.format !== 'pre2019'
  ) {
    details.push({ key: 'verdictNotCompared' });
  }
  return { tone, headline, details };
}
