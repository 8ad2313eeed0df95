/**
 * One input file → one AuditResult, or a reason it could not be audited. The only place that knows
 * about file kinds, so that supporting a new kind (plain text, later PDF) is a change here alone.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '../core/audit/audit';
import type { AuditResult } from '../core/model/audit';
import { decodeBytes } from './decode';

export type InputResult = { ok: true; result: AuditResult } | { ok: false; message: string };

type AuditText = (text: string, options: { url?: string; now?: Date }) => AuditResult;

/**
 * The plain-text reader is being written in the core; pick it up as soon as audit.ts exports it,
 * without this module having to change (a static named import would not compile before then).
 */
const auditText = (core as Record<string, unknown>)['auditText'] as AuditText | undefined;

export const TEXT_UNSUPPORTED = 'plain-text reports are not supported yet';

/** Formats a browser would hand us as something other than a page; auditing their bytes as HTML only says "not a report". */
const BINARY_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['%PDF-', 'PDF is not supported yet; save the report page as HTML'],
  ['PK\u0003\u0004', 'Office/zip documents (.docx, .xlsx, .zip) are not supported yet; save the report page as HTML'],
  ['\u00d0\u00cf\u0011\u00e0', 'Word/Excel (.doc, .xls, .wps) documents are not supported yet; save the report page as HTML'],
];

export function readInput(path: string, options: { now?: Date } = {}): InputResult {
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
    if (!auditText) return { ok: false, message: TEXT_UNSUPPORTED };
    const { text } = decodeBytes(bytes, { html: false });
    return { ok: true, result: auditText(text, { url: fileUrl, now: options.now }) };
  }

  const { text } = decodeBytes(bytes);
  // No url passed to the reader: a saved page's own <meta name="Url"> names where it was published,
  // which is a better source than where it happens to sit on disk.
  const report = core.readReport(text);
  return { ok: true, result: core.auditReport(report, { url: report.identity.url ?? fileUrl, now: options.now }) };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
