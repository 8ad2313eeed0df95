/**
 * The popup's half of "show it on the page": inject `highlightInPage` into the audited tab (the
 * activeTab grant of the toolbar click allows it while the popup is open; no host permissions) and
 * hold the port the page opens, so that closing the popup removes the outlines.
 */
import { browser } from 'wxt/browser';
import { highlightInPage, type PageHighlightArgs, type PageHighlightResult } from './page-highlight';
import type { HighlightRequest } from './targets';

export const HIGHLIGHT_PORT = 'govreport-highlight';
export const OVERLAY_TAG = 'govreport-highlight';

/** Each popup page has its own owner id: only the popup that drew the outlines keeps them alive. */
const OWNER = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

interface Port {
  name: string;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  disconnect(): void;
}

let listening = false;

/**
 * Accepts the overlay's port. Called once, before the first injection: in Chrome a port nobody
 * listens for is closed at once, which would take the outlines with it.
 */
export function acceptHighlightPorts(): void {
  if (listening) return;
  const runtime = (browser as unknown as { runtime?: { onConnect?: { addListener(listener: (port: Port) => void): void } } } | undefined)
    ?.runtime;
  if (!runtime?.onConnect) return;
  listening = true;
  runtime.onConnect.addListener((port) => {
    if (port.name !== HIGHLIGHT_PORT) return;
    port.onMessage.addListener((message) => {
      // Another open popup page (e.g. one opened as a tab) drew these: let that one own them.
      if ((message as { owner?: unknown } | null)?.owner !== OWNER) port.disconnect();
    });
  });
}

export async function highlightOnPage(tabId: number, request: HighlightRequest): Promise<PageHighlightResult> {
  acceptHighlightPorts();
  const args: PageHighlightArgs = { ...request, portName: HIGHLIGHT_PORT, owner: OWNER, hostTag: OVERLAY_TAG };
  const results = await browser.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [args] });
  const result = results[0]?.result as PageHighlightResult | undefined;
  return result ?? { cells: 0, quotes: 0, tables: 0, missing: request.cells.length + request.quotes.length + request.tables.length };
}
