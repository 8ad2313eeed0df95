/** A small plain-text report with chosen section headings, audited by the real pipeline. */
import { auditReport } from '../../../src/core/audit/audit';
import { readTextReport } from '../../../src/core/audit/read-text';

export function auditTextReport(headings: { s4?: string; s5?: string; s6?: string }) {
  const report = readTextReport(
    [
      '某某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      headings.s4 ?? '四、政府信息公开行政复议、行政诉讼情况',
      '本年度未发生政府信息公开行政复议、行政诉讼案件。',
      headings.s5 ?? '五、存在的主要问题及改进情况',
      '主要问题是公开内容还不够丰富。',
      headings.s6 ?? '六、其他需要报告的事项',
      '本年度未收取信息处理费。',
    ].join('\n\n'),
  );
  return auditReport(report, { now: new Date('2026-01-01T00:00:00Z') });
}
