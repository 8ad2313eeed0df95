import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/present/escape-html';
import { renderHtml } from '../../src/present/html';
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
    expect(html).toContain('<title>审校报告：平潭综合实验区2024年度政府信息公开工作年度报告</title>');
    expect(html).toContain('@page');
  });

  it('shows the findings with their evidence, dismissed ones apart', () => {
    const html = renderHtml([dismissedAudit()]);
    expect(html).toContain('<div class="group fail-error">\n<h2>错误（1）</h2>');
    expect(html).toContain('<section class="finding" data-check-id="table3-row-total">');
    expect(html).toContain('<tr><td>表三 · R01 一、本年新收政府信息公开申请数量 · 自然人</td><td>219</td></tr>');
    const dismissed = html.slice(html.indexOf('<div class="group dismissed">'), html.indexOf('<div class="group pass">'));
    expect(dismissed).toContain('data-check-id="table3-balance"');
    expect(dismissed).toContain('<dt>已忽略</dt><dd>2026-01-02T03:04:05.000Z，备注：已与机关核实, 见&quot;说明&quot;</dd>');
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
    expect(html).toContain('<title>政府信息公开年报审校报告</title>');
  });
});
