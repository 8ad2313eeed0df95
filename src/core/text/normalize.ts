/**
 * Text normalisation shared by every stage. Labels on real pages differ from the form's wording by
 * full-width forms, inner spaces and line breaks, quote styles, brackets and numbering; matching
 * happens on the normalised form only, so the raw text stays available for evidence.
 */
import { memoised } from './memo';

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』〝〞]/g;

// A const enum, inlined as numbers: this is the innermost loop of the whole audit.
const enum CharClass {
  Kept,
  Space,
  FullWidth,
  Other,
}

/** What NFKC keeps as it is and the folding passes through: ASCII, the CJK ideographs, Chinese punctuation. */
const KEPT_RANGES: readonly [from: number, to: number][] = [
  [0x21, 0x7f],
  [0x4e00, 0xa000],
];
const KEPT_CHARS = '、。〈〉《》「」『』【】〔〕‘’“”—·';

/**
 * Every UTF-16 code unit by what the folding does with it: Kept, Space (a WHITESPACE character),
 * FullWidth (NFKC maps it to one ASCII character) or Other (needs the full normalisation). A table,
 * as this runs on every character of every page.
 */
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000).fill(CharClass.Other);
  for (const [from, to] of KEPT_RANGES) table.fill(CharClass.Kept, from, to);
  table.fill(CharClass.FullWidth, 0xff01, 0xff5f);
  for (const char of KEPT_CHARS) table[char.charCodeAt(0)] = CharClass.Kept;
  for (const char of ' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') table[char.charCodeAt(0)] = CharClass.Space;
  table.fill(CharClass.Space, 0x2000, 0x200c);
  return table;
})();

const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/**
 * The first character that is not Kept. Most strings folded are Kept through and through (clean text
 * compacted again, labels, sentences), and the regex engine tells so in 2 ns a character where the
 * loop below takes 10: its optimised code is slowed by the many kinds of string the stages hand it.
 */
const NOT_KEPT = new RegExp(
  `[^${KEPT_RANGES.map(([from, to]) => `${escaped(from)}-${escaped(to - 1)}`).join('')}${[...KEPT_CHARS].map((char) => escaped(char.charCodeAt(0))).join('')}]`,
);

/**
 * NFKC and white-space folding in one pass, for text whose every character NFKC keeps or maps to one
 * ASCII character (full-width forms): nearly all report text. Null for anything else, which takes
 * the full normalisation. Runs of white space become `space`, none at either end.
 */
function foldSimple(text: string, space: string): string | null {
  const firstChange = text.search(NOT_KEPT);
  if (firstChange < 0) return text;
  let out = '';
  let run = firstChange > 0 ? 0 : -1; // where the current stretch of characters kept as they are began
  let pendingSpace = false;
  for (let i = firstChange; i < text.length; i++) {
    const kind = CHAR_CLASS[text.charCodeAt(i)];
    if (kind === CharClass.Space) {
      if (run >= 0) out += text.slice(run, i);
      run = -1;
      pendingSpace = out !== '';
      continue;
    }
    if (kind === CharClass.Other) return null;
    if (pendingSpace) out += space;
    pendingSpace = false;
    if (kind === CharClass.Kept) {
      if (run < 0) run = i;
    } else {
      if (run >= 0) out += text.slice(run, i);
      run = -1;
      out += String.fromCharCode(text.charCodeAt(i) - 0xfee0);
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

const LEADING_NUMBERING =
  /^(?:[(（]?[一二三四五六七八九十]{1,3}[)）][、.]?|[一二三四五六七八九十]{1,3}[、.．]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．](?!\d))/;

/**
 * The canonical label key: compact, without quotes or brackets and without leading numbering
 * (「三、」「（一）」「1.」), so 「3.危及“三安全一稳定”」 and 「危及"三安全一稳定"」 are the same label.
 */
export const labelKey = memoised(computeLabelKey);

function computeLabelKey(text: string): string {
  let key = compact(text).replace(QUOTES, '');
  for (let guard = 0; guard < 3; guard++) {
    const stripped = key.replace(LEADING_NUMBERING, '');
    if (stripped === key) break;
    key = stripped;
  }
  return key.replace(/[()（）[\]【】,，、:：;；.。]/g, '');
}
