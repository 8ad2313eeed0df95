import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/present/markdown';
import { notAReport } from '../../src/core/audit/read';
import { auditReport } from '../../src/core/audit/audit';
import { auditOf } from '../helpers';
import { dismissedAudit, hostileAudit } from './fixtures';

describe('Markdown export', () => {
  const audit = dismissedAudit();
  const md = renderMarkdown(audit);
  const passes = audit.counts.outcome.pass;

  it('says what the report is and how it fared', () => {
    expect(md.startsWith('# 审校报告：平潭综合实验区2024年度政府信息公开工作年度报告\n')).toBe(true);
    expect(md).toContain('- 机关：平潭综合实验区（政府本级）\n- 年度：2024 年度\n- 格式：2021 年格式\n- 发布日期：2025-03-10\n');
    expect(md).toContain(`**错误 2 · 警告 0 · 提示 0 · 待人工核查 0 · 通过 ${passes} · 不适用 2 · 其中已忽略 1**`);
  });

  it('gives each open finding with its expression, both sides and its cells', () => {
    const errors = md.slice(md.indexOf('## 错误（1）'), md.indexOf('## 已忽略'));
    expect(errors).toContain(
      '### 1. [错误] `table3-row-total` 表三「R01 一、本年新收政府信息公开申请数量」行：总计为 218，各类申请人之和为 220，相差 -2。',
    );
    expect(errors).toContain(
      '- 算式：`C7 = C1 + C2 + C3 + C4 + C5 + C6 [R01 一、本年新收政府信息公开申请数量]`\n- 应为：220\n- 实为：218\n- 差额：-2',
    );
    expect(errors).toContain(
      '| 单元格 | 原文 |\n|---|---|\n| 表三 · R01 一、本年新收政府信息公开申请数量 · 总计 | 218 |\n| 表三 · R01 一、本年新收政府信息公开申请数量 · 自然人 | 219 |',
    );
    expect(errors).not.toContain('table3-balance');
  });

  it('puts dismissed findings in their own section, with the note', () => {
    const dismissed = md.slice(md.indexOf('## 已忽略（标记为「不是问题」）（1）'), md.indexOf('## 已通过'));
    expect(dismissed).toContain('`table3-balance` 表三「自然人」列');
    expect(dismissed).toContain('- 已忽略：2026-01-02T03:04:05.000Z，备注：已与机关核实, 见"说明"');
  });

  it('sums up passes and not-applicables by check', () => {
    expect(md).toContain(`## 已通过（${passes}）\n\n- \`section-missing\` × 6\n`);
    expect(md).toContain('- `carryover-continuity` × 1：没有该机关2023 年度报告的数据。');
  });

  it('quotes sentences', () => {
    expect(renderMarkdown(hostileAudit())).toContain('\n> 「引文」\\<script\\>alert("x")\\</script\\>');
  });

  it('keeps report text from becoming markup', () => {
    expect(escapeMarkdown('a*b* [x](y) `c` <b> | ~~d~~\nnext')).toBe('a\\*b\\* \\[x\\](y) \\`c\\` \\<b\\> \\| \\~\\~d\\~\\~ next');
    const hostile = renderMarkdown(hostileAudit());
    expect(hostile).not.toMatch(/(?<!\\)<script/);
  });

  it('a clean report and a page that is not one', () => {
    expect(renderMarkdown(auditOf('pingtan-2024.html'))).toContain('未发现问题。');
    expect(renderMarkdown(auditReport(notAReport('未找到报告的章节或统计表'), { url: 'https://x/y' }))).toBe(
      '# 未识别到政府信息公开工作年度报告\n\n原因：未找到报告的章节或统计表\n\n来源：https://x/y\n',
    );
  });
});
