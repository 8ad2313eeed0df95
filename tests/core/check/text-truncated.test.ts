/** A copy that stops early says so once; a report that lacks a part still gets its errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../../src/core/audit/read-text';

const text = (name: string) => readFileSync(new URL(`../../fixtures/real/text/${name}`, import.meta.url), 'utf8');
const problems = (source: string) =>
  auditText(source, { now: new Date('2026-12-01T00:00:00Z') }).findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review');

describe('text-truncated', () => {
  it('a page beginning that stops inside table 3 gets one finding instead of missing sections and tables', () => {
    const findings = problems(text('jl_changchun_tyjrswj_2023.txt'));
    expect(findings.filter((f) => f.checkId === 'text-truncated')).toMatchObject([
      { checkId: 'text-truncated', outcome: 'needs-review', location: { section: 3 } },
    ]);
    expect(findings.filter((f) => ['section-missing', 'table-missing', 'table-incomplete'].includes(f.checkId))).toEqual([]);
  });

  it('the real report still differs from its text: 2 applications said, 3 in table 3', () => {
    const mismatch = problems(text('jl_changchun_tyjrswj_2023.txt')).filter((f) => f.checkId === 'text-count-mismatch');
    expect(mismatch.length).toBeGreaterThan(0);
  });

  it('a whole report cut in the middle of a sentence says where it stops', () => {
    const full = text('js_huaian_szf_2024.txt');
    const cut = full.slice(0, full.indexOf('五、存在的主要问题') + 40);
    const finding = problems(cut).find((f) => f.checkId === 'text-truncated')!;
    expect(finding).toMatchObject({ checkId: 'text-truncated', outcome: 'needs-review', location: { section: 5 } });
    expect(finding.message).toContain('句子未写完');
    expect(problems(cut).filter((f) => f.checkId === 'section-missing')).toEqual([]);
  });

  it('sums and prose counts whose table rows lie past the cut are not-applicable, pointing at the one text-truncated finding', () => {
    const all = auditText(text('sn_yulin_jiaxian_xizhen_2022.txt'), { now: new Date('2026-12-01T00:00:00Z') }).findings;
    const sums = all.filter((f) => f.checkId === 'table3-balance' || f.checkId === 'table3-outcome-total');
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.filter((f) => f.outcome === 'needs-review')).toEqual([]);
    expect(sums.filter((f) => f.outcome === 'not-applicable').every((f) => f.message.includes('文本完整'))).toBe(true);
    const prose = auditText(text('zj_quzhou_longyou_xzfb_2023.txt'), { now: new Date('2026-12-01T00:00:00Z') }).findings.filter(
      (f) => f.checkId === 'text-count-mismatch',
    );
    expect(prose.length).toBeGreaterThan(0);
    expect(prose.map((f) => f.outcome)).toEqual(prose.map(() => 'not-applicable'));
  });

  it('a report that lacks section 四 while 五 and 六 follow is not a cut copy: the error stays (xixia worked example)', () => {
    const findings = problems(text('xixia-2023-office.txt'));
    expect(findings.filter((f) => f.checkId === 'text-truncated')).toEqual([]);
    expect(findings.find((f) => f.checkId === 'section-missing')).toMatchObject({ outcome: 'fail', location: { section: 4 } });
    expect(findings.find((f) => f.checkId === 'table-missing')).toMatchObject({ outcome: 'fail', location: { table: 4 } });
  });
});
