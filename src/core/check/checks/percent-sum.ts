/**
 * Shares that partition one whole must add up to 100% within what their printed precision allows
 * (each printed value may be rounded or truncated). Shares are only taken for a partition when the text
 * makes them one: a closing 「其他…占x%」, or counts that add up exactly to the total they split, or
 * 自然人 with 法人或其他组织. Any other set of percentages may overlap or leave parts out: not checked.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { claimsOf } from '../../claims/extract';
import { subSpan } from '../../claims/sentences';
import { quoteOf, sectionOf } from '../../claims/quote';
import { sharesCanSumTo100 } from '../../claims/percent-math';
import type { Claims, ShareClaim } from '../../claims/types';

function runsOf(shares: ShareClaim[]): ShareClaim[][] {
  const runs = new Map<number, ShareClaim[]>();
  for (const share of shares) runs.set(share.run, [...(runs.get(share.run) ?? []), share]);
  return [...runs.values()];
}

/** Counts that add up exactly to the total they split make their shares a partition. */
function countsComplete(claims: Claims, run: ShareClaim[]): boolean {
  if (run.some((share) => share.count === null)) return false;
  const ids = run.map((share) => share.count!);
  const breakdown = claims.breakdowns.find(
    (candidate) => ids.every((id) => candidate.parts.includes(id)) && candidate.parts.length === ids.length,
  );
  if (!breakdown || breakdown.total === null || !breakdown.exhaustive) return false;
  const total = claims.counts[breakdown.total]!.count;
  const parts = breakdown.parts.map((id) => claims.counts[id]!.count);
  return !total.approximate && parts.every((part) => !part.approximate) && parts.reduce((sum, part) => sum + part.value, 0) === total.value;
}

function applicantsComplete(run: ShareClaim[]): boolean {
  return (
    run.length === 2 && run.some((share) => /自然人/.test(share.label)) && run.some((share) => /法人(或|和|及)其他组织/.test(share.label))
  );
}

function findingOf(run: ShareClaim[], fits: boolean, sum: string): FindingDraft {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const sentence = first.sentence;
  const span = subSpan(sentence, first.phrase.start - sentence.start, last.phrase.end - sentence.start);
  const expression = `${run.map((share) => share.percent.printed).join(' + ')} = 100%`;
  const base = {
    location: sectionOf(sentence),
    expression,
    expected: '100%',
    actual: `${sum}%`,
    evidence: { quotes: [quoteOf(sentence, span)] },
  };
  if (fits) {
    return {
      ...base,
      outcome: 'pass',
      message: `正文「${span.text}」各部分之和为 ${sum}%，在四舍五入或截断误差之内等于 100%。`,
      messageEn: `${expression} holds within rounding (${sum}%).`,
    };
  }
  return {
    ...base,
    outcome: 'fail',
    message: `正文「${span.text}」是对同一总体的划分，各部分之和却为 ${sum}%，超出四舍五入或截断所能解释的范围。`,
    messageEn: `Shares of one whole add up to ${sum}%, not 100% within rounding.`,
  };
}

export default defineCheck({
  id: 'percent-sum',
  severity: 'warning',
  title: { zh: '同一总体的各部分百分比之和为100%', en: 'Shares of one whole add up to 100%' },
  needsForm: false,
  evaluate({ report }) {
    const claims = claimsOf(report);
    return runsOf(claims.shares).flatMap((run): FindingDraft[] => {
      // An approximate share (「超过80%」) cannot be added up exactly.
      if (run.length < 2 || run.some((share) => share.percent.approximate)) return [];
      const rest = run[run.length - 1]!.isRest;
      if (!rest && !countsComplete(claims, run) && !applicantsComplete(run)) return [];
      if (!rest) {
        const { fits, sum } = sharesCanSumTo100(run.map((share) => share.percent));
        return [findingOf(run, fits, sum)];
      }
      // Shares before those of this partition may sit in the same sentence: the partition is the
      // shortest tail, closed by 「其他」, that can add up to 100.
      for (let from = run.length - 2; from >= 0; from--) {
        const tail = run.slice(from);
        const { fits, sum } = sharesCanSumTo100(tail.map((share) => share.percent));
        if (fits) return [findingOf(tail, true, sum)];
      }
      const { sum } = sharesCanSumTo100(run.map((share) => share.percent));
      return [findingOf(run, false, sum)];
    });
  },
});
