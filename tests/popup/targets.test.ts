import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { readReport } from '../../src/core/audit/read';
import type { Finding } from '../../src/core/model/finding';
import {
  cellTargets,
  compactText,
  failingOrigins,
  hasTargets,
  highlightRequest,
  pageTablesOf,
  quoteTarget,
} from '../../src/popup/highlight/targets';

function audit(file: string) {
  const report = readReport(readFileSync(`tests/fixtures/${file}`, 'utf8'));
  return { report, audit: auditReport(report) };
}

describe('what a finding points at on the page', () => {
  const rowTotal = audit('pingtan-2024-mutated-row-total.html');
  const failing = rowTotal.audit.findings.find((f) => f.checkId === 'table3-row-total' && f.outcome === 'fail')!;

  it('a row total: the total cell first and strongest, then its operands, each once', () => {
    const cells = cellTargets(failing);
    expect(cells[0]).toEqual({ table: 1, row: 5, cell: 8, primary: true });
    expect(cells.slice(1).every((cell) => !cell.primary && cell.table === 1 && cell.row === 5)).toBe(true);
    expect(cells.map((cell) => cell.cell).sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('a column rule names no single cell: no cell is singled out', () => {
    const { audit: balance } = audit('pingtan-2024-mutated-balance.html');
    const finding = balance.findings.find((f) => f.checkId === 'table3-balance' && f.outcome === 'fail')!;
    const cells = cellTargets(finding);
    expect(cells.length).toBeGreaterThan(2);
    expect(cells.some((cell) => cell.primary)).toBe(false);
  });

  it('the cells failing findings cite, for the tables view', () => {
    const origins = failingOrigins(rowTotal.audit.findings);
    expect(origins.has('1:5:8')).toBe(true);
    expect(origins.has('1:5:2')).toBe(true);
    expect(origins.has('1:4:8')).toBe(false);
  });

  it('a quote: compact text, its paragraph, and where it starts in it', () => {
    const { report } = rowTotal;
    const index = report.blocks.findIndex((block) => block.kind === 'text' && block.text.includes('政务公开'));
    const block = report.blocks[index] as { kind: 'text'; text: string };
    const start = block.text.indexOf('政务公开');
    const target = quoteTarget(report, { text: block.text.slice(start, start + 10), block: index, start });
    expect(target.text).toBe(compactText(block.text.slice(start, start + 10)));
    expect(target.context.slice(target.offset, target.offset + target.text.length)).toBe(target.text);
    expect(compactText(' （一）\u3000主动 公开 ')).toBe('(一)主动公开');
  });

  it('a table-wide finding without cells points at the page tables it was read from', () => {
    const { report, audit: truncated } = audit('pingtan-2024-mutated-truncated-table3.html');
    const incomplete = truncated.findings.find((f) => f.checkId === 'table-incomplete' && f.outcome === 'fail')!;
    const request = highlightRequest(report, incomplete, 'x');
    expect(request.tables).toEqual(pageTablesOf(report, 3));
    expect(request.tables).toEqual([1]);
    expect(hasTargets(request)).toBe(true);
  });

  it('a section finding without cells points at its heading; a missing section at nothing', () => {
    const { report } = rowTotal;
    const section: Finding = { ...failing, checkId: 's', location: { section: 3 }, evidence: { cells: [], quotes: [] } };
    const request = highlightRequest(report, section, 'x');
    expect(request.quotes).toHaveLength(1);
    expect(request.quotes[0]!.text).toBe(compactText(report.sections.find((s) => s.n === 3)!.heading));
    const { report: noFive } = audit('pingtan-2024-mutated-no-section5.html');
    expect(hasTargets(highlightRequest(noFive, { ...section, location: { section: 5 } }, 'x'))).toBe(false);
  });
});
