/**
 * A PDF open in a tab (Chromium's viewer, Firefox's pdf.js viewer): no content script can read it, so
 * the popup fetches the file itself — the toolbar click's activeTab grant covers the tab's origin —
 * and reads it here. Loaded only for a PDF tab: pdfjs is a chunk of its own, the popup does not grow.
 * Nothing is uploaded; the bytes stay in the popup.
 */
import { readPdfPages } from '../readers/pdf';
import { readPdfReport } from '../core/audit/read-pdf';
import type { Report } from '../core/model/report';

/** Reports are a few MB; a larger file is refused before it is read. */
const MAX_PDF_BYTES = 50_000_000;

export async function readPdfTab(url: string): Promise<Report> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES) throw new Error(`PDF ${(bytes.length / 1e6).toFixed(0)} MB`);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) throw new Error('not a PDF');
  return readPdfReport(await readPdfPages(bytes), { url });
}
