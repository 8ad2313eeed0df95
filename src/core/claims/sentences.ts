/**
 * Splitting text blocks into sentences and sentences into clauses, keeping offsets into the block so
 * every claim can point at its exact words. 「；」 ends a sentence too: reports use it between the
 * parallel statements of one paragraph (「按申请形式统计…；按申请公开的内容统计…」), which are
 * separate wholes for shares and breakdowns.
 */
import type { Report } from '../model/report';
import type { Sentence, TextSpan } from './types';
import { allMatches } from '../text/all-matches';

const SENTENCE_END = /[。！？!?；;\n]/g;

export function sentencesOf(report: Report): Sentence[] {
  const sentences: Sentence[] = [];
  report.blocks.forEach((block, index) => {
    if (block.kind !== 'text') return;
    const section = report.blockSection[index] ?? 0;
    let from = 0;
    for (const to of allMatches(SENTENCE_END, block.text)
      .map((match) => match.index)
      .concat(block.text.length)) {
      let start = from;
      let end = to;
      while (start < end && /\s/.test(block.text[start]!)) start++;
      while (end > start && /\s/.test(block.text[end - 1]!)) end--;
      if (end > start) sentences.push({ block: index, start, end, text: block.text.slice(start, end), section });
      from = to + 1;
    }
  });
  return sentences;
}

/** A sub-span of a sentence, by offsets relative to the sentence. */
export function subSpan(sentence: TextSpan, from: number, to: number): TextSpan {
  return { block: sentence.block, start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}

/** Clause boundaries inside a sentence: commas, enumeration commas, colons and brackets. */
const CLAUSE_BOUNDARY = new Set([...',，、:：()（）'].map((char) => char.charCodeAt(0)));

/** Where the clause holding offset `at - 1` starts: after the last boundary before `at`, never before `floor`. */
export function clauseStart(text: string, floor: number, at: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (CLAUSE_BOUNDARY.has(text.charCodeAt(i))) return i + 1;
  }
  return floor;
}
