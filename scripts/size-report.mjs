#!/usr/bin/env node
/**
 * Prints the size of every built chunk and store zip, and fails when the Chrome zip outgrows its
 * budget (README, "Size budget"). Run after `npm run zip`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** pdfjs and its worker (src/readers/pdf.ts imports them dynamically). */
const LAZY_PDF_CHUNK = /[\\/]chunks[\\/]pdf(?:\.worker)?-[\w-]+\.js$/;

/** Bytes; README "Size budget" says why these numbers. */
export const CHROME_ZIP_BUDGET = 150_000;
/** The reader injected into the page at every toolbar click, unzipped. */
export const CONTENT_SCRIPT_BUDGET = 48_000;

const dist = new URL('../dist/', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const kB = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} kB`;

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  let total = 0;
  console.log(target);
  for (const file of files(join(dist, target)).sort()) {
    const size = statSync(file).size;
    total += size;
    if (/\.(js|css|html)$/.test(file)) console.log(`  ${kB(size)}  ${file.slice(dist.length + target.length + 1)}`);
  }
  console.log(`  ${kB(total)}  (all files)`);
}
const zips = readdirSync(dist).filter((name) => name.endsWith('.zip'));
for (const zip of zips) console.log(`${kB(statSync(join(dist, zip)).size)}  ${zip}`);
const chrome = zips.find((name) => name.endsWith('-chrome.zip'));
if (!chrome) {
  console.error('size-report: no Chrome zip in dist/; run `npm run zip` first');
  process.exit(1);
}
const zipSize = statSync(join(dist, chrome)).size;
// The PDF library is loaded only when a PDF is audited: it is in the zip but not on the HTML path,
// so the budget holds the zip without it (its files' deflated sizes, as the zip stores them).
const pdfChunks = files(join(dist, 'chrome-mv3')).filter((file) => LAZY_PDF_CHUNK.test(file));
const pdfBytes = pdfChunks.reduce((sum, file) => sum + deflateRawSync(readFileSync(file), { level: 9 }).length, 0);
const size = zipSize - pdfBytes;
console.log(`chrome zip: ${zipSize} B, of which the lazily loaded PDF library ~${pdfBytes} B`);
console.log(`chrome zip without the PDF library: ~${size} B of a ${CHROME_ZIP_BUDGET} B budget`);
const contentScript = statSync(join(dist, 'chrome-mv3', 'content-scripts', 'read-report.js')).size;
console.log(`content script: ${contentScript} B of a ${CONTENT_SCRIPT_BUDGET} B budget`);
if (contentScript > CONTENT_SCRIPT_BUDGET) {
  console.error(
    `size-report: the content script (${contentScript} B) is over its budget of ${CONTENT_SCRIPT_BUDGET} B: has a schema library, an HTML parser or the checks been pulled into the reading half?`,
  );
  process.exit(1);
}
if (size > CHROME_ZIP_BUDGET) {
  console.error(`size-report: the Chrome zip without the PDF library (~${size} B) is over its budget of ${CHROME_ZIP_BUDGET} B`);
  process.exit(1);
}
