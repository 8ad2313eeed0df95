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
import { boundNesting, MAX_NESTING_DEPTH } from '../src/core/extract/extract-html';
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

// Deep nesting of every kind a page can pile up: tables, lists, inline elements, mixed, unclosed, in
// SVG, inside a real report. Each must be read in work linear in its size: the parser is handed at
// most MAX_NESTING_DEPTH levels, and the largest (tens of thousands of levels) must not be much slower
// per byte than a real page. (The live-DOM reader is not compared here: the browser has already
// parsed the page and the bound applies to HTML strings only.)
const report = readFileSync(new URL('pingtan-2024.html', dir), 'utf8');
const NESTINGS: Record<string, (depth: number) => string> = {
  tables: (n) => `${'<table><tr><td>'.repeat(n)}一、总体情况${'</td></tr></table>'.repeat(n)}`,
  'tables unclosed': (n) => '<table><tr><td>'.repeat(n),
  lists: (n) => `${'<ul><li>'.repeat(n)}三、收到和处理政府信息公开申请情况${'</li></ul>'.repeat(n)}`,
  'ordered lists unclosed': (n) => '<ol><li>x'.repeat(n),
  inline: (n) => `${'<span><b><font color=red><a href=#>'.repeat(n)}表三${'</a></font></b></span>'.repeat(n)}`,
  'divs self-closed': (n) => '<div/>'.repeat(n),
  'svg groups': (n) => `<svg>${'<g>'.repeat(n)}<path/>${'</g>'.repeat(n)}</svg>`,
  'stray closes': (n) => `${'<div>'.repeat(300)}${'</span>'.repeat(n)}`,
  'quoted >': (n) => '<div title=">">'.repeat(n),
  'in a report': (n) => report.replace('<body', `${'<div>'.repeat(n)}<body`),
};
const nestingKinds = Object.entries(NESTINGS);
let slowestPerMb = 0;
let slowestKind = '';
function auditNested(kind: string, html: string) {
  tried++;
  let ms = 0;
  try {
    const start = performance.now();
    const result = auditHtml(html);
    ms = performance.now() - start;
    if (!AuditResult.safeParse(result).success) failures++;
    if (maxDepth(boundNesting(html).html) > MAX_NESTING_DEPTH) {
      failures++;
      console.error(`${kind}: the bounded page still nests deeper than ${MAX_NESTING_DEPTH}`);
    }
  } catch (error) {
    failures++;
    console.error(kind, error);
  }
  slowest = Math.max(slowest, ms);
  if (html.length > 200_000 && ms / (html.length / 1e6) > slowestPerMb) {
    slowestPerMb = ms / (html.length / 1e6);
    slowestKind = kind;
  }
}
for (const [kind, make] of nestingKinds) {
  for (const depth of fc.sample(fc.integer({ min: 1, max: 3000 }), Math.max(3, Math.round(runs / 20)))) auditNested(kind, make(depth));
  auditNested(kind, make(30_000));
}
console.log(
  `deep-nesting inputs: ${nestingKinds.length} kinds up to 30,000 levels; slowest ${slowestPerMb.toFixed(0)} ms per MB of input (${slowestKind})`,
);
if (slowestPerMb > 5000) {
  failures++;
  console.error('deep nesting is read in more than 5 s per MB: the bound is not holding');
}
/** The deepest stack of open elements in a page, by the same rules the bound follows (a bound of ∞ flattens nothing). */
function maxDepth(html: string): number {
  let low = 0;
  let high = 1 << 20;
  // The smallest bound that flattens nothing is the page's depth.
  if (boundNesting(html, high).flattenedTags > 0) return Infinity;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (boundNesting(html, mid).flattenedTags === 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

console.log(`inputs tried: ${tried}`);
console.log(`failures: ${failures}`);
console.log(`slowest audit: ${slowest.toFixed(0)} ms`);
process.exit(failures === 0 ? 0 : 1);
