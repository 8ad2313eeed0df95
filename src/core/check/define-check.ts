/**
 * The shape of one check (docs/design.md lesson 4): metadata plus a pure `evaluate`. `defineCheck` is an
 * identity function that exists only to give every check file the same typed shape.
 */
import type { Finding, Severity } from '../model/finding';
import type { Report } from '../model/report';
import type { FormDef } from '../form/types';
import type { YearData } from '../model/history';

export type FindingDraft = Omit<Finding, 'checkId' | 'severity' | 'evidence'> & {
  severity?: Severity;
  evidence?: Partial<Finding['evidence']>;
};

export interface CheckContext {
  report: Report;
  /** The form the report is checked against; null before 2019. */
  form: FormDef | null;
  /** The same organisation's previous-year figures, when the host has them (popup history, CLI inputs). */
  previous?: YearData;
}

export interface Check {
  id: string;
  severity: Severity;
  title: { zh: string; en: string };
  /** Structure and table checks do not apply to reports that predate the national form. */
  needsForm: boolean;
  evaluate(context: CheckContext): FindingDraft[];
}

export function defineCheck(check: Check): Check {
  return check;
}
