/**
 * A text that stops before the report does says so once, instead of an error for every later part
 * (see ../text-end for how a copy that stops is told from a report that lacks a part).
 */
import { defineCheck } from '../define-check';
import { SECTION_TITLES, TABLE_TITLES } from '../../form/labels';
import { textEnd } from '../text-end';

export default defineCheck({
  id: 'text-truncated',
  severity: 'warning',
  title: { zh: '文本完整', en: 'The text is complete' },
  needsForm: true,
  evaluate({ report }) {
    if (!report.isReport) return [];
    const end = textEnd(report);
    if (!end) {
      return [
        {
          outcome: 'pass',
          location: {},
          message: '文本一直写到报告的最后部分。',
          messageEn: 'The text runs to the last section of the report.',
        },
      ];
    }
    const where = end.section > 0 ? `第${end.section}部分「${SECTION_TITLES[end.section]}」` : '第一个章节标题之前';
    const stop = end.inTable
      ? `${end.table ? TABLE_TITLES[end.table] : '一张表格'}之后（可能在表中）就没有文字了`
      : `句子未写完（最后的文字：「${end.lastWords}」）`;
    const later = end.section + 1 === 6 ? '6' : `${end.section + 1}–6`;
    return [
      {
        outcome: 'needs-review',
        doubt: 'report',
        location: end.section > 0 ? { section: end.section } : {},
        message: `文本在${where}中断：${stop}。之后的内容（第${later}部分${end.inTable ? '及该表余下的行' : ''}）不在文本中，无法核对；请取得完整的报告再核对。`,
        messageEn: `The text stops in section ${end.section}${end.inTable ? ' at a table' : ' mid-sentence'}; what follows (section ${later}${end.inTable ? ' and the rest of the table' : ''}) is not in the text and cannot be checked.`,
      },
    ];
  },
});
