/** The correct reports of the corpus must audit without a single fail (docs/rules.md: no false alarms). */
import { describe, expect, it } from 'vitest';
import { auditOf, problems } from '../../helpers';

describe('correct real reports give no fail and no needs-review', () => {
  it.each(['pingtan-2024.html', 'pingtan-2019.html'])('%s', (name) => {
    const audit = auditOf(name);
    expect(problems(audit.findings)).toEqual([]);
    expect(audit.counts.outcome.pass).toBeGreaterThan(50);
  });

  it('pingtan-2022: tables consistent; the prose counts the carried-over application as received', () => {
    const audit = auditOf('pingtan-2022.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'section-heading-deviation', outcome: 'fail', severity: 'info', location: { section: 4 } },
      {
        checkId: 'text-count-mismatch',
        outcome: 'fail',
        severity: 'warning',
        location: { section: 1, table: 3, row: 'received', column: 'total' },
      },
    ]);
  });

  it('a report before 2019 gets not-applicable and one info', () => {
    const audit = auditOf('pingtan-2018.html');
    expect(audit.counts.outcome.fail).toBe(0);
    expect(audit.counts.outcome['needs-review']).toBe(0);
    // Only checks that do not need the national form are evaluated: publication date, year, period.
    expect(audit.findings.filter((finding) => finding.outcome === 'pass').map((finding) => finding.checkId)).toEqual([
      'late-publication',
      'year-mismatch',
      'period-missing',
    ]);
    const predates = audit.findings.find((finding) => finding.checkId === 'outdated-format')!;
    expect([predates.outcome, predates.severity]).toEqual(['not-applicable', 'info']);
    expect(predates.message).toContain('早于全国统一格式');
  });
});
