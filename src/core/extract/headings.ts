/**
 * Recognises the six section headings (docs/report-format.md §1) by numbering plus fuzzy title words,
 * so variants and typos (「政府信息公开行政法复议、行政诉讼情况」) still count.
 */
import { compact } from '../text/normalize';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const NUMBERING = /^(?:第([一二三四五六])部分[、.．:：]?|([1-6])[、.．:：](?!\d)|([一二三四五六])(?:[、.．:：]|\s))/;

/**
 * 「2.」 also numbers sub-items in prose (「2.围绕重点领域加大主动公开力度」), so a heading numbered with
 * an Arabic digit must carry the section's own title words.
 */
const STRICT_TITLE_WORDS: Record<number, RegExp> = {
  1: /总体情况|概述/,
  2: /主动公开政府信息(?:情况)?$/,
  3: /收到和处理|依申请公开(?:政府信息)?(?:工作)?情况$/,
  4: /(?:复议|诉讼)(?:的)?情况$/,
  5: /存在的?主要问题|问题及改进/,
  6: /其他需要报告|其他事项$/,
};

/** Title words per section; a heading must contain one of them (after its numbering). */
const TITLE_WORDS: Record<number, RegExp> = {
  1: /总体情况|概述|基本情况|总体概况/,
  2: /主动公开/,
  3: /申请(?:情况|的情况)|依申请公开|收到和处理/,
  4: /复议|诉讼/,
  5: /问题|改进/,
  6: /其他|其它/,
};

/** The longest text a heading line may have; longer lines are prose that starts with a numeral. */
const MAX_HEADING_LENGTH = 40;

export interface HeadingMatch {
  /** The section the title words name. */
  n: number;
  /** The number printed in the numbering (may differ from `n` when sections are misnumbered). */
  printed: number;
  heading: string;
}

/** A heading run into its paragraph (「<strong>一、总体情况</strong>2024年，…」) must start with the official title. */
const RUN_IN_TITLES: Record<number, RegExp> = {
  1: /^总体情况/,
  2: /^主动公开政府信息情况/,
  3: /^收到和处理政府信息公开申请情况/,
  4: /^政府信息公开行政复议.{0,2}行政诉讼情况/,
  5: /^存在的主要问题及改进情况/,
  6: /^其他需要报告的事项/,
};

/**
 * Lines that cannot start with a numbering, told apart without normalising the whole paragraph: a
 * first character that NFKC keeps as it is (ASCII, an ideograph, Chinese punctuation) and that no
 * numbering starts with, or a numeral run into the words after it (「一是…」「2024年…」) — most prose.
 */
const NOT_NUMBERED = new RegExp(
  String.raw`^[\s\u200b]*(?:(?![第一二三四五六1-6])[\x21-\x7e\u4e00-\u9fff\u3001\u3002\u201c\u201d\u300a-\u3011]` +
    String.raw`|[一二三四五六][\s\u200b]*[\u4e00-\u9fff]|[1-6][\s\u200b]*[0-9\u4e00-\u9fff]|第[\s\u200b]*(?![一二三四五六])[\u4e00-\u9fff])`,
);

export function matchHeading(text: string): HeadingMatch | null {
  if (NOT_NUMBERED.test(text)) return null;
  const line = compact(text);
  if (line.length === 0) return null;
  const numbering = NUMBERING.exec(line);
  if (!numbering) return null;
  if (line.length > MAX_HEADING_LENGTH) return matchRunIn(line, numbering[0].length, text);
  const printedText = numbering[1] ?? numbering[2] ?? numbering[3] ?? '';
  const printed = /\d/.test(printedText) ? Number(printedText) : NUMERALS.indexOf(printedText) + 1;
  const title = line.slice(numbering[0].length);
  // A sentence is not a heading: headings carry no sentence punctuation in their title.
  if (/[。；;，,]/.test(title)) return null;
  const words = numbering[2] ? STRICT_TITLE_WORDS : TITLE_WORDS;
  const candidates = Object.entries(words)
    .filter(([, words]) => words.test(title))
    .map(([n]) => Number(n));
  if (candidates.length === 0) return null;
  // 「四、…行政复议…」 could match several word lists only by accident; prefer the printed number.
  const n = candidates.includes(printed) ? printed : candidates[0]!;
  return { n, printed, heading: text.trim() };
}

function matchRunIn(line: string, numberingLength: number, text: string): HeadingMatch | null {
  const rest = line.slice(numberingLength);
  for (const [n, title] of Object.entries(RUN_IN_TITLES)) {
    const match = title.exec(rest);
    if (match) return { n: Number(n), printed: Number(n), heading: match[0] };
  }
  return null;
}
