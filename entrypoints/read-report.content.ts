/**
 * Injected on the toolbar click (never registered on pages): reads the live page and returns the
 * recognised report to the popup as the value of `scripting.executeScript`. A page that is no report
 * but lists reports (a 年报 column) also returns its report and paging links, and the reader stays
 * callable for the pages the popup's batch audit fetches (src/core/list/read-fetched.ts).
 */
import { readLivePage } from '@/src/core/audit/read-live';
import { withReportList } from '@/src/core/list/listed-report';
import { FETCHED_READER } from '@/src/core/list/fetched-reader';
import { readFetched } from '@/src/content/read-fetched';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const report = withReportList(readLivePage(document, location.href), document, location.href);
    if ('reportList' in report) (globalThis as Record<string, unknown>)[FETCHED_READER] = readFetched;
    // The page's own name for itself: the popup keys the reviewer's dismissals by it.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
    return canonical ? Object.assign(report, { canonicalUrl: canonical }) : report;
  },
});
