/**
 * Count claims: every count with a unit in a sentence, with the words before it (its label) and, when
 * the wording is unambiguous, its subject. Splits (「涉及自然人72件、商业企业3件」「网络申请8件」)
 * are tied to the application count they split — earlier in the sentence, else earlier in the
 * paragraph (「共受理申请13件。按申请形式统计，网络申请8件…」).
 */
import { compact } from '../text/normalize';
import { clauseStart, subSpan } from './sentences';
import { scanNumbers, type NumberToken } from './number-scan';
import { subjectOf } from './subjects';
import { fitsSubject, readingOf } from './reading';
import { yearBefore } from './years';
import type { Report } from '../model/report';
import type { CountClaim, Sentence } from './types';

/** Words that only join a label to its number (「申请共计75件」「数量为13件」). */
const FILLER = /^(其中|另有|另|分别为|分别是|分别|共计|共有|合计|总计|累计|总共|共|为|是|达到|达|有|计)*$/;

export interface SentenceTokens {
  sentence: Sentence;
  tokens: NumberToken[];
}

export function tokenize(sentences: Sentence[]): SentenceTokens[] {
  return sentences.map((sentence) => ({ sentence, tokens: scanNumbers(sentence.text) }));
}

export function countClaims(report: Report, tokenized: SentenceTokens[]): CountClaim[] {
  const claims: CountClaim[] = [];
  let paragraphBlock = -1;
  let paragraphParent: number | null = null;
  // A paragraph holds many sentences: compacted once, and only when a subject needs it.
  let compactParagraph: string | null = null;
  for (const { sentence, tokens } of tokenized) {
    if (sentence.block !== paragraphBlock) {
      paragraphBlock = sentence.block;
      paragraphParent = null;
      compactParagraph = null;
    }
    if (!tokens.some((token) => token.kind === 'count')) continue;
    const block = report.blocks[sentence.block];
    const paragraph = () => (compactParagraph ??= compact(block?.kind === 'text' ? block.text : sentence.text));
    const sentenceText = compact(sentence.text);
    let sentenceParent: number | null = null;
    let previousEnd = 0;
    tokens.forEach((token, index) => {
      if (token.kind !== 'count') {
        previousEnd = token.end;
        return;
      }
      if (isName(sentence.text, token)) {
        previousEnd = token.end;
        return;
      }
      // 「作其他处理（含…）341件」: the subject is in the words before the aside, not inside it.
      const aside = asideBefore(sentence.text, previousEnd, token.start);
      const labelEnd = aside?.open ?? token.start;
      const labelStart = labelStartOf(sentence.text, previousEnd, labelEnd);
      const label = compact(sentence.text.slice(labelStart, labelEnd) + (aside ? sentence.text.slice(aside.close + 1, token.start) : ''));
      // A qualifier (「含上年结转…」) belongs to the count of its own clause: from the previous count to the next one.
      const next = tokens.slice(index + 1).find((other) => other.kind === 'count');
      const own = compact(sentence.text.slice(previousEnd, next ? next.start : sentence.text.length));
      const named = subjectOf({
        label,
        own,
        sentence: sentenceText,
        paragraph,
        section: sentence.section,
        hasParentInSentence: sentenceParent !== null,
        hasParentInParagraph: paragraphParent !== null,
      });
      const reading = readingOf({
        label,
        unit: token.unit,
        after: compact(sentence.text.slice(token.end, token.end + 12)).split(/[,，、;；:：.。()（）]/)[0]!,
        section: sentence.section,
        between: compact(sentence.text.slice(previousEnd, labelStart)),
        afterCount: claims.length > 0 && claims[claims.length - 1]!.sentence === sentence,
        subject: named,
        fromContext: !/申请/.test(label) && sentenceParent === null,
      });
      const subject = named && fitsSubject(named, reading) ? named : null;
      const id = claims.length;
      const splits = subject?.kind === 'applicant' || subject?.kind === 'channel' || subject?.kind === 'outcome';
      claims.push({
        id,
        count: { value: token.value, approximate: token.approximate, unit: token.unit, span: subSpan(sentence, token.start, token.end) },
        subject,
        reading,
        label,
        phrase: subSpan(sentence, labelStart, token.end),
        sentence,
        year: yearBefore(sentence, token.start),
        parent: splits ? (sentenceParent ?? paragraphParent) : null,
        followedByDeng: /^\s*等/.test(sentence.text.slice(token.end)),
      });
      if (subject?.kind === 'applications' && subject.stage !== 'carriedIn' && subject.stage !== 'carriedOut') {
        sentenceParent = id;
        paragraphParent = id;
      }
      previousEnd = token.end;
    });
  }
  return claims;
}

const CLOSING_BRACKET = /[)）]\s*$/;

/** A bracketed aside right before a count (after the previous one): where it opens and closes. */
function asideBefore(text: string, floor: number, at: number): { open: number; close: number } | null {
  const before = text.slice(floor, at);
  if (!CLOSING_BRACKET.test(before)) return null;
  const close = floor + before.search(/[)）]\s*$/);
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const char = text[i]!;
    if (char === ')' || char === '）') depth++;
    else if ((char === '(' || char === '（') && --depth === 0) return i > floor ? { open: i, close } : null;
  }
  return null;
}

const OPENING_QUOTES = '“「『‘《〈';
const CLOSING_QUOTES = '”」』’》〉';
/** A numeral right after the unit makes a name of the whole (「三个一」「两个确保」), not a count. */
const NAME_TAIL = /^[一二两三四五六七八九十]/;

/**
 * Numbers inside quotation marks or titles (「“三个一”工作机制」「《…十条》」) name something; and a
 * count glued to a following numeral is a slogan. Neither is ever a count of anything in the tables.
 */
export function isName(text: string, token: NumberToken): boolean {
  if (NAME_TAIL.test(text.slice(token.end))) return true;
  let depth = 0;
  for (let at = 0; at < token.start; at++) {
    if (OPENING_QUOTES.includes(text[at]!)) depth++;
    else if (CLOSING_QUOTES.includes(text[at]!) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Where the label of a number starts: after the last clause boundary before it, but when that leaves
 * only filler (「…申请，共计75件」) the clause before counts too. Never before the previous number.
 */
function labelStartOf(text: string, floor: number, at: number): number {
  let start = clauseStart(text, floor, at);
  let guard = 0;
  while (start > floor && FILLER.test(compact(text.slice(start, at))) && guard++ < 2) {
    start = clauseStart(text, floor, start - 1);
  }
  // 「收到公民、法人或其他组织…申请218件」: a list of applicant kinds qualifies one count; the label
  // takes the whole list, or the last kind alone would read as a split.
  guard = 0;
  while (start > floor && APPLICANT_LISTED.test(compact(text.slice(floor, start))) && guard++ < 4) {
    start = clauseStart(text, floor, start - 1);
  }
  return start;
}

/** The text before a label ends in an applicant kind and a list mark: the label continues a list. */
const APPLICANT_LISTED = /(公民|自然人|个人|法人|企业|其他组织|社会组织|机构)[、和及与或]$/;
