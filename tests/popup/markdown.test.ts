import { readFileSync } from 'node:fs';
import { Fragment, h, type ComponentChildren, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/core/check/registry';
import { CHECK_DOCS } from '../../src/popup/check-docs';
import { Markdown, parseBlocks } from '../../src/popup/markdown';

/** Enough of a renderer for these elements: tags, text (escaped), fragments and function components. */
function render(node: ComponentChildren): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (Array.isArray(node)) return node.map(render).join('');
  const vnode = node as VNode<{ children?: ComponentChildren }>;
  if (vnode.type === Fragment) return render(vnode.props.children);
  if (typeof vnode.type === 'function') return render((vnode.type as (props: object) => ComponentChildren)(vnode.props));
  return `<${vnode.type}>${render(vnode.props.children)}</${vnode.type}>`;
}

const page = readFileSync('docs/checks/table3-row-total.md', 'utf8');

describe('check-page markdown', () => {
  it('renders a real page: headings, list items, bold and code, no raw markup', () => {
    const html = render(h(Markdown, { source: page }));
    expect(html).toContain('<h1>table3-row-total — 表三各行总计等于各类申请人之和</h1>');
    for (const heading of ['检查什么', '为什么', '示例', '如何修改']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<li>不通过：「（一）予以公开」行自然人 71、其余为 0，总计却填 72。</li>');
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain('<strong>严重程度：</strong>');
    expect(html).toContain('<code>总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他</code>');
    expect(html).toContain('<em>English:</em>');
    expect(html).not.toContain('**');
    expect(html).not.toContain('`');
    expect(html).not.toMatch(/^#|>#/m);
  });

  it('shows links as their text and never turns page text into markup', () => {
    const html = render(h(Markdown, { source: 'See [carryover-continuity](carryover-continuity.md) and <b>x</b> & **<i>**' }));
    expect(html).toBe('<p>See carryover-continuity and &lt;b>x&lt;/b> &amp; <strong>&lt;i></strong></p>');
  });

  it('parses blocks: a list ends at a blank line, a paragraph joins its lines', () => {
    expect(parseBlocks('# T\n\nline one\nline two\n- a\n- b\n\n## H\ntext')).toEqual([
      { kind: 'heading', level: 1, text: 'T' },
      { kind: 'paragraph', text: 'line one line two' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'heading', level: 2, text: 'H' },
      { kind: 'paragraph', text: 'text' },
    ]);
  });

  it('every check has a bundled page, and every page a check', () => {
    const ids = CHECKS.map((check) => check.id);
    const missing = ids.filter((id) => !(id in CHECK_DOCS));
    expect(missing, 'checks without docs/checks/<id>.md').toEqual([]);
    expect(Object.keys(CHECK_DOCS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(CHECK_DOCS[id], id).toMatch(new RegExp(`^# ${id} — `));
  });
});
