import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_FINDINGS } from '../../src/present/summary';
import { auditOf } from '../helpers';
import { dismissedAudit } from './fixtures';

describe('clipboard summary', () => {
  it('is a few lines: identity, counts, open findings, source', () => {
    const audit = dismissedAudit();
    // Passes grow with every check added; the count is the audit's own.
    const passes = audit.counts.outcome.pass;
    expect(renderSummary(audit)).toBe(
      [
        '平潭综合实验区2024年度政府信息公开工作年度报告',
        '平潭综合实验区 · 2024 年度 · 发布 2025-03-10',
        `错误 2 · 警告 0 · 提示 0 · 待人工核查 0 · 通过 ${passes} · 不适用 2 · 其中已忽略 1`,
        '- [错误] 表三「R01 一、本年新收政府信息公开申请数量」行：总计为 218，各类申请人之和为 220，相差 -2。（table3-row-total）',
        '来源：https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm',
        'govreport-audit 0.1.0 · 2026-01-01T00:00:00.000Z',
        '',
      ].join('\n'),
    );
  });

  it('stops after the first findings', () => {
    const audit = auditOf('pingtan-2024-mutated-no-table4.html');
    const many = { ...audit, findings: Array.from({ length: 14 }, () => audit.findings.find((f) => f.outcome === 'fail')!) };
    const lines = renderSummary(many).split('\n');
    expect(lines.filter((line) => line.startsWith('- ['))).toHaveLength(SUMMARY_MAX_FINDINGS);
    expect(lines).toContain('- ……另有 4 项，见完整导出');
  });

  it('a clean report says so', () => {
    expect(renderSummary(auditOf('pingtan-2024.html'))).toContain('\n未发现问题。\n');
  });
});
