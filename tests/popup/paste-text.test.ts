import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/audit/read';
import { auditPastedText, suggestPaste } from '../../src/popup/paste-text';

const XIXIA = readFileSync('tests/fixtures/xixia-2023-office.txt', 'utf8');

describe('the paste box', () => {
  it('says so for empty text and for text that is not a report', () => {
    expect(auditPastedText('  \n\t ')).toEqual({ kind: 'empty' });
    const outcome = auditPastedText('今天天气很好。\n明天也许下雨。');
    expect(outcome.kind).toBe('not-report');
    if (outcome.kind === 'not-report') expect(outcome.reason).not.toBe('');
  });

  it('audits pasted report text with the tab URL as its source', () => {
    const outcome = auditPastedText(XIXIA, 'https://example.gov.cn/report.html');
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.audit.report.title).toBe('西夏区人民政府办公室 2023 年政府信息公开工作年度报告');
    expect(outcome.audit.source.url).toBe('https://example.gov.cn/report.html');
    const errors = outcome.audit.findings.filter((finding) => finding.outcome === 'fail' && finding.severity === 'error');
    expect(errors.map((finding) => finding.checkId).sort()).toEqual(['section-missing', 'table-incomplete', 'table-missing']);
  });

  it('points at the paste box when the page gave no report or lacks a required table', () => {
    expect(suggestPaste(readReport('<html><body><p>hello</p></body></html>'))).toBe(true);
    const pingtan = readReport(readFileSync('tests/fixtures/pingtan-2024.html', 'utf8'));
    expect(suggestPaste(pingtan)).toBe(pingtan.images.length > 0);
  });
});
