/**
 * The keys of the forms' rows, columns and groups, as types read off the form data: a key written in
 * a check that no form has does not compile.
 */
import type { OTHER_HANDLING_ROWS_2019, TABLE2_COLUMNS_2019, TABLE2_ROWS_2019 } from './form-2019';
import type { OTHER_HANDLING_ROWS_2021, TABLE2_COLUMNS_2021, TABLE2_ROWS_2021 } from './form-2021';
import type {
  TABLE3_COLUMNS,
  TABLE3_EXTRA_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_HEAD_ROWS,
  TABLE3_TAIL_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
} from './shared';

type KeyOf<Lines extends readonly { key: string }[]> = Lines[number]['key'];

export type Table2RowKey = KeyOf<typeof TABLE2_ROWS_2021> | KeyOf<typeof TABLE2_ROWS_2019>;
export type Table2ColumnKey = KeyOf<typeof TABLE2_COLUMNS_2021> | KeyOf<typeof TABLE2_COLUMNS_2019>;

export type Table3RowKey =
  | KeyOf<typeof TABLE3_HEAD_ROWS>
  | KeyOf<typeof OTHER_HANDLING_ROWS_2021>
  | KeyOf<typeof OTHER_HANDLING_ROWS_2019>
  | KeyOf<typeof TABLE3_TAIL_ROWS>;
export type Table3GroupKey = KeyOf<typeof TABLE3_GROUPS>;
export type Table3ColumnKey = KeyOf<typeof TABLE3_COLUMNS>;
export type Table3ExtraColumnKey = KeyOf<typeof TABLE3_EXTRA_COLUMNS>;
export type Table3ApplicantColumn = Exclude<Table3ColumnKey, 'total'>;

export type Table4GroupKey = KeyOf<typeof TABLE4_GROUPS>;
export type Table4ColumnKey = KeyOf<typeof TABLE4_COLUMNS>;

/** Rows the reader found beyond the form (table-extra-rows): a group's subtotal, or a row it could not name. */
export type Table3ExtraRowKey = `${typeof SUBTOTAL_PREFIX}${Table3GroupKey}` | `${typeof UNKNOWN_PREFIX}${string}`;

const SUBTOTAL_PREFIX = 'subtotal.';
const UNKNOWN_PREFIX = 'unknown.';

/** The key of a group's subtotal row (a row of its own in some reports: 「（三）不予公开」 with its figures). */
export function subtotalRowKey(group: string): string {
  return `${SUBTOTAL_PREFIX}${group}`;
}

/** The key of a row whose label matches nothing in the form, kept with its label. */
export function unknownRowKey(label: string): Table3ExtraRowKey {
  return `${UNKNOWN_PREFIX}${label}`;
}

/** The group of a subtotal row's key, or null for any other key. */
export function subtotalGroupOf(key: string): string | null {
  return key.startsWith(SUBTOTAL_PREFIX) ? key.slice(SUBTOTAL_PREFIX.length) : null;
}

/** The page's label of an unknown row's key, or null for any other key. */
export function unknownRowLabelOf(key: string): string | null {
  return key.startsWith(UNKNOWN_PREFIX) ? key.slice(UNKNOWN_PREFIX.length) : null;
}

/** Any row (table 4: group) key of any table, and any column key. */
export type RowKey = Table2RowKey | Table3RowKey | Table3ExtraRowKey | Table4GroupKey;
export type ColumnKey = Table2ColumnKey | Table3ColumnKey | Table3ExtraColumnKey | Table4ColumnKey;

/**
 * `K` if it may be a key of `Keys`: a key read from data (typed `string`) passes as it is, a key
 * written as a literal must be one of the forms' (`operand(table, 'handledTotl', …)` does not compile).
 */
export type KnownKey<K extends string, Keys extends string> = string extends K ? K : K extends Keys ? K : `not a key of the form: ${K}`;
