/**
 * Each check fires on a real page with one defect put in (scripts/make-mutated-fixtures.mjs and
 * tests/fixtures/README.md say what was changed), and nothing else fires.
 */
import { describe, expect, it } from 'vitest';
import { auditOf, problems } from '../../helpers';

describe('mutated copies of pingtan-2024', () => {
  it('table3-row-total: R03 总计 71 → 72 is one error, not a cascade', () => {
    const audit = auditOf('pingtan-2024-mutated-row-total.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'table3-row-total', outcome: 'fail', severity: 'error', location: { table: 3, row: 'granted', column: 'total' } },
    ]);
    const finding = audit.findings.find((candidate) => candidate.outcome === 'fail')!;
    expect([finding.expected, finding.actual, finding.delta]).toEqual(['71', '72', '1']);
    expect(finding.expression).toBe('C7 = C1 + C2 + C3 + C4 + C5 + C6 [R03 （一）予以公开]');
    expect(finding.evidence.cells.map((cell) => cell.raw)).toEqual(['72', '71', '0', '0', '0', '0', '0']);
    expect(finding.evidence.cells[0]!.origin).toEqual({ table: 1, row: 5, cell: 8 });
  });

  it('cell-blank: a blank in a sum that holds is one warning and the sums pass', () => {
    expect(problems(auditOf('pingtan-2024-mutated-blank.html').findings)).toEqual([
      { checkId: 'cell-blank', outcome: 'fail', severity: 'warning', location: { table: 3, row: 'withheld.thirdParty' } },
    ]);
  });

  it('a blank that a sum needs makes that sum needs-review, never a fail', () => {
    expect(problems(auditOf('pingtan-2024-mutated-blank-in-failing-sum.html').findings)).toEqual([
      { checkId: 'cell-blank', outcome: 'fail', severity: 'warning', location: { table: 3, row: 'notProcessed.repeated' } },
      {
        checkId: 'table3-row-total',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, row: 'notProcessed.repeated', column: 'total' },
      },
      {
        checkId: 'table3-outcome-total',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, row: 'handledTotal', column: 'natural' },
      },
    ]);
  });

  it('cell-invalid: text where a count belongs', () => {
    const audit = auditOf('pingtan-2024-mutated-text-cell.html');
    expect(problems(audit.findings)).toEqual([
      {
        checkId: 'cell-invalid',
        outcome: 'fail',
        severity: 'error',
        location: { table: 3, row: 'withheld.internalAffairs', column: 'natural' },
      },
      {
        checkId: 'table3-row-total',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, row: 'withheld.internalAffairs', column: 'total' },
      },
      {
        checkId: 'table3-outcome-total',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, row: 'handledTotal', column: 'natural' },
      },
    ]);
  });

  it('section-missing: heading 五 removed', () => {
    expect(problems(auditOf('pingtan-2024-mutated-no-section5.html').findings)).toEqual([
      { checkId: 'section-missing', outcome: 'fail', severity: 'error', location: { section: 5 } },
    ]);
  });

  it('table-missing: table 4 removed, its heading kept', () => {
    expect(problems(auditOf('pingtan-2024-mutated-no-table4.html').findings)).toEqual([
      { checkId: 'table-missing', outcome: 'fail', severity: 'error', location: { table: 4, section: 4 } },
    ]);
  });

  it('table-incomplete: table 3 cut after R14; sums that need the cut rows are needs-review', () => {
    const audit = auditOf('pingtan-2024-mutated-truncated-table3.html');
    const found = problems(audit.findings);
    expect(found[0]).toEqual({ checkId: 'table-incomplete', outcome: 'fail', severity: 'error', location: { table: 3 } });
    expect(found.slice(1).every((finding) => finding.outcome === 'needs-review')).toBe(true);
    expect(found.slice(1).map((finding) => finding.checkId)).toEqual([
      ...Array(7).fill('table3-outcome-total'),
      ...Array(7).fill('table3-balance'),
      // 「全年办理政府信息公开申请218件」 can no longer be compared with the cut R24.
      'text-count-mismatch',
    ]);
    const incomplete = audit.findings.find((finding) => finding.checkId === 'table-incomplete' && finding.outcome === 'fail')!;
    expect(incomplete.message).toContain('R15 3.补正后申请内容仍不明确');
    expect(incomplete.message).toContain('R25 四、结转下年度继续办理');
  });

  it('table3-balance: R02 raised in 自然人 and 总计 breaks the balance of both columns', () => {
    const audit = auditOf('pingtan-2024-mutated-carried-in.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'table3-balance', outcome: 'fail', severity: 'error', location: { table: 3, column: 'natural' } },
      { checkId: 'table3-balance', outcome: 'fail', severity: 'error', location: { table: 3, column: 'total' } },
    ]);
    const natural = audit.findings.find((finding) => finding.outcome === 'fail')!;
    expect([natural.expression, natural.actual, natural.expected]).toEqual(['R01 + R02 = R24 + R25 [自然人]', '219', '217']);
  });

  it('table3-outcome-total: a wrong R24 is reported once, not again as a balance failure', () => {
    expect(problems(auditOf('pingtan-2024-mutated-handled-total.html').findings)).toEqual([
      {
        checkId: 'table3-outcome-total',
        outcome: 'fail',
        severity: 'error',
        location: { table: 3, row: 'handledTotal', column: 'natural' },
      },
      { checkId: 'table3-outcome-total', outcome: 'fail', severity: 'error', location: { table: 3, row: 'handledTotal', column: 'total' } },
    ]);
  });

  it('table4-total: 行政复议 总计 7 → 8', () => {
    const audit = auditOf('pingtan-2024-mutated-table4.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'table4-total', outcome: 'fail', severity: 'error', location: { table: 4, group: 'review' } },
    ]);
    const finding = audit.findings.find((candidate) => candidate.outcome === 'fail')!;
    expect([finding.expected, finding.actual]).toEqual(['7', '8']);
    expect(finding.evidence.cells.map((cell) => cell.raw)).toEqual(['8', '2', '1', '3', '1']);
  });
});
