/**
 * Text normalisation shared by every stage. Labels on real pages differ from the form's wording by
 * full-width forms, inner spaces and line breaks, quote styles, brackets and numbering; matching
 * happens on the normalised form only, so the raw text stays available for evidence.
 */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』〝〞]/g;

/**
 * Characters NFKC leaves as they are and that make up most report text (printable ASCII, CJK unified
 * ideographs, 、。“”《》「」); text of only these skips the costly normalisation.
 */
const NFKC_STABLE = /^[\x20-\x7e\u4e00-\u9fff\u3001\u3002\u201c\u201d\u300a-\u300f]*$/;

function nfkc(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}

/** NFKC plus collapsed whitespace: the form in which text is shown and quoted. */
export function cleanText(text: string): string {
  return nfkc(text).replace(WHITESPACE, ' ').trim();
}

/** NFKC with every space removed: Chinese text carries no meaningful spaces inside a label. */
export function compact(text: string): string {
  return nfkc(text).replace(WHITESPACE, '');
}

const LEADING_NUMBERING = /^(?:[(（]?[一二三四五六七八九十]{1,3}[)）][、.]?|[一二三四五六七八九十]{1,3}[、.．]|[(（]?\d{1,2}[)）]|\d{1,2}[、.．](?!\d))/;

/**
 * The canonical label key: compact, without quotes or brackets and without leading numbering
 * (「三、」「（一）」「1.」), so 「3.危及“三安全一稳定”」 and 「危及"三安全一稳定"」 are the same label.
 */
export function labelKey(text: string): string {
  let key = compact(text).replace(QUOTES, '');
  for (let guard = 0; guard < 3; guard++) {
    const stripped = key.replace(LEADING_NUMBERING, '');
    if (stripped === key) break;
    key = stripped;
  }
  return key.replace(/[()（）[\]【】,，、:：;；.。]/g, '');
}
