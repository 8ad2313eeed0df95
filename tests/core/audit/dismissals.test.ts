import { describe, expect, it } from 'vitest';
import { applyDismissals, dismissalsFile, parseDismissalsFile } from '../../../src/core/audit/dismissals';
import { AuditResult } from '../../../src/core/model/audit';
import { auditOf } from '../../helpers';

const audit = auditOf('pingtan-2024-mutated-balance.html');
const AT = '2026-02-01T08:00:00.000Z';
const ROW_TOTAL = 'table3-row-total@table=3,row=received,column=total';

describe('dismissals', () => {
  it('marks the matching failing finding, and only fails and needs-review', () => {
    const marked = applyDismissals(audit, {
      [ROW_TOTAL]: { note: '已与机关核实，总计无误', at: AT },
      'table3-row-total@table=3,row=granted,column=total': { note: 'a pass', at: AT },
    });
    expect(AuditResult.parse(marked)).toEqual(marked);
    const dismissed = marked.findings.filter((finding) => finding.dismissed);
    expect(dismissed.map((finding) => [finding.checkId, finding.outcome, finding.dismissed])).toEqual([
      ['table3-row-total', 'fail', { note: '已与机关核实，总计无误', at: AT }],
    ]);
    // Counts stay the checks' own: a dismissal is a reviewer's judgement, not a different audit.
    expect(marked.counts).toEqual(audit.counts);
    expect(applyDismissals(marked, {}).findings.some((finding) => finding.dismissed)).toBe(false);
  });

  it('round-trips through the file', () => {
    const marks = { [ROW_TOTAL]: { note: '', at: AT } };
    const file = dismissalsFile(audit, marks, new Date(AT));
    expect(file.kind).toBe('govreport-audit-dismissals');
    expect(file.report).toMatchObject({ organisation: '平潭综合实验区', year: 2024 });
    expect(file.dismissals).toEqual([
      { fingerprint: ROW_TOTAL, checkId: 'table3-row-total', note: '', at: AT, message: expect.stringContaining('R01') },
    ]);
    const parsed = parseDismissalsFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file, dismissals: marks });
  });

  it.each([
    ['not JSON', '{"kind": ', '文件不是有效的 JSON，无法导入忽略标记。'],
    ['another JSON file', JSON.stringify(audit), '这不是本工具导出的忽略标记文件（缺少 "kind": "govreport-audit-dismissals"）。'],
    [
      'a mark without its time',
      JSON.stringify({
        kind: 'govreport-audit-dismissals',
        version: 1,
        exportedAt: AT,
        report: { url: null, title: '', organisation: '', year: null },
        dismissals: [{ fingerprint: 'x@', checkId: 'x', note: '' }],
      }),
      '忽略标记文件格式不正确：dismissals.0.at 应为 string。',
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(parseDismissalsFile(text)).toEqual({ ok: false, message });
  });
});

describe('dismissals of a check that reports one place twice', () => {
  it('dismiss only the one marked', () => {
    const balance = audit.findings.find((finding) => finding.checkId === 'table3-balance' && finding.outcome === 'fail')!;
    const twice = { ...audit, findings: [balance, { ...balance, message: 'another sentence' }] };
    const marked = applyDismissals(twice, { 'table3-balance@table=3,column=natural#2': { note: '', at: AT } });
    expect(marked.findings.map((finding) => Boolean(finding.dismissed))).toEqual([false, true]);
  });
});
