#!/usr/bin/env node
/**
 * The command's start-up: a one-file audit (`govreport-audit <page> --format json`) against bare
 * `node -e ''`, each the median of N runs, interleaved so that load on the machine falls on both.
 * Prints both medians and `ratio: X` (the goal is 2 or less). Builds the bundle first if it is stale.
 *
 * `npm run bench:startup [runs] [page]` (default 21 runs of tests/fixtures/pingtan-2024.html).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runs = Number(process.argv[2] ?? 21);
const page = process.argv[3] ?? 'tests/fixtures/pingtan-2024.html';
const bin = fileURLToPath(new URL('../bin/govreport-audit.js', import.meta.url));

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${run.status}`);
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

time([bin, '--version']); // rebuilds a stale bundle outside the timing
const bare = [];
const audit = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '']));
  audit.push(time([bin, page, '--format', 'json']));
}
const [bareMs, auditMs] = [median(bare), median(audit)];
console.log(`runs: ${runs} (${page})`);
console.log(`bare node -e '':   ${bareMs.toFixed(0)} ms`);
console.log(`one-file audit:    ${auditMs.toFixed(0)} ms`);
console.log(`ratio: ${(auditMs / bareMs).toFixed(2)}`);
