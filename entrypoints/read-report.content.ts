/**
 * Injected on the toolbar click (never registered on pages): reads the live page and returns the
 * recognised report to the popup as the value of `scripting.executeScript`. A page that is no report
 * but lists reports (a 年报 column) also returns its report and paging links, for the batch audit.
 */
import { readLivePage } from '@/src/core/audit/read-live';
import { withReportList } from '@/src/core/list/listed-report';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return withReportList(readLivePage(document, location.href), document, location.href);
  },
});
