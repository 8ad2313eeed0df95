/**
 * The typed reading of a count decides how far a disagreement goes: a strong reading is an error, a
 * weak one a question, one that reconciles with its neighbour a note; names, information items and
 * items of a breakdown are never compared. Each sentence is put into pingtan-2024 (R01 = 218,
 * R24 = 218, 现行有效规范性文件 from table 2), so the tables around it are a real report's.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../src/core/claims/extract';
import { auditHtml, readReport } from '../../../src/core/audit/read';
import { fixture, problems } from '../../helpers';

const HANDLED = '全年办理政府信息公开申请218件。';
const page = fixture('pingtan-2024.html');

function withSentence(sentence: string) {
  if (page.split(HANDLED).length !== 2) throw new Error('anchor sentence not found once');
  return page.replace(HANDLED, `${HANDLED}${sentence}`);
}

function textCounts(sentence: string) {
  const audit = auditHtml(withSentence(sentence), { now: new Date('2026-01-01T00:00:00Z') });
  return audit.findings.filter((finding) => finding.checkId === 'text-count-mismatch' && finding.outcome !== 'pass');
}

describe('count readings', () => {
  it('a number inside quotation marks or glued to a numeral is a name, not a count', () => {
    for (const sentence of ['坚持第一时间登记受理、第一时间回复申请的“三个一”工作机制。', '落实政府信息公开申请“两个确保”要求。']) {
      expect(problems(auditHtml(withSentence(sentence), { now: new Date('2026-01-01T00:00:00Z') }).findings)).toEqual([]);
    }
  });

  it('information items (条, 信息) are not applications, nor are items of a breakdown by content', () => {
    expect(textCounts('依申请公开信息数354条，不予公开信息数48条。')).toEqual([]);
    expect(textCounts('共收到政府信息公开申请218件，申请事项涉及政策法规信息1件、机构设置信息1件。')).toEqual([]);
    const report = readReport(withSentence('申请事项涉及政策法规信息1件。'));
    const item = claimsOf(report).counts.find((claim) => claim.label.endsWith('政策法规信息'))!;
    expect([item.subject, item.reading.noun]).toEqual([null, 'information']);
  });

  it('a strong reading that disagrees is an error', () => {
    const [finding] = textCounts('全年新收政府信息公开申请230件。');
    expect([finding?.outcome, finding?.severity]).toEqual(['fail', 'error']);
  });

  it('a weak reading that disagrees is needs-review, saying why the reader is unsure', () => {
    const findings = textCounts('全年政府信息公开申请230件。');
    expect(findings.map((finding) => [finding.outcome, finding.doubt])).toEqual([['needs-review', 'parser']]);
    expect(findings[0]!.message).toContain('措辞没有说明是收到的还是办理的申请');
  });

  it('two counts of one sentence that add up to the table value: a note naming both', () => {
    const report = readReport(withSentence('x'));
    const value = (column: string) =>
      report.tables.t2?.values.find((cell) => cell.row === 'normativeDocs' && cell.column === column)?.value;
    const inForce = value('inForce');
    const issued = value('issued');
    if (typeof inForce !== 'number' || typeof issued !== 'number' || inForce <= issued) throw new Error('table 2 counts not read');
    const findings = textCounts(`清理并集中发布现行有效行政规范性文件${inForce - issued}件，动态更新本年度制发的规范性文件${issued}件。`);
    expect(findings.map((finding) => [finding.outcome, finding.severity])).toEqual([['fail', 'info']]);
    expect(findings[0]!.message).toContain(`（${inForce - issued} + ${issued}）`);
    // Application stages are not parts of one another: 办结 + 结转 is no reading of R24.
    const stages = textCounts('全年受理政府信息公开申请218件，办结210件，结转8件。');
    expect(stages.map((finding) => [finding.outcome, finding.severity, finding.location.row])).toEqual([['fail', 'error', 'handledTotal']]);
  });

  it('a measure word followed by its own noun, and nouns after 申请, are not applications', () => {
    expect(textCounts('办理政府信息公开申请的平均时间为10个工作日。')).toEqual([]);
    expect(textCounts('共接收政府信息公开申请材料220份。')).toEqual([]);
    expect(textCounts('全年共接待群众咨询政府信息公开申请事项15次。')).toEqual([]);
  });

  it('a list of applicant kinds qualifies one total; it is not a split', () => {
    expect(textCounts('收到公民、法人或其他组织政府信息公开申请218件。')).toEqual([]);
    const [finding] = textCounts('收到公民、法人或其他组织提出的政府信息公开申请230件。');
    expect([finding?.outcome, finding?.severity, finding?.location.row, finding?.location.column]).toEqual([
      'fail',
      'error',
      'received',
      'total',
    ]);
  });

  it('a case count not said to be about disclosure, outside section 四, is a question, not an error', () => {
    const findings = textCounts('我区共有行政复议案件3件，其中政府信息公开类1件。');
    expect(findings.map((finding) => [finding.outcome, finding.doubt])).toEqual([['needs-review', 'parser']]);
  });
});

describe('items disclosed on application with no application at all', () => {
  it('pingtan-czj-2023: 「依申请公开信息数354条」 with table 3 all 0 and 「未收到政府信息公开申请」 is one needs-review, no count error', async () => {
    const { readInput } = await import('../../../src/cli/read-input');
    const input = await readInput('tests/fixtures/real/html/pingtan-czj-2023.html', { now: new Date('2026-01-01T00:00:00Z') });
    if (!input.ok) throw new Error(input.message);
    expect(problems(input.result.findings)).toEqual([
      { checkId: 'text-claim-contradiction', outcome: 'needs-review', severity: 'error', location: { section: 2 } },
    ]);
    const finding = input.result.findings.find((candidate) => candidate.outcome === 'needs-review')!;
    expect([finding.doubt, finding.evidence.quotes.map((quote) => quote.text)]).toEqual([
      'report',
      [
        '2023年制作、获取政府信息总数509条,其中主动公开政府信息107条,依申请公开信息数354条,不予公开信息数48条',
        '2023年我局未收到政府信息公开申请件',
      ],
    ]);
  });
});

describe('qualitative statements of another year', () => {
  it("「2023年未收到政府信息公开申请」 in a 2024 report is not refuted by 2024's table 3", () => {
    const audit = auditHtml(withSentence('2023年，本机关未收到政府信息公开申请。'), { now: new Date('2026-01-01T00:00:00Z') });
    expect(problems(audit.findings).filter((finding) => finding.checkId === 'text-claim-contradiction')).toEqual([]);
    const same = auditHtml(withSentence('2024年，本机关未收到政府信息公开申请。'), { now: new Date('2026-01-01T00:00:00Z') });
    expect(problems(same.findings).map((finding) => [finding.checkId, finding.outcome, finding.severity])).toEqual([
      ['text-claim-contradiction', 'fail', 'error'],
    ]);
  });
});
