/** The correct reports of the corpus must audit without a single fail (rules.md: no false alarms). */
import { describe, expect, it } from 'vitest';
import { auditOf, problems } from '../../helpers';

describe('correct real reports give no fail and no needs-review', () => {
  it.each(['pingtan-2024.html', 'pingtan-2022.html', 'pingtan-2019.html'])('%s', (name) => {
    const audit = auditOf(name);
    expect(problems(audit.findings)).toEqual([]);
    expect(audit.counts.outcome.pass).toBeGreaterThan(50);
  });

  it('a report before 2019 gets not-applicable and one info', () => {
    const audit = auditOf('pingtan-2018.html');
    expect(audit.counts.outcome).toEqual({ fail: 0, 'needs-review': 0, pass: 0, 'not-applicable': 10 });
    expect(audit.findings.filter((finding) => finding.severity === 'info').map((finding) => finding.checkId)).toEqual(['outdated-format']);
  });
});
