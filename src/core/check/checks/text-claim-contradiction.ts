/**
 * A qualitative statement in the prose must not be refuted by the tables (docs/rules.md): 「未收到政府信息
 * 公开申请」 with R01 > 0, 「未发生行政复议、行政诉讼」 with a table-4 total > 0, 「全部予以公开」 with
 * outcomes outside R03/R04, 「均维持」/「无被纠错」 with corrected > 0 (a warning when only cases still
 * pending make 「均维持」 premature). Without the table the statement cannot be checked: needs-review.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { evidenceOf, type Operand } from '../sums';
import { operand } from '../table-values';
import { table3RowName, table4Name } from '../../form/labels';
import { claimsOf } from '../../claims/extract';
import { quoteOf, said, sectionOf } from '../../claims/quote';
import type { QualitativeClaim } from '../../claims/types';
import type { FormDef } from '../../form/types';
import type { Location } from '../../model/finding';
import type { CellValue, Report } from '../../model/report';

/** A table value that refutes the claim when it is above zero, and how badly. */
interface Refuter {
  name: string;
  /** Short, for the expression: 「R01 [总计]」「行政复议 总计」. */
  id: string;
  operand: Operand;
  severity: 'error' | 'warning';
  location: Location;
}

const GROUPS = { review: ['review'], suits: ['suitDirect', 'suitAfterReview'] } as const;

function t4Refuters(report: Report, claim: QualitativeClaim, column: string, severity: Refuter['severity']): Refuter[] {
  const groups = [...(claim.review ? GROUPS.review : []), ...(claim.suits ? GROUPS.suits : [])];
  const table = report.tables.t4;
  return groups.map((group) => ({
    name: `表四「${table4Name(group)}」的「${table4Name(column)}」`,
    id: `${table4Name(group)} ${table4Name(column)}`,
    operand: table ? operand(table, group, column) : { absent: `表四「${table4Name(group)}」` },
    severity,
    location: { table: 4 as const, group, column },
  }));
}

function t3Refuters(report: Report, form: FormDef, rows: readonly string[]): Refuter[] {
  const table = report.tables.t3;
  return rows.map((row) => ({
    name: `表三 ${table3RowName(form, row)}（总计列）`,
    id: `${form.table3.rows.find((line) => line.key === row)?.id ?? row} [总计]`,
    operand: table ? operand(table, row, 'total') : { absent: `表三 ${table3RowName(form, row)}` },
    severity: 'error' as const,
    location: { table: 3 as const, row, column: 'total' },
  }));
}

function refutersOf(report: Report, form: FormDef, claim: QualitativeClaim): Refuter[] {
  switch (claim.kind) {
    case 'noApplications':
      return t3Refuters(report, form, ['received']);
    case 'allGranted':
      return t3Refuters(
        report,
        form,
        form.table3.outcomeRows.filter((row) => row !== 'granted' && row !== 'partlyGranted'),
      );
    case 'noReviewOrSuit':
      return t4Refuters(report, claim, 'total', 'error');
    case 'allUpheld':
      return [...t4Refuters(report, claim, 'corrected', 'error'), ...t4Refuters(report, claim, 'pending', 'warning')];
    case 'noCorrection':
      return t4Refuters(report, claim, 'corrected', 'error');
  }
}

const MEANING: Record<QualitativeClaim['kind'], string> = {
  noApplications: '本年没有新收申请，表三 R01 应为 0',
  allGranted: '所有申请都予以公开（或部分公开），表三 R05–R23 应全为 0',
  noReviewOrSuit: '没有行政复议、行政诉讼案件，表四相应总计应为 0',
  allUpheld: '案件结果均为维持，表四「结果纠正」和「尚未审结」应为 0',
  noCorrection: '没有被纠错的案件，表四「结果纠正」应为 0',
};

function isCell(item: Operand): item is CellValue {
  return !('absent' in item);
}

function place(claim: QualitativeClaim, refuters: Refuter[]): Location {
  const tables = new Set(refuters.map((refuter) => refuter.location.table));
  const table = tables.size === 1 ? refuters[0]!.location.table : undefined;
  return { ...sectionOf(claim.sentence), ...(refuters.length === 1 ? refuters[0]!.location : table ? { table } : {}) };
}

function findingOf(report: Report, form: FormDef, claim: QualitativeClaim): FindingDraft | null {
  // 「2022年未收到申请，2023年收到5件」: a statement dated another year is not about this year's tables.
  if (claim.year && report.identity.year !== null && claim.year.year !== report.identity.year) return null;
  const refuters = refutersOf(report, form, claim);
  if (refuters.length === 0) return null;
  const words = said(claim.span);
  const quotes = [quoteOf(claim.sentence, claim.span)];
  const cells = refuters
    .map((refuter) => refuter.operand)
    .filter(isCell)
    .map(evidenceOf);
  const expression = `${refuters.map((refuter) => refuter.id).join(' + ')} = 0`;
  const positive = refuters.filter((refuter) => isCell(refuter.operand) && (refuter.operand.value ?? 0) > 0);
  if (positive.length > 0) {
    const severity = positive.some((refuter) => refuter.severity === 'error') ? 'error' : 'warning';
    const shown = positive.filter((refuter) => refuter.severity === severity);
    const facts = shown.map((refuter) => `${refuter.name}为 ${(refuter.operand as CellValue).raw}`).join('，');
    return {
      outcome: 'fail',
      severity,
      location: place(claim, shown),
      expression,
      expected: '0',
      actual: String(shown.reduce((sum, refuter) => sum + ((refuter.operand as CellValue).value ?? 0), 0)),
      message:
        severity === 'warning'
          ? `正文称${words}，但${facts}：尚有未审结的案件，「均维持」的说法为时过早。`
          : `正文称${words}（即${MEANING[claim.kind]}），但${facts}。`,
      messageEn: `The text says ${claim.kind} but the tables show ${shown.length} non-zero value(s).`,
      evidence: { cells: shown.map((refuter) => evidenceOf(refuter.operand as CellValue)), quotes },
    };
  }
  const absent = refuters.filter((refuter) => !isCell(refuter.operand)).map((refuter) => (refuter.operand as { absent: string }).absent);
  const unclear = refuters.filter((refuter) => isCell(refuter.operand) && refuter.operand.kind === 'text').map((refuter) => refuter.name);
  if (absent.length > 0 || unclear.length > 0) {
    const tableNo = refuters[0]!.location.table!;
    const tableAbsent = tableNo === 3 ? !report.tables.t3 : !report.tables.t4;
    const unread = report.unrecognisedTables.some((table) => table.section === tableNo);
    const reasons = [
      ...(tableAbsent ? [`报告中没有表${tableNo === 3 ? '三' : '四'}`] : absent.length ? [`表中缺少 ${absent.join('、')}`] : []),
      ...(unclear.length ? [`${unclear.join('、')} 不是数字`] : []),
    ];
    return {
      outcome: 'needs-review',
      doubt: tableAbsent && unread ? 'parser' : 'report',
      location: place(claim, refuters),
      expression,
      message: `无法核对正文${words}，因为${reasons.join('；')}。`,
      messageEn: `The statement cannot be checked against table ${tableNo} (${[...absent, ...unclear].join('; ') || 'table absent'}).`,
      evidence: { cells, quotes },
    };
  }
  return {
    outcome: 'pass',
    location: place(claim, refuters),
    expression,
    expected: '0',
    actual: '0',
    message: `正文${words}与统计表一致：${refuters.map((refuter) => refuter.name).join('、')}均为 0。`,
    messageEn: 'The statement agrees with the tables.',
    evidence: { cells, quotes },
  };
}

/**
 * Items disclosed on application (「依申请公开信息数354条」) need applications: stated above zero while
 * table 3 has no application at all, new or carried over, the text contradicts itself or the table.
 * The count is of information items, not applications, so it is never compared for equality: it is a
 * question for the editor (needs-review), saying what the page states on both sides.
 */
function onApplicationItems(report: Report, form: FormDef): FindingDraft[] {
  const table = report.tables.t3;
  if (!table) return [];
  const rows = [operand(table, 'received', 'total'), operand(table, 'carriedIn', 'total')];
  if (!rows.every((item) => isCell(item) && (item.kind === 'zero' || (item.kind === 'number' && item.value === 0)))) return [];
  const claims = claimsOf(report);
  const none = claims.qualitative.find((claim) => claim.kind === 'noApplications');
  return claims.counts
    .filter(
      (claim) =>
        claim.reading.noun === 'information' &&
        claim.count.value > 0 &&
        !claim.count.approximate &&
        /依申请/.test(claim.label) &&
        !/主动|累计|以来|历年/.test(claim.label),
    )
    .slice(0, 1)
    .map((claim): FindingDraft => ({
      outcome: 'needs-review',
      doubt: 'report',
      location: sectionOf(claim.sentence),
      expression: `${table3RowName(form, 'received')} + ${table3RowName(form, 'carriedIn')} = 0`,
      actual: String(claim.count.value),
      message: `正文${said(claim.phrase)}说有依申请公开的信息，而表三本年新收和上年结转的申请均为 0${none ? `，正文也称${said(none.span)}` : ''}：没有申请就不会有依申请公开的信息，请核对这个数字说的是什么。`,
      messageEn: `The text states ${claim.count.value} items disclosed on application, but table 3 has no application (new or carried over).`,
      evidence: {
        cells: rows.filter(isCell).map(evidenceOf),
        quotes: [quoteOf(claim.sentence, claim.phrase), ...(none ? [quoteOf(none.sentence, none.span)] : [])],
      },
    }));
}

export default defineCheck({
  id: 'text-claim-contradiction',
  severity: 'error',
  title: { zh: '正文的定性表述不与统计表矛盾', en: 'Statements in the text do not contradict the tables' },
  needsForm: true,
  evaluate({ report, form }) {
    if (!form) return [];
    return [...claimsOf(report).qualitative.flatMap((claim) => findingOf(report, form, claim) ?? []), ...onApplicationItems(report, form)];
  },
});
