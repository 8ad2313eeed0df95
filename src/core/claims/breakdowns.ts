/**
 * Breakdowns: two or more counts in one sentence that split a whole of applications along one
 * dimension (channels, applicants, outcomes), with the whole they split — the application count they
 * follow, or a trailing 「共计N件」.
 *
 * Only these dimensions: lists of 主动公开 categories in section 一 overlap (an item can be 规范性文件
 * and 财政预决算 at once) and are often partial, so adding them up would raise false alarms.
 */
import type { BreakdownClaim, CountClaim, Dimension, OutcomeGroup } from './types';

const ALL_OUTCOMES: readonly OutcomeGroup[] = ['granted', 'partlyGranted', 'withheld', 'unavailable', 'notProcessed', 'otherHandling'];
const TRAILING_TOTAL = /^[,，、:：]*(共计|合计|总计|累计|共|总共)$/;

function dimensionOf(claim: CountClaim): Dimension | null {
  const kind = claim.subject?.kind;
  return kind === 'channel' || kind === 'applicant' || kind === 'outcome' ? kind : null;
}

export function breakdownClaims(counts: CountClaim[]): BreakdownClaim[] {
  const breakdowns: BreakdownClaim[] = [];
  let run: CountClaim[] = [];
  const close = (next?: CountClaim) => {
    // Applications in hand end the year either with an outcome or carried over: a carried-out count
    // right after the outcomes (「…作其他处理N件、转下年度办理M件」) is the last part of the same split.
    if (
      run.length >= 2 &&
      next &&
      dimensionOf(run[0]!) === 'outcome' &&
      next.sentence === run[0]!.sentence &&
      next.subject?.kind === 'applications' &&
      next.subject.stage === 'carriedOut'
    ) {
      run.push(next);
      next = undefined;
    }
    if (run.length >= 2) {
      const trailing = next && next.sentence === run[0]!.sentence && next.subject === null && TRAILING_TOTAL.test(next.label) ? next : null;
      breakdowns.push(breakdownOf(run, trailing));
    }
    run = [];
  };
  for (const claim of counts) {
    const dimension = dimensionOf(claim);
    const current = run[0];
    const continues =
      current && dimension === dimensionOf(current) && claim.sentence === current.sentence && claim.parent === current.parent;
    if (!continues) close(claim);
    if (dimension) run.push(claim);
  }
  close();
  return breakdowns;
}

function breakdownOf(parts: CountClaim[], trailing: CountClaim | null): BreakdownClaim {
  const dimension = dimensionOf(parts[0]!)!;
  const last = parts[parts.length - 1]!;
  let openReason: string | null = null;
  if (last.followedByDeng) openReason = '列举以「等」结尾，不是完整列举';
  if (dimension === 'outcome') {
    const groups = new Set(parts.flatMap((part) => (part.subject?.kind === 'outcome' ? [part.subject.group] : [])));
    if (!ALL_OUTCOMES.every((group) => groups.has(group))) openReason ??= '只列举了部分办理结果';
  }
  if (dimension === 'applicant') {
    const columns = parts.map((part) => (part.subject as { column: string }).column);
    // 法人或其他组织 is C2–C6 together: listed beside one of them, the parts overlap.
    if (columns.includes('legalPersons') && columns.some((column) => column !== 'legalPersons' && column !== 'natural'))
      openReason ??= '「法人或其他组织」与其中的类别同时列出，各项有重叠';
    if (new Set(columns).size !== columns.length) openReason ??= '同一类申请人出现了两次';
  }
  return {
    dimension,
    parts: parts.map((part) => part.id),
    total: trailing?.id ?? parts[0]!.parent,
    exhaustive: openReason === null,
    openReason,
  };
}
