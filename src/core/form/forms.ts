import type { FormDef } from './types';
import { FORM_2021 } from './form-2021';
import { FORM_2019 } from './form-2019';
import { labelKey } from '../text/normalize';
import type { LabelMatcher } from './types';

export { FORM_2021, FORM_2019 };
export type { FormDef };

/** The form a recognised report was checked against (`Report.form`, `AuditResult.report.format`). */
export function formById(id: string | null): FormDef | null {
  return id === '2021' ? FORM_2021 : id === '2019' ? FORM_2019 : null;
}

/** rules.md "Which form applies": by the report's own year. */
export function formForYear(year: number | null): FormDef | 'pre2019' | null {
  if (year === null) return null;
  if (year >= 2021) return FORM_2021;
  if (year >= 2019) return FORM_2019;
  return 'pre2019';
}

/** The form's own labels are few and fixed: normalise each once, not on every comparison. */
const formKeys = new Map<string, string>();
function formKey(label: string): string {
  let key = formKeys.get(label);
  if (key === undefined) {
    key = labelKey(label);
    formKeys.set(label, key);
  }
  return key;
}

export function matchesLabel(matcher: LabelMatcher, key: string): boolean {
  if (key === '') return false;
  if (matcher.equals?.some((label) => formKey(label) === key)) return true;
  return matcher.contains?.some((word) => key.includes(formKey(word))) ?? false;
}
