/**
 * The extension as a user meets it: Debian Chromium, the built dist/chrome-mv3, a report page on a
 * local server, the toolbar action clicked through DevTools (so the popup gets the real activeTab
 * grant), and the popup's findings compared with the CLI path on the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { readReport } from '../../src/core/audit/read';
import { AuditResult } from '../../src/core/model/audit';
import {
  ALL_FINDINGS,
  ActionPopup,
  FIXTURES_DIR,
  launchWithExtension,
  saveScreenshot,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const TITLE_2024 = '平潭综合实验区2024年度政府信息公开工作年度报告';
const NOT_A_REPORT = '未识别到政府信息公开工作年度报告';
/** Any of the popup's end states: a result, the not-a-report notice, or an error. */
const SETTLED = `document.querySelector('[data-testid=count-error], [data-testid=not-report], [data-testid=error]')`;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension(server.origin, { withBlankPopup: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the CLI path says about the same file: `auditReport(readReport(html))` in Node. */
function cliAudit(file: string): AuditResult {
  const url = `${server.origin}/${file}`;
  return auditReport(readReport(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { url }), { url });
}

const outcomes = (findings: { checkId: string; outcome: string }[]) =>
  findings.map((finding) => `${finding.checkId} ${finding.outcome}`).sort();

async function openReport(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Clicks the action on the page's tab and waits for the real popup to show its result. */
async function auditThroughAction(page: Page, label: string) {
  const { popup, triggeredAt } = await ActionPopup.open(browser, page);
  const settled = await popup.waitFor<string>(`${SETTLED}?.dataset.testid`);
  const ms = Math.round(performance.now() - triggeredAt);
  // Marks inside the popup: its script starts and injects the reader, the interface chunk has loaded,
  // the page has been read, the checks have run, the result is painted.
  await popup.waitFor(`performance.getEntriesByName('govreport:result').length > 0`);
  const { opened, marks } = await popup.timeline(triggeredAt);
  const at = (mark: string) => (marks[`govreport:${mark}`] === undefined ? '–' : String(Math.round(marks[`govreport:${mark}`]!)));
  console.log(
    `[e2e] ${label}: toolbar click → findings on screen (${settled}) at ${at('result')} ms ` +
      `(the browser opens the popup page at ${Math.round(opened)} ms and runs its first script at ${at('start')} ms; ` +
      `interface loaded ${at('ui')}, page read ${at('read')}, checks done ${at('audited')}); polled by the test at ${ms} ms`,
  );
  return { popup, settled, ms };
}

/**
 * The popup as a tab (`popup.html?tabId=N`), for Playwright's clicks and downloads. `noise` collects
 * what the popup writes to the console or throws: it should stay silent.
 */
async function openPopupAsPage(tabId: number): Promise<{ page: Page; noise: string[] }> {
  const page = await browser.context.newPage();
  const noise: string[] = [];
  page.on('console', (message) => noise.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`));
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await page.locator(SETTLED.slice(`document.querySelector('`.length, -2)).waitFor();
  return { page, noise };
}

describe('popup in Chromium', () => {
  it('audits the 2024 report after a real toolbar click: title, no errors, same findings as the CLI', async () => {
    const report = await openReport('pingtan-2024.html');
    const { popup, settled } = await auditThroughAction(report, 'pingtan-2024');
    try {
      expect(settled).toBe('count-error');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=report-title]').textContent`)).toBe(TITLE_2024);
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=count-error] .n').textContent`)).toBe('0');
      const shown = await popup.evaluate<{ checkId: string; outcome: string }[]>(ALL_FINDINGS);
      expect(outcomes(shown)).toEqual(outcomes(cliAudit('pingtan-2024.html').findings));
      const header = await popup.evaluate<string>(`document.querySelector('.report-header').innerText`);
      expect(header).toContain('平潭综合实验区');
      expect(header).toContain('2024 年度');
      expect(header).toContain('2021 年格式');
      expect(header).toContain('2025-03-10');
      await popup.screenshot('action-popup-pingtan-2024');
    } finally {
      await popup.detach();
      await report.close();
    }
  });

  it('audits a 200 kB page (the 2019 report, 2019 form) as the CLI does, and prints how long it took beside a blank popup', async () => {
    const report = await openReport('pingtan-2019.html');
    // Twice: the first popup on a page pays for compiling the reader in that page.
    for (const run of ['cold', 'warm']) {
      const { popup } = await auditThroughAction(report, `pingtan-2019 (203 kB, ${run})`);
      try {
        const shown = await popup.evaluate<{ checkId: string; outcome: string }[]>(ALL_FINDINGS);
        expect(outcomes(shown)).toEqual(outcomes(cliAudit('pingtan-2019.html').findings));
      } finally {
        await popup.close();
      }
    }
    // The floor under those numbers: a popup of one line of script, clicked on the same tab.
    for (const run of ['cold', 'warm']) {
      const { popup, triggeredAt } = await ActionPopup.open(browser, report, browser.blankPopupExtensionId);
      try {
        await popup.waitFor(`performance.getEntriesByName('first-script').length > 0`);
        const { opened, marks } = await popup.timeline(triggeredAt);
        expect(marks['first-script']).toBeGreaterThan(opened);
        console.log(
          `[e2e] blank popup (${run}), the browser's own floor: toolbar click → popup page at ${Math.round(opened)} ms, ` +
            `its only script runs at ${Math.round(marks['first-script']!)} ms`,
        );
      } finally {
        await popup.close();
      }
    }
    await report.close();
  });

  it('shows the table-3 failures of the mutated page and exports the same audit the CLI computes', async () => {
    const file = 'pingtan-2024-mutated-balance.html';
    const report = await openReport(file);
    const { popup, settled } = await auditThroughAction(report, 'mutated-balance');
    let page: Page | undefined;
    try {
      expect(settled).toBe('count-error');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=count-error] .n').textContent`)).toBe('2');
      const failing = await popup.evaluate<string[]>(
        `[...document.querySelectorAll('[data-testid=group-fail-error] li.finding')].map((li) => li.dataset.checkId)`,
      );
      expect(failing.sort()).toEqual(['table3-balance', 'table3-row-total']);
      // Open the failures so the screenshot shows expression, values and evidence cells.
      await popup.evaluate(
        `document.querySelectorAll('[data-testid=group-fail-error] .finding-toggle[aria-expanded=false]').forEach((b) => b.click())`,
      );
      await popup.screenshot('action-popup-mutated-balance');

      // The granted tab's id, as the extension sees it (activeTab also lets it read the tab's URL).
      const tabId = await popup.evaluate<number>(
        `chrome.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === ${JSON.stringify(report.url())}).id)`,
      );
      const opened = await openPopupAsPage(tabId);
      page = opened.page;
      const failures = page.locator('[data-testid=group-fail-error] li.finding');
      await expect.poll(() => failures.count()).toBe(2);
      await page.locator('[data-check-id=table3-row-total] .finding-toggle').first().click();
      const detail = await page.locator('[data-check-id=table3-row-total] .detail').first().innerText();
      expect(detail).toContain('218');
      expect(detail).toContain('219');
      saveScreenshot('popup-page-mutated-balance', await page.locator('.popup').screenshot());
      const about = page.locator('[data-check-id=table3-row-total] [data-testid=about-check]').first();
      const [docPage] = await Promise.all([browser.context.waitForEvent('page'), about.click()]);
      await docPage.waitForURL(`chrome-extension://${browser.extensionId}/check-doc.html?id=table3-row-total`);
      await docPage.getByRole('heading', { level: 1 }).waitFor();
      await docPage.close();

      await page.getByTestId('export-menu').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
      expect(download.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.json');
      const exported = AuditResult.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
      expect(exported.schemaVersion).toBe(1);
      expect(exported.tool.name).toBe('govreport-audit');
      expect(exported.report.title).toBe(TITLE_2024);
      expect(exported.findings.every((finding) => finding.checkId !== '')).toBe(true);
      expect(
        exported.findings
          .filter((finding) => finding.outcome === 'fail')
          .map((finding) => finding.checkId)
          .sort(),
      ).toEqual(['table3-balance', 'table3-row-total']);
      const cli = cliAudit(file);
      expect(outcomes(exported.findings)).toEqual(outcomes(cli.findings));
      expect(exported.counts).toEqual(cli.counts);
      expect(opened.noise).toEqual([]);
    } finally {
      await popup.detach();
      await page?.close();
      await report.close();
    }
  });

  it('shows the page of a check, bundled with the extension, and says so for an unknown check', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/check-doc.html?id=table3-row-total`);
      const heading = page.getByRole('heading', { level: 1, name: 'table3-row-total — 表三各行总计等于各类申请人之和' });
      await heading.waitFor();
      expect(await heading.isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 2, name: '如何修改' }).isVisible()).toBe(true);
      await page.goto(`chrome-extension://${browser.extensionId}/check-doc.html?id=no-such-check`);
      expect(await page.getByRole('alert').innerText()).toContain('no-such-check');
    } finally {
      await page.close();
    }
  });

  it('shows markup-like text from the page as text, and runs nothing of the page', async () => {
    const report = await openReport('pingtan-2024-mutated-hostile-cell.html');
    const { popup, settled } = await auditThroughAction(report, 'hostile-cell');
    try {
      expect(settled).toBe('count-error');
      const selector = `li.finding[data-check-id="cell-invalid"][data-outcome="fail"]`;
      expect(await popup.evaluate<string>(`document.querySelector('${selector} .message').textContent`)).toContain(
        '「<img src=x onerror="window.__pwned=1">」',
      );
      // Opened, the finding's evidence shows the cell's raw text, as text too.
      await popup.evaluate(`document.querySelector('${selector} .finding-toggle').click()`);
      await popup.waitFor(`document.querySelector('${selector} table.evidence')`);
      expect(await popup.evaluate<string>(`document.querySelector('${selector} table.evidence').textContent`)).toContain('<img src=x');
      expect(await popup.evaluate<boolean>(`document.querySelector('.popup img, .popup script') === null && !('__pwned' in window)`)).toBe(
        true,
      );
    } finally {
      await popup.detach();
      await report.close();
    }
  });

  it('says so when the page is not an annual report', async () => {
    const report = await openReport('not-a-report.html');
    const { popup, settled } = await auditThroughAction(report, 'not-a-report');
    try {
      expect(settled).toBe('not-report');
      const text = await popup.evaluate<string>(`document.querySelector('[data-testid=not-report]').innerText`);
      expect(text).toContain(NOT_A_REPORT);
      expect(text).toContain('未找到报告的章节或统计表');
      await popup.screenshot('action-popup-not-a-report');

      // The paste box: the worked example's text, audited in the popup (section 6, table 4 missing).
      await popup.evaluate(`document.querySelector('[data-testid=paste-open-prominent]').click()`);
      await popup.waitFor(`document.querySelector('[data-testid=paste-text]')`);
      const pasted = readFileSync(join(FIXTURES_DIR, 'xixia-2023-office.txt'), 'utf8');
      await popup.evaluate(`(() => {
        const box = document.querySelector('[data-testid=paste-text]');
        box.value = ${JSON.stringify(pasted)};
        box.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
      await popup.evaluate(`document.querySelector('[data-testid=paste-audit]').click()`);
      await popup.waitFor(`document.querySelector('[data-testid=count-error]')`);
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=report-title]').textContent`)).toBe(
        '西夏区人民政府办公室 2023 年政府信息公开工作年度报告',
      );
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=count-error] .n').textContent`)).toBe('3');
      const errors = await popup.evaluate<string[]>(
        `[...document.querySelectorAll('[data-testid=group-fail-error] li.finding')].map((li) => li.dataset.checkId)`,
      );
      expect(errors.sort()).toEqual(['section-missing', 'table-incomplete', 'table-missing']);
      await popup.screenshot('action-popup-pasted-xixia');
      await popup.evaluate(`document.querySelector('[data-testid=paste-back]').click()`);
      await popup.waitFor(`document.querySelector('[data-testid=not-report]')`);
    } finally {
      await popup.detach();
      await report.close();
    }
  });

  it('shows an error, not a blank popup, for a tab it has no grant for', async () => {
    const report = await openReport('pingtan-2024.html');
    // No toolbar click on this tab: the browser must refuse the injection. The tab opened just
    // before the probe is the report (without a grant the extension cannot see its URL).
    const probe = await browser.context.newPage();
    await probe.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=0`);
    const tabId = (await probe.evaluate(`(async () => {
      const self = await chrome.tabs.getCurrent();
      const tabs = await chrome.tabs.query({ windowId: self.windowId });
      const report = tabs.find((tab) => tab.index === self.index - 1);
      return report.url === undefined ? report.id : null;
    })()`)) as number | null;
    await probe.close();
    expect(tabId).not.toBeNull();
    const { page, noise } = await openPopupAsPage(tabId!);
    try {
      const error = page.locator('[data-testid=error]');
      expect(await error.innerText()).toContain('无法读取此页面');
      expect(noise).toEqual([]);
      saveScreenshot('popup-page-no-grant', await page.locator('.popup').screenshot());
    } finally {
      await page.close();
      await report.close();
    }
  });
});
