/**
 * The audit opinion of a report with two errors prints on one A4 page: rendered, printed to PDF by
 * headless Chromium (the browser a reviewer prints from), pages counted in the PDF's page tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/present/html';
import { auditOf } from '../helpers';
import { dismissedAudit } from './fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tmp = mkdtempSync(join(tmpdir(), 'govreport-print-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function printedPages(html: string, name: string): number {
  const page = join(tmp, `${name}.html`);
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(page, html);
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(tmp, `profile-${name}`)}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ],
    { stdio: 'ignore', timeout: 90_000 },
  );
  const counts = [
    ...readFileSync(pdf)
      .toString('latin1')
      .matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g),
  ].map((match) => Number(match[1]));
  expect(counts.length).toBeGreaterThan(0);
  return Math.max(...counts);
}

describe.skipIf(!existsSync(CHROMIUM))('printable audit opinion on A4', { timeout: 180_000 }, () => {
  it('two errors: one page', () => {
    const audit = auditOf('pingtan-2024-mutated-balance.html');
    expect(audit.counts.failBySeverity.error).toBe(2);
    expect(printedPages(renderHtml([audit]), 'two-errors')).toBe(1);
  });

  it('two errors, one dismissed with a note: one page', () => {
    expect(printedPages(renderHtml([dismissedAudit()]), 'dismissed')).toBe(1);
  });

  it('the count is real: two reports print on two pages', () => {
    const audit = auditOf('pingtan-2024-mutated-balance.html');
    expect(printedPages(renderHtml([audit, audit]), 'two-reports')).toBe(2);
  });
});
