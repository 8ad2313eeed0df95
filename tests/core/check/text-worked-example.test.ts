/** docs/rules.md, "Worked example": the text checks on the 西夏区 plain-text report. */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/audit/read';
import { fixture } from '../../helpers';

const TEXT_CHECKS = [
  'text-count-mismatch',
  'text-claim-contradiction',
  'percent-mismatch',
  'percent-sum',
  'breakdown-sum',
  'year-mismatch',
  'period-missing',
  'section-count-claim',
  'fee-statement-missing',
];

describe('xixia-2023-office.txt, the worked example', () => {
  const audit = auditText(fixture('xixia-2023-office.txt'), { now: new Date('2026-01-01T00:00:00Z') });
  const findings = audit.findings.filter((finding) => TEXT_CHECKS.includes(finding.checkId));

  it('gives exactly the text findings the catalogue describes', () => {
    expect(
      findings.map((finding) => ({
        checkId: finding.checkId,
        outcome: finding.outcome,
        severity: finding.severity,
        location: finding.location,
        expected: finding.expected,
        actual: finding.actual,
      })),
    ).toEqual([
      // 受理 13 件 = R01 total
      {
        checkId: 'text-count-mismatch',
        outcome: 'pass',
        severity: 'error',
        location: { section: 1, table: 3, row: 'received', column: 'total' },
        expected: '13',
        actual: '13',
      },
      // table 4 is absent: the statement cannot be checked
      {
        checkId: 'text-claim-contradiction',
        outcome: 'needs-review',
        severity: 'error',
        location: { section: 1, table: 4 },
        expected: undefined,
        actual: undefined,
      },
      // 62% (8/13 = 61.5%) and 38% (5/13 = 38.5%)
      { checkId: 'percent-mismatch', outcome: 'pass', severity: 'warning', location: { section: 1 }, expected: '61.5%', actual: '62%' },
      { checkId: 'percent-mismatch', outcome: 'pass', severity: 'warning', location: { section: 1 }, expected: '38.5%', actual: '38%' },
      // 62% + 38% and 85% + 15% = 100%
      { checkId: 'percent-sum', outcome: 'pass', severity: 'warning', location: { section: 1 }, expected: '100%', actual: '100%' },
      { checkId: 'percent-sum', outcome: 'pass', severity: 'warning', location: { section: 1 }, expected: '100%', actual: '100%' },
      // 网络申请 8 件 + 信函申请 5 件 = 13
      { checkId: 'breakdown-sum', outcome: 'pass', severity: 'warning', location: { section: 1 }, expected: '13', actual: '13' },
      // year 2023 consistent
      { checkId: 'year-mismatch', outcome: 'pass', severity: 'warning', location: {}, expected: '2023', actual: '2023' },
      { checkId: 'period-missing', outcome: 'pass', severity: 'info', location: {}, expected: undefined, actual: undefined },
      // 信息处理费 stated in 六
      {
        checkId: 'fee-statement-missing',
        outcome: 'pass',
        severity: 'warning',
        location: { section: 6 },
        expected: undefined,
        actual: undefined,
      },
    ]);
  });

  it('quotes what it read', () => {
    const quoted = (id: string) =>
      findings.filter((finding) => finding.checkId === id).map((finding) => finding.evidence.quotes.map((quote) => quote.text));
    expect(quoted('text-claim-contradiction')).toEqual([
      ['所有申请均及时进行了答复,未发生因信息公开申请被行政复议提起行政诉讼、收到投诉举报情况,答复过程中不收取任何费用'],
    ]);
    expect(quoted('percent-sum')).toEqual([
      ['按申请形式统计,网络申请 8 件、占申请总数的 62%,信函申请 5 件、占申请总数的 38%'],
      ['按申请公开的内容统计,涉及房屋拆迁与补偿的占 85%,其他信息占 15%'],
    ]);
    expect(quoted('breakdown-sum')).toEqual([
      ['按申请形式统计,网络申请 8 件、占申请总数的 62%,信函申请 5 件、占申请总数的 38%', '2023 年,政府办公室共受理政府信息公开申请 13 件'],
    ]);
    expect(quoted('fee-statement-missing')).toEqual([['政府办公室 2023 年未收取依申请公开信息处理费']]);
    const review = findings.find((finding) => finding.checkId === 'text-claim-contradiction')!;
    expect(review.message).toBe('无法核对正文「未发生因信息公开申请被行政复议提起行政诉讼」，因为报告中没有表四。');
    expect(review.doubt).toBe('report');
  });

  it('no text check fails', () => {
    expect(findings.filter((finding) => finding.outcome === 'fail')).toEqual([]);
  });
});
