/**
 * Reading a page the batch audit fetched, in the tab rather than the popup: the tab already holds the
 * reader (the content script), so the popup does not carry a second copy. The HTML string is parsed by
 * the browser's DOMParser (no script runs, nothing loads) and read as the live page is.
 */
import { readLivePage } from '../core/audit/read-live';
import { withReportList } from '../core/list/listed-report';
import { linksOf, reportListOf } from '../core/list/report-links';

import type { FetchedReading } from '../core/list/fetched-reader';

export function readFetched(html: string, url: string, as: 'report' | 'list'): FetchedReading {
  const document = new DOMParser().parseFromString(html, 'text/html');
  // A linked page may itself be a list (a column's per-year sub-column): it says so, with its links.
  if (as === 'report') return { kind: 'report', report: withReportList(readLivePage(document, url), document, url) };
  return { kind: 'list', list: reportListOf(linksOf(document, baseOf(document, url)), url) };
}

/** A page's `<base href>` moves its relative links. */
function baseOf(document: Document, url: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}
