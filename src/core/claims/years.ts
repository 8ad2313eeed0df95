/**
 * The year a sentence puts a statement in (「2022年，全区收到…」「政府办公室 2023 年未收取…」).
 * Years that do not date the statement are skipped: dates (「2023年12月」 may be a late application
 * carried over), titles in 《》, comparisons (「较2023年」) and names of plans (「2022年政务公开工作要点」).
 */
import type { Sentence, YearMention } from './types';
import { subSpan } from './sentences';
import { allMatches } from '../text/all-matches';

const YEAR = /((?:19|20)\d{2})\s*年(度)?/g;
const NOT_A_DATING = /^\s*\d{1,2}\s*月|^\s*(以来|至今|起|底|末)|^[^,，。;；]{0,12}(要点|规划|计划|方案|通知|意见|报告|决定|办法)/;
const COMPARISON = /(较|比|与|同比|相比|对比|截至上|去年|上年)\s*$/;

/** The last year mention in the sentence before offset `before` (relative to the sentence). */
export function yearBefore(sentence: Sentence, before: number): YearMention | null {
  let found: YearMention | null = null;
  for (const match of allMatches(YEAR, sentence.text.slice(0, before))) {
    const start = match.index;
    const end = start + match[0].length;
    const rest = sentence.text.slice(end);
    if (NOT_A_DATING.test(rest)) continue;
    if (COMPARISON.test(sentence.text.slice(Math.max(0, start - 4), start))) continue;
    if (insideTitle(sentence.text, start)) continue;
    found = { year: Number(match[1]), span: subSpan(sentence, start, end) };
  }
  return found;
}

function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.indexOf('》', open) > at;
}
