import { load } from 'cheerio/slim';
import { Element, type ChildNode, type Document as Root } from 'domhandler';

/**
 * domhandler's nodes also speak much of the DOM's own API (nodeType, firstChild, nextSibling, data),
 * so a page parsed by cheerio (htmlparser2) can stand in for the browser's `document` in Node, given
 * `localName` and `getAttribute` and without directives (`<!doctype>`, `<?…?>`), which domhandler
 * numbers as elements and a browser makes a doctype or a comment. The browser tests run the live-DOM
 * reader on real pages and compare the popup's findings with the command line's.
 */
export function asLiveDocument(html: string): Document {
  const document = load(html).root()[0] as unknown as Root;
  const pending: (Root | Element)[] = [document];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    parent.children = parent.children.filter((node: ChildNode) => node.type !== 'directive');
    // `nextSibling` follows the parser's sibling links, not the array: relink what is left.
    parent.children.forEach((child, i) => {
      child.prev = parent.children[i - 1] ?? null;
      child.next = parent.children[i + 1] ?? null;
    });
    for (const child of parent.children) {
      if (!(child instanceof Element)) continue;
      Object.assign(child, { localName: child.name, getAttribute: (name: string) => child.attribs[name] ?? null });
      pending.push(child);
    }
  }
  return document as unknown as Document;
}
