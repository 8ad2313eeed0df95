/**
 * How a claim is quoted in a finding: its whole sentence, so the reader sees the number in context —
 * unless the sentence is long, when the clauses around the claim are enough to find it on the page.
 */
import type { EvidenceQuote, Location } from '../model/finding';
import type { Sentence, TextSpan } from './types';

const LONG = 160;
const CLAUSE_END = /[,，;；]/;

export function quoteOf(sentence: Sentence, claim: TextSpan): EvidenceQuote {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > LONG) {
    const text = sentence.text;
    let from = claim.start - sentence.start;
    let to = claim.end - sentence.start;
    while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
    while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
    start = sentence.start + from;
    end = sentence.start + to;
  }
  return { block: sentence.block, start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/** A finding's place: the section the sentence is in (none before the first heading). */
export function sectionOf(sentence: Sentence): Location {
  return sentence.section >= 1 && sentence.section <= 6 ? { section: sentence.section } : {};
}

/** The words of a claim for a message: 「全区收到政府信息公开申请75件」. */
export function said(span: TextSpan): string {
  return `「${span.text.replace(/^[,，、:：\s]+/, '')}」`;
}
