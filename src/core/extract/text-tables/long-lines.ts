/**
 * A whole report on one or a few very long lines (a page archive's text rendering: every block of the
 * page run together). Such a line is cut where the text itself starts something new: before each
 * section heading (「二、主动公开政府信息情况」, found by the same heading reader as everywhere), after
 * the heading's title, and before each block title of a table (「第二十条第（一）项」, 「（本列数据的
 * 勾稽关系…」). A table whose cells were run together without any separator (「规章000行政规范性文件
 * 693665」) cannot be split into cells honestly — 「693665」 is three numbers of unknown widths — so its
 * segment is marked and read as one unsplit table the checks can name but not sum.
 */
import { matchHeading } from '../headings';
import { compact } from '../../text/normalize';

export interface Segment {
  text: string;
  /** 1-based line of the input the segment came from. */
  line: number;
  /** Table text with its cells run together. */
  unsplitTable?: boolean;
}

/** Lines longer than this are a run-together page, not one paragraph (the longest paragraphs are ~600). */
const LONG_LINE = 1500;
/** How far after a numbering a run-in heading's title is looked for. */
const HEADING_WINDOW = 60;
const TABLE_START = /第二十条\s*第\s*[(（][一二三四五六七八九十]+[)）]\s*项|[(（]本列数据的勾稽关系/g;
const TABLE4_WORDS = /结果维持|结果纠正|尚未审结|直接起诉/g;

export function segmentLongLines(lines: string[]): Segment[] {
  return lines.flatMap((text, index) => (text.length > LONG_LINE ? cutLine(text, index + 1) : [{ text, line: index + 1 }]));
}

function cutLine(text: string, line: number): Segment[] {
  const cuts = new Set<number>();
  const headingEnds = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (!/[一二三四五六]/.test(text[i]!) || text[i + 1] !== '、') continue;
    // The last heading may be followed by less text than a run-in heading needs to be told from a short one.
    const window = text.slice(i, i + HEADING_WINDOW);
    // A heading with a typo in its title is still one when a space ends it (the short-heading reader).
    const spaced = /^\S{3,40}(?=\s)/.exec(window)?.[0];
    const match =
      matchHeading(window.length < HEADING_WINDOW ? window + '。'.repeat(HEADING_WINDOW) : window) ??
      (spaced ? matchHeading(spaced) : null);
    if (!match) continue;
    cuts.add(i);
    const end = endOfTitle(text, i, match.heading);
    if (end > i) {
      cuts.add(end);
      headingEnds.add(end);
    }
  }
  for (const match of text.matchAll(TABLE_START)) cuts.add(match.index);
  const points = [0, ...[...cuts].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b), text.length];
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const piece = text.slice(points[k], points[k + 1]).trim();
    if (!piece) continue;
    TABLE4_WORDS.lastIndex = 0;
    const table4 = headingEnds.has(points[k]!) && (piece.match(TABLE4_WORDS)?.length ?? 0) >= 3;
    const unsplitTable = new RegExp(TABLE_START.source).test(piece.slice(0, 30)) || table4;
    segments.push({ text: piece, line, ...(unsplitTable ? { unsplitTable } : {}) });
  }
  return segments;
}

/** The offset in `text` where the heading's title (as the heading reader gave it, compacted) ends. */
function endOfTitle(text: string, start: number, title: string): number {
  const wanted = compact(title);
  const numbering = 2;
  for (let j = start + numbering; j <= Math.min(text.length, start + HEADING_WINDOW); j++) {
    if (compact(text.slice(start + numbering, j)).length >= wanted.length) return j;
  }
  return -1;
}
