/**
 * Bytes → text the way a browser would see them: BOM first, then the page's own charset declaration,
 * then UTF-8. Uses Node's ICU-backed TextDecoder (WHATWG labels: gbk, gb2312, gb18030, big5, …)
 * so no extra dependency is needed.
 */

export type CharsetSource = 'bom' | 'server' | 'meta' | 'default' | 'sniffed';

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gbk", "gb18030". */
  encoding: string;
  source: CharsetSource;
  /** Byte sequences the encoding used could not decode (each became U+FFFD). */
  replacements: number;
  /** Set when the declared charset was not the one used, saying which was and why. */
  note?: string;
}

/** Browsers look for the declaration in the first 1024 bytes; real pages put it later (long comments, scripts), so allow more. */
const PRESCAN_BYTES = 4096;

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** What Chinese government pages are written in when their declaration is wrong. */
const FALLBACKS = ['utf-8', 'gb18030'] as const;

/** Single-byte encodings decode any bytes without error, so "decodes cleanly" says nothing about them. */
const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|us-ascii|ascii|latin1|l1|cp1252|x-mac-roman|macintosh|koi8-[ru])$/;

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean; charset?: string } = {}): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) {
      return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding, source: 'bom', replacements: 0 };
    }
  }
  const server = options.charset ? normaliseLabel(options.charset) : null;
  const declared = server ?? (options.html === false ? null : declaredCharset(bytes));
  const source: CharsetSource = server ? 'server' : 'meta';
  const decoder = declared ? tryDecoder(declared) : null;
  if (decoder) {
    const clean = strictDecode(bytes, decoder.encoding);
    const single = SINGLE_BYTE.test(declared!) || SINGLE_BYTE.test(decoder.encoding);
    if (clean !== null && !(single && hasHighBytes(bytes))) return { text: clean, encoding: decoder.encoding, source, replacements: 0 };
    for (const fallback of FALLBACKS) {
      if (fallback === decoder.encoding) continue;
      const text = strictDecode(bytes, fallback);
      if (text !== null) {
        return {
          text,
          encoding: fallback,
          source: 'sniffed',
          replacements: 0,
          note: `declared charset ${declared} does not fit the bytes; read as ${fallback}`,
        };
      }
    }
    if (clean !== null) return { text: clean, encoding: decoder.encoding, source, replacements: 0 };
    const text = decoder.decode(bytes);
    return { text, encoding: decoder.encoding, source, replacements: countReplacements(text) };
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: 'default', replacements: 0 };
  // Undeclared and not valid UTF-8: on Chinese government sites that is almost always GBK,
  // and gb18030 is its superset, so this cannot make a GBK page worse.
  const text = new TextDecoder('gb18030').decode(bytes);
  return { text, encoding: 'gb18030', source: 'sniffed', replacements: countReplacements(text) };
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

/**
 * The charset named by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * (or the XML declaration) near the start of the page. The bytes are read as Latin-1: every
 * encoding a page can declare is ASCII-compatible in the markup that names it.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return normaliseLabel(direct[1]!);
  }
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? normaliseLabel(xml[1]!) : null;
}

function normaliseLabel(label: string): string {
  const lower = label.toLowerCase();
  // HTML: a page cannot really be UTF-16 if its ASCII meta tag was readable, so the spec reads it as UTF-8.
  return lower.startsWith('utf-16') ? 'utf-8' : lower;
}

function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an unknown label: fall back as a browser does
  }
}
