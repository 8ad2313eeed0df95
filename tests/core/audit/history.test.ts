import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/core/audit/audit';
import { HISTORY_BOUNDS, addToHistory, fitsHistory, historyEntryOf, previousYearOf, yearDataOf } from '../../../src/core/audit/history';
import { notAReport } from '../../../src/core/audit/read';
import { HistoryEntry } from '../../../src/core/model/history';
import { reportOf } from '../../helpers';

const now = new Date('2026-01-01T00:00:00Z');
const r2022 = reportOf('pingtan-2022.html');

function entry(url: string | null, organisation: string, year: number): HistoryEntry {
  return {
    url,
    organisation,
    year,
    title: `${organisation}${year}`,
    bodyKind: 'government',
    carriedOut: {},
    table2: {},
    auditedAt: now.toISOString(),
    counts: { outcome: { fail: 0, 'needs-review': 0, pass: 0, 'not-applicable': 0 }, failBySeverity: { error: 0, warning: 0, info: 0 } },
  };
}

describe('history', () => {
  it('keeps identity, counts and the cross-year figures of a real report, and no prose', () => {
    const audit = auditReport(r2022, { url: 'https://example.org/2022.htm', now });
    const stored = HistoryEntry.parse(historyEntryOf(audit, r2022));
    expect(stored).toMatchObject({
      url: 'https://example.org/2022.htm',
      organisation: '平潭综合实验区',
      year: 2022,
      auditedAt: now.toISOString(),
      counts: audit.counts,
    });
    expect(stored.carriedOut.natural).toEqual({ raw: '0', kind: 'zero', value: 0 });
    expect(Object.keys(stored.carriedOut)).toEqual(['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']);
    expect(stored.table2).toEqual({
      regulations: {
        issued: { raw: '0', kind: 'zero', value: 0 },
        repealed: { raw: '0', kind: 'zero', value: 0 },
        inForce: { raw: '0', kind: 'zero', value: 0 },
      },
      normativeDocs: {
        issued: { raw: '88', kind: 'number', value: 88 },
        repealed: { raw: '55', kind: 'number', value: 55 },
        inForce: { raw: '698', kind: 'number', value: 698 },
      },
    });
    expect(JSON.stringify(stored).length).toBeLessThan(2000);
  });

  it('has nothing to keep of a page that is not a report', () => {
    expect(yearDataOf(notAReport('x'), null)).toBeNull();
  });

  it('newest first, one entry per page, at most the limit', () => {
    let history: HistoryEntry[] = [];
    for (let year = 2000; year < 2060; year++) history = addToHistory(history, entry(`https://x/${year}`, 'A', year));
    expect(history).toHaveLength(50);
    expect(history[0]!.year).toBe(2059);
    history = addToHistory(history, { ...entry('https://x/2030', 'A', 2030), title: 'again' });
    expect(history).toHaveLength(50);
    expect(history[0]).toMatchObject({ year: 2030, title: 'again' });
    expect(history.filter((e) => e.url === 'https://x/2030')).toHaveLength(1);
  });

  it('finds the previous year by organisation name and year − 1', () => {
    const history = [entry('u3', '乙区', 2023), entry('u2', '甲区', 2023), entry('u1', '甲区', 2022)];
    expect(previousYearOf(history, { organisation: '甲区', year: 2024 })?.url).toBe('u2');
    expect(previousYearOf(history, { organisation: '甲区', year: 2025 })).toBeUndefined();
    expect(previousYearOf(history, { organisation: '丙区', year: 2024 })).toBeUndefined();
    expect(previousYearOf(history, { organisation: '甲区', year: null })).toBeUndefined();
  });
});

describe('history bounds', () => {
  it('drops the oldest entries once the total is over its bound, and never adds one over the entry bound', () => {
    let history: HistoryEntry[] = [];
    const big = (year: number) => ({ ...entry(`https://x/${year}`, 'A', year), title: 'x'.repeat(HISTORY_BOUNDS.entryChars - 600) });
    for (let year = 2000; year < 2050; year++) history = addToHistory(history, big(year));
    const total = JSON.stringify(history).length;
    expect(total).toBeLessThanOrEqual(HISTORY_BOUNDS.totalChars);
    expect(history.length).toBeLessThan(50);
    expect(history[0]!.year).toBe(2049);
    expect(history.map((kept) => kept.year)).toEqual([...Array(history.length).keys()].map((i) => 2049 - i));
    const tooBig = { ...entry('https://x/huge', 'A', 2050), title: 'x'.repeat(HISTORY_BOUNDS.entryChars) };
    expect(fitsHistory(tooBig)).toBe(false);
    expect(addToHistory(history, tooBig)).toEqual(history);
  });
});
