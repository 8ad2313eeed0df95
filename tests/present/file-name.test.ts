import { describe, expect, it } from 'vitest';
import { exportFileName, sanitiseFilePart } from '../../src/present/file-name';
import { auditOf } from '../helpers';

describe('export file names', () => {
  const audit = auditOf('pingtan-2024-mutated-balance.html');

  it("name the organisation and year, with the format's extension", () => {
    expect(exportFileName(audit)).toBe('govreport-audit-平潭综合实验区-2024.json');
    expect(['md', 'csv', 'html', 'txt'].map((ext) => exportFileName(audit, ext as 'md'))).toEqual([
      'govreport-audit-平潭综合实验区-2024.md',
      'govreport-audit-平潭综合实验区-2024.csv',
      'govreport-audit-平潭综合实验区-2024.html',
      'govreport-audit-平潭综合实验区-2024.txt',
    ]);
    expect(exportFileName(audit, 'dismissals.json')).toBe('govreport-audit-平潭综合实验区-2024.dismissals.json');
  });

  it('are safe on any file system', () => {
    expect(sanitiseFilePart('a/b\\c:d*e?"f"<g>|h i\u0000j..k', 'x')).toBe('a_b_c_d_e_f_g_h_i_j_k');
    expect(sanitiseFilePart(' ../ ', 'report')).toBe('report');
    expect(exportFileName({ ...audit, report: { ...audit.report, organisation: '../../etc', year: null } }, 'csv')).toBe(
      'govreport-audit-etc-unknown.csv',
    );
  });
});
