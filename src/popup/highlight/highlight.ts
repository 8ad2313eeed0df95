/**
 * The popup's half of "show it on the page": inject `highlightInPage` into the audited tab (the
 * activeTab grant of the toolbar click allows it while the popup is open; no host permissions), then
 * open a port to the page and hold it. The page removes its outlines when the port closes, which the
 * browser does when the popup closes.
 *
 * The port goes from the popup to the page (`tabs.connect`), not the other way: a `runtime.connect`
 * from the page is offered to every open page of the extension (the toolbar popup and a popup opened
 * as a tab, say), and Firefox closes it as soon as any one of them goes — the outlines would vanish
 * with the wrong popup.
 */
import { browser } from 'wxt/browser';
import { highlightInPage, type PageHighlightArgs, type PageHighlightResult } from './page-highlight';
import type { HighlightRequest } from './targets';

export const HIGHLIGHT_PORT = 'govreport-highlight';
export const OVERLAY_TAG = 'govreport-highlight';
const CONNECT_TIMEOUT_MS = 10_000;

interface Port {
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

let held: Port | null = null;
let sequence = 0;

export async function highlightOnPage(tabId: number, request: HighlightRequest): Promise<PageHighlightResult> {
  // Unique per drawing, so a late port of an earlier drawing can never keep a newer one alive.
  const portName = `${HIGHLIGHT_PORT}:${Date.now().toString(36)}:${++sequence}`;
  const args: PageHighlightArgs = { ...request, portName, connectTimeoutMs: CONNECT_TIMEOUT_MS, hostTag: OVERLAY_TAG };
  const results = await browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [args] });
  const result = (results[0]?.result as PageHighlightResult | undefined) ?? {
    cells: 0,
    quotes: 0,
    tables: 0,
    missing: request.cells.length + request.quotes.length + request.tables.length,
  };
  const previous = held;
  held = null;
  previous?.disconnect();
  if (result.cells + result.quotes + result.tables > 0) {
    const port = browser.tabs.connect(tabId, { name: portName, frameId: 0 }) as unknown as Port;
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it handled: a page that navigated away is not an error to log.
      void browser.runtime.lastError;
      if (held === port) held = null;
    });
    held = port;
  }
  return result;
}
