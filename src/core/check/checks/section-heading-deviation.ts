/**
 * A section heading found under other words than the form's (report-format.md §1): a typo
 * (「行政法复议」), a changed title (「整改措施」 for 「改进情况」, 「明年工作计划」), the 2019 wording in a
 * later report. The section is there — section-missing passes — but the page's words are quoted so
 * the editor can restore the official heading.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { SECTION_TITLES } from '../../form/labels';
import { compact } from '../../text/normalize';

/** The wording of the 2019 trial form, right for 2019–2020 reports and outdated after. */
const TITLES_2019: Record<number, string> = {
  4: '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  5: '政府信息公开工作存在的主要问题及改进情况',
};

/** Numbering, spaces, trailing punctuation and the choice of 、/和/及/与 between two items are not wording. */
function wording(heading: string): string {
  return compact(heading)
    .replace(/^(?:第[一二三四五六]部分|[一二三四五六1-6])[、.．:：]?/, '')
    .replace(/[：:。.;；]+$/, '')
    .replace(/[和及与]/g, '、')
    .replace(/[“”"'‘’]/g, '');
}

const OFFICIAL = Object.fromEntries(Object.entries(SECTION_TITLES).map(([n, title]) => [n, wording(title)])) as Record<number, string>;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];
const OFFICIAL_2019 = Object.fromEntries(Object.entries(TITLES_2019).map(([n, title]) => [n, wording(title)])) as Record<number, string>;

export default defineCheck({
  id: 'section-heading-deviation',
  severity: 'info',
  title: { zh: '章节标题与规定格式一致', en: 'Section headings are worded as in the form' },
  needsForm: true,
  evaluate({ report, form }) {
    const seen = new Set<number>();
    const findings: FindingDraft[] = [];
    for (const section of report.sections) {
      // A repeated section is section-order's finding; the first heading is the one compared.
      if (seen.has(section.n)) continue;
      seen.add(section.n);
      const printed = wording(section.heading);
      const official = OFFICIAL[section.n]!;
      const old = OFFICIAL_2019[section.n];
      const location = { section: section.n };
      if (printed === official || (form?.id === '2019' && printed === old)) {
        findings.push({
          outcome: 'pass',
          location,
          message: `第${NUMERALS[section.n]}部分标题「${section.heading}」与规定格式一致。`,
          messageEn: `Section ${section.n}'s heading is the form's.`,
        });
        continue;
      }
      // A copy that stops inside a heading (a truncated text) has not reworded it.
      const cut = section.block >= report.blocks.length - 1 && official.startsWith(printed);
      if (cut) continue;
      const why = old !== undefined && printed === old ? '，这是2019年试行格式的措辞' : '';
      findings.push({
        outcome: 'fail',
        location,
        expected: SECTION_TITLES[section.n],
        actual: section.heading,
        message: `第${NUMERALS[section.n]}部分的标题为「${section.heading}」，规定格式为「${SECTION_TITLES[section.n]}」${why}。`,
        messageEn: `Section ${section.n} is headed 「${section.heading}」; the form's heading is 「${SECTION_TITLES[section.n]}」.`,
      });
    }
    return findings;
  },
});
