/**
 * Injected on the toolbar click (never registered on pages): reads the live page and returns the
 * recognised report to the popup as the value of `scripting.executeScript`.
 */
import { readReport } from '@/src/core/audit/read';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return readReport(document.documentElement.outerHTML, { url: location.href });
  },
});
