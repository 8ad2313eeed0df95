/** Section headings as printed: found, and reported in the page's words when they differ from the form's. */
import { describe, expect, it } from 'vitest';
import { auditOf, problems } from '../../helpers';
import { auditTextReport } from './text-report';

describe('section-heading-deviation', () => {
  it('pingtan-2022: the typo 「行政法复议」 in section 四 is one info quoting the page; section-missing quotes it too', () => {
    const audit = auditOf('pingtan-2022.html');
    const deviations = audit.findings.filter((finding) => finding.checkId === 'section-heading-deviation' && finding.outcome !== 'pass');
    expect(problems(deviations)).toEqual([
      { checkId: 'section-heading-deviation', outcome: 'fail', severity: 'info', location: { section: 4 } },
    ]);
    expect(deviations[0]!.actual).toBe('四、政府信息公开行政法复议、行政诉讼情况');
    const present = audit.findings.find((finding) => finding.checkId === 'section-missing' && finding.location.section === 4)!;
    expect([present.outcome, present.message]).toEqual(['pass', '已找到第4部分：「四、政府信息公开行政法复议、行政诉讼情况」。']);
  });

  it('a changed title and the 2019 wording of 四 in a 2023 report; connectors and end punctuation do not count', () => {
    const audit = auditTextReport({
      s4: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      s5: '五、存在的主要问题及整改措施',
      s6: '六、其他需要报告的事项：',
    });
    const deviations = audit.findings.filter((finding) => finding.checkId === 'section-heading-deviation' && finding.outcome !== 'pass');
    expect(deviations.map((finding) => [finding.location.section, finding.message])).toEqual([
      [
        4,
        '第四部分的标题为「四、因政府信息公开工作被申请行政复议、提起行政诉讼情况」，规定格式为「四、政府信息公开行政复议、行政诉讼情况」，这是2019年试行格式的措辞。',
      ],
      [5, '第五部分的标题为「五、存在的主要问题及整改措施」，规定格式为「五、存在的主要问题及改进情况」。'],
    ]);
    expect(
      auditOf('pingtan-2024.html')
        .findings.filter((finding) => finding.checkId === 'section-heading-deviation')
        .map((finding) => finding.outcome),
    ).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });
});
