/**
 * Injected on the toolbar click (never registered on pages): reads the live page and returns the
 * recognised report to the popup as the value of `scripting.executeScript`.
 */
import { readLivePage } from '@/src/core/audit/read-live';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const report = readLivePage(document, location.href);
    // The page's own name for itself: the popup keys the reviewer's dismissals by it.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
    return canonical ? Object.assign(report, { canonicalUrl: canonical }) : report;
  },
});
