/**
 * PDF text items (with positions) → the lines of text a person reads, pure and testable without
 * pdfjs. Items on one baseline make one line; a gap wider than a few characters between items is a
 * column boundary and becomes a tab, so the text reader lays table cells out by the same rules as a
 * tab-separated copy. Page furniture (「- 3 -」) is dropped; each line keeps its page.
 */
export interface PdfTextItem {
  str: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  height: number;
}

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  items: PdfTextItem[];
}

export interface PdfLine {
  text: string;
  page: number;
}

/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.5;
/**
 * A gap wider than this share of the font size separates two cells (or words). It becomes one space,
 * as in a PDF text copy: tab stops drawn from gaps are not reliable enough to place cells by (a
 * narrow column's numbers sit closer than a wide gap in prose), so the text reader rebuilds rows
 * from the words as it does for any flattened copy.
 */
const CELL_GAP = 0.3;
const PAGE_FOOTER = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3})$/;

export function layoutPages(pages: PdfPage[]): PdfLine[] {
  return pages.flatMap((page) => layoutPage(page));
}

/**
 * Printed PDFs (a browser's 「打印为 PDF」) often encode ideographs as their Kangxi-radical look-alikes
 * (「⼈」 U+2F08 for 「人」): folded back so the text reads as the page did.
 */
const RADICALS = /[\u2f00-\u2fd5]/g;
const HAS_RADICAL = /[\u2f00-\u2fd5]/;

function layoutPage({ page, items: raw }: PdfPage): PdfLine[] {
  const items = raw.map((item) =>
    HAS_RADICAL.test(item.str) ? { ...item, str: item.str.replace(RADICALS, (char) => char.normalize('NFKC')) } : item,
  );
  const visible = items.filter((item) => item.str.trim() !== '');
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of visible) {
    const size = Math.max(1, item.height);
    const line = lines.find((candidate) => Math.abs(candidate[0]!.y - item.y) < size * SAME_LINE);
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((a, b) => b[0]!.y - a[0]!.y);
  const texts = lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of line) {
      const size = Math.max(1, item.height);
      if (text && item.x - end > size * CELL_GAP) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    return text;
  });
  return texts.filter((text) => !PAGE_FOOTER.test(text.replace(/\t/g, ' ').trim())).map((text) => ({ text, page }));
}
