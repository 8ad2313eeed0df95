/**
 * `npm run fuzz [runs]`: audits many mangled copies of every real page in tests/fixtures and prints
 * how many inputs were tried, how many failed (threw or broke the result schema) and the slowest.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { auditHtml, auditText } from '../src/core/audit/audit';
import { AuditResult } from '../src/core/model/audit';
import { deepNesting, hugeTable, mangledPage } from '../tests/fuzz/mangle';

const runs = Number(process.argv[2] ?? 200);
const dir = new URL('../tests/fixtures/', import.meta.url);
const pages = readdirSync(dir).filter((name) => /\.(html|txt)$/.test(name) && !name.includes('mutated'));
let tried = 0;
let failures = 0;
let slowest = 0;

function audit(input: string, text: boolean) {
  tried++;
  const start = performance.now();
  try {
    if (!AuditResult.safeParse(text ? auditText(input) : auditHtml(input)).success) failures++;
  } catch (error) {
    failures++;
    console.error(error);
  }
  slowest = Math.max(slowest, performance.now() - start);
}

for (const name of pages) {
  const page = readFileSync(new URL(name, dir), 'utf8');
  for (const input of fc.sample(mangledPage(page), runs)) audit(input, name.endsWith('.txt'));
}
audit(hugeTable(10_000), false);
audit(deepNesting(5000), false);
console.log(`inputs tried: ${tried}`);
console.log(`failures: ${failures}`);
console.log(`slowest audit: ${slowest.toFixed(0)} ms`);
process.exit(failures === 0 ? 0 : 1);
