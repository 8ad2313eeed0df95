/**
 * Section 六 must say whether 信息处理费 were charged (the 2021 form's own note; the fee exists since
 * 国办函〔2020〕109号, in force 2021). Said elsewhere in the report, it is still said: advice only.
 */
import { defineCheck } from '../define-check';
import { textEnd } from '../text-end';
import { claimsOf } from '../../claims/extract';
import { quoteOf, sectionOf } from '../../claims/quote';

const FEES_FROM = 2021;

export default defineCheck({
  id: 'fee-statement-missing',
  severity: 'warning',
  title: { zh: '第六部分说明信息处理费收取情况', en: 'Section 6 states whether processing fees were charged' },
  needsForm: true,
  evaluate({ report }) {
    // A copy that stops early may state it after the cut.
    if (textEnd(report))
      return [
        {
          outcome: 'not-applicable',
          location: { section: 6 },
          message: '文本在报告结束前中断，费用说明可能在中断之后，无法核对（见「文本完整」）。',
          messageEn: 'The text stops before the report ends; the statement may come after the cut.',
        },
      ];
    const year = report.identity.year;
    if (year === null || year < FEES_FROM) {
      return [
        {
          outcome: 'not-applicable',
          location: { section: 6 },
          message:
            year === null
              ? '未能确定报告年度，无法判断是否须说明信息处理费。'
              : `${year} 年度报告早于信息处理费制度（2021年起施行），本项不适用。`,
          messageEn: 'Information-processing fees were introduced in 2021; not applicable.',
        },
      ];
    }
    const fees = claimsOf(report).fees;
    const inSix = fees.find((fee) => fee.sentence.section === 6);
    if (inSix) {
      return [
        {
          outcome: 'pass',
          location: { section: 6 },
          message: `第六部分说明了信息处理费收取情况：「${quoteOf(inSix.sentence, inSix.span).text}」。`,
          messageEn: 'Section 6 states whether information-processing fees were charged.',
          evidence: { quotes: [quoteOf(inSix.sentence, inSix.span)] },
        },
      ];
    }
    const elsewhere = fees[0];
    // Without a section 六 at all (a copy cut short, a section left out) the absence is section-missing's
    // one finding; the fee statement cannot be looked for where there is no section to hold it.
    if (!elsewhere && !report.sections.some((section) => section.n === 6)) {
      return [
        {
          outcome: 'not-applicable',
          location: { section: 6 },
          message: '报告中没有找到第六部分，无法判断其中是否说明了信息处理费（第六部分的缺失另行报告）。',
          messageEn: 'No section 6 was found, so its fee statement cannot be looked for.',
        },
      ];
    }
    if (elsewhere) {
      return [
        {
          outcome: 'fail',
          severity: 'info',
          location: sectionOf(elsewhere.sentence),
          message: `报告在${elsewhere.sentence.section >= 1 ? `第${'一二三四五六'[elsewhere.sentence.section - 1]}部分` : '开篇'}提到了收费情况（「${quoteOf(elsewhere.sentence, elsewhere.span).text}」），但格式要求在第六部分「其他需要报告的事项」中说明信息处理费收取情况。`,
          messageEn: 'Fees are mentioned, but not in section 6 where the form asks for them.',
          evidence: { quotes: [quoteOf(elsewhere.sentence, elsewhere.span)] },
        },
      ];
    }
    return [
      {
        outcome: 'fail',
        location: { section: 6 },
        message: '第六部分没有说明是否收取信息处理费（如「本年度未收取信息处理费」）。',
        messageEn: 'Section 6 does not say whether information-processing fees were charged.',
      },
    ];
  },
});
