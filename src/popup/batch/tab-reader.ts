/**
 * The batch's reader: each fetched page is read in the list's tab, by the reader the toolbar click
 * injected there (src/core/list/read-fetched.ts), so the popup carries no second copy of it. The
 * popup audits what comes back, as it does for the page itself.
 */
import { browser } from 'wxt/browser';
import { FETCHED_READER, type FetchedReading } from '../../core/list/fetched-reader';
import type { ReportList } from '../../core/list/report-links';
import type { Report } from '../../core/model/report';

export interface PageReader {
  report(html: string, url: string): Promise<Report>;
  list(html: string, url: string): Promise<ReportList>;
}

const GONE = '列表页的标签页已关闭、刷新或离开，无法继续读取 / the list’s tab was closed, reloaded or left';

export function tabReader(tabId: number): PageReader {
  const call = async (html: string, url: string, as: 'report' | 'list'): Promise<FetchedReading> => {
    const results = await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, page: string, address: string, mode: string) => {
        const read = (globalThis as unknown as Record<string, ((...args: string[]) => unknown) | undefined>)[name];
        return read ? read(page, address, mode) : null;
      },
      args: [FETCHED_READER, html, url, as],
    });
    const reading = results[0]?.result as FetchedReading | null | undefined;
    if (!reading || reading.kind !== as) throw new Error(GONE);
    return reading;
  };
  return {
    report: async (html, url) => {
      const reading = await call(html, url, 'report');
      return (reading as Extract<FetchedReading, { kind: 'report' }>).report;
    },
    list: async (html, url) => {
      const reading = await call(html, url, 'list');
      return (reading as Extract<FetchedReading, { kind: 'list' }>).list;
    },
  };
}
