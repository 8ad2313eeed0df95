/**
 * One input file → one AuditResult, or a reason it could not be audited. The only place that knows
 * about file kinds, so that supporting a new kind (plain text, later PDF) is a change here alone.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auditReport } from '../core/audit/audit';
import { readPdfReport, readReport, readTextReport } from '../core/audit/read';
import type { AuditResult } from '../core/model/audit';
import type { YearData } from '../core/model/history';
import type { Report } from '../core/model/report';
import { decodeBytes } from './decode';
import { errorMessage } from '../core/error-message';

export type InputResult = { ok: true; result: AuditResult } | { ok: false; message: string };

/** The read half alone: the command line reads every input before auditing any, to pair up the years. */
export type InputReport = { ok: true; report: Report; url: string } | { ok: false; message: string };

/** Formats other than a page or text, by their first bytes (a file's name may lie). */
const ZIP = 'PK\u0003\u0004';
const OLE = '\u00d0\u00cf\u0011\u00e0';

export async function readInputReport(path: string): Promise<InputReport> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: describeReadError(error) };
  }
  // PDF allows junk before its header; 1 kB is what readers tolerate.
  const start = bytes.subarray(0, 1024).toString('latin1');
  const fileUrl = pathToFileURL(resolve(path)).href;
  const extension = extname(path).toLowerCase();
  if (start.includes('%PDF-')) {
    // Loaded only for PDF input: the library is large.
    const { readPdfPages } = await import('../readers/pdf');
    try {
      const pages = await readPdfPages(new Uint8Array(bytes));
      return { ok: true, report: readPdfReport(pages, { url: fileUrl }), url: fileUrl };
    } catch (error) {
      return { ok: false, message: `PDF could not be read: ${errorMessage(error)}` };
    }
  }
  if (start.startsWith(ZIP)) {
    if (extension !== '.docx') return { ok: false, message: 'zip-based documents other than Word .docx (.xlsx, .zip) are not supported; save the report page as HTML' };
    const { readDocxReport } = await import('../readers/word');
    return { ok: true, report: await readDocxReport(bytes, { url: fileUrl }), url: fileUrl };
  }
  if (start.startsWith(OLE)) {
    if (extension !== '.doc') return { ok: false, message: 'legacy Office files other than Word .doc (.xls, .wps) are not supported; save the report as PDF or .docx' };
    const { readDocReport } = await import('../readers/word');
    return { ok: true, report: await readDocReport(bytes, { url: fileUrl }), url: fileUrl };
  }

  if (extension === '.txt') {
    const { text } = decodeBytes(bytes, { html: false });
    return { ok: true, report: readTextReport(text, { url: fileUrl }), url: fileUrl };
  }

  const { text } = decodeBytes(bytes);
  // No url passed to the reader: a saved page's own <meta name="Url"> names where it was published,
  // which is a better source than where it happens to sit on disk.
  const report = readReport(text);
  return { ok: true, report, url: report.identity.url ?? fileUrl };
}

export async function readInput(path: string, options: { now?: Date; previous?: YearData } = {}): Promise<InputResult> {
  const input = await readInputReport(path);
  if (!input.ok) return input;
  return { ok: true, result: auditReport(input.report, { url: input.url, now: options.now, previous: options.previous }) };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(error);
}
