/** A row or column label that differs from the form's wording beyond spacing, brackets, quotes and numbering. */
import { defineCheck, type FindingDraft } from '../define-check';
import { labelKey } from '../../text/normalize';
import type { LineDef } from '../../form/types';

/**
 * A text copy's cell can carry what is not its wording: characters of a neighbouring, vertically
 * printed group label before it (「办 4.保护第三方合法权益」「(四)无法提供 1.本机关不掌握…」), or
 * only the first line of a label wrapped inside its cell (「(二)部分公开(区分处理的,只计这一情」).
 * Neither is a reworded label; an abbreviation that closes its brackets still is.
 */
function sameWording(raw: string, official: string): boolean {
  const want = labelKey(official);
  if (labelKey(raw) === want) return true;
  const parts = raw.trim().split(/\s+/);
  for (let i = 1; i < parts.length; i++) if (labelKey(parts.slice(i).join('')) === want) return true;
  const opened = (raw.match(/[(（]/g) ?? []).length > (raw.match(/[)）]/g) ?? []).length;
  return opened && want.startsWith(labelKey(raw.replace(/\s+/g, '')));
}

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
        if (sameWording(raw, line.label)) continue;
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
    return [
      {
        outcome: 'pass',
        location: {},
        message: `${compared} 个栏目名称与规定格式一致。`,
        messageEn: `${compared} labels follow the form.`,
      },
    ];
  },
});
