import { describe, expect, it } from 'vitest';
import { auditHtml, readReport } from '../../../src/core/audit/read';
import { extractHtml } from '../../../src/core/extract/extract-html';
import { recognise } from '../../../src/core/recognise/recognise';

describe('pages that are not a report say so and raise no finding', () => {
  it('a news item', () => {
    const audit = auditHtml(
      '<html><head><title>区政府召开常务会议_要闻</title></head><body><h1>区政府召开常务会议</h1><p>11月20日，区政府召开第十次常务会议。</p></body></html>',
    );
    expect(audit.report.isReport).toBe(false);
    expect(audit.report.notReportReason).toMatch(/不是政府信息公开工作年度报告/);
    expect(audit.findings).toEqual([]);
  });

  it('a list page titled like the column of annual reports', () => {
    const report = readReport(
      '<html><head><title>政府信息公开年报_某某区人民政府</title></head><body><ul><li><a href="a.html">某某区2023年政府信息公开工作年度报告</a></li><li><a href="b.html">某某区2022年政府信息公开工作年度报告</a></li></ul></body></html>',
    );
    expect(report.isReport).toBe(false);
    expect(report.notReportReason).toMatch(/没有报告正文/);
  });

  it('an empty string, a huge page and binary junk', () => {
    expect(readReport('').isReport).toBe(false);
    expect(readReport('x'.repeat(20_000_001)).notReportReason).toMatch(/页面过大/);
    expect(readReport('\u0000\u0001<<<>>>\uffff').isReport).toBe(false);
  });
});

describe('identity in other title shapes', () => {
  it('reads the body when the year follows the subject', () => {
    const report = recognise(
      extractHtml(
        '<html><head><title>x</title></head><body><h1>某某市生态环境局政府信息公开工作年度报告（2023年）</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>',
      ),
    );
    expect(report.identity.organisation).toBe('某某市生态环境局');
    expect(report.identity.year).toBe(2023);
    expect(report.identity.bodyKind).toBe('department');
  });
});
