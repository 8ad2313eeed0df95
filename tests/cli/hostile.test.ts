/**
 * Hostile input and faults, through the real command: nothing read before it is known to fit, special
 * files refused, every input accounted for in every format and in the exit code, write errors and
 * interrupts ending the run cleanly, deep nesting flattened with a note.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/read-input';
import { binPath, jsonLines, repoRoot, runBin, type Run } from './run-bin';
import { parseCsv } from '../present/parse-csv';

const F = 'tests/fixtures/';
let tmp: string;

/** The command with standard input and, optionally, a signal sent once the first line is out. */
function run(args: string[], options: { stdin?: string | Buffer; signalAfterFirstLine?: NodeJS.Signals } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (options.signalAfterFirstLine && !signalled && stdout.includes('\n')) {
        signalled = true;
        child.kill(options.signalAfterFirstLine);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'govreport-hostile-'));
  writeFileSync(join(tmp, 'empty.html'), '');
  // Sparse: MAX_INPUT_BYTES + 1 bytes on the file system's word, nothing written.
  writeFileSync(join(tmp, 'huge.html'), '');
  truncateSync(join(tmp, 'huge.html'), MAX_INPUT_BYTES + 1);
  execFileSync('mkfifo', [join(tmp, 'fifo.html')]);
  // Under the byte limit, over the reader's character limit: refused as an error, not "not a report".
  writeFileSync(join(tmp, 'long.txt'), '');
  truncateSync(join(tmp, 'long.txt'), 9_000_000);
  const page = readFileSync(`${F}pingtan-2024.html`, 'utf8');
  // A GBK page that declares UTF-8 (a mis-saved copy): read as GB18030 with a note, not "not a report".
  writeFileSync(
    join(tmp, 'gbk-declared-utf8.html'),
    iconv.encode(page.replace(/<meta[^>]*charset[^>]*>/gi, '').replace('<head>', '<head><meta charset="utf-8">'), 'gbk'),
  );
  writeFileSync(
    join(tmp, 'gbk-declared-latin1.html'),
    iconv.encode(page.replace(/<meta[^>]*charset[^>]*>/gi, '').replace('<head>', '<head><meta charset="iso-8859-1">'), 'gbk'),
  );
  writeFileSync(
    join(tmp, 'nested.html'),
    `<html><body>${'<table><tr><td>'.repeat(20_000)}x${'</td></tr></table>'.repeat(20_000)}</body></html>`,
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('hostile inputs', { timeout: 120_000 }, () => {
  it('sizes are checked before reading and stated in bytes; special files are refused; every input is a row', async () => {
    const inputs = [
      join(tmp, 'huge.html'),
      '/dev/zero',
      join(tmp, 'fifo.html'),
      join(tmp, 'empty.html'),
      join(tmp, 'long.txt'),
      tmp,
      `${F}pingtan-2024.html`,
    ];
    const [json, csv, text] = await Promise.all([runBin([...inputs, '-f', 'json']), runBin([...inputs, '-f', 'csv']), runBin(inputs)]);
    for (const result of [json, csv, text]) {
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const lines = jsonLines(json.stdout);
    // In input order; the folder is walked in its place (its own files are inputs too).
    expect(lines.slice(0, 5).map((line) => line.input)).toEqual(inputs.slice(0, 5));
    expect(lines.slice(5, -1).every((line) => line.input.startsWith(tmp))).toBe(true);
    const errors = Object.fromEntries(lines.filter((line) => line.error).map((line) => [line.input, line.error]));
    expect(errors[join(tmp, 'huge.html')]).toBe(`too large: ${MAX_INPUT_BYTES + 1} bytes, the limit is ${MAX_INPUT_BYTES} bytes`);
    expect(errors['/dev/zero']).toBe(`too large: more than ${MAX_INPUT_BYTES} bytes, the limit is ${MAX_INPUT_BYTES} bytes`);
    expect(errors[join(tmp, 'fifo.html')]).toMatch(/named pipe/);
    expect(errors[join(tmp, 'empty.html')]).toBe('empty input (0 bytes)');
    expect(errors[join(tmp, 'long.txt')]).toBe(
      "too large to read: 9000000 bytes decode to 9000000 characters, the reader's limit is 8000000",
    );
    // The folder is walked: its own files are inputs, each accounted for.
    expect(lines.at(-1).input).toBe(`${F}pingtan-2024.html`);
    expect(lines.at(-1).report.isReport).toBe(true);
    const rows = parseCsv(csv.stdout.slice(1));
    expect(rows.filter((row) => row[3] === '无法审校').map((row) => row[0])).toEqual(
      expect.arrayContaining([join(tmp, 'huge.html'), '/dev/zero', join(tmp, 'fifo.html'), join(tmp, 'empty.html')]),
    );
    expect(text.stdout).toContain(`== /dev/zero\n无法审校：too large`);
  });

  it('a page whose declared charset does not fit its bytes is read in the one that does, and says so', async () => {
    const result = await runBin([
      join(tmp, 'gbk-declared-utf8.html'),
      join(tmp, 'gbk-declared-latin1.html'),
      `${F}pingtan-2024.html`,
      '-f',
      'json',
      '--no-cross-year',
    ]);
    const [utf8Declared, latin1Declared, original] = jsonLines(result.stdout);
    for (const line of [utf8Declared, latin1Declared]) {
      expect(line.report.isReport).toBe(true);
      expect(line.report.title).toBe(original.report.title);
      expect(line.findings).toEqual(original.findings);
    }
    expect(utf8Declared.notes).toEqual(['declared charset utf-8 does not fit the bytes; read as gb18030']);
    expect(latin1Declared.notes).toEqual(['declared charset iso-8859-1 does not fit the bytes; read as gb18030']);
  });

  it('deep nesting is flattened past the bound, with a note, in bounded work', async () => {
    const result = await runBin([join(tmp, 'nested.html'), '-f', 'json']);
    const [line] = jsonLines(result.stdout);
    expect(line.notes[0]).toMatch(/deeper than 256 levels; \d+ tags past that depth were flattened/);
    expect(line.report.isReport).toBe(false);
  });

  it('standard input, a folder and a glob', async () => {
    const page = readFileSync(`${F}pingtan-2024.html`);
    const [stdin, glob] = await Promise.all([
      run(['-', '-f', 'json'], { stdin: page }),
      runBin([`${F}real/html/pingtan-202?.html`, '-f', 'json', '--summary', '--no-cross-year']),
    ]);
    expect(jsonLines(stdin.stdout)[0]).toMatchObject({ input: '-', report: { year: 2024 } });
    const expected = readdirSync(join(repoRoot, F, 'real/html'))
      .filter((name) => /^pingtan-202.\.html$/.test(name))
      .sort()
      .map((name) => `${F}real/html/${name}`);
    expect(expected.length).toBeGreaterThan(2);
    expect(jsonLines(glob.stdout).map((line) => line.input)).toEqual(expected);
  });

  it('--fail-on warning', async () => {
    const [error, warning] = await Promise.all([
      runBin([`${F}pingtan-2024-mutated-late.html`]),
      runBin([`${F}pingtan-2024-mutated-late.html`, '--fail-on', 'warning']),
    ]);
    expect([error.code, warning.code]).toEqual([0, 1]);
  });
});

describe.concurrent('faults', { timeout: 120_000 }, () => {
  it('a full disk ends the run with its own exit code and a sentence', async () => {
    const result = await runBin([`${F}pingtan-2024.html`, '-f', 'json', '--out', '/dev/full']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('govreport-audit: cannot write to /dev/full: no space left on the device (ENOSPC)\n');
  });

  it("SIGINT and SIGTERM: the current input is finished, every line written is whole, the code is the signal's", async () => {
    const inputs = Array.from({ length: 12 }, () => `${F}pingtan-2024.html`);
    const [int, term] = await Promise.all([
      run([...inputs, '-f', 'json', '--no-cross-year'], { signalAfterFirstLine: 'SIGINT' }),
      run([...inputs, '-f', 'json', '--no-cross-year'], { signalAfterFirstLine: 'SIGTERM' }),
    ]);
    expect([int.code, term.code]).toEqual([130, 143]);
    for (const result of [int, term]) {
      expect(result.stdout.endsWith('\n')).toBe(true);
      const lines = jsonLines(result.stdout);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThan(inputs.length);
      expect(result.stderr).toMatch(new RegExp(`interrupted \\(SIG(INT|TERM)\\) after ${lines.length} of 12 inputs`));
    }
  });
});

describe('worker threads', { timeout: 180_000 }, () => {
  it('-j 2 gives the same lines, in the same order, as -j 1', async () => {
    const inputs = [
      'pingtan-2024-mutated-as-2023.html',
      'pingtan-2022.html',
      'missing.html',
      'pingtan-2024.html',
      'pingtan-2024-mutated-balance.html',
      'not-a-report.html',
      'xixia-2023-office.txt',
      'pingtan-2019.html',
      'pingtan-2018.html',
    ].map((name) => `${F}${name}`);
    const [one, two] = await Promise.all([runBin([...inputs, '-f', 'json', '-j', '1']), runBin([...inputs, '-f', 'json', '-j', '2'])]);
    const strip = (stdout: string) => jsonLines(stdout).map(({ source, ...line }) => ({ ...line, url: source?.url }));
    expect([one.code, two.code]).toEqual([2, 2]);
    expect(strip(two.stdout)).toEqual(strip(one.stdout));
    expect(jsonLines(two.stdout).map((line) => line.input)).toEqual(inputs);
    // The cross-year pairing happened on the workers too: 2023 is compared with 2022.
    expect(
      jsonLines(two.stdout)[0].findings.some(
        (finding: { checkId: string; outcome: string }) => finding.checkId === 'carryover-continuity' && finding.outcome === 'fail',
      ),
    ).toBe(true);
  });
});
