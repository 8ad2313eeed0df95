/**
 * Parts listed in the text (网络申请 a 件、信函申请 b 件…; 自然人…、法人或其他组织…; the outcome
 * groups) must add up to the total they split. A list that ends in 「等」 is not exhaustive, nor is one
 * that names only some of the outcome groups: it cannot fall short, only be checked when it adds up.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { claimsOf } from '../../claims/extract';
import { subSpan } from '../../claims/sentences';
import { quoteOf, said, sectionOf } from '../../claims/quote';
import type { BreakdownClaim, Claims } from '../../claims/types';

const DIMENSION: Record<BreakdownClaim['dimension'], string> = { channel: '申请渠道', applicant: '申请人类型', outcome: '办理结果' };

function findingOf(claims: Claims, breakdown: BreakdownClaim): FindingDraft | null {
  if (breakdown.total === null) return null;
  const parts = breakdown.parts.map((id) => claims.counts[id]!);
  const total = claims.counts[breakdown.total]!;
  if (total.count.approximate || parts.some((part) => part.count.approximate)) return null;
  const sentence = parts[0]!.sentence;
  const span = subSpan(sentence, parts[0]!.phrase.start - sentence.start, parts[parts.length - 1]!.phrase.end - sentence.start);
  const quotes = [quoteOf(sentence, span), ...(total.sentence === sentence ? [] : [quoteOf(total.sentence, total.phrase)])];
  const sum = parts.reduce((value, part) => value + part.count.value, 0);
  const expected = total.count.value;
  const expression = `${parts.map((part) => part.count.value).join(' + ')} = ${expected}`;
  const base = {
    location: sectionOf(sentence),
    expression,
    expected: String(expected),
    actual: String(sum),
    delta: String(sum - expected),
    evidence: { quotes },
  };
  const listed = `按${DIMENSION[breakdown.dimension]}列出的各项`;
  if (sum === expected) {
    return {
      ...base,
      outcome: 'pass',
      message: `正文${listed}之和（${expression}）等于总数${said(total.phrase)}。`,
      messageEn: `The listed parts add up to the total (${expression}).`,
    };
  }
  if (sum < expected && !breakdown.exhaustive) {
    return {
      ...base,
      outcome: 'not-applicable',
      message: `正文${listed}之和为 ${sum}，小于总数 ${expected}；但${breakdown.openReason}，不据此判断。`,
      messageEn: `The listed parts add up to ${sum} < ${expected}, but the list is not exhaustive.`,
    };
  }
  if (!breakdown.exhaustive) {
    return {
      ...base,
      outcome: 'not-applicable',
      message: `正文${listed}之和为 ${sum}，与总数 ${expected} 不等；但${breakdown.openReason}，不据此判断。`,
      messageEn: `The listed parts add up to ${sum}, not ${expected}, but the list is not exhaustive.`,
    };
  }
  return {
    ...base,
    outcome: 'fail',
    message: `正文${listed}之和为 ${sum}（${parts.map((part) => said(part.phrase)).join('、')}），与所拆分的总数${said(total.phrase)}不等，相差 ${sum - expected}。`,
    messageEn: `The listed parts add up to ${sum}, not the total ${expected} they split (difference ${sum - expected}).`,
  };
}

export default defineCheck({
  id: 'breakdown-sum',
  severity: 'warning',
  title: { zh: '正文列举的各项之和等于总数', en: 'Parts listed in the text add up to their total' },
  needsForm: false,
  evaluate({ report }) {
    const claims = claimsOf(report);
    return claims.breakdowns.flatMap((breakdown) => findingOf(claims, breakdown) ?? []);
  },
});
