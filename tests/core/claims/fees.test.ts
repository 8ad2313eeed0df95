import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../src/core/claims/extract';
import { reportFrom } from './report-from';

describe('fee statements: the whole family of 「no fee was charged」', () => {
  it.each([
    '2023年度，本局政府信息公开未发生收费情况。',
    '本年度未收取政府信息公开申请相关费用。',
    '本机关不存在收取信息处理费的情况。',
    '2023年，未收取任何费用。',
    '信息公开收费情况：无。',
  ])('recognises 「%s」 in section 六', (sentence) => {
    const fees = claimsOf(reportFrom({ s6: [sentence] })).fees;
    expect(fees.map((fee) => fee.sentence.section)).toEqual([6]);
  });

  it.each(['本年度无其他需要报告的事项。', '2023年，本局行政事业性收费项目按规定公示。'])('does not take 「%s」 for one', (sentence) => {
    expect(claimsOf(reportFrom({ s6: [sentence] })).fees).toEqual([]);
  });
});

describe('fee-statement-missing without a section 六', () => {
  it('a copy that stops before section 六 is not-applicable, not a missing fee statement', async () => {
    const { readTextReport } = await import('../../../src/core/audit/read-text');
    const { auditReport } = await import('../../../src/core/audit/audit');
    const report = readTextReport(
      ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '2023年，本局认真贯彻落实条例。', '二、主动公开政府信息情况'].join('\n\n'),
    );
    const fee = auditReport(report, { now: new Date('2026-01-01T00:00:00Z') }).findings.find(
      (finding) => finding.checkId === 'fee-statement-missing',
    )!;
    expect([fee.outcome, fee.location]).toEqual(['not-applicable', { section: 6 }]);
  });
});
