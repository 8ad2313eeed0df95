/**
 * The text checks on the correct corpus reports: no false alarms, and the one thing genuinely there —
 * pingtan-2022 says 「收到政府信息公开申请75件」 where table 3 has 74 new and 1 carried over.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/model/finding';
import { auditOf, problems, reportOf } from '../../helpers';

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

function textFindings(findings: Finding[]) {
  return findings
    .filter((finding) => TEXT_CHECKS.includes(finding.checkId))
    .map((finding) => [finding.checkId, finding.outcome, finding.evidence.quotes.map((quote) => quote.text)]);
}

describe('text checks on the correct corpus reports', () => {
  it('pingtan-2024: every claim read passes, and nothing else fires', () => {
    const audit = auditOf('pingtan-2024.html');
    expect(problems(audit.findings)).toEqual([]);
    expect(textFindings(audit.findings)).toEqual([
      ['text-count-mismatch', 'pass', ['全年办理政府信息公开申请218件']],
      [
        'text-count-mismatch',
        'pass',
        [
          '加强规范性文件库建设,巩固行政规范性文件集中统一公开成果,动态更新发布本年度制发行政规范性文件62件,并同步做好全真版上传等工作,确保行政规范性文件库数据准确、规范统一',
        ],
      ],
      ['year-mismatch', 'pass', ['本报告所列数据统计期限为2024年1月1日至2024年12月31日']],
      ['period-missing', 'pass', ['本报告所列数据统计期限为2024年1月1日至2024年12月31日']],
      [
        'section-count-claim',
        'pass',
        [
          '本报告共分6个部分:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项',
        ],
      ],
      ['fee-statement-missing', 'pass', ['2024年,无收取信息处理费情况']],
    ]);
  });

  it('pingtan-2022: one warning, 75 received = R01 + R02; its 72/3 split is read on the same basis and passes', () => {
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
    const sentence = '2022年,全区收到政府信息公开申请75件,涉及自然人72件、商业企业3件,均在法定期限内予以答复,办结率100%';
    const reviews = '2022年,全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件,均已结案';
    const documents = '设立规范性文件库,集中公开现行有效行政规范性文件698件,动态更新本年度制发的规范性文件88件';
    expect(textFindings(audit.findings)).toEqual([
      ['text-count-mismatch', 'pass', [documents]],
      ['text-count-mismatch', 'pass', [documents]],
      ['text-count-mismatch', 'fail', [sentence]],
      ['text-count-mismatch', 'pass', [sentence]],
      ['text-count-mismatch', 'pass', [sentence]],
      ['text-count-mismatch', 'pass', [reviews]],
      ['text-count-mismatch', 'pass', [reviews]],
      ['breakdown-sum', 'pass', [sentence]],
      ['year-mismatch', 'pass', ['本报告中所列数据统计时限为2022年1月1日至2022年12月31日']],
      ['period-missing', 'pass', ['本报告中所列数据统计时限为2022年1月1日至2022年12月31日']],
      ['fee-statement-missing', 'pass', ['2022年,无收取信息处理费情况']],
    ]);
    const warning = audit.findings.find((finding) => finding.outcome === 'fail' && finding.checkId === 'text-count-mismatch')!;
    expect([warning.expression, warning.expected, warning.actual, warning.delta]).toEqual(['正文数 = R01 [总计]', '74', '75', '1']);
    expect(warning.message).toContain('R01 + R02 [总计] = 75');
    expect(warning.evidence.cells.map((cell) => [cell.row, cell.column, cell.raw])).toEqual([
      ['received', 'total', '74'],
      ['carriedIn', 'total', '1'],
    ]);
    const splits = audit.findings.filter(
      (finding) => finding.checkId === 'text-count-mismatch' && finding.actual && ['72', '3'].includes(finding.actual),
    );
    expect(splits.map((finding) => [finding.outcome, finding.expression])).toEqual([
      ['pass', '正文数 = R01 + R02 [自然人]'],
      ['pass', '正文数 = R01 + R02 [商业企业]'],
    ]);
  });

  it('the quote points at the page: block, start and end give back its text', () => {
    const report = reportOf('pingtan-2022.html');
    const audit = auditOf('pingtan-2022.html');
    const quote = audit.findings.find((finding) => finding.outcome === 'fail' && finding.checkId === 'text-count-mismatch')!.evidence
      .quotes[0]!;
    const block = report.blocks[quote.block]!;
    expect(block.kind === 'text' && block.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.text).toContain('75件');
  });

  it('pingtan-2019 (trial form): no fail; fees not applicable before 2021', () => {
    const audit = auditOf('pingtan-2019.html');
    expect(problems(audit.findings)).toEqual([]);
    expect(textFindings(audit.findings).map(([id, outcome]) => [id, outcome])).toEqual([
      ['year-mismatch', 'pass'],
      ['period-missing', 'pass'],
      ['section-count-claim', 'pass'],
      ['fee-statement-missing', 'not-applicable'],
    ]);
  });

  it('pingtan-2018 (before the national form): checks that need the tables are not applicable', () => {
    const audit = auditOf('pingtan-2018.html');
    expect(problems(audit.findings)).toEqual([]);
    expect(textFindings(audit.findings).map(([id, outcome]) => [id, outcome])).toEqual([
      ['text-count-mismatch', 'not-applicable'],
      ['text-claim-contradiction', 'not-applicable'],
      ['percent-mismatch', 'not-applicable'],
      ['year-mismatch', 'pass'],
      ['period-missing', 'pass'],
      ['section-count-claim', 'not-applicable'],
      ['fee-statement-missing', 'not-applicable'],
    ]);
  });
});
