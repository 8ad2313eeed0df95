import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFailedRow, csvHeader, csvRows, neutraliseFormula, renderCsv } from '../../src/present/csv';
import { XlsxSheets } from '../../src/present/xlsx';
import type { AuditResult } from '../../src/core/model/audit';
import { auditOf } from '../helpers';
import { dismissedAudit, hostileAudit, HOSTILE } from './fixtures';
import { parseCsv } from './parse-csv';

const problems = (audit: AuditResult) =>
  audit.findings.filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review');

/** Every leading character OWASP lists, and the full-width forms some spreadsheets fold to them. */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const payload = (start: string) => `${start}1+cmd|' /C calc'!A0`;

/** The audit with every piece of page text a cell can show replaced by a formula. */
function formulaAudit(start: string): AuditResult {
  const audit = dismissedAudit();
  const text = payload(start);
  return {
    ...audit,
    source: { ...audit.source, url: text },
    report: { ...audit.report, title: text, organisation: text },
    findings: audit.findings.map((finding) => ({
      ...finding,
      message: text,
      expected: text,
      actual: text,
      delta: text,
      expression: text,
      ...(finding.dismissed ? { dismissed: { ...finding.dismissed, note: text } } : {}),
      evidence: { cells: finding.evidence.cells.map((cell) => ({ ...cell, raw: text })), quotes: [] },
    })),
  };
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, Chinese headers, ends records with CRLF', () => {
    const bytes = new TextEncoder().encode(renderCsv([dismissedAudit()]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.slice(0, 4)).toEqual(['输入', '机关', '年度', '结论']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  });

  it('one row per problem, its cells joined in one column; passes only on request', () => {
    const audit = dismissedAudit();
    const rows = parseCsv(renderCsv([audit]).slice(1));
    expect(rows.length - 1).toBe(problems(audit).length);
    const rowTotal = rows.find((row) => row[6] === 'table3-row-total')!;
    expect(rowTotal.slice(1, 6)).toEqual(['平潭综合实验区', '2024', '不通过', '错误', '表三各行总计等于各类申请人之和']);
    expect(rowTotal[9]).toBe(
      '表三 · R01 一、本年新收政府信息公开申请数量 · 总计：218；表三 · R01 一、本年新收政府信息公开申请数量 · 自然人：219；表三 · R01 一、本年新收政府信息公开申请数量 · 商业企业：1；' +
        '表三 · R01 一、本年新收政府信息公开申请数量 · 科研机构：0；表三 · R01 一、本年新收政府信息公开申请数量 · 社会公益组织：0；表三 · R01 一、本年新收政府信息公开申请数量 · 法律服务机构：0；表三 · R01 一、本年新收政府信息公开申请数量 · 其他：0',
    );
    expect(rowTotal.slice(11, 14)).toEqual(['220', '218', '-2']);
    const all = parseCsv(renderCsv([audit], { passes: true }).slice(1));
    expect(all.length - 1).toBe(audit.findings.length);
    // A passed row carries no severity: it did not fail at any.
    expect(all.filter((row) => row[3] === '通过').every((row) => row[4] === '')).toBe(true);
  });

  it('problems first, worst first', () => {
    const rows = parseCsv(renderCsv([auditOf('pingtan-2024-mutated-blank-in-failing-sum.html')], { passes: true }).slice(1)).slice(1);
    const ranks = rows.map((row) =>
      ['错误', '警告', '提示'].indexOf(row[4]!) >= 0
        ? ['错误', '警告', '提示'].indexOf(row[4]!)
        : { 待人工核查: 3, 通过: 4, 不适用: 5 }[row[3] as '通过'],
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('English headers and values on request', () => {
    const rows = parseCsv(renderCsv([dismissedAudit()], { lang: 'en' }).slice(1));
    expect(rows[0]!.slice(0, 4)).toEqual(['input', 'organisation', 'year', 'outcome']);
    expect(new Set(rows.slice(1).map((row) => row[3]))).toEqual(new Set(['fail']));
    expect(rows.find((row) => row[6] === 'table3-balance')![14]).toBe('yes');
  });

  it('marks dismissed findings with their note', () => {
    const rows = parseCsv(renderCsv([dismissedAudit()]).slice(1));
    const dismissed = rows.filter((row) => row[14] === '是');
    expect(dismissed.map((row) => `${row[6]} ${row[15]}`)).toEqual(['table3-balance 已与机关核实, 见"说明"']);
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(undefined)).toBe('');
    expect(csvField('-1')).toBe('-1');
    expect(csvField('-2.5')).toBe('-2.5');
  });

  it.each(FORMULA_STARTS.map((start) => [JSON.stringify(start), start]))(
    'a field starting with %s is neutralised in every column',
    (_, start) => {
      expect(neutraliseFormula(payload(start))).toBe(`'${payload(start)}`);
      const text = renderCsv([formulaAudit(start)], { passes: true });
      const rows = parseCsv(text.slice(1)).slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const field of row) expect(field.startsWith(start) && !field.startsWith("'")).toBe(false);
        // The report's text is there, defused.
        expect(row).toContain(`'${payload(start)}`);
      }
      // The input column and an unaudited input's reason too (a file can be named like a formula).
      const named = parseCsv(csvRows(dismissedAudit(), payload(start)) + csvFailedRow(payload(start), payload(start)));
      expect(named.every((row) => row[0] === `'${payload(start)}`)).toBe(true);
      expect(named.at(-1)![7]).toBe(`'${payload(start)}`);
    },
  );

  it('markup stays text: the hostile cells are defused and quoted', () => {
    const rows = parseCsv(renderCsv([hostileAudit()]).slice(1));
    expect(rows.some((row) => row[9]!.includes(`：=${HOSTILE}`))).toBe(true);
  });

  it('several reports: one header, each row names its input', () => {
    const a = auditOf('pingtan-2024-mutated-balance.html');
    const b = auditOf('pingtan-2022-mutated-table4.html');
    const text = csvHeader() + csvRows(a, 'a.html') + csvFailedRow('missing.html', 'no such file') + csvRows(b, 'b.html');
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    const rows = parseCsv(text.slice(1));
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      ...problems(a).map(() => 'a.html'),
      'missing.html',
      ...problems(b).map(() => 'b.html'),
    ]);
    expect(rows.find((row) => row[0] === 'missing.html')!.slice(3, 8)).toEqual(['无法审校', '', '', '', 'no such file']);
  });
});

describe('XLSX export', () => {
  const open = async (sheets: XlsxSheets) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sheets.write()) as unknown as ArrayBuffer);
    return workbook;
  };
  const values = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));

  it('a summary sheet and a findings sheet, Chinese headers, problems first, frozen header, filters', async () => {
    const sheets = new XlsxSheets();
    sheets.add(auditOf('pingtan-2024.html'), 'clean.html');
    sheets.add(auditOf('pingtan-2024-mutated-balance.html'), 'broken.html');
    sheets.addFailed('missing.html', 'no such file');
    const workbook = await open(sheets);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);
    const [summary, findings] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(values(summary)[0]!.slice(0, 3)).toEqual(['输入', '机关', '年度']);
    expect(
      values(summary)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['broken.html', 'missing.html', 'clean.html']);
    expect(
      values(findings)
        .slice(1)
        .map((row) => [row[0], row[6] || row[3]]),
    ).toEqual([
      ['broken.html', 'table3-row-total'],
      ['broken.html', 'table3-balance'],
      ['missing.html', '无法审校'],
    ]);
    for (const sheet of [summary, findings]) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it.each(FORMULA_STARTS.map((start) => [JSON.stringify(start), start]))('a cell starting with %s is neutralised', async (_, start) => {
    const sheets = new XlsxSheets({ passes: true });
    sheets.add(formulaAudit(start), payload(start));
    sheets.addFailed(payload(start), payload(start));
    const workbook = await open(sheets);
    let seen = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value !== 'string') return;
          expect(cell.value.startsWith(start)).toBe(false);
          // XML has no bare CR: the workbook stores it as a line feed.
          if (cell.value === `'${payload(start)}`.replace('\r', '\n')) seen++;
        }),
      );
    }
    expect(seen).toBeGreaterThan(10);
  });
});
