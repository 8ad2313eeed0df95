import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { dismissalsKey, loadDismissals, loadHistory, recordInHistory, saveDismissals, type StorageArea } from '../../src/popup/storage';
import { previousYearOf } from '../../src/core/audit/history';
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
    expect(await loadDismissals(auditReport(r2022, { url: 'https://x.gov.cn/nb/2022.htm', now }), area)).toEqual({ 'a@': { note: 'n', at: 'T' } });
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
