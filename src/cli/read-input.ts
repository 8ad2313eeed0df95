/**
 * One input (a file, standard input, or bytes fetched from a URL) → a Report, or a sentence saying why
 * it could not be audited. The only place that knows about file kinds, so that supporting a new kind
 * is a change here alone.
 *
 * Nothing is read before it is known to fit: a regular file's size is taken from `stat`; a device or a
 * pipe is read only up to the limit, so `/dev/zero` is refused after MAX_INPUT_BYTES, not after the
 * disk's worth of memory. A FIFO is refused without being opened (opening one with no writer blocks).
 */
import { open, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auditReport } from '../core/audit/audit';
import { MAX_INPUT_LENGTH, readPdfReport, readReport, readTextReport } from '../core/audit/read';
import { boundNesting, MAX_NESTING_DEPTH } from '../core/extract/extract-html';
import type { AuditResult } from '../core/model/audit';
import type { YearData } from '../core/model/history';
import type { Report } from '../core/model/report';
import { decodeBytes, type Decoded } from './decode';
import { errorMessage } from '../core/error-message';

/** Larger than any report page or text (the largest real ones are a few MB) and small enough to read safely. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export type InputResult = { ok: true; result: AuditResult; notes: string[] } | { ok: false; message: string };

/** The read half alone: the command line pairs up the years before auditing. */
export type InputReport = { ok: true; report: Report; url: string; notes: string[] } | { ok: false; message: string };

/** Formats other than a page or text, by their first bytes (a file's name may lie). */
const ZIP = 'PK\u0003\u0004';
const OLE = '\u00d0\u00cf\u0011\u00e0';

/** `-` is standard input. */
export const STDIN = '-';

export async function readInputReport(path: string): Promise<InputReport> {
  const bytes = await readBounded(path);
  if (!bytes.ok) return bytes;
  const url = path === STDIN ? undefined : pathToFileURL(resolve(path)).href;
  return reportOfBytes(bytes.bytes, { name: path, url, text: extname(path).toLowerCase() === '.txt' });
}

/**
 * Bytes of any origin → Report. `charset` is what a server declared (Content-Type), which wins over
 * the page's own declaration as in a browser.
 */
export async function reportOfBytes(
  bytes: Uint8Array,
  options: { name: string; url?: string; text?: boolean; charset?: string },
): Promise<InputReport> {
  if (bytes.length === 0) return { ok: false, message: 'empty input (0 bytes)' };
  // PDF allows junk before its header; 1 kB is what readers tolerate.
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (start.includes('%PDF-') || start.startsWith(ZIP) || start.startsWith(OLE)) return documentOfBytes(bytes, start, options);
  const notes: string[] = [];
  const decoded = decodeBytes(bytes, { html: !options.text, charset: options.charset });
  if (decoded.note) notes.push(decoded.note);
  if (decoded.text.length > MAX_INPUT_LENGTH) {
    return {
      ok: false,
      message: `too large to read: ${bytes.length} bytes decode to ${decoded.text.length} characters, the reader's limit is ${MAX_INPUT_LENGTH}`,
    };
  }
  if (!/\S/.test(decoded.text)) return { ok: false, message: `no text in the input (${bytes.length} bytes)` };

  if (options.text) {
    const report = readTextReport(decoded.text, { url: options.url });
    return { ok: true, report, url: options.url ?? report.identity.url ?? '', notes: notNoted(report, decoded, notes) };
  }
  const bounded = boundNesting(decoded.text);
  if (bounded.flattenedTags > 0) {
    notes.push(
      `the page nests elements deeper than ${MAX_NESTING_DEPTH} levels; ${bounded.flattenedTags} tags past that depth were flattened before reading (review the tables by hand)`,
    );
  }
  // No url passed to the reader: a saved page's own <meta name="Url"> names where it was published,
  // which is a better source than where it happens to sit on disk.
  const report = readReport(bounded.html);
  return { ok: true, report, url: report.identity.url ?? options.url ?? '', notes: notNoted(report, decoded, notes) };
}

/** PDF and Word files: their readers (large libraries) are loaded only for them. */
async function documentOfBytes(bytes: Uint8Array, start: string, options: { name: string; url?: string }): Promise<InputReport> {
  const extension = extname(options.name).toLowerCase();
  const url = options.url ?? '';
  const read = (report: Report): InputReport => ({ ok: true, report, url, notes: [] });
  try {
    if (start.includes('%PDF-')) {
      const { readPdfPages } = await import('../readers/pdf');
      // pdf.js refuses a Node Buffer and may take ownership of what it is given: it gets a copy.
      return read(readPdfReport(await readPdfPages(new Uint8Array(bytes)), { url: options.url }));
    }
    if (start.startsWith(ZIP)) {
      if (extension !== '.docx')
        return {
          ok: false,
          message: 'zip-based documents other than Word .docx (.xlsx, .zip) are not supported; save the report page as HTML',
        };
      const { readDocxReport } = await import('../readers/word');
      return read(await readDocxReport(asBuffer(bytes), { url: options.url }));
    }
    if (extension !== '.doc')
      return {
        ok: false,
        message: 'legacy Office files other than Word .doc (.xls, .wps) are not supported; save the report as PDF or .docx',
      };
    const { readDocReport } = await import('../readers/word');
    return read(await readDocReport(asBuffer(bytes), { url: options.url }));
  } catch (error) {
    return { ok: false, message: `${start.includes('%PDF-') ? 'PDF' : 'Word document'} could not be read: ${errorMessage(error)}` };
  }
}

/** The Word readers take a Node Buffer; the bytes are one already or share its memory. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A page that reads as "not a report" after a doubtful decode says so, instead of silently. */
function notNoted(report: Report, decoded: Decoded, notes: string[]): string[] {
  if (!report.isReport && decoded.source !== 'bom' && decoded.replacements > 0) {
    notes.push(`the text may be mis-decoded: ${decoded.replacements} byte sequences are not valid ${decoded.encoding}`);
  }
  return notes;
}

export async function readInput(path: string, options: { now?: Date; previous?: YearData } = {}): Promise<InputResult> {
  const input = await readInputReport(path);
  if (!input.ok) return input;
  return {
    ok: true,
    notes: input.notes,
    result: auditReport(input.report, { url: input.url || undefined, now: options.now, previous: options.previous }),
  };
}

type Bytes = { ok: true; bytes: Buffer } | { ok: false; message: string };

function tooLarge(size: string): string {
  return `too large: ${size}, the limit is ${MAX_INPUT_BYTES} bytes`;
}

/** Reads at most MAX_INPUT_BYTES + 1 bytes, after `stat` says the input is something to read. */
async function readBounded(path: string): Promise<Bytes> {
  try {
    if (path !== STDIN) {
      const info = await stat(path);
      if (info.isDirectory()) return { ok: false, message: 'is a directory (give it with --recursive, or name the files)' };
      if (info.isFIFO()) return { ok: false, message: 'is a named pipe (FIFO); pipe it to standard input with - instead' };
      if (info.isSocket()) return { ok: false, message: 'is a socket, not a file' };
      if (info.isFile() && info.size > MAX_INPUT_BYTES) return { ok: false, message: tooLarge(`${info.size} bytes`) };
      if (!info.isFile() && !info.isCharacterDevice() && !info.isBlockDevice()) return { ok: false, message: 'is not a regular file' };
    }
    const handle = path === STDIN ? null : await open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      if (handle) {
        for (;;) {
          const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
          const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
          if (bytesRead === 0) break;
          chunks.push(chunk.subarray(0, bytesRead));
          total += bytesRead;
          if (total > MAX_INPUT_BYTES) return { ok: false, message: tooLarge(`more than ${MAX_INPUT_BYTES} bytes`) };
        }
      } else {
        for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
          chunks.push(chunk);
          total += chunk.length;
          if (total > MAX_INPUT_BYTES) {
            process.stdin.destroy();
            return { ok: false, message: tooLarge(`more than ${MAX_INPUT_BYTES} bytes`) };
          }
        }
      }
      return { ok: true, bytes: Buffer.concat(chunks, total) };
    } finally {
      await handle?.close();
    }
  } catch (error) {
    return { ok: false, message: describeReadError(error) };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return errorMessage(error);
}
