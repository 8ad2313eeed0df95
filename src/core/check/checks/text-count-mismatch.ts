/**
 * A count stated in the prose must equal the table value it restates (docs/rules.md, "Text against
 * tables"). Only subjects that map to one table value unambiguously are compared (see
 * claims/subjects.ts); a count that equals a related value the wording does not name — 「收到…75件」
 * being R01 + R02 — is a warning: the figures reconcile, the wording does not.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { countVerdicts, type CountVerdict, type ReadingResult } from '../count-verdicts';
import { quoteOf, said, sectionOf } from '../../claims/quote';
import type { EvidenceCell } from '../../model/finding';
import type { Report } from '../../model/report';
import { PAST_THE_CUT, pastTheCut } from '../text-end';

function uniqueCells(results: ReadingResult[]): EvidenceCell[] {
  const seen = new Set<string>();
  return results
    .flatMap((result) => result.cells)
    .filter((cell) => {
      const key = `${cell.table}:${cell.row ?? cell.group}:${cell.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function findingOf(report: Report, verdict: CountVerdict, parent: CountVerdict | undefined): FindingDraft {
  const { claim, chosen } = verdict;
  const named = verdict.results[0]!;
  const stated = claim.count.value;
  const words = said(claim.phrase);
  const about = verdict.outcome === 'fail' ? named : chosen;
  // Each branch below adds its message to this one object (Object.assign, not a spread: see run-checks).
  const base = {
    outcome: verdict.outcome,
    location: Object.assign({}, sectionOf(claim.sentence), about.reading.location),
    expression: `正文数 = ${about.reading.expression}`,
    expected: String(about.value),
    actual: String(stated),
    delta: String(stated - about.value),
    evidence: {
      cells: verdict.outcome === 'fail' && verdict.severity === 'warning' ? uniqueCells([named, chosen]) : about.cells,
      quotes: [quoteOf(claim.sentence, claim.phrase)],
    },
  };
  if (verdict.outcome === 'pass') {
    const shadow = chosen.reading.shadow ? '；表中该总计本身与各项之和不符，已由表格检查另行报告' : '';
    // A split read on its total's basis: the total's wording, if wrong, is reported once, on the total.
    const basis =
      parent && parent.outcome === 'fail' && parent.chosen.reading.rows?.join() === chosen.reading.rows?.join()
        ? `，与它所拆分的总数${said(parent.claim.phrase)}口径相同（该总数的问题已另行报告）`
        : '';
    return Object.assign(base, {
      message: `正文${words}与${chosen.reading.description}一致（${chosen.value}）${basis}${shadow}。`,
      messageEn: `The text's ${stated} matches ${chosen.reading.expression} (${chosen.value}).`,
    });
  }
  if (verdict.because?.kind === 'weak') {
    return Object.assign(base, {
      doubt: 'parser' as const,
      message: `正文${words}为 ${stated}，按所读的含义对应${named.reading.description}（${named.value}），两者不同；但${verdict.because.doubts.join('；')}，不能确定正文说的就是该数，请人工核对。`,
      messageEn: `The text says ${stated}; read as ${named.reading.expression} it differs from ${named.value}, but the reading is uncertain (${verdict.because.doubts.length} reason(s)): please check by hand.`,
    });
  }
  if (verdict.because?.kind === 'sum') {
    const other = verdict.because.with;
    // Weak words (「清理并发布…」) that add up with their neighbour are most likely right: a note, not a warning.
    return Object.assign(base, {
      severity: claim.reading.strength === 'weak' ? ('info' as const) : ('warning' as const),
      message: `正文${words}为 ${stated}，${named.reading.description}为 ${named.value}；但同一句中的${said(other.phrase)}加上它正好等于 ${named.value}（${stated} + ${other.count.value}），正文可能是分两部分说的。请确认措辞。`,
      messageEn: `The text says ${stated} where ${named.reading.expression} is ${named.value}; with ${other.count.value} stated in the same sentence it adds up (${stated} + ${other.count.value} = ${named.value}).`,
    });
  }
  if (verdict.outcome === 'needs-review' && pastTheCut(report, chosen.absentTables)) {
    // A value the wording names that is in the copy and differs is still a question; only the other
    // reading lies past the cut.
    const differs = verdict.results.find((result) => result.reading.verdict === 'pass' && result.state === 'differs');
    if (!differs) return Object.assign(base, { outcome: 'not-applicable' as const, ...PAST_THE_CUT });
    return Object.assign(base, {
      location: Object.assign({}, sectionOf(claim.sentence), differs.reading.location),
      expression: `正文数 = ${differs.reading.expression}`,
      expected: String(differs.value),
      delta: String(stated - differs.value),
      evidence: { cells: differs.cells, quotes: base.evidence.quotes },
      doubt: 'report' as const,
      message: `正文${words}为 ${stated}，而${differs.reading.description}为 ${differs.value}；它也可能是${chosen.reading.description}，但该数在文本中断处之后（见「文本完整」），请取得完整的报告再核对。`,
      messageEn: `The text says ${stated} where ${differs.reading.expression} is ${differs.value}; it may instead be ${chosen.reading.expression}, which lies after where the text stops.`,
    });
  }
  if (verdict.outcome === 'needs-review') {
    const reasons = [
      ...(chosen.absent.length ? [`表中缺少 ${chosen.absent.join('、')}`] : []),
      ...(chosen.unclear.length ? [`${chosen.unclear.join('；')} 不是数字`] : []),
    ];
    return Object.assign(base, {
      doubt: 'report' as const,
      message: `正文${words}无法与${chosen.reading.description}核对，因为${reasons.join('；')}。`,
      messageEn: `The text's ${stated} cannot be checked against ${chosen.reading.expression} (${[...chosen.absent, ...chosen.unclear].join('; ')}).`,
    });
  }
  if (verdict.severity === 'warning') {
    return Object.assign(base, {
      severity: 'warning' as const,
      message: `正文${words}为 ${stated}，${named.reading.description}为 ${named.value}；${stated} ${chosen.reading.note}（${chosen.reading.expression} = ${chosen.value}）。数字能对上，措辞不准确。`,
      messageEn: `The text says ${stated} where ${named.reading.expression} is ${named.value}; ${stated} is ${chosen.reading.expression} instead: the figures reconcile, the wording does not.`,
    });
  }
  return Object.assign(base, {
    message: `正文${words}为 ${stated}，而${named.reading.description}为 ${named.value}，相差 ${stated - named.value}。`,
    messageEn: `The text says ${stated} but ${named.reading.expression} is ${named.value} (difference ${stated - named.value}).`,
  });
}

export default defineCheck({
  id: 'text-count-mismatch',
  severity: 'error',
  title: { zh: '正文中的数字与统计表一致', en: 'Counts stated in the text match the tables' },
  needsForm: true,
  evaluate({ report, form }) {
    if (!form) return [];
    const verdicts = countVerdicts(report, form);
    return [...verdicts.values()].map((verdict) =>
      findingOf(report, verdict, verdict.claim.parent !== null ? verdicts.get(verdict.claim.parent) : undefined),
    );
  },
});
