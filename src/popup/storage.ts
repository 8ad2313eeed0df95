/**
 * What the popup keeps in `storage.local`: the reviewer's dismissals per report, and the last audits
 * (figures only, no prose, bounded: ../core/audit/history) so next year's report can be compared with
 * this one. Everything read back is parsed by its zod (mini) schema: storage outlives versions of this
 * code, and what does not fit is left out.
 * Failures are the caller's to show; nothing here swallows one.
 */
import { browser } from 'wxt/browser';
import { addToHistory, fitsHistory, historyEntryOf } from '../core/audit/history';
import type { AuditResult } from '../core/model/audit';
import { Dismissals } from '../core/model/dismissals';
import { HistoryEntry } from '../core/model/history';
import type { Report } from '../core/model/report';

/** The part of `storage.local` used here, so tests can hand in a map. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const local = (): StorageArea => browser.storage.local as unknown as StorageArea;

const HISTORY_KEY = 'history';

/**
 * Query parameters that say how the reader got to a page, not which document it is: a report reached
 * from a list (`?from=list`), a campaign link or a share is the same report.
 */
const NAVIGATION_PARAMS = /^(utm_\w+|from|source|spm|share_?\w*|fbclid|gclid|isappinstalled|scene|_)$/i;

/**
 * One report, one key: the page's URL without its fragment and without navigation parameters (the
 * rest sorted, so their order does not matter), or its `<link rel="canonical">` when the page gives one
 * on the same site (a page cannot claim another site's report).
 */
export function reportUrlKey(url: string, canonical?: string | null): string {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return url.replace(/#.*$/, '');
  }
  let chosen = page;
  if (canonical) {
    try {
      const link = new URL(canonical, page);
      if (link.protocol === page.protocol && link.hostname === page.hostname) chosen = link;
    } catch {
      // A malformed canonical link is the page's mistake: keep its own URL.
    }
  }
  const kept = [...chosen.searchParams].filter(([name]) => !NAVIGATION_PARAMS.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${chosen.protocol}//${chosen.host.toLowerCase()}${chosen.pathname}${query}`;
}

export function dismissalsKey(audit: Pick<AuditResult, 'source' | 'report'>, canonical?: string | null): string {
  const url = audit.source.url;
  return `dismissals:${url ? reportUrlKey(url, canonical) : `${audit.report.organisation}|${audit.report.year ?? ''}`}`;
}

/** Where versions before the canonical key kept a report's dismissals: the URL less its fragment. */
function legacyDismissalsKey(audit: Pick<AuditResult, 'source'>): string | null {
  return audit.source.url ? `dismissals:${audit.source.url.replace(/#.*$/, '')}` : null;
}

export async function loadDismissals(audit: AuditResult, area: StorageArea = local(), canonical?: string | null): Promise<Dismissals> {
  for (const key of [dismissalsKey(audit, canonical), legacyDismissalsKey(audit)]) {
    if (key === null) continue;
    const stored = (await area.get(key))[key];
    if (stored === undefined) continue;
    const parsed = Dismissals.safeParse(stored);
    if (parsed.success) return parsed.data;
  }
  return {};
}

export async function saveDismissals(
  audit: AuditResult,
  dismissals: Dismissals,
  area: StorageArea = local(),
  canonical?: string | null,
): Promise<void> {
  await area.set({ [dismissalsKey(audit, canonical)]: dismissals });
}

/** Past audits that are well-formed and within the bounds; anything else stored is left out. */
export async function loadHistory(area: StorageArea = local()): Promise<HistoryEntry[]> {
  const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = HistoryEntry.safeParse(entry);
    return parsed.success && fitsHistory(parsed.data) ? [parsed.data] : [];
  });
}

/** `skipped`: nothing to remember (no organisation or year); `too-large`: over the entry bound, not kept. */
export type RecordOutcome = 'saved' | 'skipped' | 'too-large';

export async function recordInHistory(audit: AuditResult, report: Report, area: StorageArea = local()): Promise<RecordOutcome> {
  const entry = historyEntryOf(audit, report);
  if (!entry) return 'skipped';
  if (!fitsHistory(entry)) return 'too-large';
  await area.set({ [HISTORY_KEY]: addToHistory(await loadHistory(area), entry) });
  return 'saved';
}
