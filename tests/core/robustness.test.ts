/**
 * Hostile and malformed input: mangled real pages never make the public API throw, and every audit
 * comes back as a valid result object. `npm run fuzz` runs the same generators many more times.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditHtml, auditText } from '../../src/core/audit/read';
import { AuditResult } from '../../src/core/model/audit';
import { fixture } from '../helpers';
import { deepNesting, hugeTable, mangledPage } from '../fuzz/mangle';
import { asLiveDocument } from '../fuzz/live-document';
import { readReport } from '../../src/core/audit/read';
import { readLivePage } from '../../src/core/audit/read-live';

describe('the core never throws on mangled real pages', () => {
  it.each(['pingtan-2024.html', 'pingtan-2019.html', 'xixia-2023-office.txt'])('%s', (name) => {
    const page = fixture(name);
    const audit = name.endsWith('.txt') ? auditText : auditHtml;
    let tried = 0;
    fc.assert(
      fc.property(mangledPage(page), (input) => {
        tried++;
        expect(AuditResult.safeParse(audit(input)).success).toBe(true);
      }),
      { numRuns: 25, seed: 20261125 },
    );
    expect(tried).toBe(25);
  });

  it('the live-DOM reader reads every mangled page as the HTML-string reader does', () => {
    const url = 'https://example.gov.cn/report.html';
    fc.assert(
      fc.property(mangledPage(fixture('pingtan-2024.html')), (input) => {
        expect(readLivePage(asLiveDocument(input), url)).toEqual(readReport(input, { url }));
      }),
      { numRuns: 25, seed: 20261126 },
    );
  });

  it('a 10,000-row table is cut at the grid limit and said to be cut', () => {
    const result = auditHtml(hugeTable(10_000));
    expect(AuditResult.safeParse(result).success).toBe(true);
    const table3 = result.findings.find((finding) => finding.checkId === 'table-missing' && finding.location.table === 3)!;
    expect(table3).toMatchObject({ outcome: 'needs-review', doubt: 'parser' });
    expect(table3.message).toContain('超出本工具的读取上限 2000 行、200 列');
  });

  it('table 3 grown past the grid limit is read as far as the limit, and the rest is a needs-review', () => {
    const page = fixture('pingtan-2024.html');
    const lastRow = page.lastIndexOf('</tr>', page.indexOf('</table>', page.indexOf('本年新收政府信息公开申请数量')));
    const filler = '<tr><td>补充说明</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>'.repeat(2100);
    const result = auditHtml(page.slice(0, lastRow + 5) + filler + page.slice(lastRow + 5));
    const incomplete = result.findings.filter((finding) => finding.checkId === 'table-incomplete' && finding.location.table === 3);
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]).toMatchObject({ outcome: 'needs-review', doubt: 'parser', severity: 'error' });
    expect(incomplete[0]!.message).toContain('超出本工具的读取上限（2000 行、200 列）');
    // What was read before the limit is still checked.
    expect(
      result.findings.filter((finding) => finding.checkId === 'table3-row-total' && finding.outcome === 'pass').length,
    ).toBeGreaterThan(20);
  });

  it('5,000 levels of nesting do not overflow the stack', () => {
    expect(auditHtml(deepNesting(5000)).report.sectionsFound).toEqual([1]);
  });

  it('scripts in a cell are not content, and text that looks like markup stays text', () => {
    const withScript = auditHtml(fixture('pingtan-2024.html').replace('>217<', '><script>alert(1)</script>217<'));
    expect(withScript.counts.failBySeverity.error).toBe(0);
    const withMarkupText = auditHtml(fixture('pingtan-2024.html').replace('>217<', '>&lt;img src=x onerror=alert(1)&gt;<'));
    const finding = withMarkupText.findings.find((candidate) => candidate.checkId === 'cell-invalid' && candidate.outcome === 'fail');
    expect(finding?.evidence.cells[0]?.raw).toBe('<img src=x onerror=alert(1)>');
  });
});
