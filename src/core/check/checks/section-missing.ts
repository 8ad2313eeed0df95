/** Each of the six sections must be present (docs/report-format.md §1). */
import { defineCheck, type FindingDraft } from '../define-check';
import { SECTION_TITLES } from '../../form/labels';
import { compact } from '../../text/normalize';
import { textEnd } from '../text-end';

/** Section title words that, found on a line of their own without numbering, suggest the heading is there but unnumbered. */
const BARE_TITLES: Record<number, RegExp> = {
  1: /^总体情况$/,
  2: /^主动公开政府信息情况$/,
  3: /^收到和处理政府信息公开申请情况$/,
  4: /^政府信息公开行政复议.{0,2}行政诉讼情况$/,
  5: /^存在的主要问题及改进情况$/,
  6: /^其他需要报告的事项$/,
};

export default defineCheck({
  id: 'section-missing',
  severity: 'error',
  title: { zh: '六个部分齐全', en: 'All six sections are present' },
  needsForm: true,
  evaluate({ report }) {
    const present = new Map(report.sections.map((section) => [section.n, section] as const).reverse());
    const tableOf: Record<number, boolean> = { 2: !!report.tables.t2, 3: !!report.tables.t3, 4: !!report.tables.t4 };
    return [1, 2, 3, 4, 5, 6].map((n): FindingDraft => {
      const title = SECTION_TITLES[n]!;
      const location = { section: n };
      const found = present.get(n);
      if (found) {
        // The page's own words: a reworded heading is section-heading-deviation's to report.
        return { outcome: 'pass', location, message: `已找到第${n}部分：「${found.heading}」。`, messageEn: `Section ${n} is present.` };
      }
      const end = textEnd(report);
      if (end && n > end.section) {
        return {
          outcome: 'not-applicable',
          location,
          message: `文本在第${end.section}部分中断，第${n}部分「${title}」在中断之后，无法核对（见「文本完整」）。`,
          messageEn: `The text stops before section ${n}; it cannot be checked.`,
        };
      }
      const bare = report.blocks.findIndex(
        (block) => block.kind === 'text' && BARE_TITLES[n]!.test(compact(block.text).replace(/^[(（]?[一二三四五六][)）]?[、.．]?/, '')),
      );
      if (bare >= 0 || tableOf[n]) {
        return {
          outcome: 'needs-review',
          doubt: 'parser',
          location,
          message: `未找到带编号的「${title}」标题，但页面上${tableOf[n] ? `有该部分的统计表` : '有与之相近的文字'}；请人工确认该部分是否完整。`,
          messageEn: `No numbered heading for section ${n} was found, but its ${tableOf[n] ? 'table' : 'title text'} is on the page; check by hand.`,
        };
      }
      return {
        outcome: 'fail',
        location,
        message: `缺少第${n}部分「${title}」：页面上找不到该部分的标题。`,
        messageEn: `Section ${n} (${title}) is missing: no heading for it was found.`,
      };
    });
  },
});
