/**
 * `govreport-audit <file|folder|glob|->… [--urls list.txt] [options]`. Returns the exit code instead of
 * exiting, so output piped to another program is flushed before the process ends.
 *
 * Inputs are read one at a time and each result is written as soon as it is ready (with backpressure),
 * so memory does not grow with the number of inputs and an interrupt loses nothing already written.
 *
 * Cross-year pairing: a report is compared with the same organisation's previous year when that report
 * is among the inputs. With several local inputs a first pass reads each one and keeps only its
 * YearData (a few hundred bytes: organisation, year, the figures next year continues), then the
 * second pass audits and writes. URLs and standard input are read once: they pair with what came
 * before them in the run. `--no-cross-year` skips the first pass.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { TOOL_VERSION } from '../core/version';
import { errorMessage } from '../core/error-message';
import type { AuditResult } from '../core/model/audit';
import type { YearData } from '../core/model/history';
import type { Lang } from '../present/names';
import type { Input } from './inputs';
import type { InputReport } from './read-input';
import { isAuditWorker, serve } from './worker';

// This module is also the worker threads' entry (it is the bundle's too): there it serves audits.
if (isAuditWorker) void serve();

export const EXIT_OK = 0;
export const EXIT_FAILS = 1;
export const EXIT_USAGE = 2;
/** The output could not be written (closed pipe, full disk): the results are not where they were asked to be. */
export const EXIT_WRITE = 3;
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
/** From this many local files on, they are audited on worker threads (starting one costs about a core's start-up). */
const MANY_INPUTS = 8;
const MAX_JOBS = 8;

const FORMATS = ['text', 'json', 'markdown', 'csv', 'html', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: govreport-audit [options] <file|folder|glob|->...
       govreport-audit [options] --urls list.txt

Audits government information-disclosure annual reports (政府信息公开工作年度报告).

Inputs:
  file                    a saved page (.html/.htm/.shtml; UTF-8, GBK, GB2312 or GB18030 from the BOM,
                          <meta charset> or the bytes), a .txt of the report's text, and the document
                          kinds the readers support (.pdf, .docx, .doc)
  folder                  every such file below it, recursively, in name order
  glob                    'reports/**/*.html' (quoted, or as the shell expands it)
  -                       standard input (an HTML page)
  --urls FILE             one URL per line (# comments allowed; - reads the list from standard input)

Options:
  -f, --format FORMAT     text      a summary per report (default)
                          json      JSON Lines: one audit result per input, with "input"; an input
                                    that could not be audited is {"input", "error"}
                          markdown  a report per input
                          csv       one sheet, one row per finding (its cells joined in one
                                    column), problems only; UTF-8 with BOM, Excel-safe
                          html      one printable audit opinion per report (print it to PDF)
                          xlsx      a workbook: 汇总 (one row per report) and 问题清单 (one row per
                                    finding), problems first; needs --out or a redirected stdout
  -o, --out FILE          write there instead of standard output
  -s, --summary           one row / line per report (text, csv, json) instead of every finding
      --passes            list passed and not-applicable findings too (csv, xlsx)
      --lang zh|en        language of the csv / xlsx headers and values (default zh)
      --fail-on LEVEL     error (default): exit 1 when a check fails with severity error;
                          warning: also when one fails with severity warning
      --no-cross-year     do not pair consecutive years (skips the first pass over the inputs)
      --concurrency N     URLs fetched at once (default 4)
      --timeout SECONDS   per URL (default 30)
  -j, --jobs N|auto       worker threads auditing files (default auto: one per core, up to 8,
                          from 8 files on); results are still written in input order
  -q, --quiet             no progress bar (it is shown only when standard error is a terminal)
  -h, --help              show this help
  -v, --version           show the version

Reports of the same organisation for consecutive years given together are compared across years.

Exit status: 0 no failure at the --fail-on level; 1 at least one; 2 bad usage, or an input that
could not be audited (named in the output, the others are still audited; 2 wins over 1);
3 the output could not be written (closed pipe, full disk); 130 / 143 interrupted (SIGINT / SIGTERM)
after finishing the current input.
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // `--help | head` closes the pipe before the help is out: the reader's choice, not a crash. (The
  // results' own writes go through the Sink, which reports a failed write and exits 3.)
  process.stdout.on('error', () => {});
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        out: { type: 'string', short: 'o' },
        summary: { type: 'boolean', short: 's' },
        passes: { type: 'boolean' },
        lang: { type: 'string', default: 'zh' },
        'fail-on': { type: 'string', default: 'error' },
        'cross-year': { type: 'boolean', default: true },
        urls: { type: 'string' },
        concurrency: { type: 'string', default: '4' },
        timeout: { type: 'string', default: '30' },
        jobs: { type: 'string', short: 'j', default: 'auto' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError(io, errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`govreport-audit ${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(io, `unknown --format '${values.format}' (expected ${FORMATS.join(', ')})`);
  const lang = values.lang as Lang;
  if (lang !== 'zh' && lang !== 'en') return usageError(io, `unknown --lang '${values.lang}' (expected zh or en)`);
  const failOn = values['fail-on'];
  if (failOn !== 'error' && failOn !== 'warning') return usageError(io, `unknown --fail-on '${failOn}' (expected error or warning)`);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    return usageError(io, '--concurrency takes a whole number from 1 to 64');
  if (values.jobs !== 'auto' && !(Number.isInteger(Number(values.jobs)) && Number(values.jobs) >= 1 && Number(values.jobs) <= MAX_JOBS)) {
    return usageError(io, `--jobs takes auto or a whole number from 1 to ${MAX_JOBS}`);
  }
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) return usageError(io, '--timeout takes a number of seconds');
  if (positionals.length === 0 && !values.urls) return usageError(io, 'no inputs (give files, folders, globs, - or --urls FILE)');
  if (format === 'xlsx' && !values.out && process.stdout.isTTY)
    return usageError(io, 'an XLSX workbook is binary: give --out FILE or redirect standard output');

  // Loaded only now: the core (cheerio, zod) is most of the start-up time, and --help or a typo should not wait for it.
  const [{ expandArgument, urlList }, { Sink }, { Progress }, { Emitter }, { Pool, ordered }] = await Promise.all([
    import('./inputs'),
    import('./output'),
    import('./progress'),
    import('./emit'),
    import('./pool'),
  ]);

  const inputs: Input[] = [];
  try {
    for (const arg of positionals) for await (const input of expandArgument(arg)) inputs.push(input);
    if (values.urls) inputs.push(...(await urlList(values.urls)));
  } catch (error) {
    return usageError(io, `--urls ${values.urls}: ${describeListError(error)}`);
  }
  if (inputs.length === 0) return usageError(io, 'no inputs found');
  if (inputs.filter((input) => input.kind === 'stdin').length > 1) return usageError(io, '- (standard input) can be given only once');

  let sink;
  try {
    sink = values.out ? Sink.file(values.out) : Sink.stdout();
  } catch (error) {
    return usageError(io, `--out ${values.out}: ${errorMessage(error)}`);
  }

  let stopping: keyof typeof SIGNAL_CODES | null = null;
  const onSignal = (signal: keyof typeof SIGNAL_CODES) => () => {
    // A second interrupt means "now": the current input is abandoned.
    if (stopping) process.exit(SIGNAL_CODES[signal]);
    stopping = signal;
  };
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  process.on('SIGINT', handlers.SIGINT);
  process.on('SIGTERM', handlers.SIGTERM);

  const [{ readInputReport, reportOfBytes }, { auditReport }, { previousYearOf, yearDataOf }, { fetchUrl }] = await Promise.all([
    import('./read-input'),
    import('../core/audit/audit'),
    import('../core/audit/history'),
    import('./fetch-url'),
  ]);

  /** One input read into a Report; a URL fetched with the page's own charset. */
  const read = async (input: Input): Promise<InputReport> => {
    try {
      if (input.kind !== 'url') return await readInputReport(input.name);
      const fetched = await fetchUrl(input.name, { timeoutMs: timeout * 1000 });
      if (!fetched.ok) return fetched;
      return reportOfBytes(fetched.bytes, { name: input.name, url: fetched.url, charset: fetched.charset, text: fetched.text });
    } catch (error) {
      return { ok: false, message: `internal error: ${errorMessage(error)}` };
    }
  };

  const years: YearData[] = [];
  const progress = Progress.forTerminal(inputs.length, Boolean(values.quiet));
  const local = inputs.filter((input) => input.kind === 'file');
  const jobs =
    values.jobs === 'auto' ? (local.length >= MANY_INPUTS ? Math.min(availableParallelism(), MAX_JOBS) : 1) : Number(values.jobs);
  const pool = jobs > 1 && local.length > 1 ? new Pool(jobs, new URL(import.meta.url)) : null;
  const ahead = Math.max(concurrency, 2 * jobs);

  type Outcome = { ok: false; message: string } | { ok: true; result: AuditResult; notes: string[] };
  const auditHere = async (input: Input): Promise<Outcome> => {
    const report = await read(input);
    if (!report.ok) return report;
    try {
      const result = auditReport(report.report, { url: report.url || undefined, previous: previousYearOf(years, report.report.identity) });
      if (input.kind !== 'file') {
        const data = yearDataOf(report.report, report.url || null);
        if (data) years.push(detached(data));
      }
      return { ok: true, result, notes: report.notes };
    } catch (error) {
      return { ok: false, message: `internal error: ${errorMessage(error)}` };
    }
  };
  const outcomeOf = async (index: number): Promise<Outcome> => {
    const input = inputs[index]!;
    if (!pool || input.kind !== 'file') return auditHere(input);
    const done = await pool.run({ id: index, kind: 'audit', path: input.name });
    return done.ok
      ? 'result' in done
        ? { ok: true, result: done.result, notes: done.notes }
        : { ok: false, message: 'internal error: no result' }
      : done;
  };

  const emitter = new Emitter(sink, {
    format,
    summary: Boolean(values.summary),
    passes: Boolean(values.passes),
    lang,
    many: inputs.length > 1,
  });
  let code = EXIT_OK;
  let failedInputs = 0;
  const failLevels = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  const failsAtLevel = (result: AuditResult) =>
    result.findings.some((finding) => finding.outcome === 'fail' && !finding.dismissed && failLevels.includes(finding.severity));

  try {
    if (values['cross-year'] && local.length > 1) {
      const pairing = Progress.forTerminal(local.length, Boolean(values.quiet), '比对年度 ');
      const yearOf = async (index: number): Promise<YearData | null> => {
        const input = local[index]!;
        pairing.update(input.name);
        if (pool) {
          const done = await pool.run({ id: -1 - index, kind: 'year', path: input.name });
          return done.ok ? done.year : null;
        }
        const report = await read(input);
        return report.ok ? yearDataOf(report.report, report.url || null) : null;
      };
      for await (const data of ordered(local.length, ahead, yearOf)) {
        if (data) years.push(detached(data));
        pairing.update('', true);
        if (stopping) break;
      }
      pairing.clear();
      pool?.setYears(years);
    }

    await emitter.start();
    // Inputs are started a few ahead (URLs fetched, files audited on the workers); results go out in input order.
    let index = 0;
    for await (const outcome of ordered(stopping ? 0 : inputs.length, ahead, outcomeOf)) {
      const input = inputs[index++]!;
      progress.update(input.name);
      if (!outcome.ok) {
        failedInputs++;
        code = EXIT_USAGE;
        progress.clear();
        io.stderr(`govreport-audit: ${input.name}: ${outcome.message}\n`);
        await emitter.failed(input.name, outcome.message);
      } else {
        await emitter.result(input.name, outcome.result, outcome.notes);
        if (failsAtLevel(outcome.result) && code === EXIT_OK) code = EXIT_FAILS;
      }
      progress.update(input.name, true);
      if (stopping) break;
    }
    await emitter.finish();
    await sink.end();
  } catch (error) {
    progress.clear();
    const failure = sink.failed ?? error;
    io.stderr(`govreport-audit: ${errorMessage(failure)}\n`);
    return EXIT_WRITE;
  } finally {
    process.off('SIGINT', handlers.SIGINT);
    process.off('SIGTERM', handlers.SIGTERM);
    progress.clear();
    await pool?.close();
  }
  if (stopping) {
    io.stderr(
      `govreport-audit: interrupted (${stopping}) after ${emitter.written} of ${inputs.length} inputs; the output holds those ${emitter.written}\n`,
    );
    return SIGNAL_CODES[stopping];
  }
  if (failedInputs > 0 && inputs.length > 1)
    io.stderr(`govreport-audit: ${failedInputs} of ${inputs.length} inputs could not be audited (see above)\n`);
  return code;
}

/**
 * A copy that shares no string with the page: V8 keeps a substring as a view of its parent, so an
 * organisation's name sliced from a page would keep the whole page alive for the rest of the run.
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function describeListError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return errorMessage(error);
}

function usageError(io: Io, message: string): number {
  io.stderr(`govreport-audit: ${message}\nTry 'govreport-audit --help'.\n`);
  return EXIT_USAGE;
}
