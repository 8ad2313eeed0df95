/**
 * Published by the deadline of 条例 arts. 49–50: 31 January of the next year for a department,
 * 31 March for a government's own report.
 */
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'late-publication',
  severity: 'warning',
  title: { zh: '按期发布', en: 'Published by the deadline' },
  needsForm: false,
  evaluate({ report }) {
    const { year, publishedAt, bodyKind, publishedAtSource } = report.identity;
    // Which date was taken matters to a reader who sees another one on the page (a banner's, a crawler's).
    const from = publishedAtSource ? `（取自${publishedAtSource}）` : '';
    const fromEn = publishedAtSource ? ` (read from ${publishedAtSource})` : '';
    if (year === null)
      return [
        {
          outcome: 'needs-review',
          doubt: 'parser',
          location: {},
          message: '未能确定报告年度，无法判断是否按期发布。',
          messageEn: 'The report year is unknown.',
        },
      ];
    if (!publishedAt) {
      return [
        {
          outcome: 'needs-review',
          doubt: 'report',
          location: {},
          message: '页面上未找到发布日期（发布日期/发布时间/成文日期），无法判断是否按期发布。',
          messageEn: 'No publication date found on the page.',
        },
      ];
    }
    const departmentDeadline = `${year + 1}-01-31`;
    const governmentDeadline = `${year + 1}-03-31`;
    const deadline = bodyKind === 'department' ? departmentDeadline : governmentDeadline;
    const who = bodyKind === 'department' ? '部门' : '政府';
    if (publishedAt <= (bodyKind === 'unknown' ? departmentDeadline : deadline)) {
      return [
        {
          outcome: 'pass',
          location: {},
          expected: `≤ ${deadline}`,
          actual: publishedAt,
          message: `发布日期 ${publishedAt}${from}，在期限内。`,
          messageEn: `Published ${publishedAt}${fromEn}, in time.`,
        },
      ];
    }
    if (bodyKind === 'unknown' && publishedAt <= governmentDeadline) {
      return [
        {
          outcome: 'needs-review',
          doubt: 'parser',
          location: {},
          actual: publishedAt,
          message: `发布日期 ${publishedAt}${from}：政府本级报告的期限是 ${governmentDeadline}，部门报告是 ${departmentDeadline}；本工具无法判断发布机关是政府还是部门。`,
          messageEn: `Published ${publishedAt}: in time for a government, late for a department; the kind of body is unknown.`,
        },
      ];
    }
    return [
      {
        outcome: 'fail',
        location: {},
        expected: `≤ ${deadline}`,
        actual: publishedAt,
        message: `发布日期 ${publishedAt}${from} 晚于${who}报告的法定期限 ${deadline}（《政府信息公开条例》第四十九、五十条）。`,
        messageEn: `Published ${publishedAt}${fromEn}, after the deadline ${deadline}.`,
      },
    ];
  },
});
