/**
 * `tsx scripts/draft-expectations.ts <tests/fixtures/real/dir/file>…`: writes a draft expectation file
 * per report listing what the tool finds now, reasons UNREVIEWED — the start of a review, never its end.
 * Reasons already written for a finding that is still found are kept.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { UNREVIEWED, auditedProblems, expectationPath, findingKey, readExpectations, realRoot } from '../tests/real/expectations';

for (const path of process.argv.slice(2)) {
  const report = relative(realRoot, path).split('\\').join('/');
  const previous = readExpectations(report);
  const reasons = new Map(previous?.findings.map((finding) => [findingKey(finding), finding.reason]));
  const findings = (await auditedProblems(report)).map((finding) => ({
    ...finding,
    reason: reasons.get(findingKey(finding)) ?? UNREVIEWED,
  }));
  writeFileSync(expectationPath(report), `${JSON.stringify({ reviewed: previous?.reviewed ?? UNREVIEWED, findings }, null, 2)}\n`);
  console.log(`${report}: ${findings.length} findings, ${findings.filter((finding) => finding.reason === UNREVIEWED).length} unreviewed`);
}
