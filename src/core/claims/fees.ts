/** Sentences that say whether 信息处理费 (fees for answering applications) were charged. */
import { subSpan } from './sentences';
import { yearBefore } from './years';
import type { FeeStatement, Sentence } from './types';

const PROCESSING_FEE = /信息处理费|处理费/;
const ANY_FEE = /(收取|收|缴纳|减免)[^。；;,，]{0,6}费用|费用[^。；;,，]{0,4}(收取|减免)/;
const ABOUT_APPLICATIONS = /申请|答复|信息公开/;
/**
 * The ways a report says no fee was charged without naming the fee: 「未发生收费情况」「未收取任何费用」
 * 「没有产生收费」「不存在收费行为」. A negation, then a charging word within a short reach.
 */
const NO_CHARGE = /(未|没有|无|不存在|均未|从未|不曾)[^。；;，,]{0,12}(收费|收取|缴费|缴纳|费用)/;
/** 「收费情况：无」「收费0元」: the charge named first, the nothing after it. */
const CHARGE_NONE = /收费(情况|金额)?\s*[:：为]?\s*(无|0(\.0+)?\s*(元|万元))/;
/** A sub-heading (「（二）信息处理费收取情况」) announces the statement but does not make it. */
const HEADING = /^[(（][一二三四五六七八九十]+[)）][^,，。]{0,20}情况$/;

export function feeStatements(sentences: Sentence[]): FeeStatement[] {
  return sentences.flatMap((sentence): FeeStatement[] => {
    if (HEADING.test(sentence.text)) return [];
    const about = ABOUT_APPLICATIONS.test(sentence.text);
    // In section 六 a bare 「未收取任何费用」 can only be about applications: the form asks for it there.
    const charging = about || sentence.section === 6;
    const match =
      PROCESSING_FEE.exec(sentence.text) ??
      (about ? ANY_FEE.exec(sentence.text) : null) ??
      (charging ? (NO_CHARGE.exec(sentence.text) ?? CHARGE_NONE.exec(sentence.text)) : null);
    if (!match) return [];
    return [{ span: subSpan(sentence, 0, sentence.text.length), sentence, year: yearBefore(sentence, match.index) }];
  });
}
