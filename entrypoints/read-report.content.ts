/**
 * Injected on the toolbar click (never registered on pages): reads the live page and returns the
 * recognised report to the popup as the value of `scripting.executeScript`.
 */
import { readLivePage } from '@/src/core/audit/read-live';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return readLivePage(document, location.href);
  },
});
