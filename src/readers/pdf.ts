/**
 * The only module that loads pdfjs (the legacy build runs in Node 20 and in extension pages; no
 * worker file is fetched: the worker code runs in this thread). It hands the pure layout stage
 * (core/extract/pdf/layout) each page's text items.
 */
import type { PdfPage } from '../core/extract/pdf/layout';

export class ScannedPdfError extends Error {}

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Running the worker in this thread keeps the reader self-contained: nothing is loaded from elsewhere.
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!('str' in item)) return [];
        const [, , , d, e, f] = item.transform as number[];
        return [{ str: item.str, x: e!, y: f!, width: item.width, height: item.height || Math.abs(d!) }];
      });
      pages.push({ page: n, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
