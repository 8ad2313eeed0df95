/**
 * Each text check fires on a copy of pingtan-2024 with one sentence changed (scripts/make-text-fixtures.mjs,
 * tests/fixtures/README.md), and nothing else fires.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/finding';
import { auditOf, problems, reportOf } from '../../helpers';

function failing(name: string) {
  const audit = auditOf(name);
  const findings = audit.findings.filter((finding) => finding.outcome === 'fail');
  return { audit, findings, only: findings[0]! };
}

function quotes(finding: Finding) {
  return finding.evidence.quotes.map((quote) => quote.text);
}

describe('mutated copies of pingtan-2024, one sentence each', () => {
  it('text-count-mismatch: 「全年办理政府信息公开申请219件」 against R24 = 218', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-count.html');
    expect(problems(audit.findings)).toEqual([
      {
        checkId: 'text-count-mismatch',
        outcome: 'fail',
        severity: 'error',
        location: { section: 1, table: 3, row: 'handledTotal', column: 'total' },
      },
    ]);
    expect([only.expression, only.expected, only.actual, only.delta]).toEqual(['正文数 = R24 [总计]', '218', '219', '1']);
    expect(quotes(only)).toEqual(['全年办理政府信息公开申请219件']);
    expect(only.evidence.cells.map((cell) => [cell.row, cell.column, cell.raw])).toEqual([['handledTotal', 'total', '218']]);
    expect(only.message).toBe('正文「全年办理政府信息公开申请219件」为 219，而表三 R24「本年度办理结果总计」（总计列）为 218，相差 1。');
  });

  it('text-claim-contradiction: 「未发生…行政复议、行政诉讼」 and 「均维持」 refuted by table 4', () => {
    const { audit, findings } = failing('pingtan-2024-mutated-text-claims.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'text-claim-contradiction', outcome: 'fail', severity: 'error', location: { section: 1, table: 4 } },
      {
        checkId: 'text-claim-contradiction',
        outcome: 'fail',
        severity: 'error',
        location: { section: 1, table: 4, group: 'review', column: 'corrected' },
      },
    ]);
    const [none, upheld] = findings;
    expect(quotes(none!)).toEqual(['全年未发生政府信息公开行政复议、行政诉讼案件']);
    expect(none!.evidence.cells.map((cell) => [cell.group, cell.column, cell.raw])).toEqual([
      ['review', 'total', '7'],
      ['suitAfterReview', 'total', '19'],
    ]);
    expect(quotes(upheld!)).toEqual(['行政复议案件均维持原行政行为']);
    expect(upheld!.evidence.cells.map((cell) => [cell.group, cell.column, cell.raw])).toEqual([['review', 'corrected', '1']]);
  });

  it('percent-mismatch: 35% of 218 is a warning, 13.4% (13.30%) one unit off is info', () => {
    const { audit, findings } = failing('pingtan-2024-mutated-text-percent.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'percent-mismatch', outcome: 'fail', severity: 'warning', location: { section: 1 } },
      { checkId: 'percent-mismatch', outcome: 'fail', severity: 'info', location: { section: 1 } },
    ]);
    expect(findings.map((finding) => [quotes(finding), finding.expected, finding.actual])).toEqual([
      [['其中予以公开71件,占35%'], '32.57%', '35%'],
      [['部分公开29件,占13.4%'], '13.303%', '13.4%'],
    ]);
    // The counts themselves agree with R03 and R04.
    const counts = audit.findings.filter((finding) => finding.checkId === 'text-count-mismatch');
    expect(counts.map((finding) => [finding.outcome, finding.location.row])).toEqual([
      ['pass', 'handledTotal'],
      ['pass', 'granted'],
      ['pass', 'partlyGranted'],
      ['pass', 'normativeDocs'],
    ]);
  });

  it('percent-sum: 自然人 99.5% + 法人或其他组织 1.5% = 101.0%', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-percent-sum.html');
    expect(problems(audit.findings)).toEqual([{ checkId: 'percent-sum', outcome: 'fail', severity: 'warning', location: { section: 1 } }]);
    expect([only.expression, only.actual, quotes(only)]).toEqual([
      '99.5% + 1.5% = 100%',
      '101.0%',
      ['按申请人类型统计,自然人申请占99.5%,法人或其他组织申请占1.5%'],
    ]);
  });

  it('breakdown-sum: channels 200 + 10 + 5 ≠ 218', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-breakdown.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'breakdown-sum', outcome: 'fail', severity: 'warning', location: { section: 1 } },
    ]);
    expect([only.expression, only.actual, only.delta, quotes(only)]).toEqual([
      '200 + 10 + 5 = 218',
      '215',
      '-3',
      ['其中网络申请200件、信函申请10件、当面申请5件', '全年办理政府信息公开申请218件'],
    ]);
  });

  it('section-count-claim: 「本报告共分5个部分」 with six sections', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-parts.html');
    expect(problems(audit.findings)).toEqual([{ checkId: 'section-count-claim', outcome: 'fail', severity: 'warning', location: {} }]);
    expect([only.expected, only.actual]).toEqual(['6', '5']);
    expect(quotes(only)[0]).toMatch(/^本报告共分5个部分:总体情况、/);
  });

  it('fee-statement-missing: 「2024年，无收取信息处理费情况。」 removed', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-no-fee.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'fee-statement-missing', outcome: 'fail', severity: 'warning', location: { section: 6 } },
    ]);
    expect(only.message).toBe('第六部分没有说明是否收取信息处理费（如「本年度未收取信息处理费」）。');
  });

  it('year-mismatch: section 六 says 2023 in a 2024 report', () => {
    const { audit, only } = failing('pingtan-2024-mutated-text-year.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'year-mismatch', outcome: 'fail', severity: 'warning', location: { section: 6 } },
    ]);
    expect([only.expected, only.actual, quotes(only)]).toEqual(['2024', '2023', ['2023年,无收取信息处理费情况']]);
  });

  it('period-missing: the statistics-period sentence removed', () => {
    const { audit } = failing('pingtan-2024-mutated-text-no-period.html');
    expect(problems(audit.findings)).toEqual([{ checkId: 'period-missing', outcome: 'fail', severity: 'info', location: {} }]);
  });

  it('every quote of every text finding gives back its text from the page', () => {
    for (const name of [
      'pingtan-2024-mutated-text-claims.html',
      'pingtan-2024-mutated-text-percent.html',
      'pingtan-2024-mutated-text-breakdown.html',
      'pingtan-2022.html',
    ]) {
      const report = reportOf(name);
      for (const finding of auditOf(name).findings) {
        for (const quote of finding.evidence.quotes) {
          const block = report.blocks[quote.block]!;
          expect(block.kind === 'text' && block.text.slice(quote.start, quote.end)).toBe(quote.text);
        }
      }
    }
  });
});
