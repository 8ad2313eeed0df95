/**
 * A PDF open in a Chromium tab: the toolbar click's grant lets the popup fetch the file, the PDF chunk
 * reads it, and the popup shows the same findings as the command line on the same file — with the
 * real defect of the hongze report (prose 17 vs table-3 95) and the page it is printed on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/read-input';
import { ALL_FINDINGS, ActionPopup, launchWithExtension, type ExtensionBrowser } from './harness';

const PDF = resolve('tests/fixtures/real/pdf/hongze-2024.pdf');
const SETTLED = `document.querySelector('[data-testid=count-error], [data-testid=not-report], [data-testid=error]')`;

let server: http.Server;
let origin: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const bytes = readFileSync(PDF);
  server = http.createServer((request, response) => {
    if (request.url === '/list.html') {
      // A list page that is not the report but links it as its attachment.
      const page =
        '<!doctype html><meta charset="utf-8"><title>政府信息公开年报</title><ul><li><a href="/about.html">关于我们</a></li>' +
        '<li><a href="/hongze-2024.pdf">淮安市洪泽区人民政府2024年政府信息公开工作年度报告.pdf</a></li></ul>';
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
    if (request.url !== '/hongze-2024.pdf') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/pdf' }).end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension(origin);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
});

describe('a PDF tab in Chromium', () => {
  it('is fetched and read by the popup: same findings as the command line', { timeout: 120_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/hongze-2024.pdf`, { waitUntil: 'load' }).catch(() => undefined);
    const { popup } = await ActionPopup.open(browser, page);
    try {
      const settled = await popup.waitFor<string>(`${SETTLED}?.dataset.testid`, 90_000);
      expect(settled).toBe('count-error');
      const shown = await popup.evaluate<{ checkId: string; outcome: string }[]>(ALL_FINDINGS);
      const cli = await readInput(PDF, { now: new Date() });
      if (!cli.ok) throw new Error(cli.message);
      const outcomes = (findings: { checkId: string; outcome: string }[]) => findings.map((f) => `${f.checkId} ${f.outcome}`).sort();
      expect(outcomes(shown)).toEqual(outcomes(cli.result.findings));
      expect(shown).toContainEqual({ checkId: 'text-count-mismatch', outcome: 'fail' });
    } finally {
      await popup.detach();
      await page.close();
    }
  });

  it('a page linking the report as a PDF offers it; auditing it shows the report', { timeout: 120_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/list.html`, { waitUntil: 'load' });
    const { popup } = await ActionPopup.open(browser, page);
    try {
      expect(await popup.waitFor<string>(`${SETTLED}?.dataset.testid`, 60_000)).toBe('not-report');
      const offered = await popup.waitFor<string>(`document.querySelector('[data-testid=attachment-audit]')?.textContent`);
      expect(offered).toContain('年度报告.pdf');
      await popup.evaluate(`document.querySelector('[data-testid=attachment-audit]').click()`);
      expect(await popup.waitFor<string>(`document.querySelector('[data-testid=count-error]') ? 'shown' : null`, 90_000)).toBe('shown');
      const shown = await popup.evaluate<{ checkId: string; outcome: string }[]>(ALL_FINDINGS);
      expect(shown).toContainEqual({ checkId: 'text-count-mismatch', outcome: 'fail' });
    } finally {
      await popup.detach();
      await page.close();
    }
  });
});
