/**
 * `npm run bench:cli [copies]`: the command line as a batch tool. Over a folder of copies of the real
 * pages in tests/fixtures/real/html it prints
 *   - reports per CPU-second of the whole command (read, decode, bound, parse, recognise, check, CSV
 *     out; one thread, no cross-year pass, run in this process so its CPU time can be read),
 *   - the ratio of that CPU time to the parser's alone on the same pages (decode + cheerio/slim's
 *     `load`, the floor no audit can go under),
 *   - start-up: the median wall time of `govreport-audit --version` and of a one-page audit against
 *     bare `node -e ''`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio/slim';
import { decodeBytes } from '../src/cli/decode';
import { main } from '../src/cli/main';

const copies = Number(process.argv[2] ?? 5);
const source = fileURLToPath(new URL('../tests/fixtures/real/html/', import.meta.url));
const bin = fileURLToPath(new URL('../bin/govreport-audit.js', import.meta.url));
const names = readdirSync(source).filter((name) => name.endsWith('.html'));
const folder = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
for (let copy = 0; copy < copies; copy++) for (const name of names) copyFileSync(join(source, name), join(folder, `${copy}-${name}`));
const files = readdirSync(folder).map((name) => join(folder, name));

const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

// Warm-up: the first pages pay for compiling the code, which a long batch amortises.
await main([...files.slice(0, names.length), '-f', 'csv', '-o', '/dev/null', '-q', '-j', '1', '--no-cross-year']);

let start = process.cpuUsage();
const code = await main([folder, '-f', 'csv', '-o', '/dev/null', '-q', '-j', '1', '--no-cross-year']);
const audit = cpuSeconds(start);

start = process.cpuUsage();
for (const file of files) load(decodeBytes(readFileSync(file)).text);
const parse = cpuSeconds(start);

function medianWall(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const begin = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - begin);
  }
  return times.sort((a, b) => a - b)[3]!;
}
const bare = medianWall(['-e', '']);
const version = medianWall([bin, '--version']);
const onePage = medianWall([bin, join(source, names[0]!), '-q']);
rmSync(folder, { recursive: true, force: true });

console.log(`pages: ${files.length} (${copies} copies of ${names.length} real pages), exit ${code}`);
console.log(`reports per CPU-second: ${(files.length / audit).toFixed(1)} (${audit.toFixed(2)} CPU-s)`);
console.log(`parser alone: ${(files.length / parse).toFixed(1)} pages per CPU-second (${parse.toFixed(2)} CPU-s)`);
console.log(`ratio to the parser: ${(audit / parse).toFixed(2)}`);
console.log(
  `start-up: node -e '' ${bare.toFixed(0)} ms · --version ${version.toFixed(0)} ms (${(version / bare).toFixed(1)}×) · one-page audit ${onePage.toFixed(0)} ms (${(onePage / bare).toFixed(1)}×)`,
);
