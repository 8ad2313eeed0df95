import type { FormDef } from './types';
import { FORM_2021 } from './form-2021';
import { FORM_2019 } from './form-2019';
import { labelKey } from '../text/normalize';
import { memoised } from '../text/memo';
import type { LabelMatcher } from './types';

export { FORM_2021, FORM_2019 };
export type { FormDef };

/** The form a recognised report was checked against (`Report.form`, `AuditResult.report.format`). */
export function formById(id: string | null): FormDef | null {
  return id === '2021' ? FORM_2021 : id === '2019' ? FORM_2019 : null;
}

/** docs/rules.md "Which form applies": by the report's own year. */
export function formForYear(year: number | null): FormDef | 'pre2019' | null {
  if (year === null) return null;
  if (year >= 2021) return FORM_2021;
  if (year >= 2019) return FORM_2019;
  return 'pre2019';
}

const matchersOf = new WeakMap<readonly { match: LabelMatcher }[], (key: string) => readonly { match: LabelMatcher }[]>();

/**
 * The lines of `lines` (a form's rows, columns or groups) whose labels `key` matches, in order.
 * Memoised per list: every table asks the same few lists about the same cell labels, row after row.
 */
export function linesMatching<T extends { match: LabelMatcher }>(lines: readonly T[], key: string): readonly T[] {
  let matching = matchersOf.get(lines);
  if (!matching) {
    matching = memoised((label) => lines.filter((line) => matchesLabel(line.match, label)));
    matchersOf.set(lines, matching);
  }
  return matching(key) as readonly T[];
}

function matchesLabel(matcher: LabelMatcher, key: string): boolean {
  if (key === '') return false;
  if (matcher.equals?.some((label) => labelKey(label) === key)) return true;
  return matcher.contains?.some((word) => key.includes(labelKey(word))) ?? false;
}
