/**
 * The first thing the popup does, before its interface has loaded: inject the reader into the tab (the
 * activeTab grant from the toolbar click is what allows it). Browser APIs only, so the popup's entry
 * stays small and the page is being read while the rest of the popup loads.
 */
import { browser } from 'wxt/browser';
import { errorMessage } from '../core/error-message';

export const READER_SCRIPT = '/content-scripts/read-report.js';

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

/** A link on the page to what looks like the report as a file (「…年度报告.pdf」). */
export interface Attachment {
  url: string;
  text: string;
  kind: 'pdf' | 'word';
}

export type TabReading =
  | { kind: 'read'; tab: { id: number; url?: string }; result: unknown; attachments?: Attachment[] }
  | { kind: 'failed'; message: 'errorNoTab' | 'errorNoAccess' | 'errorPdfTab'; detail: string };

/** A tab showing a PDF file: its address names one (the browsers' PDF viewers keep the file's address). */
export function isPdfUrl(url: string | undefined): url is string {
  if (!url || !/^(?:https?|file):/.test(url)) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

async function readPdf(tab: { id: number; url?: string }, cause?: unknown): Promise<TabReading> {
  try {
    const { readPdfTab } = await import('./read-pdf-tab');
    const result = await readPdfTab(tab.url!);
    performance.mark('govreport:read');
    return { kind: 'read', tab, result };
  } catch (error) {
    const detail = [cause, error].filter(Boolean).map(errorMessage).join(' / ');
    return { kind: 'failed', message: 'errorPdfTab', detail };
  }
}

export async function readActiveTab(tabId: number | null): Promise<TabReading> {
  performance.mark('govreport:start');
  let tab: { id: number; url?: string };
  try {
    tab = await targetTab(tabId);
  } catch (error) {
    return { kind: 'failed', message: 'errorNoTab', detail: errorMessage(error) };
  }
  // A PDF is fetched and read by the popup: no script runs in a PDF viewer (Firefox refuses it outright).
  if (isPdfUrl(tab.url)) return readPdf(tab);
  try {
    const result = await readTab(tab.id);
    performance.mark('govreport:read');
    // Only a page that is not the report itself is searched for the report as an attachment.
    const isReport = typeof result === 'object' && result !== null && (result as { isReport?: unknown }).isReport === true;
    const attachments = isReport ? [] : await findAttachments(tab.id).catch(() => []);
    return { kind: 'read', tab, result, attachments };
  } catch (error) {
    // A PDF served under an address without 「.pdf」 shows the same refusal (Firefox's viewer): try it as one.
    if (tab.url && /^https?:/.test(tab.url)) {
      const pdf = await readPdf(tab, error);
      if (pdf.kind === 'read') return pdf;
    }
    return { kind: 'failed', message: 'errorNoAccess', detail: errorMessage(error) };
  }
}

/** Link texts or file names that name the annual report, and the file kinds the tool reads. */
const REPORT_WORDS = /年度报告|年报/;
const FILE_KIND = /\.(pdf|docx?)(?:$|[?#])/i;
const MAX_ATTACHMENTS = 5;

/** The page's links to files that look like the annual report (a small function, not the reader). */
async function findAttachments(tabId: number): Promise<Attachment[]> {
  if (!browser.scripting?.executeScript) return [];
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: () =>
      [...document.querySelectorAll('a[href]')]
        .slice(0, 2000)
        .map((a) => [(a as HTMLAnchorElement).href, (a.textContent ?? '').trim().slice(0, 200)]),
  });
  const links = (first?.result ?? []) as [string, string][];
  const seen = new Set<string>();
  const found: Attachment[] = [];
  for (const [url, text] of links) {
    if (!/^https?:/.test(url) || seen.has(url)) continue;
    const kind = FILE_KIND.exec(url)?.[1]?.toLowerCase() ?? FILE_KIND.exec(text)?.[1]?.toLowerCase();
    const name = decodeURIComponentSafe(url.split(/[?#]/)[0]!.split('/').pop() ?? '');
    if (!kind || !(REPORT_WORDS.test(text) || REPORT_WORDS.test(name))) continue;
    seen.add(url);
    found.push({ url, text: text || name, kind: kind === 'pdf' ? 'pdf' : 'word' });
    if (found.length >= MAX_ATTACHMENTS) break;
  }
  return found;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
