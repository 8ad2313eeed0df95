/**
 * The table values a count claim may restate, as "readings": the value its wording names (verdict
 * `pass` when equal) and the related values a writer plausibly meant instead (verdict `warning`: the
 * figures reconcile, the wording does not — docs/rules.md, 「收到…75件」 with R01 = 74, R02 = 1).
 *
 * When the table's own arithmetic is broken at a cell (a wrong 总计), a shadow reading made of the
 * cell's parts is added: text that agrees with the parts is not blamed for the table's error, which
 * the table checks report once.
 */
import type { FormDef } from '../form/types';
import type { Location } from '../model/finding';
import type { RecognisedTable, Report } from '../model/report';
import type { Operand } from './sums';
import { operand } from './table-values';
import { table3RowName, table3ColumnName, table4Name, table2Name } from '../form/labels';
import type { ApplicantColumn, CountSubject, OutcomeGroup } from '../claims/types';

export interface Reading {
  /** 「R01」「R01 + R02」「ΣR05–R12」, with the column: 「R01 [总计]」. */
  expression: string;
  /** In words: 「表三 R01 本年新收政府信息公开申请数量（总计）」. */
  description: string;
  operands: Operand[];
  verdict: 'pass' | 'warning';
  /** Why a `warning` reading is not what the wording says. */
  note?: string;
  /** The cell, when the reading is one cell. */
  location: Location;
  /** A reading made of a wrong total's parts. */
  shadow?: boolean;
  /** The table-3 rows it adds up, so a split can be read on the same basis as its total. */
  rows?: readonly string[];
}

type T3Row = 'received' | 'carriedIn' | 'handledTotal' | 'carriedOut';
const ROW_ID: Record<T3Row, string> = { received: 'R01', carriedIn: 'R02', handledTotal: 'R24', carriedOut: 'R25' };
const PART_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;
const LEGAL_PERSON_COLUMNS = ['business', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;
const CASE_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** Columns of table 3 an applicant split names. */
export function applicantColumns(column: ApplicantColumn | 'total'): readonly string[] {
  return column === 'legalPersons' ? LEGAL_PERSON_COLUMNS : [column];
}

function columnLabel(column: ApplicantColumn | 'total'): string {
  return column === 'legalPersons' ? '法人或其他组织' : table3ColumnName(column);
}

function rowLabel(form: FormDef, row: string): string {
  if (row === 'handledTotal') return '本年度办理结果总计';
  return (form.table3.rows.find((line) => line.key === row)?.label ?? row).replace(
    /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/,
    '',
  );
}

/** One reading over table-3 rows, in one applicant column (or C2–C6 together). */
function t3Reading(
  report: Report,
  form: FormDef,
  rows: T3Row[],
  column: ApplicantColumn | 'total',
  verdict: Reading['verdict'],
  note?: string,
): Reading[] {
  const table = report.tables.t3;
  const columns = applicantColumns(column);
  const operands = rows.flatMap((row) => columns.map((key) => cell(table, 3, row, key)));
  const ids = rows.map((row) => ROW_ID[row]);
  const reading: Reading = {
    expression: `${ids.join(' + ')} [${columnLabel(column)}]`,
    description:
      rows.length === 1
        ? `表三 ${ids[0]}「${rowLabel(form, rows[0]!)}」（${columnLabel(column)}列）`
        : `表三 ${ids.join(' + ')}（${rows.map((row) => rowLabel(form, row)).join('加')}，${columnLabel(column)}列）`,
    operands,
    verdict,
    note,
    location: rows.length === 1 && columns.length === 1 ? { table: 3, row: rows[0]!, column: columns[0]! } : { table: 3 },
    rows,
  };
  return [reading, ...shadowReadings(report, form, reading, rows, columns)];
}

/** Parts of a wrong total: its row's six applicant cells, and for R24 the outcome rows. */
function shadowReadings(report: Report, form: FormDef, reading: Reading, rows: T3Row[], columns: readonly string[]): Reading[] {
  const table = report.tables.t3;
  if (!table || columns.length !== 1) return [];
  const column = columns[0]!;
  const printed = valueOf(reading.operands);
  const replacements: Operand[][] = rows.map((row) => [cell(table, 3, row, column)]);
  let changed = false;
  rows.forEach((row, index) => {
    const candidates: Operand[][] = [];
    if (column === 'total') candidates.push(PART_COLUMNS.map((key) => cell(table, 3, row, key)));
    if (row === 'handledTotal') candidates.push(form.table3.outcomeRows.map((key) => cell(table, 3, key, column)));
    for (const parts of candidates) {
      const sum = valueOf(parts);
      if (sum !== null && sum !== valueOf([cell(table, 3, row, column)])) {
        replacements[index] = parts;
        changed = true;
        break;
      }
    }
  });
  const operands = replacements.flat();
  const value = valueOf(operands);
  if (!changed || value === null || value === printed) return [];
  return [{ ...reading, operands, shadow: true, description: `${reading.description}的各项之和` }];
}

/** The sum when every operand is a number or zero; null otherwise. */
function valueOf(operands: Operand[]): number | null {
  let sum = 0;
  for (const item of operands) {
    if ('absent' in item || (item.kind !== 'number' && item.kind !== 'zero') || item.value === null) return null;
    sum += item.value;
  }
  return sum;
}

function cell(table: RecognisedTable | null, n: 2 | 3 | 4, row: string, column: string): Operand {
  if (!table)
    return {
      absent: n === 3 ? `表三 ${table3RowName(null, row)}` : n === 4 ? `表四 ${table4Name(row)}` : `表二 ${table2Name(null, row)}`,
      table: n,
    };
  return operand(table, row, column);
}

function outcomeRows(form: FormDef, group: OutcomeGroup): string[] {
  return form.table3.rows.filter((row) => row.key === group || row.key.startsWith(`${group}.`)).map((row) => row.key);
}

/**
 * The readings of a subject. `parentReadings` is for applicant splits: the reading the parent count
 * matched, so a split is compared on the same basis as the total it splits.
 */
export function readingsOf(report: Report, form: FormDef, subject: CountSubject, parentBasis: Reading | null): Reading[] {
  switch (subject.kind) {
    case 'applications':
      return applicationReadings(report, form, subject.stage, subject.includesCarry, 'total');
    case 'applicant':
      return applicantReadings(report, form, subject.column, parentBasis);
    case 'outcome': {
      const rows = outcomeRows(form, subject.group);
      const ids = rows.map((key) => form.table3.rows.find((row) => row.key === key)!.id);
      const table = report.tables.t3;
      return [
        {
          expression: `${ids.length > 1 ? `Σ${ids[0]}–${ids[ids.length - 1]}` : ids[0]} [总计]`,
          description:
            rows.length > 1
              ? `表三「${form.table3.groups.find((group) => group.key === subject.group)?.label ?? subject.group}」各项之和（${ids[0]}–${ids[ids.length - 1]}，总计列）`
              : `表三 ${ids[0]}「${rowLabel(form, rows[0]!)}」（总计列）`,
          operands: rows.map((row) => cell(table, 3, row, 'total')),
          verdict: 'pass',
          location: rows.length === 1 ? { table: 3, row: rows[0]!, column: 'total' } : { table: 3 },
        },
      ];
    }
    case 'review':
    case 'suits': {
      const groups =
        subject.kind === 'review'
          ? ['review']
          : subject.which === 'all'
            ? ['suitDirect', 'suitAfterReview']
            : [subject.which === 'direct' ? 'suitDirect' : 'suitAfterReview'];
      const table = report.tables.t4;
      const reading: Reading = {
        expression: `${groups.map((group) => `${table4Name(group)} 总计`).join(' + ')}`,
        description: `表四${groups.map((group) => `「${table4Name(group)}」`).join('与')}的总计${groups.length > 1 ? '之和' : ''}`,
        operands: groups.map((group) => cell(table, 4, group, 'total')),
        verdict: 'pass',
        location: groups.length === 1 ? { table: 4, group: groups[0]!, column: 'total' } : { table: 4 },
      };
      // A group total that is not the sum of its results is table4-total's finding; the parts stand in.
      const parts = groups.flatMap((group) => {
        const results = CASE_RESULTS.map((column) => cell(table, 4, group, column));
        const sum = valueOf(results);
        return sum !== null && sum !== valueOf([cell(table, 4, group, 'total')]) ? results : [cell(table, 4, group, 'total')];
      });
      const shadow = valueOf(parts) !== null && valueOf(parts) !== valueOf(reading.operands);
      return shadow
        ? [reading, { ...reading, operands: parts, shadow: true, description: `${reading.description}（按各项结果之和）` }]
        : [reading];
    }
    case 'table2': {
      if (form.id !== '2021') return [];
      const table = report.tables.t2;
      return [
        {
          expression: `表二 ${table2Name(form, subject.row)} / ${table2Name(form, subject.column)}`,
          description: `表二「${table2Name(form, subject.row)}」的「${table2Name(form, subject.column)}」`,
          operands: [cell(table, 2, subject.row, subject.column)],
          verdict: 'pass',
          location: { table: 2, row: subject.row, column: subject.column },
        },
      ];
    }
    default:
      return [];
  }
}

const CARRY_NOTE = '等于本年新收与上年结转之和：正文把上年结转的申请也算作本年收到的';
const HANDLED_NOTE = '等于本年办理结果总计（R24）：正文说的是收到，数字却是办结数';
const RECEIVED_NOTE = '等于本年新收（R01）：正文说的是办理，数字却是新收数';

function applicationReadings(
  report: Report,
  form: FormDef,
  stage: string,
  includesCarry: boolean,
  column: ApplicantColumn | 'total',
): Reading[] {
  const read = (rows: T3Row[], verdict: Reading['verdict'], note?: string) => t3Reading(report, form, rows, column, verdict, note);
  switch (stage) {
    case 'received':
      return includesCarry
        ? [...read(['received', 'carriedIn'], 'pass'), ...read(['received'], 'warning', '只是本年新收：正文称包含上年结转，数字却未加结转')]
        : [
            ...read(['received'], 'pass'),
            ...read(['received', 'carriedIn'], 'warning', CARRY_NOTE),
            ...read(['handledTotal'], 'warning', HANDLED_NOTE),
          ];
    case 'handled':
      // 「办理申请N件，其中上年结转M件」 counts every application in hand: R01 + R02 is what it names.
      return [
        ...read(['handledTotal'], 'pass'),
        ...read(['received', 'carriedIn'], includesCarry ? 'pass' : 'warning', '等于新收与上年结转之和，而非本年办结数（R24）'),
        ...read(['received'], 'warning', RECEIVED_NOTE),
      ];
    case 'receivedOrHandled':
      return [
        ...read(['received'], 'pass'),
        ...read(['handledTotal'], 'pass'),
        ...read(['received', 'carriedIn'], includesCarry ? 'pass' : 'warning', CARRY_NOTE),
      ];
    case 'carriedIn':
      return read(['carriedIn'], 'pass');
    case 'carriedOut':
      return read(['carriedOut'], 'pass');
    default:
      return [];
  }
}

/** A split is read in the parent's column layout; the basis the parent matched counts as named. */
function applicantReadings(report: Report, form: FormDef, column: ApplicantColumn, parentBasis: Reading | null): Reading[] {
  const parentRows = parentBasis?.rows?.filter((row): row is T3Row => row in ROW_ID) ?? null;
  const base = applicationReadings(report, form, 'receivedOrHandled', false, column);
  if (!parentRows?.length) return base;
  const same = t3Reading(report, form, parentRows, column, 'pass');
  const others = base.filter((reading) => !same.some((candidate) => candidate.expression === reading.expression));
  return [...same, ...others];
}
