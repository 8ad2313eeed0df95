/**
 * The opening's count of parts (「本报告共分6个部分」「由…六部分组成」) must agree with the sections the
 * report has. When it says six and fewer are found, the missing sections are section-missing's to
 * report: the claim names what the report should have, so it is not reported again here.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { claimsOf } from '../../claims/extract';
import { quoteOf, sectionOf } from '../../claims/quote';

const FORM_SECTIONS = 6;

export default defineCheck({
  id: 'section-count-claim',
  severity: 'warning',
  title: { zh: '开篇所称的部分数与实际相符', en: 'The stated number of parts matches the sections' },
  needsForm: true,
  evaluate({ report }) {
    const found = new Set(report.sections.map((section) => section.n)).size;
    return claimsOf(report)
      .parts.slice(0, 1)
      .flatMap((claim): FindingDraft[] => {
        const base = {
          location: sectionOf(claim.sentence),
          expression: '开篇所称部分数 = 找到的部分数',
          expected: String(found),
          actual: String(claim.n),
          delta: String(claim.n - found),
          evidence: { quotes: [quoteOf(claim.sentence, claim.span)] },
        };
        if (claim.n === found) {
          return [
            {
              ...base,
              outcome: 'pass',
              message: `开篇称报告共 ${claim.n} 个部分，与找到的部分数一致。`,
              messageEn: `The opening says ${claim.n} parts; ${found} are present.`,
            },
          ];
        }
        if (claim.n === FORM_SECTIONS && found < FORM_SECTIONS) return [];
        return [
          {
            ...base,
            outcome: 'fail',
            message: `开篇「${claim.span.text}」称报告共 ${claim.n} 个部分，但报告中找到 ${found} 个部分（格式规定为六个部分）。`,
            messageEn: `The opening says the report has ${claim.n} parts, but ${found} are present.`,
          },
        ];
      });
  },
});
