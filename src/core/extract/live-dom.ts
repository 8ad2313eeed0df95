/**
 * The page's own DOM → domhandler's tree, for ./extract-dom. The content script reads the live page
 * this way instead of serialising it and parsing it again with cheerio: the browser has parsed the
 * page already, and a cold copy of its tree costs a fraction of a cold parse. The copy is the tree the
 * user sees, so its tables are numbered as the page's own `getElementsByTagName('table')` numbers them.
 */
import { Document as Root, Element, Text } from 'domhandler';
import { ATTRIBUTES_READ } from './dom';

/** A page with more nodes than this is refused: no report comes close, and the tab must not freeze. */
export const MAX_NODES = 400_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Elements and text only (comments, doctypes and processing instructions carry nothing), with the
 * attributes the extractor reads; null when too large. Sibling links rather than `childNodes` and
 * named attributes rather than `attributes`: each NodeList or Attr the browser has to wrap for the
 * script costs more than the copy itself.
 */
export function fromLiveDom(document: Document): Root | null {
  const root = new Root([]);
  // A stack, not recursion: a hostile nesting depth must not overflow the call stack.
  const pending: [live: Node, copy: Root | Element][] = [[document, root]];
  let count = 0;
  while (pending.length > 0) {
    const [live, copy] = pending.pop()!;
    for (let node = live.firstChild; node; node = node.nextSibling) {
      let child: Element | Text;
      if (node.nodeType === TEXT_NODE) {
        child = new Text((node as CharacterData).data);
      } else if (node.nodeType === ELEMENT_NODE) {
        // `localName` is lower case already for HTML; `tagName.toLowerCase()` made a new string per
        // element, a quarter of a cold copy.
        const name = (node as globalThis.Element).localName;
        const attribs: Record<string, string> = {};
        for (const attribute of ATTRIBUTES_READ[name] ?? []) {
          const value = (node as globalThis.Element).getAttribute(attribute);
          if (value !== null) attribs[attribute] = value;
        }
        child = new Element(name, attribs);
        pending.push([node, child]);
      } else {
        continue;
      }
      if (++count > MAX_NODES) return null;
      child.parent = copy;
      copy.children.push(child);
    }
  }
  return root;
}
