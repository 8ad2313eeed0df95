/**
 * Qualitative claims the tables can refute: 「未收到政府信息公开申请」, 「未发生行政复议、行政诉讼」,
 * 「全部予以公开」, 「均维持」/「无被纠错」. The patterns are deliberately narrow: 「未经复议直接起诉」,
 * 「尚未审结」, 「无正当理由…申请」 and 「未收到群众意见建议」 are not such claims.
 */
import { subSpan } from './sentences';
import { yearBefore } from './years';
import type { QualitativeClaim, QualitativeKind, Sentence } from './types';
import { allMatches } from '../text/all-matches';

const NO_APPLICATIONS = [
  /(未|没有|无)(收到|接到|受理|接收)(过)?(任何|有关|相关)?的?(政府信息公开|信息公开|依申请公开)?的?申请(?!人|书|表|行政复议|复议|诉讼)/g,
  /(无|没有|未发生|未有)(任何)?(政府信息公开|信息公开|依申请公开)的?申请(?!人|书|表|行政复议|复议|诉讼)/g,
];
const NO_CASES =
  /(?<![尚并])(未(?!经|审结|结案|结)|没有|无(?!法|正当))(发生|出现|产生|收到|接到|有|新增)?(?<mid>[^。；;,，\d]{0,25}?)(?<case>行政复议|复议|行政诉讼|诉讼|起诉)/g;
const CORRECTION_AFTER = /^[^。；;,，]{0,8}?(纠错|纠正|败诉|撤销|确认违法)/;
const ALL_GRANTED = /(全部|均|都|一律|悉数)(已|已经)?(依法)?(予以|同意)?公开(?!的|透明|栏|专栏|目录)/g;
/**
 * A condition before 「均予以公开」 (「凡属于公开范围的均予以公开」「符合条件的均予以公开」「除涉密外均予以公开」)
 * makes it a statement of policy, not of every application's outcome.
 */
const CONDITIONAL = /凡|符合|属于[^。；;，,]{0,8}范围|可以公开|能够公开|能公开|应当公开|应公开|可公开|依法可|除[^。；;]{0,20}外|只要/;
const ALL_UPHELD = /(均|全部|都|一律)(被|已|已经|予以)?(维持|胜诉)/g;
const NO_CORRECTION = /(无|没有|未|未发生|未出现)(被)?(纠错|纠正|败诉)|零纠错/g;

/** Every pattern above needs one of these words in its sentence; most sentences have none. */
const MAY_HOLD_CLAIM = /申请|复议|诉讼|起诉|应诉/;

export function qualitativeClaims(sentences: Sentence[]): QualitativeClaim[] {
  return sentences.flatMap((sentence) => {
    const claims: QualitativeClaim[] = [];
    if (!MAY_HOLD_CLAIM.test(sentence.text)) return claims;
    const push = (kind: QualitativeKind, start: number, end: number, review: boolean, suits: boolean) => {
      if (claims.some((claim) => claim.span.start - sentence.start < end && start < claim.span.end - sentence.start)) return;
      claims.push({ kind, review, suits, span: subSpan(sentence, start, end), sentence, year: yearBefore(sentence, start) });
    };
    const text = sentence.text;
    for (const pattern of NO_APPLICATIONS) {
      for (const match of allMatches(pattern, text)) push('noApplications', match.index, match.index + match[0].length, false, false);
    }
    for (const match of allMatches(NO_CASES, text)) {
      // 「（申请人）未申请行政复议」 is about an applicant's choice, not about the body's cases.
      if (!match[2] && /^(申请|提起|提出)/.test(match.groups!.mid!)) continue;
      const caseStart = match.index + match[0].length - match.groups!.case!.length;
      const end = coverageEnd(text, caseStart);
      const covered = text.slice(caseStart, end);
      const review = /(?<!经)复议(?!后)/.test(covered);
      const suits = /诉讼|起诉/.test(covered);
      const kind: QualitativeKind = CORRECTION_AFTER.test(text.slice(end)) ? 'noCorrection' : 'noReviewOrSuit';
      push(kind, match.index, end, review, suits);
    }
    const cases = caseScope(sentence);
    for (const match of allMatches(ALL_GRANTED, text)) {
      // Only about applications (「收到的申请均予以公开」), not 「对申请人关注的信息均予以公开」 or 主动公开.
      const before = text.slice(0, match.index);
      if (/申请(?!人)/.test(before) && !CONDITIONAL.test(before.slice(-30)))
        push('allGranted', match.index, match.index + match[0].length, false, false);
    }
    if (cases) {
      for (const match of allMatches(ALL_UPHELD, text))
        push('allUpheld', match.index, match.index + match[0].length, cases.review, cases.suits);
      for (const match of allMatches(NO_CORRECTION, text))
        push('noCorrection', match.index, match.index + match[0].length, cases.review, cases.suits);
    }
    return claims.sort((a, b) => a.span.start - b.span.start);
  });
}

/** A claim about 复议 reaches over what is joined to it: 「行政复议、行政诉讼」「被行政复议提起行政诉讼」. */
function coverageEnd(text: string, caseStart: number): number {
  const rest = text.slice(caseStart);
  const joined =
    /^(行政复议|复议|行政诉讼|诉讼|起诉)((、|和|及|或者|或|与|以及)?(被提起|提起|被)?(行政复议|复议|行政诉讼|诉讼|起诉))*/.exec(rest);
  return caseStart + (joined?.[0].length ?? 0);
}

/** Which table-4 groups a sentence about results speaks of; null when it speaks of neither. */
function caseScope(sentence: Sentence): { review: boolean; suits: boolean } | null {
  const review = /复议/.test(sentence.text);
  const suits = /诉讼|起诉|应诉/.test(sentence.text);
  if (review || suits) return { review, suits };
  return sentence.section === 4 ? { review: true, suits: true } : null;
}
