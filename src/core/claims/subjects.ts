/**
 * What a count in the prose counts, read from the words just before it. Only wordings that name one
 * table value unambiguously get a subject; everything else (主动公开 items, 政策解读, 新媒体 accounts,
 * 群众诉求, a joint 「行政复议、行政诉讼共N件」) gets none and is never compared with a table —
 * a false alarm costs more than a miss (docs/rules.md).
 */
import type { ApplicantColumn, CountSubject, OutcomeGroup } from './types';

export interface SubjectContext {
  /** The compact words before the number in its clause (after 「其中」 etc. are kept). */
  label: string;
  /** The compact words of the count's own clause: from the previous count of the sentence to the next one. */
  own: string;
  /** The compact sentence the count is in. */
  sentence: string;
  /** The compact paragraph (text block); a function, as most counts are decided without it. */
  paragraph: () => string;
  section: number;
  /** An application count earlier in the same sentence (this one may split it). */
  hasParentInSentence: boolean;
  /** An application count earlier in the same paragraph. */
  hasParentInParagraph: boolean;
}

/** The paragraph speaks of applications for disclosure (not of 行政许可 or 复议 applications). */
const DISCLOSURE_APPLICATIONS = /信息公开申请|依申请公开|公开申请/;
/** Applications that are not disclosure applications. */
const OTHER_APPLICATIONS = /(许可|复议|诉讼|延期|补正|审批|资金|项目|专利|注册|救助|补贴|备案|入驻)(的)?申请/;
const RECEIVE = /新收|收到|受理|接收|接到|收悉|登记|提出/;
const HANDLE = /办理|办结|答复|处理|完成/;
const INCLUDES_CARRY =
  /含(上年|上一年|去年)?(度)?结转|包括(上年|上一年|去年)(度)?结转|加上(上年|上一年|去年)|连同(上年|上一年|去年)|其中(含)?(上年|上一年|去年)(度)?结转/;
/** Cumulative or comparative figures (「累计」「2021年以来」「比上年…」) are not this year's table values. */
const NOT_THIS_YEAR = /累计|以来|历年|至今|同比|上年同期|去年同期|(较|比|与)(上年|去年|上一年|前年|\d{4}年)/;

const OUTCOMES: readonly [OutcomeGroup, RegExp][] = [
  ['partlyGranted', /部分(予以)?公开/],
  ['withheld', /不予(以)?公开/],
  ['unavailable', /无法提供/],
  ['notProcessed', /不予(以)?处理/],
  ['otherHandling', /其他处理/],
  ['granted', /(?<!不)(予以|同意|准予)公开/],
];

const APPLICANTS: readonly [ApplicantColumn, RegExp][] = [
  ['natural', /自然人|公民/],
  ['legalPersons', /法人(或|和|及|与)其他组织/],
  ['business', /(商业)?企业/],
  ['research', /科研机构/],
  ['nonprofit', /社会公益组织/],
  ['legal', /法律服务机构/],
];

const CHANNELS = /网络|网上|在线|互联网|网站|电子邮件|邮箱|当面|现场|窗口|信函|信件|邮寄|来信|传真|电话|短信|微信/;

/** Sub-results of reviews and suits (「维持2件」「被纠错1件」) are not table-4 totals. */
const CASE_RESULTS = /纠错|纠正|维持|撤销|确认违法|败诉|胜诉|审结|结案|驳回|终止|撤回|和解/;

export function subjectOf(context: SubjectContext): CountSubject | null {
  const { label, sentence } = context;
  const review = /复议/.test(label);
  const suit = /诉讼|起诉|应诉/.test(label);
  if (review || suit) return caseSubject(context, review, suit);

  const table2 = table2Subject(context);
  if (table2 !== undefined) return table2;

  const aboutApplications = context.section === 3 || DISCLOSURE_APPLICATIONS.test(context.paragraph());
  if (!aboutApplications || OTHER_APPLICATIONS.test(label)) return null;

  if (/(上(一)?年|去年|上年度)(度)?(结转|转入)/.test(label)) return { kind: 'applications', stage: 'carriedIn', includesCarry: false };
  if (/结转(至|到|入)?(下|次)(一)?年|结转下年度|转(入|至|到)?下(一)?年|结转至\d{4}/.test(label))
    return { kind: 'applications', stage: 'carriedOut', includesCarry: false };

  if (NOT_THIS_YEAR.test(label)) return null;

  const outcomes = OUTCOMES.filter(([, pattern]) => pattern.test(label));
  if (outcomes.length > 1) return null;
  if (outcomes.length === 1) return { kind: 'outcome', group: outcomes[0]![0] };

  const split = context.hasParentInSentence || context.hasParentInParagraph;
  const applicants = APPLICANTS.filter(([, pattern]) => pattern.test(label));
  // 「法人或其他组织」 also contains no 企业, but 「商业企业」 and 「企业」 must not both count.
  if (applicants.length === 1 && split) return { kind: 'applicant', column: applicants[0]![0] };
  // 「收到公民、法人或其他组织提出的政府信息公开申请218件」: several kinds name who applied, not a part.
  if (applicants.length > 1 && /申请$/.test(label) && RECEIVE.test(label) && !HANDLE.test(label)) {
    return { kind: 'applications', stage: 'received', includesCarry: INCLUDES_CARRY.test(context.own) };
  }
  if (applicants.length > 1) return null;

  if (CHANNELS.test(label) && (split ? /申请|提出/.test(label + sentence) : /申请/.test(label))) return { kind: 'channel' };

  // After an application count, a bare verb continues it: 「新收申请13件，办结14件」.
  if (context.hasParentInSentence) {
    const bare = label.replace(/^(其中|共|已|依法|全部)+/, '');
    if (/^(办结|答复|办理)(了)?$/.test(bare))
      return { kind: 'applications', stage: 'handled', includesCarry: INCLUDES_CARRY.test(context.own) };
    if (/^(新收|收到|受理)(了)?$/.test(bare))
      return { kind: 'applications', stage: 'received', includesCarry: INCLUDES_CARRY.test(context.own) };
  }

  if (!/申请(?!人|书|表)/.test(label)) return null;
  if (!DISCLOSURE_APPLICATIONS.test(label) && context.section !== 3 && !DISCLOSURE_APPLICATIONS.test(context.paragraph())) return null;
  const receives = RECEIVE.test(label);
  const handles = HANDLE.test(label);
  const includesCarry = INCLUDES_CARRY.test(context.own);
  if (receives && !handles) return { kind: 'applications', stage: 'received', includesCarry };
  if (handles && !receives) return { kind: 'applications', stage: 'handled', includesCarry };
  return { kind: 'applications', stage: 'receivedOrHandled', includesCarry };
}

function caseSubject(context: SubjectContext, review: boolean, suit: boolean): CountSubject | null {
  const { label } = context;
  if (CASE_RESULTS.test(label) || NOT_THIS_YEAR.test(label)) return null;
  // A body that handles reviews for others (司法局) counts them too: only disclosure cases are table 4's.
  if (!/信息公开/.test(context.sentence) && context.section !== 4) return null;
  if (/复议后(提起)?(行政)?(起诉|诉讼)/.test(label)) return { kind: 'suits', which: 'afterReview' };
  if (/(未经复议|直接)(提起)?(行政)?(起诉|诉讼)/.test(label)) return { kind: 'suits', which: 'direct' };
  if (review && suit) return null;
  return review ? { kind: 'review' } : { kind: 'suits', which: 'all' };
}

/**
 * Table 2 restated in section 一 (「本年度制发行政规范性文件62件」「现行有效行政规范性文件698件」):
 * `undefined` when the label is not about 规章/规范性文件 at all, null when it is but unclear.
 */
function table2Subject(context: SubjectContext): CountSubject | null | undefined {
  const { label } = context;
  const normative = /规范性文件/.test(label);
  const regulations = /规章/.test(label) && !normative;
  if (!normative && !regulations) return undefined;
  const row = normative ? 'normativeDocs' : 'regulations';
  const thisYear = /本年|本年度|今年|全年|当年|年内/.test(label);
  const columns = [
    /现行有效/.test(label) ? 'inForce' : null,
    /制发|制定|出台|印发/.test(label) ? 'issued' : null,
    /废止|废除/.test(label) ? 'repealed' : null,
  ].filter((column): column is 'inForce' | 'issued' | 'repealed' => column !== null);
  if (columns.length !== 1 || (columns[0] !== 'inForce' && NOT_THIS_YEAR.test(label))) return null;
  return { kind: 'table2', row, column: columns[0]!, thisYear };
}
