/**
 * One source per fact: a check's id, severity and title are declared once, in its file
 * (src/core/check/checks/<id>.ts). Everything else that states them — the registry, the doc page's
 * header, the README's table — is held to that declaration here, and every check is seen doing its job
 * on a real page of tests/fixtures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputReport, type InputReport } from '../../../src/cli/read-input';
import { auditReport } from '../../../src/core/audit/audit';
import { previousYearOf, yearDataOf } from '../../../src/core/audit/history';
import type { Check } from '../../../src/core/check/define-check';
import { CHECKS } from '../../../src/core/check/registry';
import type { Finding, Severity } from '../../../src/core/model/finding';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const checksDir = `${root}src/core/check/checks/`;
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Checks whose only verdict is needs-review: a copy that stops is no fault of the report's to fail. */
const REVIEW_ONLY = new Set(['text-truncated']);

describe('check catalogue', () => {
  it('ids are unique kebab-case', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every file in checks/ is registered, under its file name', async () => {
    const files = readdirSync(checksDir)
      .filter((name) => name.endsWith('.ts'))
      .sort();
    const declared = await Promise.all(files.map(async (name) => ((await import(`${checksDir}${name}`)) as { default: Check }).default));
    expect(declared.map((check) => `${check.id}.ts`)).toEqual(files);
    expect(new Set(CHECKS)).toEqual(new Set(declared));
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))('%s: the doc page header is its declaration', (id, check) => {
    const page = readFileSync(`${root}docs/checks/${id}.md`, 'utf8');
    const [heading, , severityLine] = page.split('\n');
    expect(heading).toBe(`# ${id} — ${check.title.zh}`);
    // A check may lower or raise some findings (the page says when); its own severity comes first.
    expect(severityLine).toMatch(new RegExp(`^\\*\\*严重程度：\\*\\* ${SEVERITY_ZH[check.severity]}（${check.severity}）`));
  });

  it("the README's table lists every check once, in the registry's words", () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const rows = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/checks\/([a-z0-9-]+)\.md\) \| (\w+) \|/gm)];
    expect(rows.map(([, id, page, severity]) => ({ id, page, severity })).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      CHECKS.map((check) => ({ id: check.id, page: check.id, severity: check.severity })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("docs/rules.md's catalogue names every check with its severity", () => {
    const rules = readFileSync(`${root}docs/rules.md`, 'utf8');
    const listed = new Map([...rules.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map(([, id, severity]) => [id!, severity]));
    expect(CHECKS.filter((check) => listed.get(check.id) !== check.severity).map((check) => [check.id, listed.get(check.id)])).toEqual([]);
  });

  it('every check fails on some page of tests/fixtures, and none fails on the reference report', async () => {
    const pages = [
      ...readdirSync(`${root}tests/fixtures`).filter((name) => /\.(html|txt)$/.test(name)),
      ...readdirSync(`${root}tests/fixtures/real/text`)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => `real/text/${name}`),
    ];
    const inputs = await Promise.all(pages.map(async (page) => [page, await readInputReport(`${root}tests/fixtures/${page}`)] as const));
    const read = inputs.filter((entry): entry is readonly [string, Extract<InputReport, { ok: true }>] => entry[1].ok);
    // As the command line does: pages of one organisation for consecutive years meet the cross-year checks.
    const years = read.flatMap(([, input]) => yearDataOf(input.report, input.url) ?? []);
    const failsOn = new Map<string, string>();
    let reference: Finding[] = [];
    for (const [page, input] of read) {
      const audit = auditReport(input.report, { url: input.url, previous: previousYearOf(years, input.report.identity) });
      // Its only previous year here is a copy of itself relabelled 2023 (a cross-year fixture), so it is audited alone.
      if (page === 'pingtan-2024.html') reference = auditReport(input.report, { url: input.url }).findings;
      for (const finding of audit.findings) {
        const decided = finding.outcome === 'fail' || (finding.outcome === 'needs-review' && REVIEW_ONLY.has(finding.checkId));
        if (decided && !failsOn.has(finding.checkId)) failsOn.set(finding.checkId, page);
      }
    }
    expect(CHECKS.filter((check) => !failsOn.has(check.id)).map((check) => check.id)).toEqual([]);
    expect(reference.length).toBeGreaterThan(CHECKS.length);
    expect(reference.filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review')).toEqual([]);
  });
});
