/**
 * The typed reading of a count: what noun it counts, by which action, in which scope — and how sure
 * the reader is. A subject (subjects.ts) says which table value a count would restate; the reading
 * says whether the words really pin the number to it. Only a strong reading may make an `error`: a
 * weak one that disagrees with the table is a question for a person (rules.md: a false alarm costs
 * more than a miss).
 *
 * All of it is general vocabulary: the nouns, units and verbs of the national form and of the prose
 * around it, never the wording of one report.
 */
import type { CountReading, CountSubject, CountedNoun, CountAction } from './types';

/** Filler between a label's noun and its number (「申请共计」「文件数为」). */
const TRAILING_FILLER = /(的|数|数量|总数|总量|共计|共有|合计|总计|累计|总共|共|为|是|达到|达|有|计|分别为|分别)+$/;

/**
 * Units that count information items, not applications or files: 「信息354条」. 「件」 is shared by
 * applications, files and cases, so it decides nothing on its own.
 */
const INFORMATION_UNITS = /^(条|篇|期)$/;

const NOUNS: readonly [CountedNoun, RegExp][] = [
  ['applications', /申请(件)?$/],
  ['information', /(信息|数据|条目|内容)$/],
  ['documents', /(文件|规章|制度|办法|意见|通知)$/],
  ['cases', /(案件|复议|诉讼|起诉|应诉)$/],
];

const ACTIONS: readonly [CountAction, RegExp][] = [
  ['receive', /新收|收到|受理|接收|接到|收悉|登记/],
  ['handle', /办结|办理|答复|处理完毕|完成/],
  ['issue', /制发|制定|出台|印发/],
  ['repeal', /废止|废除/],
  // Putting documents online or in order says how many were handled this year, not how many there are.
  ['publish', /清理|梳理|发布|公布|汇编|更新|上传|入库|上网|归集|录入|整理/],
];

/** Words that open the items of a breakdown: after a total, what follows them is a part of it. */
const ITEM_OPENER = /(涉及|包括|包含|主要是|主要为|内容为|事项为)/;

export interface ReadingContext {
  /** The compact label before the number. */
  label: string;
  unit: string;
  /** The compact words right after the unit, up to the next punctuation (「10个工作日」 → 「工作日」). */
  after: string;
  section: number;
  /** The compact sentence text between the previous count of the sentence and this one's label. */
  between: string;
  /** Another count comes earlier in the same sentence. */
  afterCount: boolean;
  subject: CountSubject | null;
  /** The subject was decided from the paragraph or section, not from words in the label. */
  fromContext: boolean;
}

/** After 申请 another noun is what is counted: 申请材料, 申请表, 申请人, 申请事项 (but 申请公开 is the act). */
const AFTER_APPLICATION = /申请(?!件|数|公开)[\u4e00-\u9fff]{1,4}$/;
/** Words that may follow a count without naming another thing (「218件，」「5件均予以公开」「3件以上」). */
const FOLLOWS_FREELY = /^(申请|均|都|已|全部|其中|分别|并|且|和|与|及|等|以上|左右|之多|次|的|中|予以|依法|按时|结转|办结|答复)/;

export function nounOf(label: string, unit: string, after = ''): CountedNoun | null {
  // 「10个工作日」「3个部门」: a measure word followed by a noun counts that noun, not the label's.
  if (/^[\u4e00-\u9fff]/.test(after) && !FOLLOWS_FREELY.test(after)) return /^(政府信息公开)?申请/.test(after) ? 'applications' : 'other';
  const head = label.replace(TRAILING_FILLER, '');
  for (const [noun, pattern] of NOUNS) if (pattern.test(head)) return noun;
  if (AFTER_APPLICATION.test(head)) return 'other';
  if (INFORMATION_UNITS.test(unit)) return 'information';
  return null;
}

export function readingOf(context: ReadingContext): CountReading {
  const { label, subject } = context;
  const noun = nounOf(label, context.unit, context.after);
  const actions = ACTIONS.filter(([, pattern]) => pattern.test(label)).map(([action]) => action);
  const action = actions.length === 1 ? actions[0]! : null;
  const opener = ITEM_OPENER.exec(context.between + label) ?? (isTotalStage(subject) ? /(其中)/.exec(context.between + label) : null);
  const scope = context.afterCount && opener ? 'item' : 'total';
  const doubts: string[] = [];

  if (subject?.kind === 'applications') {
    if (context.fromContext) doubts.push('数字前的文字没有写明是政府信息公开申请，是按上下文推断的');
    if (subject.stage === 'receivedOrHandled') doubts.push('措辞没有说明是收到的还是办理的申请');
    if (actions.length > 1) doubts.push(`同一处既说「${labelVerbs(label)}」，不能确定数字对应哪一项`);
  }
  if (subject?.kind === 'table2') {
    const expected = subject.column === 'inForce' ? null : subject.column === 'issued' ? 'issue' : 'repeal';
    const other = actions.filter((found) => found !== expected);
    if (other.length)
      doubts.push(
        `数字前的动词「${labelVerbs(label)}」说的是本年所做的工作，未必是表二「${subject.column === 'inForce' ? '现行有效件数' : subject.column === 'issued' ? '本年制发件数' : '本年废止件数'}」`,
      );
  }
  if ((subject?.kind === 'review' || subject?.kind === 'suits') && !/信息公开/.test(label) && context.section !== 4) {
    doubts.push('数字前的文字没有写明是因政府信息公开引起的案件，可能是全部案件数');
  }
  if (scope === 'item') doubts.push(`数字在「${opener![1]}」之后，是前一总数下的一项，不是总数`);
  return { noun, action, scope, strength: doubts.length ? 'weak' : 'strong', doubts };
}

/**
 * 「其中」 after a total opens its parts: a part read as a received or handled total is never that
 * total (a part named as such, 「其中上年结转…」, has a stage of its own and stays comparable).
 */
function isTotalStage(subject: CountSubject | null): boolean {
  return (
    subject?.kind === 'applications' &&
    (subject.stage === 'received' || subject.stage === 'handled' || subject.stage === 'receivedOrHandled')
  );
}

/** The verbs a label holds, for a message: 「清理、发布」. */
function labelVerbs(label: string): string {
  const verbs = ACTIONS.flatMap(([, pattern]) => [...label.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match[0]));
  return [...new Set(verbs)].join('、');
}

/**
 * Whether a subject can stand for what the words count. Table 3 counts applications: a count of
 * information items or files (「依申请公开信息数354条」「涉及政策法规信息1件」) is not one of them,
 * however close its words are to a table-3 label; nor is an item of a breakdown by content.
 */
export function fitsSubject(subject: CountSubject, reading: CountReading): boolean {
  const aboutApplications =
    subject.kind === 'applications' || subject.kind === 'applicant' || subject.kind === 'outcome' || subject.kind === 'channel';
  if (reading.noun === 'other') return false;
  if (aboutApplications && (reading.noun === 'information' || reading.noun === 'documents')) return false;
  if (subject.kind === 'applications' && reading.scope === 'item') return false;
  if (subject.kind === 'table2' && reading.noun !== null && reading.noun !== 'documents') return false;
  return true;
}
