/** A small plain-text report around the sentences a test is about, read by the real pipeline. */
import { readTextReport } from '../../../src/core/audit/read';

export interface Sections {
  opening?: string[];
  s1?: string[];
  s3?: string[];
  s4?: string[];
  s6?: string[];
}

export function reportFrom(sections: Sections, title = '某某局2023年政府信息公开工作年度报告') {
  return readTextReport(
    [
      title,
      ...(sections.opening ?? []),
      '一、总体情况',
      ...(sections.s1 ?? []),
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      ...(sections.s3 ?? []),
      '四、政府信息公开行政复议、行政诉讼情况',
      ...(sections.s4 ?? []),
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      ...(sections.s6 ?? []),
    ].join('\n\n'),
  );
}
