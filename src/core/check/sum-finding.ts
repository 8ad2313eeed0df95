/** Turns a sum evaluation into a finding with the same wording for every arithmetic check. */
import type { FindingDraft } from './define-check';
import type { Location } from '../model/finding';
import type { SumResult } from './sums';
import type { Report } from '../model/report';
import { PAST_THE_CUT, pastTheCut } from './text-end';

export interface SumPlace {
  location: Location;
  expression: string;
  /** Where, in words: 「表三「R01 …」行」. */
  where: string;
  whereEn: string;
  /** The printed total and what it must equal, in words. */
  left: string;
  right: string;
}

/** `report`, when given, lets a sum whose missing cells lie past where a cut copy stops be not-applicable. */
export function sumFinding(result: SumResult, place: SumPlace, report?: Report): FindingDraft {
  // One literal per outcome rather than a shared base spread into each: V8 (Node 20) takes a slow path
  // for `{ ...base, more }`, and this runs for most findings of every audit.
  const { outcome, expected, actual, delta } = result;
  const { location, expression } = place;
  const evidence = { cells: result.cells };
  if (outcome === 'fail') {
    return {
      outcome,
      location,
      expression,
      expected,
      actual,
      delta,
      evidence,
      message: `${place.where}：${place.left}为 ${actual}，${place.right}为 ${expected}，相差 ${delta}。`,
      messageEn: `${place.whereEn}: ${expression} does not hold — ${actual} ≠ ${expected} (difference ${delta}).`,
    };
  }
  if (outcome === 'needs-review' && report && pastTheCut(report, result.absentTables)) {
    return { outcome: 'not-applicable', location, expression, evidence, ...PAST_THE_CUT };
  }
  if (outcome === 'needs-review') {
    const reasons = [
      ...(result.absent.length ? [`表中缺少 ${result.absent.join('、')}`] : []),
      ...(result.unclear.length ? [`${result.unclear.join('；')} 不是数字`] : []),
    ];
    return {
      outcome,
      location,
      expression,
      expected,
      actual,
      delta,
      evidence,
      doubt: 'report',
      message: `${place.where}：无法核对「${expression}」，因为${reasons.join('；')}。`,
      messageEn: `${place.whereEn}: ${expression} cannot be verified (${[...result.absent, ...result.unclear].join('; ')}).`,
    };
  }
  return {
    outcome,
    location,
    expression,
    expected,
    actual,
    delta,
    evidence,
    message: `${place.where}：${place.left}与${place.right}一致（${actual}）。`,
    messageEn: `${place.whereEn}: ${expression} holds (${actual}).`,
  };
}
