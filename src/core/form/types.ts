/**
 * A form version as data (docs/design.md lesson 9): the 2021 form and the 2019 trial form are two
 * descriptions read by one code path.
 */

/** How a normalised label (see `labelKey`) is recognised. */
export interface LabelMatcher {
  /** The label passes if it contains any of these. */
  contains?: readonly string[];
  /** The label passes if it equals one of these. */
  equals?: readonly string[];
}

export interface LineDef {
  key: string;
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

export interface GroupDef {
  key: string;
  label: string;
  match: LabelMatcher;
}

export interface Table2Def {
  rows: readonly LineDef[];
  columns: readonly LineDef[];
  /** The row × column cells the form has. */
  cells: readonly (readonly [row: string, column: string])[];
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

export interface FormDef {
  id: '2021' | '2019';
  name: string;
  table2: Table2Def;
  table3: Table3Def;
  table4: Table4Def;
  /** Labels that only the other form has: their presence tells which form a table follows. */
  foreignLabels: readonly string[];
}
