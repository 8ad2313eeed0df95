/**
 * Evaluating `left = right` over table cells with the blank semantics of docs/rules.md: blanks and 「/」
 * read as zero when the rule then holds; a rule that fails only because of them, or that has text or
 * absent operands, is `needs-review` naming those cells. Counts are integers, so plain addition is exact.
 */
import type { CellValue } from '../model/report';
import type { EvidenceCell, Outcome } from '../model/finding';
import { cellName } from '../form/labels';

export interface SumResult {
  outcome: Exclude<Outcome, 'not-applicable'>;
  expected: string;
  actual: string;
  delta: string;
  /** Operands that prevented a decision: cells absent from the table, and blank, 「/」 or text cells. */
  absent: string[];
  unclear: string[];
  cells: EvidenceCell[];
}

export type Operand = CellValue | { absent: string };

function isAbsent(operand: Operand): operand is { absent: string } {
  return 'absent' in operand;
}

export function total(operands: Operand[]): number {
  return operands.reduce((sum, operand) => sum + (isAbsent(operand) ? 0 : operand.value ?? 0), 0);
}

export function describeCell(value: CellValue): string {
  const raw = value.raw === '' ? '空白' : `「${value.raw}」`;
  return `${cellName(null, value.table, value.row, value.column)} ${raw}`;
}

export function evidenceOf(value: CellValue): EvidenceCell {
  // Plain literals, not spreads: this runs for every operand of every sum.
  const cell: EvidenceCell = value.table === 4
    ? { table: 4, group: value.row, column: value.column, raw: value.raw, kind: value.kind }
    : { table: value.table, row: value.row, column: value.column, raw: value.raw, kind: value.kind };
  if (value.origin.cell >= 0) cell.origin = value.origin;
  return cell;
}

/** How operands decide a comparison under the blank semantics, whatever they are compared with. */
export interface Decision {
  state: 'holds' | 'differs' | 'undecided';
  absent: string[];
  unclear: string[];
  cells: EvidenceCell[];
}

/**
 * The one place the blank semantics live: absent or text operands leave a comparison undecided; one
 * that holds with blanks and 「/」 read as zero holds; one that differs only with them is undecided.
 */
export function decide(operands: Operand[], holds: boolean): Decision {
  const cells = operands.filter((operand): operand is CellValue => !isAbsent(operand));
  const absent = operands.filter(isAbsent).map((operand) => operand.absent);
  const text = cells.filter((cell) => cell.kind === 'text');
  const evidence = cells.map(evidenceOf);
  if (absent.length > 0 || text.length > 0) return { state: 'undecided', absent, unclear: text.map(describeCell), cells: evidence };
  if (holds) return { state: 'holds', absent: [], unclear: [], cells: evidence };
  const soft = cells.filter((cell) => cell.kind === 'blank' || cell.kind === 'notApplicable');
  if (soft.length > 0) return { state: 'undecided', absent: [], unclear: soft.map(describeCell), cells: evidence };
  return { state: 'differs', absent: [], unclear: [], cells: evidence };
}

const OUTCOME = { holds: 'pass', differs: 'fail', undecided: 'needs-review' } as const;

/** `left` is the printed total, `right` the parts it must equal. */
export function evaluateSum(left: Operand[], right: Operand[]): SumResult {
  const expected = total(right);
  const actual = total(left);
  const { state, absent, unclear, cells } = decide([...left, ...right], expected === actual);
  return { outcome: OUTCOME[state], expected: String(expected), actual: String(actual), delta: String(actual - expected), absent, unclear, cells };
}
