/**
 * PDF pages (text items with positions) → ReportDocument: the lines a person reads (./layout), then
 * the text reader, so that the same recognisers and checks run; every table cell names its page.
 */
import type { ReportDocument } from '../../model/document';
import { extractText } from '../extract-text';
import { layoutPages, type PdfPage } from './layout';

/** Fewer readable characters than this per page: the pages are images (a scan), not text. */
const MIN_CHARS_PER_PAGE = 20;

export function hasTextLayer(pages: PdfPage[]): boolean {
  const chars = pages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + item.str.trim().length, 0), 0);
  return pages.length > 0 && chars >= MIN_CHARS_PER_PAGE * pages.length;
}

export function extractPdf(pages: PdfPage[], options: { url?: string } = {}): ReportDocument {
  const lines = layoutPages(pages);
  const doc = extractText(lines.map((line) => line.text).join('\n'), options);
  for (const grid of doc.grids) {
    for (const cell of grid.cells) {
      const page = cell.origin.line ? lines[cell.origin.line - 1]?.page : undefined;
      if (page) cell.origin.page = page;
    }
  }
  return doc;
}
