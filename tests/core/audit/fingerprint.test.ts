import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprints } from '../../../src/core/audit/fingerprint';
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

  it("never depends on values: a corrected number keeps the finding's identity", () => {
    const broken = auditOf('pingtan-2024-mutated-row-total.html').findings.find(
      (f) => f.checkId === 'table3-row-total' && f.outcome === 'fail',
    )!;
    const fixed = auditOf('pingtan-2024.html').findings.find((f) => f.checkId === 'table3-row-total' && f.location.row === 'granted')!;
    expect(broken.actual).not.toBe(fixed.actual);
    expect(fingerprint(broken)).toBe(fingerprint(fixed));
    expect(fingerprint(broken)).toBe('table3-row-total@table=3,row=granted,column=total');
  });

  it('tells the places of one check apart on a real page', () => {
    const findings = auditOf('pingtan-2024.html').findings.filter(
      (f) => f.checkId === 'table3-row-total' || f.checkId === 'table3-balance',
    );
    expect(new Set(findings.map(fingerprint)).size).toBe(findings.length);
  });
});

describe('fingerprints of an audit', () => {
  it('number a second finding of the same check at the same place, so one dismissal never covers two', () => {
    const findings = [
      { checkId: 'text-count-mismatch', location: { section: 1, table: 3 as const } },
      { checkId: 'table3-balance', location: { table: 3 as const, column: 'total' } },
      { checkId: 'text-count-mismatch', location: { section: 1, table: 3 as const } },
      { checkId: 'text-count-mismatch', location: { section: 1, table: 3 as const } },
    ];
    expect(fingerprints(findings)).toEqual([
      'text-count-mismatch@section=1,table=3',
      'table3-balance@table=3,column=total',
      'text-count-mismatch@section=1,table=3#2',
      'text-count-mismatch@section=1,table=3#3',
    ]);
  });

  it('are unique on every real page', () => {
    for (const name of ['pingtan-2022.html', 'pingtan-2024.html', 'pingtan-2024-mutated-balance.html', 'pingtan-2019.html']) {
      const keys = fingerprints(auditOf(name).findings);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
