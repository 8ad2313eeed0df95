/**
 * The real command on real pages: exit codes, JSON Lines, text, encodings and bad input.
 * Every case spawns `node bin/govreport-audit.js`, so the launcher and the bundle are tested too.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '../../src/core/audit/read';
import { AuditResult } from '../../src/core/model/audit';
import type { Finding } from '../../src/core/model/finding';
import { jsonLines, runBin } from './run-bin';

const F = 'tests/fixtures/';
const URL_2024 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
const URL_2022 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm';

const notPassing = (findings: Finding[]) =>
  findings
    .filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review')
    .map(({ checkId, outcome, severity, location, expected, actual, delta }) => ({
      checkId,
      outcome,
      severity,
      location,
      expected,
      actual,
      delta,
    }));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govreport-cli-'));
  writeFileSync(join(tmp, 'report.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
  writeFileSync(
    join(tmp, 'notice.html'),
    '<html><head><meta charset="utf-8"><title>关于开展春季植树活动的通知</title></head><body><p>各单位：请按时参加。</p></body></html>',
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('govreport-audit', { timeout: 60_000 }, () => {
  it("audits two correct reports as JSON Lines: exit 0, no errors, source from the page's Url meta", async () => {
    const run = await runBin([`${F}pingtan-2024.html`, `${F}pingtan-2022.html`, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = jsonLines(run.stdout).map((line) => AuditResult.parse(line));
    expect(results.map((result) => [result.report.year, result.report.format, result.source.url])).toEqual([
      [2024, '2021', URL_2024],
      [2022, '2021', URL_2022],
    ]);
    for (const result of results) {
      expect(result.report.isReport).toBe(true);
      expect(result.counts.failBySeverity.error).toBe(0);
    }
    expect(notPassing(results[0]!.findings)).toEqual([]);
    // pingtan-2022's prose counts its carried-over application as received this year: one warning;
    // its section 四 heading has a typo (「行政法复议」): one info.
    expect(notPassing(results[1]!.findings).map((finding) => finding.checkId)).toEqual([
      'section-heading-deviation',
      'text-count-mismatch',
    ]);
  });

  it('text is the default format', async () => {
    const run = await runBin([`${F}pingtan-2022.html`]);
    expect(run.code).toBe(0);
    // Every check adds passes; the count comes from the same pipeline run in-process.
    const passes = core.auditHtml(readFileSync(`${F}pingtan-2022.html`, 'utf8')).counts.outcome.pass;
    expect(run.stdout).toBe(
      [
        '平潭综合实验区2022年度政府信息公开工作年度报告',
        '  机关：平潭综合实验区 · 年度：2022 · 格式：2021 年格式 · 发布：2023-02-20',
        `  来源：${URL_2022}`,
        // Not applicable: the two cross-year checks, with no 2021 report among the inputs.
        `  错误 0 · 警告 1 · 待人工核查 0 · 通过 ${passes} · 提示 1 · 不适用 2`,
        '  [警告] text-count-mismatch  正文「全区收到政府信息公开申请75件」为 75，表三 R01「本年新收政府信息公开申请数量」（总计列）为 74；75 等于本年新收与上年结转之和：正文把上年结转的申请也算作本年收到的（R01 + R02 [总计] = 75）。数字能对上，措辞不准确。',
        '      正文数 = R01 [总计]；应为 74，实为 75，相差 1',
        '  [提示] section-heading-deviation  第四部分的标题为「四、政府信息公开行政法复议、行政诉讼情况」，规定格式为「四、政府信息公开行政复议、行政诉讼情况」。',
        '',
      ].join('\n'),
    );
  });

  it('a GBK copy of a page gives exactly the findings of the UTF-8 original', async () => {
    const [gbk, utf8] = await Promise.all([
      runBin([`${F}pingtan-2024-gbk.html`, '--format', 'json']),
      runBin([`${F}pingtan-2024.html`, '--format', 'json']),
    ]);
    expect(gbk.code).toBe(0);
    const [gbkResult] = jsonLines(gbk.stdout);
    const [utf8Result] = jsonLines(utf8.stdout);
    expect(gbkResult.report).toEqual(utf8Result.report);
    expect(gbkResult.findings).toEqual(utf8Result.findings);
    expect(gbkResult.report.title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
  });

  it('a table 4 total off by one: exit 1 and exactly one table4-total error', async () => {
    const run = await runBin([`${F}pingtan-2022-mutated-table4.html`, '--format', 'json']);
    expect(run.code).toBe(1);
    const [result] = jsonLines(run.stdout);
    expect(result.counts.failBySeverity).toEqual({ error: 1, warning: 1, info: 1 });
    expect(notPassing(result.findings).find((finding) => finding.checkId === 'table4-total')).toEqual({
      checkId: 'table4-total',
      outcome: 'fail',
      severity: 'error',
      location: { table: 4, group: 'review' },
      expected: '2',
      actual: '3',
      delta: '1',
    });
    expect(notPassing(result.findings).map((finding) => finding.checkId)).toEqual([
      'section-heading-deviation',
      'table4-total',
      'text-count-mismatch',
    ]);
    const finding = result.findings.find((candidate: Finding) => candidate.outcome === 'fail' && candidate.checkId === 'table4-total');
    expect(finding.expression).toBe('总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 [行政复议]');
  });

  it('a missing file: exit 2 naming it, and the other files are still audited', async () => {
    const run = await runBin([`${F}no-such-report.html`, `${F}pingtan-2024.html`, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `govreport-audit: ${F}no-such-report.html: no such file\ngovreport-audit: 1 of 2 inputs could not be audited (see above)\n`,
    );
    const [missing, audited] = jsonLines(run.stdout);
    expect(missing).toEqual({ input: `${F}no-such-report.html`, error: 'no such file' });
    expect([audited.input, audited.report.year]).toEqual([`${F}pingtan-2024.html`, 2024]);
  });

  it('exit 2 wins over exit 1', async () => {
    const run = await runBin([`${F}pingtan-2022-mutated-table4.html`, `${F}missing.html`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[错误] table4-total');
    expect(run.stderr).toContain(`${F}missing.html`);
  });

  it('a file that starts like a PDF but is none is refused with the reason: exit 2', async () => {
    const path = join(tmp, 'report.pdf');
    const run = await runBin([path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^无法审校：PDF could not be read: .+\n$/);
    expect(run.stderr).toMatch(new RegExp(`^govreport-audit: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: PDF could not be read: `));
  });

  it('a page that is not a report: said so, exit 0, source is the file URL', async () => {
    const path = join(tmp, 'notice.html');
    const [text, json] = await Promise.all([runBin([path]), runBin([path, '--format', 'json'])]);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('未识别到政府信息公开工作年度报告');
    expect(text.stdout).toMatch(/\n {2}原因：.+\n/);
    const [result] = jsonLines(json.stdout);
    expect(result.report.isReport).toBe(false);
    expect(result.source.url).toBe(pathToFileURL(path).href);
  });

  it(".txt goes to the core's plain-text reader, or is refused until there is one", async () => {
    const run = await runBin([`${F}xixia-2023-office.txt`, '--format', 'json']);
    if ('auditText' in core) {
      expect([0, 1]).toContain(run.code);
      expect(AuditResult.parse(jsonLines(run.stdout)[0]).report.year).toBe(2023);
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`govreport-audit: ${F}xixia-2023-office.txt: plain-text reports are not supported yet\n`);
    }
  });

  it.each([
    [['--bogus', `${F}pingtan-2024.html`], /Unknown option '--bogus'/],
    [[], /no inputs/],
    [['--format', 'xml', `${F}pingtan-2024.html`], /unknown --format 'xml'/],
    [[`${F}pingtan-2024.html`, '--format'], /argument missing/],
  ])('bad usage %j: exit 2, nothing audited', async (args, message) => {
    const run = await runBin(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Try 'govreport-audit --help'.");
  });

  it('--version and --help', async () => {
    const [version, help] = await Promise.all([runBin(['--version']), runBin(['-h'])]);
    expect([version.code, version.stdout]).toEqual([0, 'govreport-audit 0.1.0\n']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: govreport-audit \[options\] <file\|folder\|glob\|->\.\.\./);
    for (const option of ['--format', '--out', '--summary', '--urls', '--fail-on', '--quiet', '--lang', '--passes', 'Exit status'])
      expect(help.stdout).toContain(option);
  });
});
