/**
 * The popup's zod-free checks accept exactly what the zod contracts accept: on real documents, on
 * each field broken in turn, and on random mutations (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dismissalsFile } from '../../../src/core/audit/dismissals';
import { historyEntryOf } from '../../../src/core/audit/history';
import { dismissalsCheck, dismissalsFileCheck, historyEntryCheck, type Check } from '../../../src/core/audit/validate';
import { auditReport } from '../../../src/core/audit/audit';
import { Dismissals, DismissalsFile } from '../../../src/core/model/dismissals';
import { HistoryEntry } from '../../../src/core/model/history';
import { reportOf } from '../../helpers';

const now = new Date('2026-01-01T00:00:00Z');
const report = reportOf('pingtan-2024-mutated-balance.html');
const audit = auditReport(report, { url: 'https://x.gov.cn/nb/2024.htm', now });
const file = dismissalsFile(audit, {
  'table3-balance@table=3,column=natural': { note: '已核实', at: now.toISOString() },
  'gone@section=9': { note: '', at: now.toISOString() },
}, now);
const entry = historyEntryOf(audit, report)!;

const CASES: [string, Check, { safeParse(value: unknown): { success: boolean } }, unknown][] = [
  ['dismissals file', dismissalsFileCheck, DismissalsFile, file],
  ['stored dismissals', dismissalsCheck, Dismissals, { a: { note: '', at: 'T' } }],
  ['history entry', historyEntryCheck, HistoryEntry, entry],
];

/** Every path to a leaf or a container in a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return [prefix, ...children];
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (replacement === undefined && rest.length === 0) delete copy[head];
  else copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

const REPLACEMENTS: unknown[] = [undefined, null, '', 'x', 0, 1.5, -1, true, [], {}, { note: 1 }];

describe.each(CASES)('%s: the check agrees with the zod schema', (_name, check, schema, valid) => {
  const agrees = (value: unknown) => expect(check(value, '') === null).toBe(schema.safeParse(value).success);

  it('on the real document', () => {
    expect(check(valid, '')).toBeNull();
    agrees(valid);
  });

  it('with each field broken in turn, and a key added to each object', () => {
    for (const path of paths(valid)) {
      for (const replacement of REPLACEMENTS) agrees(setAt(valid, path, replacement));
      agrees(setAt(valid, [...path, 'extra'], 1));
    }
  });

  it('on random mutations', () => {
    const all = paths(valid);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue(), (path, replacement) => {
        agrees(setAt(valid, path, replacement));
      }),
      { numRuns: 400 },
    );
  });
});

describe('validation messages', () => {
  it('name the first place that does not fit', () => {
    expect(dismissalsFileCheck({ ...file, report: { ...file.report, year: 2024.5 } }, '')).toEqual({ path: 'report.year', expected: 'integer' });
    expect(historyEntryCheck({ ...entry, counts: { ...entry.counts, failBySeverity: { error: 0, warning: 0 } } }, '')).toEqual({ path: 'counts.failBySeverity.info', expected: 'integer' });
  });
});
