/**
 * Text normalisation shared by every stage. Labels on real pages differ from the form's wording by
 * full-width forms, inner spaces and line breaks, quote styles, brackets and numbering; matching
 * happens on the normalised form only, so the raw text stays available for evidence.
 */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』〝〞]/g;

/** Characters besides ASCII and the CJK ideographs that NFKC leaves as they are: Chinese punctuation. */
function isKeptPunctuation(code: number): boolean {
  return (code >= 0x3001 && code <= 0x3002) || (code >= 0x3008 && code <= 0x3011) || (code >= 0x3014 && code <= 0x3015)
    || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201d) || code === 0x2014 || code === 0x00b7;
}

/** The characters of WHITESPACE: JavaScript's `\s` and the zero-width space. */
function isWhiteSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * NFKC and white-space folding in one pass, for text whose every character NFKC keeps or maps to one
 * ASCII character (full-width forms): nearly all report text. Null for anything else, which takes
 * the full normalisation. Runs of white space become `space`, none at either end.
 */
function foldSimple(text: string, space: string): string | null {
  let out = '';
  let run = -1; // where the current stretch of characters kept as they are began
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      if (run >= 0) out += text.slice(run, i);
      run = -1;
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += space;
    pendingSpace = false;
    if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff) || isKeptPunctuation(code)) {
      if (run < 0) run = i;
    } else if (code >= 0xff01 && code <= 0xff5e) {
      if (run >= 0) out += text.slice(run, i);
      run = -1;
      out += String.fromCharCode(code - 0xfee0);
    } else {
      return null;
    }
  }
  if (run === 0) return text;
  return run > 0 ? out + text.slice(run) : out;
}

/** NFKC plus collapsed whitespace: the form in which text is shown and quoted. */
export function cleanText(text: string): string {
  return foldSimple(text, ' ') ?? text.normalize('NFKC').replace(WHITESPACE, ' ').trim();
}

/** NFKC with every space removed: Chinese text carries no meaningful spaces inside a label. */
export function compact(text: string): string {
  return foldSimple(text, '') ?? text.normalize('NFKC').replace(WHITESPACE, '');
}

const LEADING_NUMBERING = /^(?:[(（]?[一二三四五六七八九十]{1,3}[)）][、.]?|[一二三四五六七八九十]{1,3}[、.．]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．](?!\d))/;

/**
 * The same few hundred labels (the form's wording, each table cell) are keyed over and over by every
 * stage; a bounded memo makes a repeat a lookup. Bounded so a hostile page cannot grow it without end.
 */
const MEMO_LIMIT = 4096;
const labelKeys = new Map<string, string>();

/**
 * The canonical label key: compact, without quotes or brackets and without leading numbering
 * (「三、」「（一）」「1.」), so 「3.危及“三安全一稳定”」 and 「危及"三安全一稳定"」 are the same label.
 */
export function labelKey(text: string): string {
  let key = labelKeys.get(text);
  if (key === undefined) {
    if (labelKeys.size >= MEMO_LIMIT) labelKeys.clear();
    key = computeLabelKey(text);
    labelKeys.set(text, key);
  }
  return key;
}

function computeLabelKey(text: string): string {
  let key = compact(text).replace(QUOTES, '');
  for (let guard = 0; guard < 3; guard++) {
    const stripped = key.replace(LEADING_NUMBERING, '');
    if (stripped === key) break;
    key = stripped;
  }
  return key.replace(/[()（）[\]【】,，、:：;；.。]/g, '');
}
