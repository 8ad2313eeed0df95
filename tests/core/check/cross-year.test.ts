/**
 * The cross-year checks on real pages: pingtan-2022 (R25 all 0), a mutated copy of pingtan-2024
 * standing for 2023 (carries in 1 from a natural person) and pingtan-2024 itself.
 */
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/core/audit/audit';
import { yearDataOf } from '../../../src/core/audit/history';
import { NO_PREVIOUS_HINT } from '../../../src/core/check/previous-year';
import type { Finding } from '../../../src/core/model/finding';
import type { YearData } from '../../../src/core/model/history';
import { reportOf } from '../../helpers';

const now = new Date('2026-01-01T00:00:00Z');
const r2022 = reportOf('pingtan-2022.html');
const r2023 = reportOf('pingtan-2024-mutated-as-2023.html');
const r2024 = reportOf('pingtan-2024.html');
const CROSS_YEAR = ['carryover-continuity', 'in-force-continuity'];

const crossYear = (findings: Finding[]) =>
  findings
    .filter((finding) => CROSS_YEAR.includes(finding.checkId))
    .map(({ checkId, outcome, severity, location, expected, actual, delta }) => ({
      checkId,
      outcome,
      severity,
      location,
      expected,
      actual,
      delta,
    }));

const carry = (column: string, outcome: 'pass' | 'fail', expected: string, actual: string) => ({
  checkId: 'carryover-continuity',
  outcome,
  severity: 'warning',
  location: { table: 3, row: 'carriedIn', column },
  expected,
  actual,
  delta: String(Number(actual) - Number(expected)),
});
const inForce = (row: string, outcome: 'pass' | 'fail', expected: string, actual: string) => ({
  checkId: 'in-force-continuity',
  outcome,
  severity: 'info',
  location: { table: 2, row, column: 'inForce' },
  expected,
  actual,
  delta: String(Number(actual) - Number(expected)),
});

function audit(report: typeof r2022, previous?: YearData | null) {
  return auditReport(report, { now, previous: previous ?? undefined });
}

describe('cross-year checks', () => {
  it('the mutated 2023 copy stands on its own: no fail or needs-review without a previous year', () => {
    const result = audit(r2023);
    expect(result.report.year).toBe(2023);
    expect(result.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review')).toEqual([]);
  });

  it('without the previous year both are not-applicable, with the hint', () => {
    const findings = audit(r2024).findings.filter((finding) => CROSS_YEAR.includes(finding.checkId));
    expect(findings.map(({ checkId, outcome, location }) => ({ checkId, outcome, location }))).toEqual([
      { checkId: 'carryover-continuity', outcome: 'not-applicable', location: {} },
      { checkId: 'in-force-continuity', outcome: 'not-applicable', location: {} },
    ]);
    for (const finding of findings) expect(finding.message).toBe(`没有该机关2023 年度报告的数据。${NO_PREVIOUS_HINT}。`);
  });

  it('2022 → 2023: R02 ≠ R25 in 自然人 and 总计 fails, the other columns pass; 规范性文件 re-based', () => {
    const result = audit(r2023, yearDataOf(r2022, null));
    expect(crossYear(result.findings)).toEqual([
      carry('natural', 'fail', '0', '1'),
      carry('business', 'pass', '0', '0'),
      carry('research', 'pass', '0', '0'),
      carry('nonprofit', 'pass', '0', '0'),
      carry('legal', 'pass', '0', '0'),
      carry('otherOrg', 'pass', '0', '0'),
      carry('total', 'fail', '0', '1'),
      inForce('regulations', 'pass', '0', '0'),
      // 698 + 62 − 33 = 727 against 440.
      inForce('normativeDocs', 'fail', '727', '440'),
    ]);
    const natural = result.findings.find((f) => f.checkId === 'carryover-continuity' && f.outcome === 'fail')!;
    expect(natural.message).toBe(
      '表三「自然人」列：本年度「上年结转」（R02）为 1，2022 年度报告「结转下年度继续办理」（R25）为 0，相差 1。',
    );
    expect(natural.expression).toBe('R02(2023) = R25(2022) [自然人]');
    // Evidence is what is on this page: the R02 cell, with its origin.
    expect(natural.evidence.cells).toEqual([
      expect.objectContaining({ table: 3, row: 'carriedIn', column: 'natural', raw: '1', origin: expect.any(Object) }),
    ]);
    expect(result.counts.failBySeverity).toEqual({ error: 0, warning: 2, info: 1 });
  });

  it('2023 → 2024: carried out 0 then carried in 0 in every column passes', () => {
    expect(crossYear(audit(r2024, yearDataOf(r2023, null)).findings)).toEqual([
      carry('natural', 'pass', '0', '0'),
      carry('business', 'pass', '0', '0'),
      carry('research', 'pass', '0', '0'),
      carry('nonprofit', 'pass', '0', '0'),
      carry('legal', 'pass', '0', '0'),
      carry('otherOrg', 'pass', '0', '0'),
      carry('total', 'pass', '0', '0'),
      inForce('regulations', 'pass', '0', '0'),
      inForce('normativeDocs', 'fail', '469', '440'),
    ]);
  });

  it('the previous year changes nothing but the cross-year findings', () => {
    const alone = audit(r2023).findings.filter((finding) => !CROSS_YEAR.includes(finding.checkId));
    const withPrevious = audit(r2023, yearDataOf(r2022, null)).findings.filter((finding) => !CROSS_YEAR.includes(finding.checkId));
    expect(withPrevious).toEqual(alone);
  });

  it('a blank R25 last year: a sum that holds with it read as 0 passes, one that fails only because of it needs review', () => {
    const previous = yearDataOf(r2022, null)!;
    const blank = { raw: '', kind: 'blank' as const, value: null };
    const result = audit(r2023, { ...previous, carriedOut: { ...previous.carriedOut, natural: blank, business: blank } });
    const outcomes = crossYear(result.findings)
      .filter((f) => f.checkId === 'carryover-continuity')
      .map((f) => [f.location.column, f.outcome]);
    expect(outcomes.slice(0, 2)).toEqual([
      ['natural', 'needs-review'],
      ['business', 'pass'],
    ]);
  });

  it('a 2019-form year on either side has no in-force count: not-applicable per row', () => {
    const r2019 = reportOf('pingtan-2019.html');
    const findings = audit(r2022, { ...yearDataOf(r2019, null)!, year: 2021 }).findings.filter((f) => f.checkId === 'in-force-continuity');
    expect(findings.map((f) => [f.location.row, f.outcome])).toEqual([
      ['regulations', 'not-applicable'],
      ['normativeDocs', 'not-applicable'],
    ]);
    expect(findings[0]!.message).toContain('2021 年度报告的表二没有本行的「现行有效件数」');
  });
});
