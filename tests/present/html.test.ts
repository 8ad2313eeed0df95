import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/present/escape-html';
import { beijingTime, renderHtml, verdictLine } from '../../src/present/html';
import { auditOf } from '../helpers';
import { dismissedAudit, hostileAudit } from './fixtures';

describe('printable HTML export', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`a & b's "c"`)).toBe('a &amp; b&#39;s &quot;c&quot;');
    expect(escapeHtml('平潭综合实验区')).toBe('平潭综合实验区');
  });

  it('is one standalone page: no script, no external resource, a CSP that forbids both', () => {
    const html = renderHtml([dismissedAudit()]);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(html).toContain('<title>审校意见：平潭综合实验区2024年度政府信息公开工作年度报告</title>');
    expect(html).toContain('@page');
  });

  it('an audit opinion: identity, a one-line verdict, the problems with their cells, dismissed ones marked', () => {
    const html = renderHtml([dismissedAudit()]);
    expect(html).toContain('<p class="verdict bad">发现 1 处错误，建议退回修改</p>');
    expect(html).toContain('<dt>机关</dt><dd>平潭综合实验区（政府本级）</dd>');
    expect(html).toContain('data-check-id="table3-row-total"');
    expect(html).toContain('<li>表三 · R01 一、本年新收政府信息公开申请数量 · 自然人：219</li>');
    const dismissed = html.slice(html.indexOf('<li class="finding dismissed"'));
    expect(dismissed).toContain('[已忽略·错误]');
    expect(dismissed).toContain('<dt>已忽略</dt><dd>2026年1月2日 11:04（北京时间），备注：已与机关核实, 见&quot;说明&quot;</dd>');
    // Passed checks as one line of Chinese names, not ids.
    expect(html).toMatch(/<p class="checked"><b>已通过（\d+ 项）：<\/b>六个部分齐全 ×6；/);
    expect(html).toContain('<span>审核人</span><span class="line"></span><span>审核意见</span>');
    expect(html).toMatch(/<span>审校时间<\/span><span>\d{4}年\d+月\d+日 \d\d:\d\d（北京时间）<\/span>/);
  });

  it('the verdict: clear, unsure, or not a report', () => {
    expect(verdictLine(auditOf('pingtan-2024.html')).text).toBe('未发现问题');
    expect(verdictLine(auditOf('pingtan-2018.html')).text).toMatch(/^无法完整核对：本报告早于规定格式，只做了 \d 项核对$/);
    expect(verdictLine(auditOf('pingtan-2024-mutated-blank-in-failing-sum.html')).text).toBe('发现 1 处警告，建议修改后发布');
    expect(verdictLine(auditOf('not-a-report.html')).text).toMatch(/^无法审校：未识别到政府信息公开工作年度报告/);
    expect(beijingTime('2026-12-31T16:30:00.000Z')).toBe('2027年1月1日 00:30（北京时间）');
  });

  it('every piece of report text is escaped', () => {
    const html = renderHtml([hostileAudit()]);
    expect(html).not.toMatch(/<script|<img|onerror='/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;');
    // The one tag-shaped sequence left is ours; count the hostile payload's escaped copies instead.
    expect(html.split('&lt;script&gt;').length - 1).toBeGreaterThan(10);
  });

  it('several reports: one page, one article each', () => {
    const html = renderHtml([auditOf('pingtan-2024.html'), auditOf('pingtan-2022.html')]);
    expect(html.match(/<article>/g)).toHaveLength(2);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain('<title>政府信息公开年报审校意见</title>');
  });
});
