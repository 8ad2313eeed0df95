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
import sectionOrder from './checks/section-order';
import sectionHeadingDeviation from './checks/section-heading-deviation';
import tableAsImage from './checks/table-as-image';
import tableExtraRows from './checks/table-extra-rows';
import labelDeviation from './checks/label-deviation';
import latePublication from './checks/late-publication';
import carryoverContinuity from './checks/carryover-continuity';
import inForceContinuity from './checks/in-force-continuity';
import textCountMismatch from './checks/text-count-mismatch';
import textClaimContradiction from './checks/text-claim-contradiction';
import percentMismatch from './checks/percent-mismatch';
import percentSum from './checks/percent-sum';
import breakdownSum from './checks/breakdown-sum';
import yearMismatch from './checks/year-mismatch';
import periodMissing from './checks/period-missing';
import sectionCountClaim from './checks/section-count-claim';
import feeStatementMissing from './checks/fee-statement-missing';
import textTruncated from './checks/text-truncated';

export const CHECKS: readonly Check[] = [
  sectionMissing,
  textTruncated,
  sectionOrder,
  sectionHeadingDeviation,
  outdatedFormat,
  tableMissing,
  tableAsImage,
  tableIncomplete,
  tableExtraRows,
  labelDeviation,
  cellInvalid,
  cellBlank,
  table3RowTotal,
  table3OutcomeTotal,
  table3Balance,
  table4Total,
  latePublication,
  carryoverContinuity,
  inForceContinuity,
  textCountMismatch,
  textClaimContradiction,
  percentMismatch,
  percentSum,
  breakdownSum,
  yearMismatch,
  periodMissing,
  sectionCountClaim,
  feeStatementMissing,
];
