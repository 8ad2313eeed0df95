/** Small helpers over domhandler nodes: the extractor walks the tree itself for speed. */
import type { AnyNode, Element } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Text content without recursion, so a hostile nesting depth cannot overflow the stack. */
export function textContent(root: AnyNode, lineBreak = ' '): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      text += (node as unknown as { data: string }).data;
    } else if (isElement(node)) {
      if (SKIPPED.has(node.name)) continue;
      if (node.name === 'br' || BLOCK.has(node.name)) text += lineBreak;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if ('children' in node) {
      const children = (node as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return text;
}

/** Elements whose content is never report text. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'canvas',
  'video',
  'audio',
  'map',
]);

/** Elements that start a new line of text. */
export const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'center',
  'form',
  'hr',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'fieldset',
  'body',
]);

/** The only attributes the extractor reads, by element: a copy of the live DOM takes just these. */
export const ATTRIBUTES_READ: Readonly<Record<string, readonly string[]>> = {
  td: ['rowspan', 'colspan'],
  th: ['rowspan', 'colspan'],
  img: ['src', 'alt'],
  meta: ['name', 'property', 'http-equiv', 'content'],
};

export function attr(element: Element, name: string): string {
  return element.attribs[name] ?? '';
}
