/** Turns a sum evaluation into a finding with the same wording for every arithmetic check. */
import type { FindingDraft } from './define-check';
import type { Location } from '../model/finding';
import type { SumResult } from './sums';

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

export function sumFinding(result: SumResult, place: SumPlace): FindingDraft {
  const base = {
    outcome: result.outcome,
    location: place.location,
    expression: place.expression,
    expected: result.expected,
    actual: result.actual,
    delta: result.delta,
    evidence: { cells: result.cells },
  };
  if (result.outcome === 'fail') {
    return {
      ...base,
      message: `${place.where}：${place.left}为 ${result.actual}，${place.right}为 ${result.expected}，相差 ${result.delta}。`,
      messageEn: `${place.whereEn}: ${place.expression} does not hold — ${result.actual} ≠ ${result.expected} (difference ${result.delta}).`,
    };
  }
  if (result.outcome === 'needs-review') {
    const reasons = [
      ...(result.absent.length ? [`表中缺少 ${result.absent.join('、')}`] : []),
      ...(result.unclear.length ? [`${result.unclear.join('；')} 不是数字`] : []),
    ];
    return {
      ...base,
      doubt: 'report',
      message: `${place.where}：无法核对「${place.expression}」，因为${reasons.join('；')}。`,
      messageEn: `${place.whereEn}: ${place.expression} cannot be verified (${[...result.absent, ...result.unclear].join('; ')}).`,
    };
  }
  return {
    ...base,
    message: `${place.where}：${place.left}与${place.right}一致（${result.actual}）。`,
    messageEn: `${place.whereEn}: ${place.expression} holds (${result.actual}).`,
  };
}
