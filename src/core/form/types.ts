/**
 * A form version as data (docs/design.md lesson 9): the 2021 form and the 2019 trial form are two
 * descriptions read by one code path. A form is one data file (`form-<id>.ts`, a `FormDefinition`)
 * listed in ./forms.
 */
import type { Table2ColumnKey, Table2RowKey } from './keys';

/** How a normalised label (see `labelKey`) is recognised. */
export interface LabelMatcher {
  /** The label passes if it contains any of these. */
  contains?: readonly string[];
  /** The label passes if it equals one of these. */
  equals?: readonly string[];
}

export interface LineDef<K extends string = string> {
  key: K;
  /** Short id used in expressions, e.g. R01. */
  id: string;
  /** The form's own wording. */
  label: string;
  match: LabelMatcher;
  /** For table 3 rows: the outcome group the row belongs to. */
  group?: string;
  /** Only recognised when the row sits in this group (「3.其他」 is R23 only under （六）). */
  requiresGroup?: boolean;
}

export interface GroupDef<K extends string = string> {
  key: K;
  label: string;
  match: LabelMatcher;
}

// The lines below are typed by the plain `LineDef`: code walking a form reads keys as data. Keys
// written as literals are checked against the form data where they are used (./keys, `KnownKey`).
export interface Table2Def {
  rows: readonly LineDef[];
  columns: readonly LineDef[];
  /** The row × column cells the form has. */
  cells: readonly (readonly [row: Table2RowKey, column: Table2ColumnKey])[];
}

export interface Table3Def {
  rows: readonly LineDef[];
  groups: readonly GroupDef[];
  columns: readonly LineDef[];
  /** Row keys of the outcome rows that add up to `handledTotal`. */
  outcomeRows: readonly string[];
}

export interface Table4Def {
  groups: readonly LineDef[];
  columns: readonly LineDef[];
}

/** What a form's data file declares. */
export interface FormDefinition {
  id: '2021' | '2019';
  name: string;
  /** The first report year the form applies to; it applies until the next form's. */
  fromYear: number;
  table2: Table2Def;
  table3: Table3Def;
  table4: Table4Def;
  /** Table-2 wording that only this form has: it tells the form of a report whose year is unknown. */
  ownLabels: readonly string[];
}

export interface FormDef extends FormDefinition {
  /** The other forms' own labels: found in a table of this form, they mark it as following another (./forms). */
  foreignLabels: readonly string[];
}
