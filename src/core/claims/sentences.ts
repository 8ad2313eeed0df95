/**
 * Splitting text blocks into sentences and sentences into clauses, keeping offsets into the block so
 * every claim can point at its exact words. 「；」 ends a sentence too: reports use it between the
 * parallel statements of one paragraph (「按申请形式统计…；按申请公开的内容统计…」), which are
 * separate wholes for shares and breakdowns.
 */
import type { Report } from '../model/report';
import type { Sentence, TextSpan } from './types';

const SENTENCE_END = /[。！？!?；;\n]/;

export function sentencesOf(report: Report): Sentence[] {
  const sentences: Sentence[] = [];
  report.blocks.forEach((block, index) => {
    if (block.kind !== 'text') return;
    const section = report.blockSection[index] ?? 0;
    let start = 0;
    for (let i = 0; i <= block.text.length; i++) {
      if (i < block.text.length && !SENTENCE_END.test(block.text[i]!)) continue;
      const span = trimSpan(index, block.text, start, i);
      if (span) sentences.push({ ...span, section });
      start = i + 1;
    }
  });
  return sentences;
}

/** The span `[start, end)` of `text` without surrounding spaces, or null when nothing is left. */
export function trimSpan(block: number, text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { block, start, end, text: text.slice(start, end) } : null;
}

/** A sub-span of a sentence, by offsets relative to the sentence. */
export function subSpan(sentence: TextSpan, from: number, to: number): TextSpan {
  return { block: sentence.block, start: sentence.start + from, end: sentence.start + to, text: sentence.text.slice(from, to) };
}

/** Clause boundaries inside a sentence: commas, enumeration commas, colons and brackets. */
export const CLAUSE_BOUNDARY = /[,，、:：()（）]/;
