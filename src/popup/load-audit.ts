/**
 * The popup's half of the pipeline: inject the reader into the tab (the activeTab grant from the
 * toolbar click is what allows it), then run the checks here so the page only pays for reading.
 */
import { browser } from 'wxt/browser';
import { auditReport } from '../core/audit/audit';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';
import type { MessageKey } from './i18n';
import { previousYearFromHistory, recordInHistory } from './storage';

export const READER_SCRIPT = '/content-scripts/read-report.js';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: MessageKey; detail?: string }
  | { kind: 'done'; audit: AuditResult; report: Report; tabId: number };

/** `?tabId=N` lets the popup be opened as a page (tests, debugging) for a tab it was granted. */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

async function targetTab(tabId: number | null): Promise<{ id: number; url?: string }> {
  if (tabId !== null) {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab / 没有找到当前标签页');
  return { id: tab.id, url: tab.url };
}

async function readTab(tabId: number): Promise<unknown> {
  // Firefox MV2 before 102 has no `scripting`; `tabs.executeScript` returns the bare values there.
  if (browser.scripting?.executeScript) {
    const results = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return results[0]?.result;
  }
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string }): Promise<unknown[]>;
  };
  const results = await tabs.executeScript(tabId, { file: READER_SCRIPT });
  return results[0];
}

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && 'isReport' in value && 'identity' in value;
}

export async function loadAudit(tabId: number | null): Promise<PopupState> {
  performance.mark('govreport:start');
  let tab: { id: number; url?: string };
  try {
    tab = await targetTab(tabId);
  } catch (error) {
    return { kind: 'error', message: 'errorNoTab', detail: describe(error) };
  }
  let result: unknown;
  try {
    result = await readTab(tab.id);
  } catch (error) {
    return {
      kind: 'error',
      message: 'errorNoAccess',
      detail: describe(error),
    };
  }
  performance.mark('govreport:read');
  if (!isReport(result)) {
    return { kind: 'error', message: 'errorNoResult' };
  }
  try {
    const url = tab.url ?? result.identity.url ?? null;
    // History is a nicety: a storage failure must not cost the user the audit.
    const previous = await previousYearFromHistory(result).catch(() => undefined);
    const audit = auditReport(result, { url, previous });
    // Recorded after the findings are shown: the user should not wait for a storage write.
    void recordInHistory(audit, result).catch(() => undefined);
    return { kind: 'done', report: result, audit, tabId: tab.id };
  } catch (error) {
    return { kind: 'error', message: 'errorAudit', detail: describe(error) };
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
