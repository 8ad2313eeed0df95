/**
 * A report page by URL (`--urls`): Node's fetch with a timeout, the size limit enforced while the body
 * streams in, and the charset the server declares handed to the decoder (it wins over the page's own,
 * as in a browser). Every failure is a sentence naming the cause, never a throw.
 */
import { MAX_INPUT_BYTES } from './read-input';

export type Fetched = { ok: true; bytes: Buffer; charset?: string; url: string; text: boolean } | { ok: false; message: string };

export const DEFAULT_TIMEOUT_MS = 30_000;

export async function fetchUrl(url: string, options: { timeoutMs?: number } = {}): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: 'not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, message: `only http and https URLs are fetched, not ${parsed.protocol}` };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const response = await fetch(parsed, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, message: `the server answered ${response.status} ${response.statusText}`.trim() };
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > MAX_INPUT_BYTES) {
      await response.body?.cancel();
      return { ok: false, message: `too large: ${length} bytes, the limit is ${MAX_INPUT_BYTES} bytes` };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      total += chunk.value.length;
      if (total > MAX_INPUT_BYTES) {
        await reader?.cancel();
        return { ok: false, message: `too large: more than ${MAX_INPUT_BYTES} bytes, the limit is ${MAX_INPUT_BYTES} bytes` };
      }
      chunks.push(Buffer.from(chunk.value));
    }
    const type = response.headers.get('content-type') ?? '';
    const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1];
    return { ok: true, bytes: Buffer.concat(chunks, total), charset, url: response.url || url, text: /^text\/plain\b/i.test(type) };
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, message: `no answer within ${timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, message: `could not fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
  }
}
