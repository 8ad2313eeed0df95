/** Structure and publication checks on mutated real pages (tests/fixtures/README.md says what changed). */
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../../src/core/audit/read';
import { auditOf, problems } from '../../helpers';

describe('structure checks', () => {
  it('section-order: heading 五 numbered 六', () => {
    const audit = auditOf('pingtan-2024-mutated-misnumbered.html');
    expect(problems(audit.findings)).toEqual([{ checkId: 'section-order', outcome: 'fail', severity: 'warning', location: {} }]);
    expect(audit.findings.find((finding) => finding.outcome === 'fail')!.message).toContain(
      '「六、存在的主要问题及改进情况」的编号应为「五」',
    );
  });

  it('table-as-image: table 4 replaced by a picture is a warning, and table-missing turns to needs-review', () => {
    expect(problems(auditOf('pingtan-2024-mutated-table4-image.html').findings)).toEqual([
      { checkId: 'table-missing', outcome: 'needs-review', severity: 'error', location: { table: 4, section: 4 } },
      { checkId: 'table-as-image', outcome: 'fail', severity: 'warning', location: { table: 4, section: 4 } },
    ]);
  });

  it('label-deviation: a reworded row label is one info', () => {
    const audit = auditOf('pingtan-2024-mutated-label.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'label-deviation', outcome: 'fail', severity: 'info', location: { table: 3, row: 'notProcessed.repeated' } },
    ]);
    const finding = audit.findings.find((candidate) => candidate.outcome === 'fail')!;
    expect([finding.actual, finding.expected]).toEqual(['2.重复申请(含多次申请)', '2.重复申请']);
  });

  it('table-extra-rows: a table 3 split by a page break is read whole, with nothing extra', () => {
    const audit = auditOf('pingtan-2024-mutated-split-table3.html');
    expect(problems(audit.findings)).toEqual([]);
    expect(audit.findings.filter((finding) => finding.checkId === 'table3-row-total' && finding.outcome === 'pass')).toHaveLength(25);
  });
});

describe('late-publication', () => {
  it('a government report published after 31 March', () => {
    const audit = auditOf('pingtan-2024-mutated-late.html');
    expect(problems(audit.findings)).toEqual([{ checkId: 'late-publication', outcome: 'fail', severity: 'warning', location: {} }]);
    const finding = audit.findings.find((candidate) => candidate.outcome === 'fail')!;
    expect([finding.expected, finding.actual]).toEqual(['≤ 2025-03-31', '2025-04-15']);
  });

  it('a department report after 31 January, with the date in the page text', () => {
    const page =
      '<html><body><h1>某某市生态环境局2023年政府信息公开工作年度报告</h1><div>发布日期：2024-02-05</div><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>';
    const finding = auditHtml(page).findings.find((candidate) => candidate.checkId === 'late-publication')!;
    expect([finding.outcome, finding.expected, finding.actual]).toEqual(['fail', '≤ 2024-01-31', '2024-02-05']);
  });
});

describe('outdated-format', () => {
  it('a 2021 report on the 2019 trial form: the form is named, and its one-row （六） still balances', () => {
    const audit = auditOf('pingtan-2019-mutated-as-2021.html');
    expect(problems(audit.findings)).toEqual([
      { checkId: 'outdated-format', outcome: 'fail', severity: 'error', location: {} },
      { checkId: 'table-incomplete', outcome: 'fail', severity: 'error', location: { table: 2 } },
      { checkId: 'table-incomplete', outcome: 'fail', severity: 'error', location: { table: 3 } },
      { checkId: 'table-extra-rows', outcome: 'fail', severity: 'warning', location: { table: 3, row: 'subtotal.otherHandling' } },
      { checkId: 'label-deviation', outcome: 'fail', severity: 'info', location: { table: 2, row: 'normativeDocs' } },
      // The relabelled title says 2021 while the statistics period still says 2019; 2019 reports had no fee statement.
      { checkId: 'year-mismatch', outcome: 'fail', severity: 'warning', location: {} },
      { checkId: 'fee-statement-missing', outcome: 'fail', severity: 'warning', location: { section: 6 } },
    ]);
    const outdated = audit.findings.find((finding) => finding.checkId === 'outdated-format')!;
    expect(outdated.message).toContain('本年新制作数量');
    expect(outdated.message).toContain('表三的「（六）其他处理」只有一行');
  });
});
