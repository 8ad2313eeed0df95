/** What the cross-year checks share: the no-previous-year outcome and last year's cells as sum operands. */
import type { FindingDraft } from './define-check';
import type { StoredCell } from '../model/history';
import type { CellValue, TableNo } from '../model/report';
import type { EvidenceCell, PreviousYearEvidence } from '../model/finding';
import type { YearData } from '../model/history';
import { evidenceOf, type Operand } from './sums';

export const NO_PREVIOUS_HINT = '打开该机关上一年度的报告并审校后，可核对跨年度数据';

export function noPrevious(year: number | null): FindingDraft {
  const which = year === null ? '上一年度' : `${year - 1} 年度`;
  return {
    outcome: 'not-applicable',
    location: {},
    message: `没有该机关${which}报告的数据。${NO_PREVIOUS_HINT}。`,
    messageEn:
      'No previous-year report of this organisation was audited: audit it first (in the browser, or as another input of the same command) to compare the years.',
  };
}

/**
 * Last year's cell as an operand of `evaluateSum`, so a blank or text there gets the same
 * blank semantics as this year's cells. It has no place on this page (origin −1).
 */
export function previousOperand(cell: StoredCell | undefined, table: TableNo, row: string, column: string, name: string): Operand {
  if (!cell) return { absent: name };
  return { ...cell, table, row, column, decimals: 0, origin: { table: -1, row: -1, cell: -1 } } satisfies CellValue;
}

/** Evidence is what can be pointed at on this page: this year's cells only. */
export function thisYearEvidence(operands: Operand[]): EvidenceCell[] {
  return operands.filter((operand): operand is CellValue => !('absent' in operand)).map(evidenceOf);
}

/** Where last year's figures came from and what they were, for the finding (it cannot be pointed at on this page). */
export function previousYearEvidence(
  previous: YearData,
  table: TableNo,
  cells: [row: string, column: string, cell: StoredCell | undefined][],
): PreviousYearEvidence {
  return {
    year: previous.year,
    organisation: previous.organisation,
    ...(previous.title === undefined ? {} : { title: previous.title }),
    url: previous.url,
    cells: cells.flatMap(([row, column, cell]) => (cell ? [{ table, row, column, raw: cell.raw, kind: cell.kind }] : [])),
  };
}
