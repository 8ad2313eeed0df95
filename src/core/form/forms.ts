/** The forms, as data: adding one is its data file and its line in FORM_DEFINITIONS. */
import type { FormDef, FormDefinition, LabelMatcher } from './types';
import { FORM_2021 as DEFINITION_2021 } from './form-2021';
import { FORM_2019 as DEFINITION_2019 } from './form-2019';
import { labelKey } from '../text/normalize';
import { memoised } from '../text/memo';

export type { FormDef };

/** Newest first. */
const FORM_DEFINITIONS: readonly FormDefinition[] = [DEFINITION_2021, DEFINITION_2019];

/** Each form with the other forms' own labels as its foreign ones. */
export const FORMS: readonly FormDef[] = FORM_DEFINITIONS.map((form) => ({
  ...form,
  foreignLabels: FORM_DEFINITIONS.filter((other) => other !== form).flatMap((other) => other.ownLabels),
}));

export const FORM_2021 = formById('2021')!;
export const FORM_2019 = formById('2019')!;

/** The form a recognised report was checked against (`Report.form`, `AuditResult.report.format`). */
export function formById(id: string | null): FormDef | null {
  return FORMS.find((form) => form.id === id) ?? null;
}

/** docs/rules.md "Which form applies": by the report's own year. */
export function formForYear(year: number | null): FormDef | 'pre2019' | null {
  if (year === null) return null;
  return FORMS.find((form) => year >= form.fromYear) ?? 'pre2019';
}

/**
 * Without a year, the table-2 wording tells the form: the oldest form whose own labels appear in it
 * (a newer form's labels may have been kept by an old one), else the newest form.
 */
export function formFromTable2Text(table2Text: string): FormDef {
  const text = labelKey(table2Text);
  return [...FORMS].reverse().find((form) => form.ownLabels.some((label) => text.includes(labelKey(label)))) ?? FORMS[0]!;
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
