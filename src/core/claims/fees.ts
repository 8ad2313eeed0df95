/** Sentences that say whether 信息处理费 (fees for answering applications) were charged. */
import { subSpan } from './sentences';
import { yearBefore } from './years';
import type { FeeStatement, Sentence } from './types';

const PROCESSING_FEE = /信息处理费|处理费/;
const ANY_FEE = /(收取|收|缴纳|减免)[^。；;,，]{0,6}费用|费用[^。；;,，]{0,4}(收取|减免)/;
const ABOUT_APPLICATIONS = /申请|答复|信息公开/;

export function feeStatements(sentences: Sentence[]): FeeStatement[] {
  return sentences.flatMap((sentence): FeeStatement[] => {
    const match = PROCESSING_FEE.exec(sentence.text) ?? (ABOUT_APPLICATIONS.test(sentence.text) ? ANY_FEE.exec(sentence.text) : null);
    if (!match) return [];
    return [{ span: { ...sentence, text: sentence.text }, sentence, year: yearBefore(sentence, match.index) }].map(({ span, ...rest }) => ({
      ...rest,
      span: subSpan(sentence, 0, sentence.text.length),
    }));
  });
}
