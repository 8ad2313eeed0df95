/**
 * Hostile and malformed input: mangled real pages never make the public API throw, and every audit
 * comes back as a valid result object. `npm run fuzz` runs the same generators many more times.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditHtml, auditText } from '../../src/core/audit/audit';
import { AuditResult } from '../../src/core/model/audit';
import { fixture } from '../helpers';
import { deepNesting, hugeTable, mangledPage } from '../fuzz/mangle';

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

  it('a 10,000-row table is cut at the grid limit and said to be cut', () => {
    const result = auditHtml(hugeTable(10_000));
    expect(AuditResult.safeParse(result).success).toBe(true);
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
