/**
 * The command's Markdown, CSV and HTML formats, and the cross-year checks between inputs of one run.
 * Every case spawns the real command.
 */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/present/csv';
import { jsonLines, runBin } from './run-bin';
import { parseCsv } from '../present/parse-csv';

const F = 'tests/fixtures/';
const CROSS_YEAR = ['carryover-continuity', 'in-force-continuity'];

describe.concurrent('govreport-audit --format markdown|csv|html', { timeout: 60_000 }, () => {
  it('markdown: one document per input, in order', async () => {
    const run = await runBin([`${F}pingtan-2024-mutated-balance.html`, `${F}pingtan-2022.html`, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const titles = run.stdout.split('\n').filter((line) => line.startsWith('# '));
    expect(titles).toEqual([
      '# 审校报告：平潭综合实验区2024年度政府信息公开工作年度报告',
      '# 审校报告：平潭综合实验区2022年度政府信息公开工作年度报告',
    ]);
    expect(run.stdout).toContain('`table3-row-total`');
    expect(run.stdout).toContain('`table3-balance`');
  });

  it('csv: one BOM, one header, a row per problem naming its input, in input order', async () => {
    const [one, two] = await Promise.all([
      runBin([`${F}pingtan-2024.html`, '-f', 'csv']),
      runBin([`${F}pingtan-2024-mutated-balance.html`, `${F}pingtan-2022.html`, '-f', 'csv']),
    ]);
    expect(one.code).toBe(0);
    // A clean report: the header and nothing else (passes only on request).
    expect(one.stdout).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    const rows = parseCsv(two.stdout.slice(1));
    expect(two.stdout.match(/\uFEFF/g)).toHaveLength(1);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[3], row[6]])).toEqual([
      [`${F}pingtan-2024-mutated-balance.html`, '2024', '不通过', 'table3-row-total'],
      [`${F}pingtan-2024-mutated-balance.html`, '2024', '不通过', 'table3-balance'],
      [`${F}pingtan-2022.html`, '2022', '不通过', 'text-count-mismatch'],
      [`${F}pingtan-2022.html`, '2022', '不通过', 'section-heading-deviation'],
    ]);
  });

  it('csv --passes --lang en: every finding, English headers and values', async () => {
    const run = await runBin([`${F}pingtan-2024-mutated-balance.html`, '-f', 'csv', '--passes', '--lang', 'en']);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[0]![0]).toBe('input');
    expect(new Set(rows.slice(1).map((row) => row[3]))).toEqual(new Set(['pass', 'not applicable', 'fail']));
  });

  it('html: one printable page for all inputs, without scripts', async () => {
    const run = await runBin([`${F}pingtan-2024.html`, `${F}pingtan-2022.html`, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout.match(/<article>/g)).toHaveLength(2);
    expect(run.stdout).not.toMatch(/<script/i);
  });

  it('an unreadable input among others: said on stderr, the others rendered', async () => {
    const run = await runBin([`${F}missing.html`, `${F}pingtan-2024.html`, '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`govreport-audit: ${F}missing.html: no such file\n`);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[1]!.slice(0, 4)).toEqual([`${F}missing.html`, '', '', '无法审校']);
    expect(rows[1]![7]).toBe('no such file');
  });
});

describe.concurrent('cross-year checks between the inputs of one run', { timeout: 60_000 }, () => {
  const crossYear = (result: { findings: { checkId: string; outcome: string; location: { column?: string; row?: string } }[] }) =>
    result.findings
      .filter((f) => CROSS_YEAR.includes(f.checkId) && f.outcome !== 'pass')
      .map((f) => [f.checkId, f.outcome, f.location.row, f.location.column].filter(Boolean).join(' '));

  it('2022 and the 2023 copy: the 2023 report is compared with 2022, in any order of the inputs', async () => {
    const run = await runBin([
      `${F}pingtan-2024-mutated-as-2023.html`,
      `${F}pingtan-2022.html`,
      `${F}pingtan-2024.html`,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const [y2023, y2022, y2024] = jsonLines(run.stdout);
    expect(crossYear(y2023)).toEqual([
      'carryover-continuity fail carriedIn natural',
      'carryover-continuity fail carriedIn total',
      'in-force-continuity fail normativeDocs inForce',
    ]);
    expect(crossYear(y2024)).toEqual(['in-force-continuity fail normativeDocs inForce']);
    // No 2021 report among the inputs.
    expect(crossYear(y2022)).toEqual(['carryover-continuity not-applicable', 'in-force-continuity not-applicable']);
  });

  it('a report alone is not compared', async () => {
    const run = await runBin([`${F}pingtan-2024-mutated-as-2023.html`, '--format', 'json']);
    const [result] = jsonLines(run.stdout);
    expect(crossYear(result)).toEqual(['carryover-continuity not-applicable', 'in-force-continuity not-applicable']);
  });
});

describe.concurrent('--summary and -f xlsx', { timeout: 60_000 }, () => {
  const inputs = [`${F}pingtan-2024-mutated-balance.html`, `${F}missing.html`, `${F}pingtan-2024.html`];

  it('--summary: one line / row per input, the unaudited one included', async () => {
    const [text, csv, json] = await Promise.all([
      runBin([...inputs, '--summary']),
      runBin([...inputs, '--summary', '-f', 'csv']),
      runBin([...inputs, '--summary', '-f', 'json']),
    ]);
    expect(
      text.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(inputs);
    expect(text.stdout).toContain(`${F}missing.html\t无法审校：no such file`);
    const rows = parseCsv(csv.stdout.slice(1));
    expect(rows.slice(1).map((row) => [row[0], row[5], row[13]])).toEqual([
      [inputs[0], '2', ''],
      [inputs[1], '', 'no such file'],
      [inputs[2], '0', ''],
    ]);
    expect(jsonLines(json.stdout).map((line) => [line.input, line.counts?.failBySeverity.error ?? line.error])).toEqual([
      [inputs[0], 2],
      [inputs[1], 'no such file'],
      [inputs[2], 0],
    ]);
  });

  it('-f xlsx --out: a workbook with the summary and findings sheets', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { default: ExcelJS } = await import('exceljs');
    const dir = mkdtempSync(join(tmpdir(), 'govreport-xlsx-'));
    try {
      const out = join(dir, '审校汇总.xlsx');
      const run = await runBin([...inputs, '-f', 'xlsx', '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);
      expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('输入');
      expect(workbook.worksheets[0]!.rowCount).toBe(4);
      expect(workbook.worksheets[1]!.getRow(2).getCell(7).value).toBe('table3-row-total');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
