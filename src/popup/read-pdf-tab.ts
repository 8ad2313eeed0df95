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
  return readPdfBytes(new Uint8Array(await response.arrayBuffer()), url);
}

/** A PDF's bytes, however they were fetched (a PDF tab, an attachment of a batch audit). */
export async function readPdfBytes(bytes: Uint8Array, url: string): Promise<Report> {
  if (bytes.length > MAX_PDF_BYTES) throw new Error(`PDF ${(bytes.length / 1e6).toFixed(0)} MB`);
  if (!isPdf(bytes)) throw new Error('not a PDF');
  return readPdfReport(await readPdfPages(bytes), { url });
}

/** PDF allows junk before its header; 1 kB is what readers tolerate. */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}
