/** Every check, in report order (structure first, so a missing table is said before its sums). */
import type { Check } from './define-check';
import sectionMissing from './checks/section-missing';
import outdatedFormat from './checks/outdated-format';
import tableMissing from './checks/table-missing';
import tableIncomplete from './checks/table-incomplete';
import cellInvalid from './checks/cell-invalid';
import cellBlank from './checks/cell-blank';
import table3RowTotal from './checks/table3-row-total';
import table3OutcomeTotal from './checks/table3-outcome-total';
import table3Balance from './checks/table3-balance';
import table4Total from './checks/table4-total';

export const CHECKS: readonly Check[] = [
  sectionMissing,
  outdatedFormat,
  tableMissing,
  tableIncomplete,
  cellInvalid,
  cellBlank,
  table3RowTotal,
  table3OutcomeTotal,
  table3Balance,
  table4Total,
];
