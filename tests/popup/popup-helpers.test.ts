import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../src/core/audit/read';
import { exportFileName, sanitiseFilePart } from '../../src/present/file-name';
import { evidenceRows, locationText } from '../../src/popup/labels';
import { tabIdFromQuery } from '../../src/popup/read-tab';

const mutated = auditHtml(readFileSync('tests/fixtures/pingtan-2024-mutated-balance.html', 'utf8'));

describe('popup helpers', () => {
  it('names the export after the organisation and year, safe for any file system', () => {
    expect(exportFileName(mutated)).toBe('govreport-audit-平潭综合实验区-2024.json');
    expect(sanitiseFilePart('a/b\\c:d*e?"f"<g>|h i\u0000j..k', 'x')).toBe('a_b_c_d_e_f_g_h_i_j_k');
    expect(sanitiseFilePart(' ../ ', 'report')).toBe('report');
  });

  it('reads only a plain tab id from the query', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('')).toBeNull();
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=1e3')).toBeNull();
  });

  it('puts the shared row or column of the evidence in the caption', () => {
    const rowTotal = mutated.findings.find((f) => f.checkId === 'table3-row-total' && f.outcome === 'fail')!;
    const byRow = evidenceRows(mutated, rowTotal.evidence.cells);
    expect(byRow.caption).toContain('R01');
    expect(byRow.rows.map(([name, cell]) => `${name}=${cell.raw}`)).toContain('自然人=219');

    const balance = mutated.findings.find((f) => f.checkId === 'table3-balance' && f.outcome === 'fail')!;
    const byColumn = evidenceRows(mutated, balance.evidence.cells);
    expect(byColumn.caption).toBe('表三 · 自然人');
    expect(locationText(mutated, balance.location)).toContain('自然人');
  });
});
