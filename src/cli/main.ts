/**
 * `govreport-audit <file>… [--format text|json|markdown|csv|html]`. Returns the exit code instead of
 * exiting, so output piped to another program is flushed before the process ends.
 *
 * Every input is read before any is audited: a report whose organisation's previous year is among the
 * inputs gets the cross-year checks.
 *
 * Exit codes: 0 no error-severity fail; 1 at least one; 2 bad usage or an input that could not be
 * audited (the other inputs are still audited; 2 wins over 1).
 */
import { parseArgs } from 'node:util';
import { TOOL_VERSION } from '../core/version';
import { errorMessage } from '../core/error-message';
import type { AuditResult } from '../core/model/audit';
import { renderText } from './render-text';

export const EXIT_OK = 0;
export const EXIT_FAILS = 1;
export const EXIT_USAGE = 2;

const FORMATS = ['text', 'json', 'markdown', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: govreport-audit <file>... [--format text|json|markdown|csv|html]

Audits saved government information-disclosure annual reports (政府信息公开工作年度报告).
Inputs: .html/.htm/.shtml pages (UTF-8 or GBK/GB2312/GB18030, from the BOM or <meta charset>),
and .txt when the core supports plain text.

Options:
  -f, --format FORMAT     text: a summary per file (default); json: one audit result per line;
                          markdown: a report per file; csv: one sheet, a row per finding and cell
                          (UTF-8 with BOM); html: one printable page

Reports of the same organisation for consecutive years given together are compared across years.
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no errors found; 1 a check failed with severity error; 2 bad usage or unreadable input.
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
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError(io, errorMessage(error));
  }
  const { values, positionals: files } = parsed;
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
  if (files.length === 0) return usageError(io, 'no input files');

  // Loaded only now: the core (cheerio, zod) is most of the start-up time, and --help or a typo should not wait for it.
  const [{ readInputReport }, { auditReport }, { previousYearOf, yearDataOf }, present] = await Promise.all([
    import('./read-input'),
    import('../core/audit/audit'),
    import('../core/audit/history'),
    import('./present-formats'),
  ]);
  const inputs: { file: string; input: Awaited<ReturnType<typeof readInputReport>> }[] = [];
  for (const file of files) {
    inputs.push({ file, input: await readInputReport(file).catch((error: unknown) => ({ ok: false as const, message: errorMessage(error) })) });
  }
  const years = inputs.flatMap(({ input }) => (input.ok ? [yearDataOf(input.report, input.url)] : [])).filter((data) => data !== null);
  const collected: AuditResult[] = [];
  let code = EXIT_OK;
  for (const [index, { file, input }] of inputs.entries()) {
    if (!input.ok) {
      io.stderr(`govreport-audit: ${file}: ${input.message}\n`);
      code = EXIT_USAGE;
      continue;
    }
    const previous = previousYearOf(years, input.report.identity);
    const audited = safely(() => ({ ok: true as const, result: auditReport(input.report, { url: input.url, previous }) }));
    if (!audited.ok) {
      io.stderr(`govreport-audit: ${file}: ${audited.message}\n`);
      code = EXIT_USAGE;
      continue;
    }
    const { result } = audited;
    if (format === 'json') io.stdout(`${JSON.stringify(result)}\n`);
    else if (format === 'text') io.stdout(`${index > 0 ? '\n' : ''}${renderText(result, { file: files.length > 1 ? file : undefined })}`);
    else if (format === 'markdown') io.stdout(`${index > 0 ? '\n' : ''}${present.renderMarkdown(result)}`);
    if (format === 'csv' || format === 'html') collected.push(result);
    if (result.counts.failBySeverity.error > 0 && code === EXIT_OK) code = EXIT_FAILS;
  }
  // One sheet and one page for the whole run, so they are written once every input is in.
  if (format === 'csv' && collected.length > 0) io.stdout(present.renderCsv(collected, { reportColumns: files.length > 1 }));
  if (format === 'html' && collected.length > 0) io.stdout(present.renderHtml(collected));
  return code;
}

type Failure = { ok: false; message: string };

/** A bug in the core on one page should not cost the user the audits of the others. */
function safely<T>(run: () => T | Failure): T | Failure {
  try {
    return run();
  } catch (error) {
    return { ok: false, message: `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}

function usageError(io: Io, message: string): number {
  io.stderr(`govreport-audit: ${message}\nTry 'govreport-audit --help'.\n`);
  return EXIT_USAGE;
}
