import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { auditHtml, notAReport } from '../../src/core/audit/read';
import type { AuditResult } from '../../src/core/model/audit';
import type { Finding } from '../../src/core/model/finding';
import { countsLine, renderText } from '../../src/present/text';

const now = new Date('2026-01-01T00:00:00Z');
const audit = (name: string) => auditHtml(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), { now });

function finding(overrides: Partial<Finding>): Finding {
  return {
    checkId: 'x',
    outcome: 'pass',
    severity: 'error',
    message: 'm',
    messageEn: 'm',
    location: {},
    evidence: { cells: [], quotes: [] },
    ...overrides,
  };
}

function withFindings(base: AuditResult, findings: Finding[]): AuditResult {
  return { ...base, findings };
}

describe('renderText', () => {
  it('a clean report: identity, source and counts, passes only counted', () => {
    const clean = audit('pingtan-2024.html');
    expect(renderText(clean)).toBe(
      [
        '平潭综合实验区2024年度政府信息公开工作年度报告',
        '  机关：平潭综合实验区 · 年度：2024 · 格式：2021 年格式 · 发布：2025-03-10',
        '  来源：https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm',
        `  错误 0 · 警告 0 · 待人工核查 0 · 通过 ${clean.counts.outcome.pass} · 不适用 2`,
        '',
      ].join('\n'),
    );
  });

  it('an arithmetic fail shows its expression, expected and actual', () => {
    const broken = audit('pingtan-2022-mutated-table4.html');
    expect(renderText(broken, { file: 'a.html' })).toBe(
      [
        '== a.html',
        '平潭综合实验区2022年度政府信息公开工作年度报告',
        '  机关：平潭综合实验区 · 年度：2022 · 格式：2021 年格式 · 发布：2023-02-20',
        '  来源：https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm',
        `  错误 1 · 警告 1 · 待人工核查 0 · 通过 ${broken.counts.outcome.pass} · 提示 1 · 不适用 2`,
        '  [错误] table4-total  表四「行政复议」：总计为 3，各项结果之和为 2，相差 1。',
        '      总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 [行政复议]；应为 2，实为 3，相差 1',
        '  [警告] text-count-mismatch  正文「全区收到政府信息公开申请75件」为 75，表三 R01「本年新收政府信息公开申请数量」（总计列）为 74；75 等于本年新收与上年结转之和：正文把上年结转的申请也算作本年收到的（R01 + R02 [总计] = 75）。数字能对上，措辞不准确。',
        '      正文数 = R01 [总计]；应为 74，实为 75，相差 1',
        '  [提示] section-heading-deviation  第四部分的标题为「四、政府信息公开行政法复议、行政诉讼情况」，规定格式为「四、政府信息公开行政复议、行政诉讼情况」。',
        '',
      ].join('\n'),
    );
  });

  it('orders errors, warnings, info, then needs-review; a needs-review sum shows no verdict numbers', () => {
    const base = audit('pingtan-2024.html');
    const text = renderText(
      withFindings(base, [
        finding({
          checkId: 'r',
          outcome: 'needs-review',
          message: '无法核对',
          expression: 'A = B',
          expected: '0',
          actual: '1',
          doubt: 'report',
        }),
        finding({ checkId: 'w', outcome: 'fail', severity: 'warning', message: '空白' }),
        finding({ checkId: 'p', outcome: 'pass', message: '一致' }),
        finding({ checkId: 'n', outcome: 'not-applicable', message: '不适用' }),
        finding({ checkId: 'i', outcome: 'fail', severity: 'info', message: '旧格式' }),
        finding({ checkId: 'e', outcome: 'fail', severity: 'error', message: '不等', expression: 'A = B', expected: '2', actual: '3' }),
        finding({ checkId: 'q', outcome: 'needs-review', message: '读表存疑', doubt: 'parser' }),
      ]),
    );
    expect(text.split('\n').slice(4)).toEqual([
      '  [错误] e  不等',
      '      A = B；应为 2，实为 3',
      '  [警告] w  空白',
      '  [提示] i  旧格式',
      '  [待人工核查] r  无法核对',
      '      A = B',
      '  [待人工核查] q  读表存疑（可能是本工具读表有误）',
      '',
    ]);
  });

  it('a page that is not a report says so and why', () => {
    const result = auditReport(notAReport('未找到报告的章节或统计表'), { url: 'file:///tmp/x.html', now });
    expect(renderText(result)).toBe(
      ['未识别到政府信息公开工作年度报告', '  原因：未找到报告的章节或统计表', '  来源：file:///tmp/x.html', ''].join('\n'),
    );
  });

  it('unknown identity fields read as 未识别', () => {
    const base = audit('pingtan-2024.html');
    const result = { ...base, report: { ...base.report, organisation: '', year: null, format: null, publishedAt: null } };
    expect(renderText(result).split('\n')[1]).toBe('  机关：未识别 · 年度：未识别 · 格式：未识别 · 发布：未识别');
  });
});

describe('countsLine', () => {
  it('adds 提示 and 不适用 only when present', () => {
    expect(
      countsLine({
        outcome: { fail: 3, 'needs-review': 1, pass: 40, 'not-applicable': 2 },
        failBySeverity: { error: 1, warning: 1, info: 1 },
      }),
    ).toBe('错误 1 · 警告 1 · 待人工核查 1 · 通过 40 · 提示 1 · 不适用 2');
  });
});
