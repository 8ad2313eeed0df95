/**
 * A stated share (「网络申请8件、占申请总数的62%」) must be its count ÷ the whole, printed as docs/rules.md
 * allows: 100·n/d rounded half-up or truncated at the printed decimals. The whole is the one the sentence
 * names; unnamed, any of R01, R01 + R02, R24, the total the count splits, or the sum of its sibling
 * parts — it passes if any fits. Off by one unit in the last digit is `info`; more is a `warning`, an
 * `error` when the count itself is also wrong against the table.
 *
 * Only shares of application figures are checked: for other counts the whole cannot be told with confidence.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { evidenceOf, type Operand } from '../sums';
import { operand } from '../table-values';
import { claimsOf } from '../../claims/extract';
import { countVerdicts } from '../count-verdicts';
import { quoteOf, said, sectionOf } from '../../claims/quote';
import { exactShare, shareFit } from '../../claims/percent-math';
import { formatUnits } from '../../claims/number-scan';
import type { Claims, CountClaim, ShareClaim } from '../../claims/types';
import type { EvidenceCell } from '../../model/finding';
import type { CellValue, Report } from '../../model/report';

interface Whole {
  /** In words: 「表三 R01 总计」「所拆分的总数「受理…13件」」. */
  name: string;
  value: number | null;
  cells: EvidenceCell[];
}

const APPLICATION_KINDS = new Set(['applications', 'outcome', 'applicant', 'channel']);

function tableWhole(report: Report, name: string, rows: string[]): Whole {
  const table = report.tables.t3;
  const operands: Operand[] = rows.map((row) => (table ? operand(table, row, 'total') : { absent: row }));
  const cells = operands.filter((item): item is CellValue => !('absent' in item));
  const numeric = cells.length === operands.length && cells.every((cell) => cell.kind === 'number' || cell.kind === 'zero');
  return { name, value: numeric ? cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0) : null, cells: cells.map(evidenceOf) };
}

function siblingsOf(claims: Claims, share: ShareClaim, count: CountClaim): CountClaim[] {
  const breakdown = claims.breakdowns.find((candidate) => candidate.parts.includes(count.id));
  if (breakdown) return breakdown.parts.map((id) => claims.counts[id]!);
  return claims.shares
    .filter((candidate) => candidate.run === share.run && candidate.count !== null)
    .map((candidate) => claims.counts[candidate.count!]!);
}

/** The wholes the share may be of, or null when the sentence names a whole the tool cannot read. */
function wholesOf(report: Report, claims: Claims, share: ShareClaim, count: CountClaim): Whole[] | null {
  const parent = count.parent !== null ? claims.counts[count.parent]! : null;
  const stated: Whole[] =
    parent && !parent.count.approximate ? [{ name: `所拆分的总数${said(parent.phrase)}`, value: parent.count.value, cells: [] }] : [];
  const r01 = tableWhole(report, '表三 R01 本年新收（总计）', ['received']);
  const r0102 = tableWhole(report, '表三 R01 + R02 新收加上年结转（总计）', ['received', 'carriedIn']);
  const r24 = tableWhole(report, '表三 R24 办理结果总计', ['handledTotal']);
  const name = share.denominator;
  if (name === '' || /^(总数|总量|总件数|合计|总计|全部|总体)$/.test(name)) {
    const siblings = siblingsOf(claims, share, count);
    const exact = siblings.length >= 2 && siblings.every((sibling) => !sibling.count.approximate);
    const siblingWhole: Whole[] = exact
      ? [
          {
            name: `正文所列各项之和（${siblings.map((sibling) => sibling.count.value).join(' + ')}）`,
            value: siblings.reduce((sum, sibling) => sum + sibling.count.value, 0),
            cells: [],
          },
        ]
      : [];
    return [...stated, r01, r0102, r24, ...siblingWhole];
  }
  if (/申请/.test(name) && !/办结|办理|答复|处理/.test(name)) return [...stated, r01, r0102];
  if (/办结|办理|答复|处理/.test(name)) return [...stated, r24];
  return null;
}

function findingOf(report: Report, claims: Claims, share: ShareClaim, countIsWrong: boolean): FindingDraft | null {
  const count = claims.counts[share.count!]!;
  const related = (count.subject && APPLICATION_KINDS.has(count.subject.kind)) || count.parent !== null;
  if (!related || count.count.approximate || share.percent.approximate) return null;
  const wholes = wholesOf(report, claims, share, count);
  if (!wholes) return null;
  const { units, decimals, printed } = share.percent;
  const n = count.count.value;
  const usable = wholes.filter((whole): whole is Whole & { value: number } => whole.value !== null && whole.value > 0);
  const fits = usable.map((whole) => ({ whole, fit: shareFit(n, whole.value, units, decimals) }));
  const base = {
    location: sectionOf(share.sentence),
    actual: printed,
    evidence: { quotes: [quoteOf(share.sentence, share.phrase)] },
  };
  const hit = fits.find((candidate) => candidate.fit.fits);
  if (hit) {
    const exact = `${exactShare(n, hit.whole.value, decimals + 1)}%`;
    return {
      ...base,
      outcome: 'pass',
      expression: `${n} ÷ ${hit.whole.value} × 100% → ${printed}`,
      expected: exact,
      message: `正文${said(share.phrase)}：${n} ÷ ${hit.whole.value}（${hit.whole.name}）= ${exact}，印作 ${printed} 正确。`,
      messageEn: `${printed} is ${n}/${hit.whole.value} = ${exact} at the printed precision.`,
      evidence: { ...base.evidence, cells: hit.whole.cells },
    };
  }
  if (wholes.some((whole) => whole.value === null) || fits.length === 0) {
    return {
      ...base,
      outcome: 'needs-review',
      doubt: 'report',
      message: `正文${said(share.phrase)}：可作分母的统计表数值缺失或不是数字，无法核对该比例。`,
      messageEn: `${printed} cannot be checked: a table value it may be a share of is missing or not a number.`,
    };
  }
  const best = fits.reduce((a, b) => (b.fit.distance < a.fit.distance ? b : a));
  const exact = `${exactShare(n, best.whole.value, decimals + 2)}%`;
  const severity = countIsWrong ? 'error' : best.fit.distance === 1n ? 'info' : 'warning';
  return {
    ...base,
    outcome: 'fail',
    severity,
    expression: `${n} ÷ ${best.whole.value} × 100% → ${printed}`,
    expected: exact,
    delta: `${best.fit.distance} × 10^-${decimals}`,
    message: `正文${said(share.phrase)}：${n} ÷ ${best.whole.value}（${best.whole.name}）= ${exact}，按印出的 ${decimals} 位小数应为 ${formatUnits(best.fit.rounded, decimals)}%，而不是 ${printed}${severity === 'info' ? '（末位差 1）' : ''}；${wholes.length > 1 ? '按其他可能的分母计算也对不上' : '分母为句中所指的总数'}${countIsWrong ? '；且该数量本身与统计表不符' : ''}。`,
    messageEn: `${printed} does not match ${n}/${best.whole.value} = ${exact}, nor any other candidate whole.`,
    evidence: { ...base.evidence, cells: best.whole.cells },
  };
}

export default defineCheck({
  id: 'percent-mismatch',
  severity: 'warning',
  title: { zh: '正文中的百分比与数量相符', en: 'Percentages in the text match their counts' },
  needsForm: true,
  evaluate({ report, form }) {
    if (!form) return [];
    const claims = claimsOf(report);
    const verdicts = countVerdicts(report, form);
    return claims.shares
      .filter((share) => share.count !== null)
      .flatMap((share) => {
        const verdict = verdicts.get(share.count!);
        return findingOf(report, claims, share, verdict?.outcome === 'fail' && verdict.severity === 'error') ?? [];
      });
  },
});
