/**
 * The popup's half of the pipeline: inject the reader into the tab (the activeTab grant from the
 * toolbar click is what allows it), then run the checks here so the page only pays for reading.
 */
import { browser } from 'wxt/browser';
import { auditReport } from '../core/audit/audit';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';

export const READER_SCRIPT = '/content-scripts/read-report.js';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; detail?: string }
  | { kind: 'done'; audit: AuditResult; report: Report };

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
  if (tab?.id === undefined) throw new Error('没有找到当前标签页');
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
  let tab: { id: number; url?: string };
  try {
    tab = await targetTab(tabId);
  } catch (error) {
    return { kind: 'error', message: '无法获取当前标签页。', detail: describe(error) };
  }
  let result: unknown;
  try {
    result = await readTab(tab.id);
  } catch (error) {
    return {
      kind: 'error',
      message: '无法读取此页面：浏览器不允许扩展访问该页面（例如浏览器内部页面、扩展商店或本地文件）。',
      detail: describe(error),
    };
  }
  if (!isReport(result)) {
    return { kind: 'error', message: '读取页面时没有得到结果，请刷新页面后重试。' };
  }
  try {
    const url = tab.url ?? result.identity.url ?? null;
    return { kind: 'done', report: result, audit: auditReport(result, { url }) };
  } catch (error) {
    return { kind: 'error', message: '审校过程中出错。', detail: describe(error) };
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
