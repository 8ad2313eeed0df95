/**
 * One input file → one AuditResult, or a reason it could not be audited. The only place that knows
 * about file kinds, so that supporting a new kind (plain text, later PDF) is a change here alone.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auditReport } from '../core/audit/audit';
import { readReport, readTextReport } from '../core/audit/read';
import type { AuditResult } from '../core/model/audit';
import type { YearData } from '../core/model/history';
import type { Report } from '../core/model/report';
import { decodeBytes } from './decode';
import { errorMessage } from '../core/error-message';

export type InputResult = { ok: true; result: AuditResult } | { ok: false; message: string };

/** The read half alone: the command line reads every input before auditing any, to pair up the years. */
export type InputReport = { ok: true; report: Report; url: string } | { ok: false; message: string };

/** Formats a browser would hand us as something other than a page; auditing their bytes as HTML only says "not a report". */
const BINARY_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['%PDF-', 'PDF is not supported yet; save the report page as HTML'],
  ['PK\u0003\u0004', 'Office/zip documents (.docx, .xlsx, .zip) are not supported yet; save the report page as HTML'],
  ['\u00d0\u00cf\u0011\u00e0', 'Word/Excel (.doc, .xls, .wps) documents are not supported yet; save the report page as HTML'],
];

export function readInputReport(path: string): InputReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: describeReadError(error) };
  }
  // PDF allows junk before its header; 1 kB is what readers tolerate.
  const start = bytes.subarray(0, 1024).toString('latin1');
  for (const [magic, message] of BINARY_KINDS) {
    if (magic === '%PDF-' ? start.includes(magic) : start.startsWith(magic)) return { ok: false, message };
  }
  const fileUrl = pathToFileURL(resolve(path)).href;

  if (extname(path).toLowerCase() === '.txt') {
    const { text } = decodeBytes(bytes, { html: false });
    return { ok: true, report: readTextReport(text, { url: fileUrl }), url: fileUrl };
  }

  const { text } = decodeBytes(bytes);
  // No url passed to the reader: a saved page's own <meta name="Url"> names where it was published,
  // which is a better source than where it happens to sit on disk.
  const report = readReport(text);
  return { ok: true, report, url: report.identity.url ?? fileUrl };
}

export function readInput(path: string, options: { now?: Date; previous?: YearData } = {}): InputResult {
  const input = readInputReport(path);
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
