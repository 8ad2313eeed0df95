import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import {
  dismissalsKey,
  loadDismissals,
  loadHistory,
  recordInHistory,
  reportUrlKey,
  saveDismissals,
  type StorageArea,
} from '../../src/popup/storage';
import { HISTORY_BOUNDS, previousYearOf } from '../../src/core/audit/history';
import { reportOf } from '../helpers';

function memory(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const now = new Date('2026-01-01T00:00:00Z');
const r2022 = reportOf('pingtan-2022.html');
const r2023 = reportOf('pingtan-2024-mutated-as-2023.html');

describe('popup storage', () => {
  it('keeps dismissals per report URL, without the fragment', async () => {
    const area = memory();
    const audit = auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm#table3', now });
    expect(dismissalsKey(audit)).toBe('dismissals:https://x.gov.cn/nb/2022.htm');
    await saveDismissals(audit, { 'a@': { note: 'n', at: 'T' } }, area);
    expect(await loadDismissals(auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm', now }), area)).toEqual({
      'a@': { note: 'n', at: 'T' },
    });
    expect(await loadDismissals(auditReport(r2022, { url: 'https://x.gov.cn/nb/other.htm', now }), area)).toEqual({});
  });

  it('reads back nothing rather than something malformed', async () => {
    const audit = auditReport(r2022, { url: 'https://x/2022', now });
    const area = memory({ [dismissalsKey(audit)]: { 'a@': { note: 1 } }, history: [{ url: 'x' }, 'junk'] });
    expect(await loadDismissals(audit, area)).toEqual({});
    expect(await loadHistory(area)).toEqual([]);
  });

  it('records audits and finds the previous year of the same organisation', async () => {
    const area = memory();
    await recordInHistory(auditReport(r2022, { url: 'https://x/2022', now }), r2022, area);
    expect(await loadHistory(area)).toHaveLength(1);
    const previous = previousYearOf(await loadHistory(area), r2023.identity);
    expect(previous).toMatchObject({ url: 'https://x/2022', organisation: '平潭综合实验区', year: 2022 });
    expect(previousYearOf(await loadHistory(area), r2022.identity)).toBeUndefined();
    // Re-auditing the page replaces its entry.
    await recordInHistory(auditReport(r2022, { url: 'https://x/2022', now }), r2022, area);
    expect(await loadHistory(area)).toHaveLength(1);
  });
});

describe('the report key of dismissals', () => {
  it('ignores fragments and navigation parameters, keeps the ones that pick the document', async () => {
    expect(reportUrlKey('https://x.gov.cn/nb/2022.htm?from=list#t3')).toBe('https://x.gov.cn/nb/2022.htm');
    expect(reportUrlKey('https://x.gov.cn/nb/2022.htm?utm_source=a&utm_medium=b')).toBe('https://x.gov.cn/nb/2022.htm');
    expect(reportUrlKey('https://x.gov.cn/show?id=12&from=list')).toBe('https://x.gov.cn/show?id=12');
    expect(reportUrlKey('https://x.gov.cn/show?b=2&a=1')).toBe(reportUrlKey('https://x.gov.cn/show?a=1&b=2'));
    expect(reportUrlKey('https://x.gov.cn/show?id=12')).not.toBe(reportUrlKey('https://x.gov.cn/show?id=13'));
  });

  it('uses the page’s canonical link on the same site, never one on another site', () => {
    expect(reportUrlKey('https://x.gov.cn/a.htm?x=1', 'https://x.gov.cn/nb/2022.htm')).toBe('https://x.gov.cn/nb/2022.htm');
    expect(reportUrlKey('https://x.gov.cn/a.htm', '/nb/2022.htm')).toBe('https://x.gov.cn/nb/2022.htm');
    expect(reportUrlKey('https://x.gov.cn/a.htm', 'https://evil.example/a.htm')).toBe('https://x.gov.cn/a.htm');
  });

  it('a dismissal made on the page reached from a list is there when the page is opened directly', async () => {
    const area = memory();
    await saveDismissals(
      auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm?from=list', now }),
      { 'a@': { note: 'n', at: 'T' } },
      area,
    );
    expect(await loadDismissals(auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm', now }), area)).toEqual({
      'a@': { note: 'n', at: 'T' },
    });
    // Kept by an earlier version under the URL less its fragment: still found.
    const legacy = memory({ 'dismissals:https://x.gov.cn/nb/2022.htm?spm=1': { 'b@': { note: '', at: 'T' } } });
    expect(await loadDismissals(auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm?spm=1', now }), legacy)).toEqual({
      'b@': { note: '', at: 'T' },
    });
  });
});

describe('bounded history', () => {
  it('a page with a huge table cell stores a small entry; the figures the checks need survive', async () => {
    const report = structuredClone(r2022);
    const cell = report.tables.t3!.values.find((value) => value.row === 'carriedOut' && value.column === 'natural')!;
    Object.assign(cell, { raw: '无'.repeat(1_000_000), kind: 'text', value: null });
    report.identity.title = '标题'.repeat(100_000);
    const area = memory();
    expect(await recordInHistory(auditReport(report, { url: 'https://x/2022', now }), report, area)).toBe('saved');
    expect(JSON.stringify(area.data).length).toBeLessThan(HISTORY_BOUNDS.entryChars);
    const [entry] = await loadHistory(area);
    expect(entry!.carriedOut.natural).toEqual({ raw: '无'.repeat(HISTORY_BOUNDS.raw), kind: 'text', value: null });
    expect(entry!.carriedOut.total).toMatchObject({ value: 0 });
  });

  it('keeps the total under its bound, dropping the oldest first', async () => {
    const area = memory();
    for (let i = 0; i < 60; i++) await recordInHistory(auditReport(r2022, { url: `https://x/${i}`, now }), r2022, area);
    const history = await loadHistory(area);
    expect(history.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(history).length).toBeLessThanOrEqual(HISTORY_BOUNDS.totalChars);
    expect(history[0]!.url).toBe('https://x/59');
    expect(history.at(-1)!.url).toBe(`https://x/${60 - history.length}`);
  });

  it('matches the previous year only on the same site', async () => {
    const area = memory();
    await recordInHistory(auditReport(r2022, { url: 'https://www.pingtan.gov.cn/2022.htm', now }), r2022, area);
    const history = await loadHistory(area);
    expect(previousYearOf(history, r2023.identity, 'https://pingtan.gov.cn/2023.htm')).toMatchObject({ year: 2022 });
    expect(previousYearOf(history, r2023.identity, 'https://elsewhere.example/2023.htm')).toBeUndefined();
    expect(previousYearOf(history, r2023.identity, null)).toBeUndefined();
  });

  it('a storage that fails says so to the caller', async () => {
    const failing: StorageArea = { get: async () => ({}), set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    await expect(recordInHistory(auditReport(r2022, { url: 'https://x/2022', now }), r2022, failing)).rejects.toThrow('QUOTA_BYTES');
  });
});

describe('what is read back from storage is parsed (zod), not trusted', () => {
  it('drops unknown fields and entries that do not fit the schema or the bounds', async () => {
    const area = memory();
    await recordInHistory(auditReport(r2022, { url: 'https://x/2022', now }), r2022, area);
    const [good] = area.data.history as Record<string, unknown>[];
    const oversized = { ...good, url: 'https://x/big', title: 'x'.repeat(HISTORY_BOUNDS.entryChars) };
    area.data.history = [{ ...good, injected: '<script>' }, oversized, { ...good, year: '2022' }, null];
    const history = await loadHistory(area);
    expect(history).toHaveLength(1);
    expect(history[0]).not.toHaveProperty('injected');
    expect(history[0]).toMatchObject({ url: 'https://x/2022', year: 2022 });
  });
});
