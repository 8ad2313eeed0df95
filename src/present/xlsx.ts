/**
 * Audits → an XLSX workbook (exceljs): a summary sheet, one row per report, and a findings sheet, one
 * row per finding with its cells in one column; problems first, frozen header rows, filters, Chinese
 * headers by default. Every text cell goes through the same formula rule as the CSV: an XLSX string is
 * not a formula, but a reader who edits the cell or saves the sheet as CSV would make it one.
 *
 * The rows are gathered as reports finish (`add`, `addFailed`) and the workbook written at the end:
 * sorting problems first needs them all; a row is a few hundred bytes, the report itself is not kept.
 */
import type { AuditResult } from '../core/model/audit';
import { findingRank, type Lang } from './names';
import {
  type Cell,
  failedFindingRow,
  failedSummaryRow,
  FINDING_COLUMNS,
  findingRow,
  listedFindings,
  neutraliseFormula,
  noteRow,
  type RowOptions,
  SUMMARY_COLUMNS,
  summaryRow,
} from './rows';

const SHEET_NAMES = { zh: ['汇总', '问题清单'], en: ['Summary', 'Findings'] } as const;

export class XlsxSheets {
  private readonly summary: { rank: number; order: number; row: Cell[] }[] = [];
  private readonly findings: { rank: number; order: number; row: Cell[] }[] = [];
  private readonly lang: Lang;

  constructor(private readonly options: RowOptions = {}) {
    this.lang = options.lang ?? 'zh';
  }

  add(audit: AuditResult, input: string, notes: readonly string[] = []): void {
    const order = this.summary.length;
    const listed = listedFindings(audit, this.options);
    const worst = listed.find((finding) => !finding.dismissed);
    this.summary.push({ rank: worst ? findingRank(worst) : 9, order, row: detached(summaryRow(audit, input, this.lang, notes)) });
    for (const note of notes)
      this.findings.push({ rank: 0.5, order: this.findings.length, row: detached(noteRow(audit, input, note, this.lang)) });
    for (const finding of listed) {
      this.findings.push({
        rank: findingRank(finding) + (finding.dismissed ? 10 : 0),
        order: this.findings.length,
        row: detached(findingRow(audit, finding, input, this.lang)),
      });
    }
  }

  addFailed(input: string, reason: string): void {
    // Unaudited inputs come right after the reports with errors: they are as much a problem.
    this.summary.push({ rank: 0.5, order: this.summary.length, row: failedSummaryRow(input, reason) });
    this.findings.push({ rank: 0.5, order: this.findings.length, row: failedFindingRow(input, reason, this.lang) });
  }

  async write(): Promise<Buffer> {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'govreport-audit';
    const [summaryName, findingsName] = SHEET_NAMES[this.lang];
    sheet(workbook.addWorksheet(summaryName), SUMMARY_COLUMNS[this.lang], this.summary);
    sheet(workbook.addWorksheet(findingsName), FINDING_COLUMNS[this.lang], this.findings);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

type Worksheet = import('exceljs').Worksheet;

/**
 * Fresh strings for a kept row: V8 keeps a substring as a view of its parent, so an organisation's
 * name sliced from a page would keep the whole page alive until the workbook is written.
 */
function detached(row: Cell[]): Cell[] {
  return JSON.parse(JSON.stringify(row)) as Cell[];
}

function sheet(worksheet: Worksheet, header: readonly string[], rows: { rank: number; order: number; row: Cell[] }[]): void {
  worksheet.addRow([...header]).font = { bold: true };
  const sorted = [...rows].sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const { row } of sorted) worksheet.addRow(row.map((value) => (typeof value === 'string' ? neutraliseFormula(value) : value)));
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((name, index) => {
    worksheet.getColumn(index + 1).width = Math.min(60, Math.max(8, name.length * 2 + 2));
  });
}
