/**
 * One polite GET of a page the user asked to audit, and its bytes decoded the way a browser would:
 * BOM, then the server's charset, then the page's own declaration, then UTF-8, else GB18030 (an
 * undeclared non-UTF-8 Chinese page is GBK, and GB18030 is its superset). TextDecoder knows gbk,
 * gb2312 and gb18030 in every browser.
 */
import type { AttachmentKind } from '../../core/list/report-links';

export const FETCH_TIMEOUT_MS = 30_000;
/** Larger answers are not reports; reading them would only stall the popup. */
export const MAX_BYTES = 20_000_000;

export type Fetched =
  | { kind: 'html'; url: string; text: string; encoding: string }
  | { kind: 'attachment'; url: string; attachment: AttachmentKind; bytes: Uint8Array }
  | { kind: 'failed'; url: string; reason: string };

const PRESCAN_BYTES = 4096;

export async function fetchPage(url: string, signal: AbortSignal, options: { wantBytes?: boolean } = {}): Promise<Fetched> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const both = AbortSignal.any ? AbortSignal.any([signal, timeout]) : signal;
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    if (timeout.aborted) return { kind: 'failed', url, reason: `超时（${FETCH_TIMEOUT_MS / 1000} 秒）/ timed out` };
    if (signal.aborted) return { kind: 'failed', url, reason: '已停止 / stopped' };
    return { kind: 'failed', url, reason: `无法访问 / unreachable: ${(error as Error).message}` };
  }
  // Only the site the user asked about is read: a redirect elsewhere is a row with its reason.
  if (response.url && new URL(response.url).origin !== new URL(url).origin) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'failed', url, reason: `重定向到其他网站 / redirected off the site: ${new URL(response.url).origin}` };
  }
  if (!response.ok)
    return { kind: 'failed', url, reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  const type = response.headers.get('content-type') ?? '';
  const attachment = attachmentByType(type);
  if (attachment && !options.wantBytes) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'attachment', url, attachment, bytes: new Uint8Array() };
  }
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_BYTES) return { kind: 'failed', url, reason: `文件过大 / too large (${(length / 1e6).toFixed(1)} MB)` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return { kind: 'failed', url, reason: signal.aborted ? '已停止 / stopped' : `读取中断 / read failed: ${(error as Error).message}` };
  }
  if (attachment) return { kind: 'attachment', url, attachment, bytes };
  if (type && !/html|xml|text\/plain/i.test(type)) return { kind: 'failed', url, reason: `不是网页 / not a page (${type})` };
  const { text, encoding } = decodeHtml(bytes, charsetOf(type));
  return { kind: 'html', url: response.url || url, text, encoding };
}

function attachmentByType(type: string): AttachmentKind | null {
  if (/application\/pdf/i.test(type)) return 'pdf';
  if (/msword|wordprocessingml|application\/vnd\.ms-word|wps/i.test(type)) return 'word';
  return null;
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array, headerCharset: string | null): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  for (const label of [headerCharset, declaredCharset(bytes)]) {
    const decoder = label ? decoderFor(label) : null;
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** `<meta charset>` or `http-equiv` near the start, read as Latin-1 (the markup naming a charset is ASCII). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  // A page cannot be UTF-16 if its ASCII declaration was readable: HTML reads that as UTF-8.
  const name = label.startsWith('utf-16') ? 'utf-8' : label;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}
