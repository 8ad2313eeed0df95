import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, renderCsv } from '../../src/present/csv';
import { auditOf } from '../helpers';
import { dismissedAudit, hostileAudit, HOSTILE } from './fixtures';
import { parseCsv } from './parse-csv';

const HEADER = 'checkId,outcome,severity,message,section,table,row,column,group,expression,expected,actual,cell raw,dismissed,note';

/** One row per finding × evidence cell, one for a finding without cells. */
const expectedRows = (audit: ReturnType<typeof auditOf>) => audit.findings.reduce((n, finding) => n + Math.max(1, finding.evidence.cells.length), 0);

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF, Chinese as UTF-8', () => {
    const bytes = new TextEncoder().encode(renderCsv([dismissedAudit()]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    // 「表」 in UTF-8.
    expect(Buffer.from(bytes).includes(Buffer.from([0xe8, 0xa1, 0xa8]))).toBe(true);
  });

  it('one row per finding × cell, with the cell\'s place and raw text', () => {
    const audit = dismissedAudit();
    const rows = parseCsv(renderCsv([audit]).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(expectedRows(audit));
    const rowTotal = rows.filter((row) => row[0] === 'table3-row-total' && row[1] === 'fail');
    expect(rowTotal.map((row) => [row[5], row[6], row[7], row[12]])).toEqual([
      ['3', 'received', 'total', '218'],
      ['3', 'received', 'natural', '219'],
      ['3', 'received', 'business', '1'],
      ['3', 'received', 'research', '0'],
      ['3', 'received', 'nonprofit', '0'],
      ['3', 'received', 'legal', '0'],
      ['3', 'received', 'otherOrg', '0'],
    ]);
    expect(rowTotal[0]!.slice(9, 12)).toEqual(['C7 = C1 + C2 + C3 + C4 + C5 + C6 [R01 一、本年新收政府信息公开申请数量]', '220', '218']);
    const late = rows.filter((row) => row[0] === 'late-publication');
    expect(late).toEqual([['late-publication', 'pass', 'warning', '发布日期 2025-03-10（取自页面元数据 pubdate），在期限内。', '', '', '', '', '', '', '≤ 2025-03-31', '2025-03-10', '', 'false', '']]);
  });

  it('marks dismissed findings with their note', () => {
    const rows = parseCsv(renderCsv([dismissedAudit()]).slice(1));
    const dismissed = rows.filter((row) => row[13] === 'true');
    expect(dismissed).toHaveLength(4);
    expect(new Set(dismissed.map((row) => `${row[0]} ${row[7]} ${row[14]}`))).toEqual(new Set(['table3-balance natural 已与机关核实, 见"说明"']));
  });

  it('quotes commas, quotes and newlines (RFC 4180) and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe('-1');
    expect(csvField('-x')).toBe("'-x");
    expect(csvField(undefined)).toBe('');
    const rows = parseCsv(renderCsv([hostileAudit()]).slice(1));
    const cellRows = rows.filter((row) => row[12] !== '' && row[12] !== 'cell raw');
    expect(cellRows.every((row) => row[12] === `'=${HOSTILE}`)).toBe(true);
  });

  it('several reports: one header, the report columns in front', () => {
    const a = auditOf('pingtan-2024.html');
    const b = auditOf('pingtan-2022.html');
    const text = renderCsv([a, b]);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['organisation', 'year', 'url', ...CSV_COLUMNS]);
    expect(rows.filter((row) => row[0] === 'checkId' || row[3] === 'checkId')).toHaveLength(1);
    expect(rows.length - 1).toBe(expectedRows(a) + expectedRows(b));
    expect(new Set(rows.slice(1).map((row) => `${row[0]} ${row[1]}`))).toEqual(new Set(['平潭综合实验区 2024', '平潭综合实验区 2022']));
  });
});
