/** A report for 2021 or later must use the 2021 form, not the 2019 trial form or a pre-2019 layout. */
import { defineCheck, type FindingDraft } from '../define-check';
import { compact } from '../../text/normalize';
import { subtotalRowKey } from '../../form/keys';

const PRE_2019_MARKERS = /指标名称.*计量单位|收费及减免情况|依申请公开政府信息情况|政府信息公开情况统计表/;

export default defineCheck({
  id: 'outdated-format',
  severity: 'error',
  title: { zh: '使用现行（2021年）格式', en: 'Uses the current (2021) form' },
  needsForm: false,
  evaluate({ report }): FindingDraft[] {
    const year = report.identity.year;
    if (report.form === 'pre2019') {
      return [
        {
          outcome: 'not-applicable',
          severity: 'info',
          location: {},
          message: `这是 ${year} 年度的报告，早于全国统一格式（2019年试行格式、2021年格式），章节和统计表检查不适用。`,
          messageEn: `This ${year} report predates the national form; structure and table checks do not apply.`,
        },
      ];
    }
    if (year === null || year < 2021) {
      return [
        {
          outcome: 'not-applicable',
          location: {},
          message: year === null ? '未能确定报告年度，无法判断应使用的格式。' : `${year} 年度报告应使用2019年试行格式，本项不适用。`,
          messageEn: 'The 2021 form does not apply to this report year.',
        },
      ];
    }
    const evidence: string[] = [];
    if (report.tables.t2?.outdatedLabels.length) evidence.push(`表二使用了试行格式的栏目：${report.tables.t2.outdatedLabels.join('、')}`);
    const t3 = report.tables.t3;
    if (
      t3 &&
      t3.extraRows.includes(subtotalRowKey('otherHandling')) &&
      t3.missingRows.includes('otherHandling.noCorrection') &&
      t3.missingRows.includes('otherHandling.other')
    ) {
      evidence.push('表三的「（六）其他处理」只有一行，没有 1–3 三个细项');
    }
    if (!report.tables.t3 && report.blocks.some((block) => block.kind === 'text' && PRE_2019_MARKERS.test(compact(block.text)))) {
      evidence.push('报告沿用2019年以前的章节或统计表');
    }
    if (evidence.length === 0) {
      return [
        {
          outcome: 'pass',
          location: {},
          message: '报告使用现行（国办公开办函〔2021〕30号）格式。',
          messageEn: 'The report uses the 2021 form.',
        },
      ];
    }
    return [
      {
        outcome: 'fail',
        location: {},
        message: `${year} 年度报告应使用国办公开办函〔2021〕30号格式，但${evidence.join('；')}。`,
        messageEn: `A ${year} report must use the 2021 form, but it follows an older one (${evidence.length} sign(s)).`,
      },
    ];
  },
});
