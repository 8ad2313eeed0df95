/**
 * Generators of hostile and malformed input made from real pages: cuts, hostile markup inserted
 * anywhere, deletions, duplicated tables, absurd spans, huge tables, deep nesting, odd encodings.
 * Used by tests/core/robustness.test.ts and, with many more runs, by `npm run fuzz`.
 */
import fc from 'fast-check';

const HOSTILE = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '<td rowspan="0">',
  '<td colspan="1000">',
  '<td rowspan="-3">',
  '<td rowspan="65534" colspan="999999">',
  '<td colspan="abc">',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">一、总体情况</a>',
  '<!--',
  '-->',
  ']]>',
  '\u0000',
  '\ufffd\ufffd',
  '<td>-5</td>',
  '<td>三十二</td>',
  '<table><tr><td><table><tr><td>1</td></tr></table></td></tr></table>',
  '<svg><foreignObject><table>',
  '<style>td{}</style>',
  '<p>占申请总数的62%</p>',
  '<p>本报告共分5个部分</p>',
  '<br>'.repeat(50),
  '&nbsp;&#0;&#xD800;&#99999999;',
  '锟斤拷烫烫烫',
  '\u202e\u200b',
  'x'.repeat(100_000),
];

export function mutation(page: string) {
  return fc.oneof(
    fc.nat(page.length).map((at) => (html: string) => html.slice(0, at)),
    fc.tuple(fc.nat(page.length), fc.constantFrom(...HOSTILE)).map(
      ([at, text]) =>
        (html: string) =>
          html.slice(0, at) + text + html.slice(at),
    ),
    fc.tuple(fc.nat(page.length), fc.nat(5000)).map(
      ([at, length]) =>
        (html: string) =>
          html.slice(0, at) + html.slice(at + length),
    ),
    fc.tuple(fc.nat(page.length), fc.nat(page.length)).map(([from, to]) => (html: string) => {
      // A stretch of the page repeated elsewhere: tables printed twice, headings duplicated.
      const [a, b] = from < to ? [from, to] : [to, from];
      return html.slice(0, b) + html.slice(a, Math.min(b, a + 20_000)) + html.slice(b);
    }),
  );
}

export function mangledPage(page: string) {
  return fc.array(mutation(page), { minLength: 1, maxLength: 5 }).map((edits) => edits.reduce((html, edit) => edit(html), page));
}

export function hugeTable(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, i) => `<tr><td>${i}</td><td rowspan="${i % 7}">${i}</td><td colspan="${i % 5}">x</td></tr>`,
  ).join('');
  return `<html><body><p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p><table>${body}</table></body></html>`;
}

export function deepNesting(depth: number): string {
  return `${'<div><span>'.repeat(depth)}一、总体情况${'</span></div>'.repeat(depth)}`;
}
