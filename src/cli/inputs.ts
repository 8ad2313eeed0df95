/**
 * The command line's arguments → the inputs to audit, in order: files as given, folders walked
 * recursively for the kinds we read, globs expanded (for shells that pass them quoted, and Windows),
 * `-` for standard input, and the URLs of a `--urls` list. Names only: nothing is read here.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { STDIN } from './read-input';

/** What a folder is searched for: pages, text, and the document kinds the readers handle. */
export const READABLE_EXTENSIONS = ['.html', '.htm', '.shtml', '.txt', '.pdf', '.docx', '.doc'];

export interface Input {
  /** As the user named it: a path, `-`, or a URL. */
  name: string;
  kind: 'file' | 'stdin' | 'url';
}

const isGlob = (arg: string) => /[*?[]/.test(arg);
const readable = (name: string) => READABLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Expands one argument; an argument that names nothing is kept, so reading it gives the reason. */
export async function* expandArgument(arg: string): AsyncGenerator<Input> {
  if (arg === STDIN) return yield { name: STDIN, kind: 'stdin' };
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) {
    for await (const file of walk(arg)) yield { name: file, kind: 'file' };
    return;
  }
  if (!info && isGlob(arg)) {
    let any = false;
    for await (const file of glob(arg)) {
      any = true;
      yield { name: file, kind: 'file' };
    }
    if (any) return;
  }
  yield { name: arg, kind: 'file' };
}

/** A folder's readable files, depth first, names sorted so a run is reproducible. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, dir: true });
    else if ((entry.isFile() || entry.isSymbolicLink()) && readable(entry.name)) entries.push({ name: entry.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.dir) yield* walk(path);
    else yield path;
  }
}

/** `*`, `?`, `[…]` within a path segment and `**` across segments, from the pattern's fixed prefix. */
async function* glob(pattern: string): AsyncGenerator<string> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const last = parts.length - 1;
  const matcher = new RegExp(
    `^${parts.map((segment, i) => (segment === '**' ? (i === last ? '.*' : '(?:[^/]+/)*') : segmentPattern(segment) + (i < last ? '/' : ''))).join('')}$`,
  );
  for await (const file of walkAll(base, '')) if (matcher.test(file)) yield base === '.' && fixed.length === 0 ? file : join(base, file);
}

function segmentPattern(segment: string): string {
  return segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
}

async function* walkAll(dir: string, prefix: string): AsyncGenerator<string> {
  const handle = await opendir(dir).catch(() => null);
  if (!handle) return;
  const names: [string, boolean][] = [];
  for await (const entry of handle) if (!entry.name.startsWith('.')) names.push([entry.name, entry.isDirectory()]);
  names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, isDir] of names) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (isDir) yield* walkAll(join(dir, name), relative);
    else yield relative;
  }
}

/** A `--urls` file: one URL a line; blank lines and `#` comments skipped. */
export async function urlList(path: string): Promise<Input[]> {
  const text = path === STDIN ? await streamText(process.stdin) : await readFile(path, 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((name) => ({ name, kind: 'url' as const }));
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
