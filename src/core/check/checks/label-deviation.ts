/** A row or column label that differs from the form's wording beyond spacing, brackets, quotes and numbering. */
import { defineCheck, type FindingDraft } from '../define-check';
import { labelKey } from '../../text/normalize';
import type { LineDef } from '../../form/types';

export default defineCheck({
  id: 'label-deviation',
  severity: 'info',
  title: { zh: '栏目名称与规定格式一致', en: 'Row and column labels follow the form' },
  needsForm: true,
  evaluate({ report, form }) {
    if (!form) return [];
    const defs: [2 | 3, readonly LineDef[]][] = [
      [2, form.table2.rows],
      [3, [...form.table3.rows, ...form.table3.columns]],
    ];
    const findings: FindingDraft[] = [];
    let compared = 0;
    for (const [n, lines] of defs) {
      const table = n === 2 ? report.tables.t2 : report.tables.t3;
      for (const { key, raw } of table?.labels ?? []) {
        const line = lines.find((candidate) => candidate.key === key);
        if (!line) continue;
        compared++;
        if (labelKey(raw) === labelKey(line.label)) continue;
        const isColumn = n === 3 && form.table3.columns.includes(line);
        findings.push({
          outcome: 'fail',
          location: isColumn ? { table: n, column: key } : { table: n, row: key },
          actual: raw,
          expected: line.label,
          message: `表${n === 2 ? '二' : '三'}的栏目「${raw}」与规定格式的「${line.label}」文字不同。`,
          messageEn: `Table ${n} label 「${raw}」 differs from the form's 「${line.label}」.`,
        });
      }
    }
    if (findings.length > 0 || compared === 0) return findings;
    return [{ outcome: 'pass', location: {}, message: `${compared} 个栏目名称与规定格式一致。`, messageEn: `${compared} labels follow the form.` }];
  },
});
