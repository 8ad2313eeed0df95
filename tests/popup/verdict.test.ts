import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDismissals } from '../../src/core/audit/dismissals';
import { fingerprints } from '../../src/core/audit/fingerprint';
import { clusterFindings, groupFindings } from '../../src/popup/group-findings';
import { translate } from '../../src/popup/i18n';
import { englishMessage } from '../../src/popup/message-en';
import { locationText } from '../../src/popup/labels';
import { FORM_NAMES_EN } from '../../src/core/form/names-en';
import { tally, verdictOf } from '../../src/popup/verdict';
import { auditOf } from '../helpers';
import { auditHtml } from '../../src/core/audit/read';

const headline = (audit: Parameters<typeof verdictOf>[0]) => {
  const verdict = verdictOf(audit);
  return `${verdict.tone}: ${translate('zh', verdict.headline.key, verdict.headline.params)}`;
};

describe('the verdict and the counts at a glance', () => {
  it('names the errors of a report with a wrong row total', () => {
    expect(headline(auditOf('pingtan-2024-mutated-row-total.html'))).toBe('error: 发现 1 处错误');
  });

  it('says a pre-form report was checked only in part, never all clear', () => {
    const audit = auditOf('pingtan-2018.html');
    expect(headline(audit)).toBe('limited: 本报告早于规定格式，只做了 3 项核对');
    expect(translate('en', verdictOf(audit).headline.key, verdictOf(audit).headline.params)).toBe(
      'This report predates the national form: only 3 check(s) applied',
    );
  });

  it('says a clean report is clear and that it was not compared with last year', () => {
    const verdict = verdictOf(auditOf('pingtan-2024.html'));
    expect(verdict.tone).toBe('clear');
    expect(verdict.details.map((line) => line.key)).toContain('verdictNotCompared');
  });

  it('counts follow dismissals: a dismissed error leaves the error count and the headline', () => {
    const audit = auditOf('pingtan-2024-mutated-row-total.html');
    const index = audit.findings.findIndex((finding) => finding.outcome === 'fail');
    const dismissed = applyDismissals(audit, { [fingerprints(audit.findings)[index]!]: { note: '', at: 'T' } });
    expect(tally(audit.findings).error).toBe(1);
    expect(tally(dismissed.findings)).toMatchObject({ error: 0, dismissed: 1 });
    expect(verdictOf(dismissed).tone).toBe('clear');
    expect(verdictOf(dismissed).details.map((line) => line.key)).toContain('verdictDismissed');
  });
});

describe('count filters and grouped repeats', () => {
  it('a count card lists only its kind; the passes open', () => {
    const audit = auditOf('pingtan-2024-mutated-row-total.html');
    expect(groupFindings(audit.findings, 'severity', 'error').map((group) => `${group.id}:${group.findings.length}`)).toEqual([
      'fail-error:1',
    ]);
    const passes = groupFindings(audit.findings, 'section', 'pass');
    expect(passes.map((group) => `${group.id}:${group.collapsed}`)).toEqual(['pass:false']);
    expect(passes[0]!.findings.every((finding) => finding.outcome === 'pass')).toBe(true);
  });

  it('gathers repeats of one problem (same check, same sentence but for names and numbers), keeps others apart', () => {
    const audit = auditOf('pingtan-2024-mutated-truncated-table3.html');
    const open = audit.findings.filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review');
    const clusters = clusterFindings(open);
    expect(clusters.reduce((n, cluster) => n + cluster.length, 0)).toBe(open.length);
    const sizes = clusters.map((cluster) => `${cluster[0]!.checkId}×${cluster.length}`);
    expect(sizes).toContain('table3-outcome-total×7');
    expect(sizes).toContain('table3-balance×7');
    for (const cluster of clusters) expect(new Set(cluster.map((finding) => finding.checkId)).size).toBe(1);
  });
});

describe('English names', () => {
  const keys = new Set(Object.values(FORM_NAMES_EN).flatMap((names) => Object.keys(names)));
  it('no form key is left where an English message names a row, column or group', () => {
    for (const file of [
      'pingtan-2024-mutated-row-total.html',
      'pingtan-2024-mutated-truncated-table3.html',
      'pingtan-2024-mutated-text-cell.html',
      'pingtan-2024-mutated-blank.html',
    ]) {
      for (const finding of auditOf(file).findings) {
        for (const match of englishMessage(finding).matchAll(/\b(?:row|column|Table \d,) ([A-Za-z][\w.]*)/g))
          expect(keys.has(match[1]!), `${file}: ${match[0]}`).toBe(false);
      }
    }
    const rowTotal = auditOf('pingtan-2024-mutated-row-total.html').findings.find(
      (finding) => finding.checkId === 'table3-row-total' && finding.outcome === 'fail',
    )!;
    expect(englishMessage(rowTotal)).toMatch(/^Table 3, row “Disclosed”: /);
  });

  it('places name the English label with the form’s Chinese label beside it', () => {
    const audit = auditOf('pingtan-2024-mutated-row-total.html');
    const rowTotal = audit.findings.find((finding) => finding.checkId === 'table3-row-total' && finding.outcome === 'fail')!;
    expect(locationText(audit, rowTotal.location, 'en')).toBe(
      'Table 3 (applications received and handled) · R03 Disclosed （一）予以公开 · Total 总计',
    );
  });

  it('a 2019-form report’s English messages name no column by its key', () => {
    const html = readFileSync('tests/fixtures/pingtan-2019.html', 'utf8');
    for (const finding of auditHtml(html).findings) expect(englishMessage(finding)).not.toMatch(/\botherOrg\b|\bnatural\b/);
  });
});

describe('cross-year findings show last year', () => {
  it('carry the previous report’s year, title, address and the figure compared with; the verdict says it was compared', async () => {
    const { auditReport } = await import('../../src/core/audit/audit');
    const { yearDataOf } = await import('../../src/core/audit/history');
    const { reportOf } = await import('../helpers');
    const previous = yearDataOf(reportOf('pingtan-2024-mutated-as-2023.html'), 'https://www.pingtan.gov.cn/2023.htm')!;
    const audit = auditReport(reportOf('pingtan-2024.html'), { url: 'https://www.pingtan.gov.cn/2024.htm', previous });
    const natural = audit.findings.find((finding) => finding.checkId === 'carryover-continuity' && finding.location.column === 'natural')!;
    expect(natural.previousYear).toEqual({
      year: 2023,
      organisation: '平潭综合实验区',
      title: previous.title,
      url: 'https://www.pingtan.gov.cn/2023.htm',
      cells: [
        { table: 3, row: 'carriedOut', column: 'natural', raw: previous.carriedOut.natural!.raw, kind: previous.carriedOut.natural!.kind },
      ],
    });
    expect(previous.title).toMatch(/2023/);
    const inForce = audit.findings.find((finding) => finding.checkId === 'in-force-continuity' && finding.outcome !== 'not-applicable')!;
    expect(inForce.previousYear?.cells.map((cell) => cell.column)).toEqual(['inForce']);
    expect(verdictOf(audit).details).toContainEqual({ key: 'verdictComparedWith', params: { year: 2023 } });
  });
});
