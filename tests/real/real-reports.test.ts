/**
 * The regression net: every real report in the repository audits to exactly its reviewed
 * expectations — no fail or needs-review a reviewer has not agreed with, none of theirs missing.
 */
import { describe, expect, it } from 'vitest';
import { UNREVIEWED, auditedProblems, findingKey, readExpectations, realReports } from './expectations';

describe('real reports audit to their reviewed expectations', () => {
  it.each(realReports())('%s', { timeout: 60_000 }, async (report) => {
    const expectations = readExpectations(report);
    expect(expectations, `${report} has no .expected.json (see tests/fixtures/real/README.md)`).not.toBeNull();
    expect(expectations!.reviewed, `${report}: say what was read to review it`).not.toBe(UNREVIEWED);
    for (const finding of expectations!.findings) {
      expect(finding.reason.trim(), `${report}: ${findingKey(finding)} has no reviewed reason`).not.toBe('');
      expect(finding.reason, `${report}: ${findingKey(finding)} is not reviewed`).not.toBe(UNREVIEWED);
    }
    const actual = (await auditedProblems(report)).map(findingKey).sort();
    const expected = expectations!.findings.map(findingKey).sort();
    expect(actual).toEqual(expected);
  });
});
