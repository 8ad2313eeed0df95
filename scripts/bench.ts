/**
 * `npm run bench`: times each pipeline stage over the real pages in tests/fixtures against the
 * floor — cheerio/slim's `load` alone on the same HTML, the parse no audit can skip — and prints
 * `ratio: X` (whole audit ÷ floor, median over pages).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { extractHtml } from '../src/core/extract/extract-html';
import { recognise } from '../src/core/recognise/recognise';
import { runChecks } from '../src/core/check/run-checks';
import { auditHtml } from '../src/core/audit/read';
import { decodeBytes } from '../src/cli/decode';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const WARM_UP_ROUNDS = 15;
const dir = new URL('../tests/fixtures/', import.meta.url);
const pages = readdirSync(dir).filter((name) => name.endsWith('.html') && !name.includes('mutated') && !name.includes('gbk'));

/**
 * The stages are timed in interleaved rounds (floor, extract, …, audit, floor, …) so each meets the
 * same garbage-collector weather; timing one stage's rounds back to back lets a later stage pay for
 * an earlier one's garbage.
 */
function timeInterleaved(stages: [string, () => unknown][]): [string, number[]][] {
  const samples = stages.map((): number[] => []);
  for (let i = 0; i < ROUNDS; i++) {
    stages.forEach(([, run], s) => {
      const start = performance.now();
      run();
      samples[s]!.push(performance.now() - start);
    });
  }
  return stages.map(([name], s) => [name, samples[s]!.sort((a, b) => a - b)]);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

function stagesOf(html: string): [string, () => unknown][] {
  const doc = extractHtml(html);
  const report = recognise(doc);
  return [
    ['floor', () => load(html)],
    ['extract', () => extractHtml(html)],
    ['recognise', () => recognise(doc)],
    // A fresh report each time: the prose reader memoises per report object.
    ['checks', () => runChecks({ ...report })],
    ['audit', () => auditHtml(html)],
  ];
}

// Decoded as the command line decodes a saved page (BOM, declared charset, UTF-8, else GB18030): a GBK
// page read as UTF-8 would be timed as gibberish that holds no report.
const inputs = pages.map((name) => {
  const bytes = readFileSync(new URL(name, dir));
  return { name, kB: Math.round(bytes.length / 1024), html: decodeBytes(bytes).text };
});
// Every page through every stage first, so no page is timed while the JIT is still learning the
// shapes of the next: the floor's parser warms within one page, the audit's many smaller functions
// need more calls.
for (let i = 0; i < WARM_UP_ROUNDS; i++) for (const { html } of inputs) for (const [, run] of stagesOf(html)) run();

console.log(`rounds per measure: ${ROUNDS} (after ${WARM_UP_ROUNDS} warm-up rounds over every page)`);
console.log(`${'page'.padEnd(34)} ${'kB'.padStart(5)} | stage      median      p95`);
const ratios: number[] = [];
for (const { name, kB, html } of inputs) {
  const stages = timeInterleaved(stagesOf(html));
  stages.forEach(([stage, samples], i) => {
    const label = i === 0 ? `${name.padEnd(34)} ${String(kB).padStart(5)}` : ' '.repeat(40);
    console.log(`${label} | ${stage.padEnd(9)} ${fmt(quantile(samples, 0.5))} ${fmt(quantile(samples, 0.95))}`);
  });
  ratios.push(quantile(stages[4]![1], 0.5) / quantile(stages[0]![1], 0.5));
}
console.log(`ratio: ${median(ratios).toFixed(2)}`);
