import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/core/audit/read';
import type { Finding } from '../../src/core/model/finding';
import { groupFindings, placeOf } from '../../src/popup/group-findings';

const finding = (over: Partial<Finding>): Finding => ({
  checkId: 'x',
  outcome: 'fail',
  severity: 'error',
  message: '',
  messageEn: '',
  location: {},
  evidence: { cells: [], quotes: [] },
  ...over,
});

describe('grouping findings', () => {
  it('by severity: errors, warnings, notes, needs-review, then passed and not-applicable collapsed', () => {
    const findings = [
      finding({ checkId: 'p', outcome: 'pass' }),
      finding({ checkId: 'r', outcome: 'needs-review' }),
      finding({ checkId: 'w', severity: 'warning' }),
      finding({ checkId: 'e' }),
      finding({ checkId: 'n', outcome: 'not-applicable' }),
    ];
    const groups = groupFindings(findings, 'severity');
    expect(groups.map((g) => `${g.id}:${g.findings.map((f) => f.checkId).join('')}:${g.collapsed}`)).toEqual([
      'fail-error:e:false',
      'fail-warning:w:false',
      'needs-review:r:false',
      'pass:p:true',
      'not-applicable:n:true',
    ]);
  });

  it('by section: 一…六, then the tables, then the rest, most serious first within each', () => {
    const findings = [
      finding({ checkId: 'late', severity: 'warning', location: {} }),
      finding({ checkId: 's5', location: { section: 5 } }),
      finding({ checkId: 't4', location: { table: 4, group: 'review' } }),
      finding({ checkId: 't3w', severity: 'warning', location: { table: 3 } }),
      finding({ checkId: 't3e', location: { table: 3, row: 'granted' } }),
      // A table located in its section is still about the table.
      finding({ checkId: 'tmiss', location: { table: 2, section: 2 } }),
      finding({ checkId: 's1r', outcome: 'needs-review', location: { section: 1 } }),
    ];
    const groups = groupFindings(findings, 'section');
    expect(groups.map((g) => `${g.id}:${g.findings.map((f) => f.checkId).join(',')}`)).toEqual([
      'section-1:s1r',
      'section-5:s5',
      'section-tables:tmiss,t3e,t3w,t4',
      'section-other:late',
    ]);
    expect(placeOf(findings[5]!)).toBe('tables');
  });

  it('keeps every finding of a real audit in exactly one group in both views', () => {
    const audit = auditHtml(readFileSync('tests/fixtures/pingtan-2024-mutated-truncated-table3.html', 'utf8'));
    for (const by of ['severity', 'section'] as const) {
      const listed = groupFindings(audit.findings, by).flatMap((group) => group.findings);
      expect(listed.length).toBe(audit.findings.length);
      expect(new Set(listed).size).toBe(audit.findings.length);
    }
  });
});
