/** Sentences that say whether 信息处理费 (fees for answering applications) were charged. */
import { subSpan } from './sentences';
import { yearBefore } from './years';
import type { FeeStatement, Sentence } from './types';

const PROCESSING_FEE = /信息处理费|处理费/;
const ANY_FEE = /(收取|收|缴纳|减免)[^。；;,，]{0,6}费用|费用[^。；;,，]{0,4}(收取|减免)/;
const ABOUT_APPLICATIONS = /申请|答复|信息公开/;
/** A sub-heading (「（二）信息处理费收取情况」) announces the statement but does not make it. */
const HEADING = /^[(（][一二三四五六七八九十]+[)）][^,，。]{0,20}情况$/;

export function feeStatements(sentences: Sentence[]): FeeStatement[] {
  return sentences.flatMap((sentence): FeeStatement[] => {
    if (HEADING.test(sentence.text)) return [];
    const match = PROCESSING_FEE.exec(sentence.text) ?? (ABOUT_APPLICATIONS.test(sentence.text) ? ANY_FEE.exec(sentence.text) : null);
    if (!match) return [];
    return [{ span: subSpan(sentence, 0, sentence.text.length), sentence, year: yearBefore(sentence, match.index) }];
  });
}
