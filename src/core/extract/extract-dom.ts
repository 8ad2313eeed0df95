/**
 * A parsed page → ReportDocument. Finds the article among the site's chrome, linearises it into text
 * blocks, tables and images, and expands every data table into a grid. Takes domhandler's tree: what
 * cheerio parses from an HTML string (./extract-html) or what ./live-dom copies from the page's DOM.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Block, Grid, ReportDocument } from '../model/document';
import { cleanText } from '../text/normalize';
import { BLOCK, SKIPPED, attr, isElement, textContent } from './dom';
import { buildGrid, ownCells, ownRows } from './grid';
import { matchHeading } from './headings';
import { isDateLine } from './date-line';
import { classifyGrid } from './classify-grid';

/**
 * A block as the walk found it. Text is kept as the page wrote it and cleaned only when it is kept:
 * most of a page's text is the site's menus and footers, which the article finder discards.
 */
interface RawBlock {
  block: Block;
  /** The innermost element holding the block (a table's own element); ancestors are reached through `parent`. */
  container: Element | null;
}

/** Deeper nesting than this is flattened to its text: no real report nests so deep. */
const MAX_DEPTH = 300;
const MAX_BLOCKS = 50_000;

export function extractDom(root: AnyNode, options: { url?: string } = {}): ReportDocument {
  const meta: Record<string, string> = {};
  let pageTitle = '';
  // Tables are numbered in document order over the whole page, hidden ones included, because the
  // page's own `getElementsByTagName('table')` counts them that way when a cell is highlighted.
  let tableCount = 0;

  /** Content that is not shown still holds metadata and tables that shift the numbering. */
  const scanUnshown = (start: Element) => {
    const pending: AnyNode[] = [start];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (!isElement(node)) continue;
      if (node.name === 'table') tableCount++;
      else if (node.name === 'meta') {
        const name = (attr(node, 'name') || attr(node, 'property') || attr(node, 'http-equiv')).toLowerCase();
        if (name && !(name in meta)) meta[name] = attr(node, 'content');
      } else if (node.name === 'title' && !pageTitle) pageTitle = cleanText(textContent(node));
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  };

  const grids: Grid[] = [];
  const raw: RawBlock[] = [];
  let line = '';

  const flush = (container: Element | null) => {
    if (line === '') return;
    if (HAS_TEXT.test(line) && raw.length < MAX_BLOCKS) raw.push({ block: { kind: 'text', text: line }, container });
    line = '';
  };

  const visit = (node: AnyNode, depth: number, container: Element | null): void => {
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node)) {
      const children = (node as { children?: AnyNode[] }).children;
      if (children) for (const child of children) visit(child, depth + 1, container);
      return;
    }
    const name = node.name;
    // Hidden content is read too: sites often hide the text version of a report behind a tab
    // (「文字版」) until clicked, and a copy shown elsewhere is kept apart by the article finder.
    if (SKIPPED.has(name)) {
      scanUnshown(node);
      return;
    }
    if (name === 'br') {
      flush(container);
      return;
    }
    if (name === 'img') {
      flush(container);
      raw.push({ block: { kind: 'image', src: attr(node, 'src'), alt: cleanText(attr(node, 'alt')) }, container });
      return;
    }
    if (name === 'table' && isDataTable(node)) {
      flush(container);
      const index = tableCount;
      scanUnshown(node); // counts this table and any nested in it
      const grid = buildGrid(node, index);
      // A section heading written as the table's caption or as its full-width first row is the
      // heading of the section the table belongs to.
      const title = tableTitle(node, grid);
      if (title && !repeatsLastHeading(raw, title)) raw.push({ block: { kind: 'text', text: title }, container });
      grids.push(grid);
      raw.push({ block: { kind: 'table', grid: grids.length - 1 }, container: node });
      return;
    }
    if (name === 'table') tableCount++;
    else if (name === 'meta') scanUnshown(node);
    const isBlock = BLOCK.has(name);
    if (isBlock) flush(container);
    if (depth > MAX_DEPTH) {
      line += textContent(node, '\n');
      for (const child of node.children) if (isElement(child)) scanUnshown(child);
    } else {
      for (const child of node.children) visit(child, depth + 1, node);
    }
    if (isBlock) flush(container);
  };
  visit(root, 0, null);
  flush(null);

  const article = findArticle(raw, grids);
  const inArticle = article ? within(article) : null;
  const kept = inArticle ? raw.filter((entry) => inArticle(entry.container)) : raw;
  return {
    url: options.url,
    pageTitle,
    meta,
    blocks: kept.map(({ block }) => (block.kind === 'text' ? { kind: 'text', text: cleanText(block.text) } : block)),
    grids,
    dateLines: raw
      .flatMap(({ block }) => (block.kind === 'text' && MAY_GIVE_DATE.test(block.text) ? [cleanText(block.text)] : []))
      .filter(isDateLine),
  };
}

/** Anything but white space: a line of only spaces and line breaks is no block. */
const HAS_TEXT = /[^\s\u200b]/;
/** What a date line names (日期 or 时间, 日 also as the Kangxi radical NFKC folds into it), before cleaning. */
const MAY_GIVE_DATE = /[日⽇]期|时间/;

/** The same heading printed above the table and again inside it is one heading. */
function repeatsLastHeading(raw: RawBlock[], title: string): boolean {
  const n = matchHeading(title)?.n;
  for (let i = raw.length - 1; i >= 0; i--) {
    const block = raw[i]!.block;
    if (block.kind === 'text') {
      const heading = matchHeading(block.text);
      if (heading) return heading.n === n;
    }
  }
  return false;
}

function tableTitle(table: Element, grid: Grid): string | null {
  const caption = table.children.find((child): child is Element => isElement(child) && child.name === 'caption');
  const captionText = caption ? cleanText(textContent(caption)) : '';
  if (captionText && matchHeading(captionText)) return captionText;
  const first = grid.slots[0];
  if (!first || first.length < 2 || first.some((index) => index !== first[0]) || first[0]! < 0) return null;
  const text = grid.cells[first[0]!]!.text;
  return matchHeading(text) ? text : null;
}

/** A table whose cells hold other tables, or a single row or column, is page layout, not data. */
function isDataTable(table: Element): boolean {
  const rows = ownRows(table);
  if (rows.length < 2) return false;
  let maxCells = 0;
  for (const row of rows) maxCells = Math.max(maxCells, ownCells(row).length);
  if (maxCells < 2) return false;
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'table') return false;
    stack.push(...node.children);
  }
  return true;
}

/**
 * The article is the deepest element that holds the most distinct report landmarks (section headings
 * and tables 2–4). Taking distinct kinds rather than counts keeps a page that repeats the report
 * (a 「全真版」 beside a 「文字版」) from merging both copies.
 */
function findArticle(raw: RawBlock[], grids: Grid[]): Element | null {
  const landmarks: { kind: string; ancestors: readonly Element[] }[] = [];
  for (const entry of raw) {
    if (entry.block.kind === 'text') {
      const heading = matchHeading(entry.block.text);
      if (heading) landmarks.push({ kind: `s${heading.n}`, ancestors: ancestorsOf(entry.container) });
    } else if (entry.block.kind === 'table') {
      const kind = classifyGrid(grids[entry.block.grid]!);
      if (kind) landmarks.push({ kind: `t${kind}`, ancestors: ancestorsOf(entry.container) });
    }
  }
  if (landmarks.length < 2) return null;
  const kinds = new Map<Element, Set<string>>();
  const depth = new Map<Element, number>();
  const order: Element[] = [];
  for (const landmark of landmarks) {
    landmark.ancestors.forEach((element, index) => {
      let set = kinds.get(element);
      if (!set) {
        set = new Set();
        kinds.set(element, set);
        depth.set(element, index);
        order.push(element);
      }
      set.add(landmark.kind);
    });
  }
  let best: Element | null = null;
  let bestSize = 0;
  for (const element of order) {
    const size = kinds.get(element)!.size;
    if (size > bestSize || (size === bestSize && best && depth.get(element)! > depth.get(best)!)) {
      best = element;
      bestSize = size;
    }
  }
  return bestSize >= 2 ? best : null;
}

/** The element and its ancestors, outermost first. */
function ancestorsOf(element: Element | null): Element[] {
  const chain: Element[] = [];
  for (let node: AnyNode | null = element; node && isElement(node); node = node.parent) chain.push(node);
  return chain.reverse();
}

/** A test of being inside `ancestor`; what it learns of each element on the way up is kept for the next. */
function within(ancestor: Element): (element: Element | null) => boolean {
  const known = new Map<AnyNode, boolean>([[ancestor, true]]);
  return (element) => {
    const path: AnyNode[] = [];
    let node: AnyNode | null = element;
    let inside = false;
    for (; node; node = node.parent) {
      const answer = known.get(node);
      if (answer !== undefined) {
        inside = answer;
        break;
      }
      path.push(node);
    }
    for (const visited of path) known.set(visited, inside);
    return inside;
  };
}
