import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/core/audit/fingerprint';
import { auditOf } from '../../helpers';

describe('fingerprint', () => {
  it('is the check id and the location keys in a fixed order', () => {
    expect(fingerprint({ checkId: 'table3-row-total', location: { column: 'total', row: 'granted', table: 3 } })).toBe(
      'table3-row-total@table=3,row=granted,column=total',
    );
    expect(fingerprint({ checkId: 'table4-total', location: { group: 'review', table: 4 } })).toBe('table4-total@table=4,group=review');
    expect(fingerprint({ checkId: 'section-missing', location: { section: 5 } })).toBe('section-missing@section=5');
    expect(fingerprint({ checkId: 'late-publication', location: {} })).toBe('late-publication@');
  });

  it('never depends on values: a corrected number keeps the finding\'s identity', () => {
    const broken = auditOf('pingtan-2024-mutated-row-total.html').findings.find((f) => f.checkId === 'table3-row-total' && f.outcome === 'fail')!;
    const fixed = auditOf('pingtan-2024.html').findings.find((f) => f.checkId === 'table3-row-total' && f.location.row === 'granted')!;
    expect(broken.actual).not.toBe(fixed.actual);
    expect(fingerprint(broken)).toBe(fingerprint(fixed));
    expect(fingerprint(broken)).toBe('table3-row-total@table=3,row=granted,column=total');
  });

  it('tells the places of one check apart on a real page', () => {
    const findings = auditOf('pingtan-2024.html').findings.filter((f) => f.checkId === 'table3-row-total' || f.checkId === 'table3-balance');
    expect(new Set(findings.map(fingerprint)).size).toBe(findings.length);
  });
});
