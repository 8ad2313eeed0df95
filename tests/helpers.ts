/** Shared test helpers: the real pipeline on real (or mutated real) pages from tests/fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditHtml, readReport } from '../src/core/audit/read';
import type { Finding } from '../src/core/model/finding';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function reportOf(name: string) {
  return readReport(fixture(name));
}

export function auditOf(name: string) {
  return auditHtml(fixture(name), { now: new Date('2026-01-01T00:00:00Z') });
}

/** Findings other than passes, reduced to what a test asserts exactly. */
export function problems(findings: Finding[]) {
  return findings
    .filter((finding) => finding.outcome === 'fail' || finding.outcome === 'needs-review')
    .map((finding) => ({ checkId: finding.checkId, outcome: finding.outcome, severity: finding.severity, location: finding.location }));
}
