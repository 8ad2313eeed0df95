/** HTML string → ReportDocument: cheerio's fastest parse, then the walk of ./extract-dom. */
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import type { ReportDocument } from '../model/document';
import { extractDom } from './extract-dom';

export function extractHtml(html: string, options: { url?: string } = {}): ReportDocument {
  return extractDom(load(boundNesting(html).html).root()[0] as unknown as AnyNode, options);
}

/**
 * Elements nested deeper than this are flattened into their ancestor at this depth. Report pages
 * nest a few dozen levels (a portal's layout tables around the article); htmlparser2 keeps its open
 * elements in an array it shifts and unshifts at the front, so each tag costs time in the depth and
 * 100,000 nested tables cost minutes. Past this depth nothing a report contains is lost but markup.
 */
export const MAX_NESTING_DEPTH = 256;

export interface BoundedHtml {
  html: string;
  /** Opening tags removed because they lay deeper than MAX_NESTING_DEPTH (their closing tags too). */
  flattenedTags: number;
}

// htmlparser2's own rules (Parser.js), so that the depth counted here is the depth it would reach.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    p: P,
    h1: P,
    h2: P,
    h3: P,
    h4: P,
    h5: P,
    h6: P,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    address: P,
    article: P,
    aside: P,
    blockquote: P,
    details: P,
    div: P,
    dl: P,
    fieldset: P,
    figcaption: P,
    figure: P,
    footer: P,
    form: P,
    header: P,
    hr: P,
    main: P,
    nav: P,
    ol: P,
    pre: P,
    section: P,
    table: P,
    ul: P,
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([name, closes]) => [name, new Set(closes)]),
);
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['svg', 'math']);
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** Whitespace, '/' or '>': what ends a tag name for htmlparser2. */
const ENDS_NAME = (code: number) => code === 0x20 || code === 0x2f || code === 0x3e || (code >= 0x09 && code <= 0x0d);
const isNameStart = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * One linear pass over the tags that mirrors htmlparser2's stack of open elements (implied closes,
 * void elements, raw text, self-closing in SVG/MathML) and drops every opening tag that would take
 * the stack past MAX_NESTING_DEPTH, with its closing tag. A page within the bound comes back as it is.
 */
export function boundNesting(html: string, maxDepth = MAX_NESTING_DEPTH): BoundedHtml {
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  const kept: string[] = [];
  let keptFrom = 0;
  let flattenedTags = 0;
  let foreign = 0;
  const cut = (from: number, to: number) => {
    kept.push(html.slice(keptFrom, from));
    keptFrom = to;
  };
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length - 1) {
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = html.indexOf('<', end + 3);
      continue;
    }
    const closing = next === 0x2f;
    const nameAt = closing ? at + 2 : at + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      if (next === 0x21 || next === 0x3f || closing) {
        // <!doctype>, <?xml?>, a bogus </…> comment: up to the next '>'.
        const end = html.indexOf('>', at + 2);
        if (end === -1) break;
        at = html.indexOf('<', end + 1);
      } else {
        at = html.indexOf('<', at + 1);
      }
      continue;
    }
    let nameEnd = nameAt;
    while (nameEnd < html.length && !ENDS_NAME(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (end === -1) break;
    if (closing) {
      const owed = dropped.get(name) ?? 0;
      if (owed > 0) {
        dropped.set(name, owed - 1);
        cut(at, end + 1);
      } else if (!VOID.has(name)) {
        const position = stack.lastIndexOf(name);
        if (position !== -1) {
          for (let i = position; i < stack.length; i++) if (FOREIGN.has(stack[i]!)) foreign--;
          stack.length = position;
        }
      }
      at = html.indexOf('<', end + 1);
      continue;
    }
    const implied = IMPLIED_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) stack.pop();
    const selfClosing = foreign > 0 && html.charCodeAt(end - 1) === 0x2f;
    if (!VOID.has(name) && !selfClosing) {
      if (stack.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        flattenedTags++;
        cut(at, end + 1);
      } else {
        stack.push(name);
        if (FOREIGN.has(name)) foreign++;
      }
    }
    let resume = end + 1;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closeTag = RAW_TEXT_END.get(name)!;
      closeTag.lastIndex = resume;
      resume = closeTag.exec(html)?.index ?? html.length;
    }
    at = html.indexOf('<', resume);
  }
  if (flattenedTags === 0) return { html, flattenedTags };
  kept.push(html.slice(keptFrom));
  return { html: kept.join(''), flattenedTags };
}

/** The '>' that ends a tag whose name ends at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      // A quote opens a value only after '='; elsewhere htmlparser2 takes it as part of a name.
      let j = i - 1;
      while (j > from && ENDS_NAME(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x2f && html.charCodeAt(j) !== 0x3e) j--;
      if (html.charCodeAt(j) === 0x3d) quote = code;
    } else if (code === 0x3e) {
      return i;
    }
  }
  return -1;
}
