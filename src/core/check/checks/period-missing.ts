/**
 * The report should say which period its figures cover (「本报告所列数据统计期限为…1月1日至…12月31日」).
 * Advice only: the period is fixed by the regulation, but saying it dates the figures for the reader.
 */
import { defineCheck } from '../define-check';
import { textEnd } from '../text-end';
import { claimsOf } from '../../claims/extract';
import { quoteOf, sectionOf } from '../../claims/quote';

export default defineCheck({
  id: 'period-missing',
  severity: 'info',
  title: { zh: '说明统计期限', en: 'States the statistics period' },
  needsForm: false,
  evaluate({ report }) {
    // A copy that stops early may state it after the cut.
    if (textEnd(report))
      return [
        {
          outcome: 'not-applicable',
          location: {},
          message: '文本在报告结束前中断，统计期限可能在中断之后，无法核对（见「文本完整」）。',
          messageEn: 'The text stops before the report ends; the statement may come after the cut.',
        },
      ];
    const period = claimsOf(report).periods[0];
    if (period) {
      return [
        {
          outcome: 'pass',
          location: sectionOf(period.sentence),
          message: `报告说明了统计期限：「${period.span.text}」。`,
          messageEn: 'The report states its statistics period.',
          evidence: { quotes: [quoteOf(period.sentence, period.span)] },
        },
      ];
    }
    return [
      {
        outcome: 'fail',
        location: {},
        message: '报告中没有说明统计期限的句子（如「本报告所列数据统计期限为X年1月1日至X年12月31日」）。',
        messageEn: 'No sentence states the statistics period (1 January – 31 December).',
      },
    ];
  },
});
