/** The six sections come in order, once each, numbered 一 to 六 without gaps. */
import { defineCheck } from '../define-check';
import { SECTION_TITLES } from '../../form/labels';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

export default defineCheck({
  id: 'section-order',
  severity: 'warning',
  title: { zh: '六个部分顺序正确、编号连续', en: 'Sections are in order and numbered without gaps' },
  needsForm: true,
  evaluate({ report }) {
    const sections = report.sections;
    if (sections.length < 2) return [];
    const problems: string[] = [];
    const seen = new Set<number>();
    sections.forEach((section, i) => {
      if (seen.has(section.n)) problems.push(`「${SECTION_TITLES[section.n]}」出现了不止一次（「${section.heading}」）`);
      seen.add(section.n);
      const previous = sections[i - 1];
      if (previous && section.n < previous.n) problems.push(`「${section.heading}」排在「${previous.heading}」之后`);
      if (section.printed !== section.n) problems.push(`「${section.heading}」的编号应为「${NUMERALS[section.n]}」`);
    });
    // A gap left by a missing section is that section's finding (section-missing), not a numbering fault.
    if (problems.length === 0) {
      // The page's own numbering, as printed, so the reader sees what was checked.
      const printed = sections.map((section) => section.heading.replace(/[、.．:：\s].*$/s, '')).join('、');
      return [
        {
          outcome: 'pass',
          location: {},
          message: `各部分顺序正确、编号连续（页面上依次为 ${printed}）。`,
          messageEn: 'Sections are in order.',
        },
      ];
    }
    return [
      {
        outcome: 'fail',
        location: {},
        message: `章节顺序或编号有误：${problems.join('；')}。`,
        messageEn: `Sections are out of order, repeated or misnumbered (${problems.length} problem(s)).`,
      },
    ];
  },
});
