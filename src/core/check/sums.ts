/**
 * Evaluating `left = right` over table cells with the blank semantics of rules.md: blanks and 「/」
 * read as zero when the rule then holds; a rule that fails only because of them, or that has text or
 * absent operands, is `needs-review` naming those cells. Counts are integers, so plain addition is exact.
 */
import type { CellValue } from '../model/report';
import type { EvidenceCell, Outcome } from '../model/finding';
import { cellName } from './labels';

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

function total(operands: Operand[]): number {
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

/** `left` is the printed total, `right` the parts it must equal. */
export function evaluateSum(left: Operand[], right: Operand[]): SumResult {
  const operands = [...left, ...right];
  const cells = operands.filter((operand): operand is CellValue => !isAbsent(operand)).map(evidenceOf);
  const absent = operands.filter(isAbsent).map((operand) => operand.absent);
  const text = operands.filter((operand): operand is CellValue => !isAbsent(operand) && operand.kind === 'text');
  const soft = operands.filter((operand): operand is CellValue => !isAbsent(operand) && (operand.kind === 'blank' || operand.kind === 'notApplicable'));
  const expected = total(right);
  const actual = total(left);
  const base = { expected: String(expected), actual: String(actual), delta: String(actual - expected), cells };
  if (absent.length > 0 || text.length > 0) {
    return { ...base, outcome: 'needs-review', absent, unclear: text.map(describeCell) };
  }
  if (expected === actual) return { ...base, outcome: 'pass', absent: [], unclear: [] };
  if (soft.length > 0) return { ...base, outcome: 'needs-review', absent: [], unclear: soft.map(describeCell) };
  return { ...base, outcome: 'fail', absent: [], unclear: [] };
}
