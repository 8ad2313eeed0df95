/** Tables 2, 3 and 4 must each be present; a sentence such as 「未发生行政复议」 does not replace table 4. */
import { defineCheck, type FindingDraft } from '../define-check';
import { TABLE_TITLES } from '../../form/labels';
import { GRID_LIMITS } from '../../extract/grid';
import { textEnd } from '../text-end';

export default defineCheck({
  id: 'table-missing',
  severity: 'error',
  title: { zh: '三张统计表齐全', en: 'Tables 2, 3 and 4 are present' },
  needsForm: true,
  evaluate({ report }) {
    const found = { 2: report.tables.t2, 3: report.tables.t3, 4: report.tables.t4 };
    return ([2, 3, 4] as const).map((n): FindingDraft => {
      const location = { table: n, section: n };
      const title = TABLE_TITLES[n];
      if (found[n]) return { outcome: 'pass', location, message: `已找到${title}。`, messageEn: `Table ${n} is present.` };
      const end = textEnd(report);
      // The table of the section the text stops in may have come after the cut.
      if (end && n >= end.section && !(end.inTable && end.section > n)) {
        return {
          outcome: 'not-applicable',
          location,
          message: `文本在第${end.section}部分中断，${title}在中断处或之后，无法核对（见「文本完整」）。`,
          messageEn: `The text stops before table ${n} could be read; it cannot be checked.`,
        };
      }
      const unread = report.unrecognisedTables.filter((table) => table.section === n);
      if (unread.length > 0) {
        const cut = unread.some((table) => table.truncated);
        return {
          outcome: 'needs-review',
          doubt: 'parser',
          location,
          message: `第${n}部分有表格，但本工具未能认出它是${title}${cut ? `（该表超出本工具的读取上限 ${GRID_LIMITS.rows} 行、${GRID_LIMITS.columns} 列，超出部分未读取）` : ''}；请人工核对该表。`,
          messageEn: `Section ${n} has a table that the tool could not recognise as table ${n}${cut ? ` (it is larger than the reader's limit of ${GRID_LIMITS.rows} rows, ${GRID_LIMITS.columns} columns; the rest was not read)` : ''}; check it by hand.`,
        };
      }
      const images = report.images.filter((image) => image.section === n);
      if (images.length > 0) {
        return {
          outcome: 'needs-review',
          doubt: 'report',
          location,
          message: `第${n}部分中没有${title}，只有图片（${images.length} 张）：表格可能以图片发布，无法从页面核对。`,
          messageEn: `Section ${n} has no table ${n} but ${images.length} image(s): the table may be published as an image and cannot be verified.`,
        };
      }
      return {
        outcome: 'fail',
        location,
        message: `缺少${title}：页面上找不到该表。`,
        messageEn: `Table ${n} is missing: no such table was found on the page.`,
      };
    });
  },
});
