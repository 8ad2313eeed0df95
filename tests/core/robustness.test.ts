/**
 * Hostile and malformed input: mutated real pages never make the public API throw, and every audit
 * comes back with a result object.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditHtml } from '../../src/core/audit/audit';
import { AuditResult } from '../../src/core/model/audit';
import { fixture } from '../helpers';

const page = fixture('pingtan-2024.html');

const mutation = fc.oneof(
  fc.nat(page.length).map((at) => (html: string) => html.slice(0, at)),
  fc.tuple(fc.nat(page.length), fc.constantFrom('<table>', '</table>', '<tr>', '<td rowspan="0">', '<td colspan="1000">', '<td rowspan="-3">', '<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>', '<!--', ']]>', '\u0000', '<td>-5</td>'))
    .map(([at, text]) => (html: string) => html.slice(0, at) + text + html.slice(at)),
  fc.tuple(fc.nat(page.length), fc.nat(2000)).map(([at, length]) => (html: string) => html.slice(0, at) + html.slice(at + length)),
);

describe('the core never throws on mangled real pages', () => {
  it('random cuts, insertions and deletions', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const html = edits.reduce((current, edit) => edit(current), page);
        const result = auditHtml(html);
        tried++;
        expect(AuditResult.safeParse(result).success).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(tried).toBe(40);
  });

  it('a 10,000-row table and deep nesting finish with a result', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i}</td><td>${i}</td></tr>`).join('');
    const huge = `<html><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p><table>${rows}</table></body></html>`;
    expect(auditHtml(huge).report.isReport).toBe(true);
    const deep = `${'<div>'.repeat(5000)}一、总体情况${'</div>'.repeat(5000)}`;
    expect(() => auditHtml(deep)).not.toThrow();
  });
});
