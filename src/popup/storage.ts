/**
 * What the popup keeps in `storage.local`: the reviewer's dismissals per report URL, and the last
 * audits (figures only, no prose) so next year's report can be compared with this one. Everything
 * read back is checked against its schema (../core/audit/validate): storage outlives versions of this code.
 */
import { browser } from 'wxt/browser';
import { addToHistory, historyEntryOf } from '../core/audit/history';
import type { AuditResult } from '../core/model/audit';
import { dismissalsCheck, historyEntryCheck } from '../core/audit/validate';
import type { Dismissals } from '../core/model/dismissals';
import type { HistoryEntry } from '../core/model/history';
import type { Report } from '../core/model/report';

/** The part of `storage.local` used here, so tests can hand in a map. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): StorageArea => browser.storage.local as unknown as StorageArea;

const HISTORY_KEY = 'history';

/** One report, one key: the page's URL without its fragment (an anchor is the same report). */
export function dismissalsKey(audit: Pick<AuditResult, 'source' | 'report'>): string {
  const url = audit.source.url?.replace(/#.*$/, '');
  return `dismissals:${url ?? `${audit.report.organisation}|${audit.report.year ?? ''}`}`;
}

export async function loadDismissals(audit: AuditResult, area: StorageArea = local()): Promise<Dismissals> {
  const key = dismissalsKey(audit);
  const stored = (await area.get(key))[key];
  return dismissalsCheck(stored, '') ? {} : (stored as Dismissals);
}

export async function saveDismissals(audit: AuditResult, dismissals: Dismissals, area: StorageArea = local()): Promise<void> {
  await area.set({ [dismissalsKey(audit)]: dismissals });
}

export async function loadHistory(area: StorageArea = local()): Promise<HistoryEntry[]> {
  const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.filter((entry): entry is HistoryEntry => historyEntryCheck(entry, '') === null);
}

export async function recordInHistory(audit: AuditResult, report: Report, area: StorageArea = local()): Promise<void> {
  const entry = historyEntryOf(audit, report);
  if (!entry) return;
  await area.set({ [HISTORY_KEY]: addToHistory(await loadHistory(area), entry) });
}
