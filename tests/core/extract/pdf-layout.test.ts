/** PDF text items → lines: the pure layout stage, on items shaped as pdfjs gives them, and on the real PDFs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfTextItem } from '../../../src/core/extract/pdf/layout';
import { extractPdf, hasTextLayer } from '../../../src/core/extract/pdf/extract-pdf';
import { readPdfPages } from '../../../src/readers/pdf';
import { readPdfReport } from '../../../src/core/audit/read';
import { auditReport } from '../../../src/core/audit/audit';

const item = (str: string, x: number, y: number, width = str.length * 10): PdfTextItem => ({ str, x, y, width, height: 10 });
const pdf = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/real/pdf/${name}`, import.meta.url)));

describe('layoutPages', () => {
  it('puts items of one baseline on one line, left to right, with a space at a gap, and drops page footers', () => {
    const lines = layoutPages([
      {
        page: 3,
        items: [
          item('0', 200, 700),
          item('规章', 20, 701),
          item('0', 240, 700),
          item('- 3 -', 100, 40),
          item('行政规范性文件', 20, 680),
          item('3', 200, 680),
        ],
      },
    ]);
    expect(lines).toEqual([
      { text: '规章 0 0', page: 3 },
      { text: '行政规范性文件 3', page: 3 },
    ]);
  });

  // U+2EA0 (CJK Radicals Supplement) has no compatibility mapping: it stays as printed.
  it('folds Kangxi-radical look-alikes of printed PDFs back into ideographs', () => {
    expect(layoutPages([{ page: 1, items: [item('⼈⺠⽂', 0, 100)] }])[0]!.text).toBe('人⺠文');
  });

  it('tells a scan (no text layer) from a text PDF', () => {
    expect(
      hasTextLayer([
        { page: 1, items: [] },
        { page: 2, items: [item(' ', 0, 0)] },
      ]),
    ).toBe(false);
    expect(hasTextLayer([{ page: 1, items: [item('一、总体情况本年度我单位认真贯彻落实条例', 0, 0)] }])).toBe(true);
    expect(readPdfReport([{ page: 1, items: [] }])).toMatchObject({
      isReport: false,
      notReportReason: expect.stringContaining('该 PDF 为扫描件，无法核对'),
    });
  });
});

describe('real PDFs through pdfjs', () => {
  it(
    'hongze-2024.pdf: table 4 read as 15 numbers, its cells name their page, and the prose 17 vs table-3 95 is found',
    { timeout: 60_000 },
    async () => {
      const pages = await readPdfPages(pdf('hongze-2024.pdf'));
      const doc = extractPdf(pages);
      const report = readPdfReport(pages);
      expect(report.tables.t4!.values.map((value) => value.value)).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
      const received = report.tables.t3!.values.find((value) => value.row === 'received' && value.column === 'total')!;
      expect(received).toMatchObject({ value: 95, origin: { page: 3 } });
      expect(doc.grids.every((grid) => grid.cells.every((cell) => (cell.origin.page ?? 0) >= 1))).toBe(true);
      const mismatch = auditReport(report).findings.find(
        (finding) => finding.checkId === 'text-count-mismatch' && finding.outcome === 'fail',
      )!;
      expect(mismatch.evidence.cells[0]).toMatchObject({ raw: '95', origin: { page: 3 } });
    },
  );

  it('a page printed to PDF gives the same findings as the page (pingtan-2024)', { timeout: 60_000 }, async () => {
    const { readReport } = await import('../../../src/core/audit/read');
    const html = readFileSync(new URL('../../fixtures/real/html/pingtan-2024.html', import.meta.url), 'utf8');
    const problems = (findings: ReturnType<typeof auditReport>['findings']) =>
      findings
        .filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review')
        .map((finding) => `${finding.checkId} ${JSON.stringify(finding.location)}`);
    const now = new Date('2026-12-01T00:00:00Z');
    const fromPdf = auditReport(readPdfReport(await readPdfPages(pdf('pingtan-2024-printed.pdf'))), { now });
    const fromHtml = auditReport(readReport(html), { now });
    expect(problems(fromPdf.findings)).toEqual(problems(fromHtml.findings));
    expect(fromPdf.report).toMatchObject({ year: 2024, tablesFound: [2, 3, 4], sectionsFound: [1, 2, 3, 4, 5, 6] });
  });
});
