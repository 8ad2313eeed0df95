/**
 * `npm run fuzz [runs]`: audits many mangled copies of every real page in tests/fixtures and prints
 * how many inputs were tried, how many failed (threw, broke the result schema, or — for HTML — were
 * read differently by the content script's live-DOM reader than by the HTML-string reader) and the
 * slowest audit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { auditHtml, auditText } from '../src/core/audit/read';
import { AuditResult } from '../src/core/model/audit';
import { readReport } from '../src/core/audit/read';
import { readLivePage } from '../src/core/audit/read-live';
import { deepNesting, hugeTable, mangledPage } from '../tests/fuzz/mangle';
import { asLiveDocument } from '../tests/fuzz/live-document';

const runs = Number(process.argv[2] ?? 200);
const dir = new URL('../tests/fixtures/', import.meta.url);
const pages = readdirSync(dir).filter((name) => /\.(html|txt)$/.test(name) && !name.includes('mutated'));
let tried = 0;
let failures = 0;
let slowest = 0;

const URL_OF_PAGE = 'https://example.gov.cn/report.html';

function audit(input: string, text: boolean) {
  tried++;
  const start = performance.now();
  try {
    if (!AuditResult.safeParse(text ? auditText(input) : auditHtml(input)).success) failures++;
    slowest = Math.max(slowest, performance.now() - start);
    if (!text && !isDeepStrictEqual(readLivePage(asLiveDocument(input), URL_OF_PAGE), readReport(input, { url: URL_OF_PAGE }))) {
      failures++;
      console.error('the live-DOM reader and the HTML-string reader differ on an input');
    }
  } catch (error) {
    failures++;
    console.error(error);
  }
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
