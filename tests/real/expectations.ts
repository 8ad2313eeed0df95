/**
 * The regression net's two halves: auditing a real report the way the command line does, and its
 * reviewed expectation file (tests/fixtures/real/README.md says how one is written).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../src/cli/read-input';
import type { Finding } from '../../src/core/model/finding';

export const realRoot = fileURLToPath(new URL('../fixtures/real/', import.meta.url));

export const UNREVIEWED = 'UNREVIEWED';

/** A fixed clock: late-publication must not depend on the day the tests run. */
const AUDIT_TIME = new Date('2026-12-01T00:00:00Z');

export interface ExpectedFinding {
  checkId: string;
  outcome: Finding['outcome'];
  severity: Finding['severity'];
  location: Finding['location'];
  reason: string;
}

export interface Expectations {
  reviewed: string;
  findings: ExpectedFinding[];
}

/** Every real report under tests/fixtures/real, as `<dir>/<file>`. */
export function realReports(): string[] {
  return readdirSync(realRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(realRoot, dir.name))
        .filter((file) => !file.endsWith('.expected.json'))
        .map((file) => `${dir.name}/${file}`),
    )
    .sort();
}

export function expectationPath(report: string): string {
  return join(realRoot, `${report}.expected.json`);
}

export function readExpectations(report: string): Expectations | null {
  const path = expectationPath(report);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Expectations) : null;
}

/** The findings the net holds a report to: everything that is not a pass or not-applicable. */
export async function auditedProblems(report: string): Promise<Omit<ExpectedFinding, 'reason'>[]> {
  const input = await readInput(join(realRoot, report), { now: AUDIT_TIME });
  if (!input.ok) throw new Error(`${report}: ${input.message}`);
  return input.result.findings
    .filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review')
    .map(({ checkId, outcome, severity, location }) => ({ checkId, outcome, severity, location }));
}

/** Order-free identity of a finding: check, outcome, severity and place, never its message. */
export function findingKey(finding: Omit<ExpectedFinding, 'reason'>): string {
  const { section, table, row, column, group } = finding.location;
  return JSON.stringify([finding.checkId, finding.outcome, finding.severity, section, table, row, column, group]);
}
