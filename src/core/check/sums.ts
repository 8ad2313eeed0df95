/**
 * Evaluating `left = right` over table cells with the blank semantics of docs/rules.md: blanks and 「/」
 * read as zero when the rule then holds; a rule that fails only because of them, or that has text or
 * absent operands, is `needs-review` naming those cells. Counts are integers, so plain addition is exact.
 */
import type { CellValue, TableNo } from '../model/report';
import type { EvidenceCell, Outcome } from '../model/finding';
import { cellName } from '../form/labels';

export interface SumResult {
  outcome: Exclude<Outcome, 'not-applicable'>;
  expected: string;
  actual: string;
  delta: string;
  /** Operands that prevented a decision: cells absent from the table, and blank, 「/」 or text cells. */
  absent: string[];
  /** The tables the absent operands belong to, so a copy cut before them can say so once (text-end.ts). */
  absentTables: TableNo[];
  unclear: string[];
  cells: EvidenceCell[];
}

/** An absent operand names the missing cell and, when known, its table. */
export type Operand = CellValue | { absent: string; table?: TableNo };

function isAbsent(operand: Operand): operand is { absent: string; table?: TableNo } {
  return 'absent' in operand;
}

export function total(operands: Operand[]): number {
  return operands.reduce((sum, operand) => sum + (isAbsent(operand) ? 0 : (operand.value ?? 0)), 0);
}

export function describeCell(value: CellValue): string {
  const raw = value.raw === '' ? '空白' : `「${value.raw}」`;
  return `${cellName(null, value.table, value.row, value.column)} ${raw}`;
}

export function evidenceOf(value: CellValue): EvidenceCell {
  // Plain literals, not spreads: this runs for every operand of every sum.
  const cell: EvidenceCell =
    value.table === 4
      ? { table: 4, group: value.row, column: value.column, raw: value.raw, kind: value.kind }
      : { table: value.table, row: value.row, column: value.column, raw: value.raw, kind: value.kind };
  if (value.origin.cell >= 0) cell.origin = value.origin;
  return cell;
}

/** How operands decide a comparison under the blank semantics, whatever they are compared with. */
export interface Decision {
  state: 'holds' | 'differs' | 'undecided';
  absent: string[];
  absentTables: TableNo[];
  unclear: string[];
  cells: EvidenceCell[];
}

/**
 * The one place the blank semantics live: absent or text operands leave a comparison undecided; one
 * that holds with blanks and 「/」 read as zero holds; one that differs only with them is undecided.
 */
export function decide(operands: Operand[], holds: boolean): Decision {
  const cells = operands.filter((operand): operand is CellValue => !isAbsent(operand));
  const missing = operands.filter(isAbsent);
  const absent = missing.map((operand) => operand.absent);
  const absentTables = [...new Set(missing.flatMap((operand) => (operand.table ? [operand.table] : [])))];
  const text = cells.filter((cell) => cell.kind === 'text');
  const evidence = cells.map(evidenceOf);
  if (absent.length > 0 || text.length > 0)
    return { state: 'undecided', absent, absentTables, unclear: text.map(describeCell), cells: evidence };
  if (holds) return { state: 'holds', absent: [], absentTables: [], unclear: [], cells: evidence };
  const soft = cells.filter((cell) => cell.kind === 'blank' || cell.kind === 'notApplicable');
  if (soft.length > 0) return { state: 'undecided', absent: [], absentTables: [], unclear: soft.map(describeCell), cells: evidence };
  return { state: 'differs', absent: [], absentTables: [], unclear: [], cells: evidence };
}

const OUTCOME = { holds: 'pass', differs: 'fail', undecided: 'needs-review' } as const;

/** `left` is the printed total, `right` the parts it must equal. */
export function evaluateSum(left: Operand[], right: Operand[]): SumResult {
  const expected = total(right);
  const actual = total(left);
  const { state, absent, absentTables, unclear, cells } = decide([...left, ...right], expected === actual);
  return {
    outcome: OUTCOME[state],
    expected: String(expected),
    actual: String(actual),
    delta: String(actual - expected),
    absent,
    absentTables,
    unclear,
    cells,
  };
}
