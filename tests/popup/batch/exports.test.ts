/**
 * The batch exports: every row in the CSV and the XLSX, page text that a spreadsheet would run as a
 * formula neutralised in both (OWASP: = + - @ tab CR), the XLSX a workbook a spreadsheet library
 * opens with its header frozen and filtered, and the JSON Lines one line per row. Also the charset
 * decoding of fetched pages.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../../src/core/audit/read';
import { AuditResult } from '../../../src/core/model/audit';
import { runJsonLines, summaryCsv } from '../../../src/popup/batch/exports';
import { decodeHtml } from '../../../src/popup/batch/fetch-page';
import type { BatchRow } from '../../../src/popup/batch/run-batch';
import { SUMMARY_COLUMNS } from '../../../src/popup/batch/summary';
import { summaryXlsx } from '../../../src/popup/batch/xlsx';
import { parseCsv } from '../../present/parse-csv';

const url = 'http://www.example.gov.cn/ndbg/balance.html';
const audit = auditHtml(readFileSync('tests/fixtures/pingtan-2024-mutated-balance.html', 'utf8'), { url });
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'];
const rows: BatchRow[] = [
  { index: 0, link: { url, title: 'x', year: 2024, attachment: null }, status: 'audited', audit },
  ...HOSTILE.map((title, n): BatchRow => ({
    index: n + 1,
    link: { url: `http://www.example.gov.cn/${n}.html`, title, year: 2024, attachment: null },
    status: 'failed',
    reason: title,
  })),
  {
    index: 7,
    link: { url: 'http://www.example.gov.cn/a.pdf', title: '2023年度报告', year: 2023, attachment: 'pdf' },
    status: 'attachment',
    reason: '附件（PDF/Word）暂未审校',
  },
];

describe('batch exports', () => {
  it('CSV: a header, a row per report with its counts and top problem, formulas neutralised', () => {
    const csv = summaryCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual([...SUMMARY_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    expect(table[1]!.slice(2, 8)).toEqual([
      audit.report.organisation,
      '2024',
      '已审校',
      String(audit.counts.failBySeverity.error),
      String(audit.counts.failBySeverity.warning),
      String(audit.counts.outcome['needs-review']),
    ]);
    expect(table[1]![8]).toBe(audit.findings.find((finding) => finding.outcome === 'fail' && finding.severity === 'error')!.message);
    for (const [n, text] of HOSTILE.entries()) {
      expect(table[n + 2]![1]).toBe(`'${text}`);
      expect(table[n + 2]![8]).toBe(`'${text}`);
    }
  });

  it('XLSX: opens as a workbook with the same cells, header frozen and filtered, formulas neutralised', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(summaryXlsx(rows).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('汇总');
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:J${rows.length + 1}`);
    const table = parseCsv(summaryCsv(rows).slice(1));
    for (let r = 1; r <= rows.length + 1; r++) {
      const cells = Array.from((sheet.getRow(r).values as unknown[]).slice(1), (value) =>
        value === undefined || value === null ? '' : String(value),
      );
      expect([...cells, ...Array<string>(table[r - 1]!.length - cells.length).fill('')]).toEqual(table[r - 1]);
    }
    expect(sheet.getCell('F2').value).toBe(audit.counts.failBySeverity.error);
    for (let r = 3; r < 3 + HOSTILE.length; r++) expect(sheet.getCell(`B${r}`).formula).toBeUndefined();
  });

  it('JSON Lines: the audit for an audited row, the reason for the others, one line each', () => {
    const lines = runJsonLines(rows)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(rows.length);
    expect(AuditResult.parse(lines[0]).counts).toEqual(audit.counts);
    expect(lines[7]).toEqual({
      source: { url: 'http://www.example.gov.cn/a.pdf' },
      linkTitle: '2023年度报告',
      status: 'attachment',
      reason: '附件（PDF/Word）暂未审校',
    });
  });
});

describe('decodeHtml', () => {
  const gbk = readFileSync('tests/fixtures/pingtan-2024-gbk.html');
  const utf8 = readFileSync('tests/fixtures/pingtan-2024.html', 'utf8');
  it('reads a GBK page by its <meta> when the server names no charset, and by the server when it does', () => {
    expect(decodeHtml(gbk, null)).toMatchObject({ encoding: 'gbk' });
    expect(decodeHtml(gbk, null).text).toContain('平潭综合实验区');
    expect(decodeHtml(gbk, 'gb2312').text).toBe(decodeHtml(gbk, null).text);
  });
  it('falls back to UTF-8, then GB18030, for an undeclared page', () => {
    const bare = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes).replace(/<meta[^>]*charset[^>]*>/gi, '');
    expect(decodeHtml(new TextEncoder().encode(utf8.replace(/<meta[^>]*charset[^>]*>/gi, '')), null).encoding).toBe('utf-8');
    const undeclaredGbk = Uint8Array.from(bare(gbk), (char) => char.charCodeAt(0));
    expect(decodeHtml(undeclaredGbk, null)).toMatchObject({ encoding: 'gb18030' });
    expect(decodeHtml(undeclaredGbk, null).text).toContain('平潭综合实验区');
  });
});
