/**
 * Bytes → text the way a browser would see them: BOM first, then the page's own charset declaration,
 * then UTF-8. Uses Node's ICU-backed TextDecoder (WHATWG labels: gbk, gb2312, gb18030, big5, …)
 * so no extra dependency is needed.
 */

export type CharsetSource = 'bom' | 'meta' | 'default' | 'sniffed';

export interface Decoded {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gbk", "gb18030". */
  encoding: string;
  source: CharsetSource;
}

/** Browsers look for the declaration in the first 1024 bytes; real pages put it later (long comments, scripts), so allow more. */
const PRESCAN_BYTES = 4096;

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeBytes(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) {
      return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding, source: 'bom' };
    }
  }
  const declared = options.html === false ? null : declaredCharset(bytes);
  const decoder = declared ? tryDecoder(declared) : null;
  if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding, source: 'meta' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'default' };
  } catch {
    // Undeclared and not valid UTF-8: on Chinese government sites that is almost always GBK,
    // and gb18030 is its superset, so this cannot make a GBK page worse.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', source: 'sniffed' };
  }
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
