/** Where a table should be there is an image and no numbers: the report cannot be verified from the page. */
import { defineCheck, type FindingDraft } from '../define-check';
import { TABLE_TITLES } from '../../form/labels';

export default defineCheck({
  id: 'table-as-image',
  severity: 'warning',
  title: { zh: '统计表不是图片', en: 'Tables are not published as images' },
  needsForm: true,
  evaluate({ report }) {
    const found = { 2: report.tables.t2, 3: report.tables.t3, 4: report.tables.t4 };
    return ([2, 3, 4] as const).flatMap((n): FindingDraft[] => {
      if (found[n]) return [];
      const images = report.images.filter((image) => image.section === n);
      if (images.length === 0) return [];
      return [
        {
          outcome: 'fail',
          location: { table: n, section: n },
          message: `${TABLE_TITLES[n]}以图片发布（第${n}部分有 ${images.length} 张图片，没有表格数字）：无法从页面核对，也无法被检索和无障碍阅读。`,
          messageEn: `Table ${n} is published as ${images.length} image(s) with no numbers on the page: it cannot be verified.`,
        },
      ];
    });
  },
});
