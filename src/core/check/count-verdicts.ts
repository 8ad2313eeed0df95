/**
 * Comparing a stated count with its table readings, with the blank semantics of docs/rules.md: blanks and
 * 「/」 read as zero when the reading then matches; a reading that differs only because of them, or
 * that lacks a row or holds text, is undecided — and an undecided reading that might have matched makes
 * the claim `needs-review`, never a fail.
 */
import type { FormDef } from '../form/types';
import type { EvidenceCell } from '../model/finding';
import type { Report, TableNo } from '../model/report';
import { decide, total } from './sums';
import { claimsOf } from '../claims/extract';
import { readingsOf, type Reading } from './table-readings';
import type { CountClaim } from '../claims/types';

export interface ReadingResult {
  reading: Reading;
  state: 'match' | 'differs' | 'undecided';
  /** The reading's value with blanks read as zero. */
  value: number;
  absent: string[];
  absentTables: TableNo[];
  unclear: string[];
  cells: EvidenceCell[];
}

export interface CountVerdict {
  claim: CountClaim;
  outcome: 'pass' | 'fail' | 'needs-review';
  severity: 'error' | 'warning';
  /** Why a disagreeing reading is not an error: the reading is weak (`weak`), or another count of the sentence makes up the difference (`sum`). */
  because?: { kind: 'weak'; doubts: string[] } | { kind: 'sum'; with: CountClaim };
  /** The reading the outcome is about: the one matched, the undecided one, or the one the wording names. */
  chosen: ReadingResult;
  results: ReadingResult[];
}

export function evaluateReading(stated: number, reading: Reading): ReadingResult {
  const value = total(reading.operands);
  const { state, absent, absentTables, unclear, cells } = decide(reading.operands, value === stated);
  return { reading, value, absent, absentTables, unclear, cells, state: state === 'holds' ? 'match' : state };
}

/**
 * `siblings`: the other counts of the claim's sentence. When the named value is this count plus one
 * of them (「清理…393件，动态更新…77件」 against 470), the text may be giving the total in two parts:
 * the figures reconcile under that reading, so the finding is a warning that names both.
 */
export function judge(claim: CountClaim, readings: Reading[], siblings: CountClaim[] = []): CountVerdict | null {
  if (readings.length === 0) return null;
  const results = readings.map((reading) => evaluateReading(claim.count.value, reading));
  const named = results.find((result) => result.state === 'match' && result.reading.verdict === 'pass');
  if (named) return { claim, outcome: 'pass', severity: 'error', chosen: named, results };
  const undecided = results.find((result) => result.state === 'undecided');
  if (undecided) return { claim, outcome: 'needs-review', severity: 'error', chosen: undecided, results };
  const related = results.find((result) => result.state === 'match');
  if (related) return { claim, outcome: 'fail', severity: 'warning', chosen: related, results };
  const primary = results[0]!;
  const partner = siblings.find(
    (other) =>
      other.id !== claim.id &&
      !other.count.approximate &&
      other.count.unit === claim.count.unit &&
      samePartOf(claim, other) &&
      claim.count.value + other.count.value === primary.value,
  );
  if (partner && primary.state === 'differs')
    return { claim, outcome: 'fail', severity: 'warning', chosen: primary, results, because: { kind: 'sum', with: partner } };
  if (claim.reading.strength === 'weak')
    return {
      claim,
      outcome: 'needs-review',
      severity: 'error',
      chosen: primary,
      results,
      because: { kind: 'weak', doubts: claim.reading.doubts },
    };
  return { claim, outcome: 'fail', severity: 'error', chosen: primary, results };
}

/** Claims that can be tied to a table value: a subject with a table counterpart and an exact number. */
export function comparable(report: Report, claim: CountClaim): boolean {
  const subject = claim.subject;
  if (!subject || subject.kind === 'channel' || claim.count.approximate) return false;
  // A figure dated another year (「2023年收到申请200件，2024年…」) is not this year's table value;
  // whether it is a leftover is year-mismatch's question.
  if (claim.year && report.identity.year !== null && claim.year.year !== report.identity.year) return false;
  if (subject.kind === 'table2' && subject.column !== 'inForce') {
    // 「制发…62件」 is table 2's only when it is this year's: 本年度, or the report's year.
    return subject.thisYear || (claim.year !== null && claim.year.year === report.identity.year);
  }
  return true;
}

/**
 * Two counts can be two parts of one table value only when they count the same kind of thing: two
 * table-2 figures of one row (「现行有效…393件」「本年度制发的…77件」). Application stages are not
 * parts of each other (办结 210 + 结转 8 is not 218 handled): their mix-ups have readings of their own.
 */
function samePartOf(claim: CountClaim, other: CountClaim): boolean {
  const a = claim.subject;
  const b = other.subject;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'table2' && b.kind === 'table2') return a.row === b.row;
  return a.kind === 'review' || a.kind === 'suits';
}

const cache = new WeakMap<Report, Map<number, CountVerdict>>();

/** Every comparable count claim's verdict, read once per report. */
export function countVerdicts(report: Report, form: FormDef): Map<number, CountVerdict> {
  let verdicts = cache.get(report);
  if (verdicts) return verdicts;
  verdicts = new Map();
  const { counts } = claimsOf(report);
  for (const claim of counts) {
    if (!comparable(report, claim)) continue;
    const parent = claim.parent !== null ? verdicts.get(claim.parent) : undefined;
    const basis = parent && parent.outcome !== 'needs-review' && parent.chosen.state === 'match' ? parent.chosen.reading : null;
    const siblings = counts.filter((other) => other.sentence === claim.sentence);
    const verdict = judge(claim, readingsOf(report, form, claim.subject!, basis), siblings);
    if (verdict) verdicts.set(claim.id, verdict);
  }
  cache.set(report, verdicts);
  return verdicts;
}
