/**
 * The opening's count of the report's parts: 「本报告共分6个部分」「由…六部分组成」「包括…等六个部分」.
 * The list of part names is not counted: a name can hold its own 「、」 (「行政复议、行政诉讼情况」).
 */
import { chineseToNumber } from '../text/numbers';
import { subSpan } from './sentences';
import type { PartsClaim, Sentence } from './types';

const PARTS = /(\d+|[一二三四五六七八九十]+)\s*个?\s*(?:大)?部分(组成)?/;
const ABOUT_THE_REPORT = /本报告|本年度报告|报告(共|由|包括|包含|分)/;
const STRUCTURE = /共分|分为|由|包括|包含|组成|共/;

export function partsClaims(sentences: Sentence[]): PartsClaim[] {
  return sentences.flatMap((sentence): PartsClaim[] => {
    if (sentence.section > 1 || !ABOUT_THE_REPORT.test(sentence.text)) return [];
    const match = PARTS.exec(sentence.text);
    if (!match || !STRUCTURE.test(sentence.text.slice(0, match.index + match[0].length))) return [];
    const n = /^\d+$/.test(match[1]!) ? Number(match[1]) : chineseToNumber(match[1]!);
    if (n === null) return [];
    const from = Math.max(0, sentence.text.search(ABOUT_THE_REPORT));
    return [{ n, span: subSpan(sentence, Math.min(from, match.index), match.index + match[0].length), sentence }];
  });
}
