/**
 * Exports, dismissals and history in Chromium: every export downloaded from the popup and parsed;
 * a finding marked 「不是问题」 stays dismissed when the popup is reopened and after the browser is
 * restarted on the same profile; the dismissals file round-trips; and a report audited after its
 * organisation's previous year gets the cross-year checks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditResult } from '../../src/core/model/audit';
import { DismissalsFile } from '../../src/core/model/dismissals';
import { CSV_COLUMNS } from '../../src/present/csv';
import { parseCsv } from '../present/parse-csv';
import {
  ActionPopup,
  launchWithExtension,
  saveScreenshot,
  serveFixtures,
  withGroupsOpen,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const BALANCE = 'pingtan-2024-mutated-balance.html';
const TITLE_2024 = '平潭综合实验区2024年度政府信息公开工作年度报告';
const SETTLED = `document.querySelector('[data-testid=count-error], [data-testid=not-report], [data-testid=error]')`;
/** The table3-balance fail of the mutated page: the finding the reviewer dismisses. */
const BALANCE_FINDING = '[data-testid=group-fail-error] li.finding[data-check-id=table3-balance]';
const DISMISSED_COUNT = `document.querySelector('[data-testid=group-dismissed] .group-count')?.textContent`;
const NOTE = '已与机关核实：自然人新收 219 件为笔误';

let server: FixtureServer;
let browser: ExtensionBrowser;
let profile: string;

beforeAll(async () => {
  server = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), 'govreport-e2e-profile-'));
  browser = await launchWithExtension(server.origin, { userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openReport(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Clicks the toolbar action on the report's tab and waits for the popup's result. */
async function actionPopup(report: Page): Promise<ActionPopup> {
  const { popup } = await ActionPopup.open(browser, report);
  await popup.waitFor(`${SETTLED}?.dataset.testid === 'count-error'`);
  return popup;
}

/**
 * The popup as a tab for the report's tab (the toolbar click first, for the activeTab grant), so
 * Playwright can click, type, download and choose files in it. `noise`: console output and errors.
 */
async function popupPage(report: Page): Promise<{ page: Page; noise: string[] }> {
  const popup = await actionPopup(report);
  const tabId = await popup.evaluate<number>(
    `chrome.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === ${JSON.stringify(report.url())}).id)`,
  );
  await popup.close();
  const page = await browser.context.newPage();
  const noise: string[] = [];
  page.on('console', (message) => noise.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => noise.push(`pageerror: ${error.message}`));
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await page.locator('[data-testid=count-error]').waitFor();
  return { page, noise };
}

async function exportVia(page: Page, id: string): Promise<Download> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${id}`).click()]);
  return download;
}

const downloaded = async (download: Download) => readFileSync(await download.path());

describe('exports, dismissals and history in Chromium', () => {
  it('downloads every export from the menu and copies the summary', async () => {
    const report = await openReport(BALANCE);
    const { page, noise } = await popupPage(report);
    try {
      const json = await exportVia(page, 'json');
      expect(json.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.json');
      const audit = AuditResult.parse(JSON.parse((await downloaded(json)).toString('utf8')));
      expect(audit.report.title).toBe(TITLE_2024);
      const failing = [...new Set(audit.findings.filter((f) => f.outcome === 'fail').map((f) => f.checkId))].sort();
      expect(failing).toEqual(expect.arrayContaining(['table3-balance', 'table3-row-total']));

      const csv = await exportVia(page, 'csv');
      expect(csv.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.csv');
      const bytes = await downloaded(csv);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      // One row per problem (passes only on request), Chinese headers by default.
      expect(rows.length - 1).toBe(audit.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review').length);

      const markdown = await exportVia(page, 'markdown');
      expect(markdown.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.md');
      const md = (await downloaded(markdown)).toString('utf8');
      expect(md.split('\n')[0]).toBe(`# 审校报告：${TITLE_2024}`);
      for (const checkId of failing) expect(md).toContain(`\`${checkId}\``);

      const html = await exportVia(page, 'html');
      expect(html.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.html');
      const printable = (await downloaded(html)).toString('utf8');
      expect(printable).toContain(`<h1>${TITLE_2024}</h1>`);
      expect(printable).not.toMatch(/<script/i);
      // The printable page as a browser renders it, for the record.
      const preview = await browser.context.newPage();
      await preview.setContent(printable);
      saveScreenshot('export-printable-html', await preview.screenshot({ fullPage: false }));
      await preview.close();

      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-summary').click();
      await expect.poll(() => page.getByTestId('export-status').textContent()).toBe('已复制摘要到剪贴板。');
      // Read back by a real paste: reading the clipboard from script needs a permission an extension page cannot be granted here.
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'paste-target';
        document.body.append(area);
        area.focus();
      });
      await page.keyboard.press('Control+V');
      const summary = await page.locator('#paste-target').inputValue();
      expect(summary.split('\n')[0]).toBe(TITLE_2024);
      expect(summary).toContain('（table3-row-total）');
      expect(noise).toEqual([]);
    } finally {
      await page.close();
      await report.close();
    }
  });

  it('a dismissed finding stays dismissed when the popup is reopened and after a browser restart', async () => {
    let report = await openReport(BALANCE);
    const { page, noise } = await popupPage(report);
    try {
      const finding = page.locator(BALANCE_FINDING);
      await finding.locator('.finding-toggle').click();
      await finding.getByTestId('dismiss').click();
      await finding.getByTestId('dismiss-note').fill(NOTE);
      await finding.getByTestId('dismiss-confirm').click();
      await expect.poll(() => page.locator(BALANCE_FINDING).count()).toBe(0);
      await expect.poll(() => page.locator('[data-testid=group-dismissed] .group-count').textContent()).toBe('1');
      await page.locator('[data-testid=group-dismissed] .group-toggle').click();
      expect(await page.locator('[data-testid=group-dismissed] li.finding').innerText()).toContain(NOTE);
      saveScreenshot('popup-page-dismissed', await page.locator('.popup').screenshot());
      expect(noise).toEqual([]);
    } finally {
      await page.close();
    }

    // Reopened: the real action popup reads the mark back from storage.
    let popup = await actionPopup(report);
    try {
      expect(await popup.waitFor<string>(DISMISSED_COUNT)).toBe('1');
      expect(await popup.evaluate<number>(`document.querySelectorAll('${BALANCE_FINDING}').length`)).toBe(0);
      expect(
        await popup.evaluate<string>(withGroupsOpen(`document.querySelector('[data-testid=group-dismissed] li.finding').dataset.checkId`)),
      ).toBe('table3-balance');
    } finally {
      await popup.close();
      await report.close();
    }

    // Restarted: the same profile, a new browser process.
    await browser.close();
    browser = await launchWithExtension(server.origin, { userDataDir: profile });
    report = await openReport(BALANCE);
    popup = await actionPopup(report);
    try {
      expect(await popup.waitFor<string>(DISMISSED_COUNT)).toBe('1');
      expect(await popup.evaluate<number>(`document.querySelectorAll('${BALANCE_FINDING}').length`)).toBe(0);
      await popup.screenshot('action-popup-dismissed-after-restart');
    } finally {
      await popup.close();
      await report.close();
    }
  });

  it('exports the dismissals, restores, imports them back; a bad file gives a clear message', async () => {
    const report = await openReport(BALANCE);
    const { page, noise } = await popupPage(report);
    try {
      await expect.poll(() => page.locator('[data-testid=group-dismissed] .group-count').textContent()).toBe('1');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dismissals-export').click()]);
      expect(download.suggestedFilename()).toBe('govreport-audit-平潭综合实验区-2024.dismissals.json');
      const file = DismissalsFile.parse(JSON.parse((await downloaded(download)).toString('utf8')));
      expect(file.dismissals.map(({ fingerprint, note }) => ({ fingerprint, note }))).toEqual([
        { fingerprint: 'table3-balance@table=3,column=natural', note: NOTE },
      ]);

      await page.locator('[data-testid=group-dismissed] .group-toggle').click();
      await page.getByTestId('restore').click();
      await expect.poll(() => page.locator(BALANCE_FINDING).count()).toBe(1);
      expect(await page.getByTestId('group-dismissed').count()).toBe(0);

      const importFile = async (path: string) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('dismissals-import').click()]);
        await chooser.setFiles(path);
      };
      const bad = join(profile, 'not-dismissals.json');
      writeFileSync(bad, JSON.stringify({ schemaVersion: 1, findings: [] }));
      await importFile(bad);
      await expect
        .poll(() => page.getByTestId('review-status').textContent())
        .toBe('导入失败：这不是本工具导出的忽略标记文件（缺少 "kind": "govreport-audit-dismissals"）。');
      expect(await page.getByTestId('group-dismissed').count()).toBe(0);

      await importFile(await download.path());
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('已导入 1 条忽略标记，其中 1 条对应本报告的问题。');
      await expect.poll(() => page.locator('[data-testid=group-dismissed] .group-count').textContent()).toBe('1');
      expect(await page.locator(BALANCE_FINDING).count()).toBe(0);

      // The JSON export carries the mark.
      const json = await exportVia(page, 'json');
      const audit = AuditResult.parse(JSON.parse((await downloaded(json)).toString('utf8')));
      expect(audit.findings.filter((f) => f.dismissed).map((f) => [f.checkId, f.location.column, f.dismissed!.note])).toEqual([
        ['table3-balance', 'natural', NOTE],
      ]);
      expect(noise).toEqual([]);
    } finally {
      await page.close();
      await report.close();
    }
  });

  it("compares a report with its organisation's previous year audited before", async () => {
    const cross = withGroupsOpen(
      `[...document.querySelectorAll('li.finding[data-check-id=carryover-continuity]')].map((li) => li.dataset.outcome + ' ' + li.dataset.severity)`,
    );
    const earlier = await openReport('pingtan-2022.html');
    let popup = await actionPopup(earlier);
    try {
      // Nothing from 2021 here: the check says how to get it.
      expect(await popup.evaluate<string[]>(cross)).toEqual(['not-applicable warning']);
    } finally {
      await popup.close();
      await earlier.close();
    }
    const later = await openReport('pingtan-2024-mutated-as-2023.html');
    popup = await actionPopup(later);
    try {
      // The two failures of one check, one sentence: one line with their count.
      const warnings = `document.querySelector('[data-testid=group-fail-warning] li.finding-cluster[data-check-id=carryover-continuity]')?.dataset.count`;
      expect(await popup.waitFor<string>(warnings)).toBe('2');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=verdict]').textContent`)).toContain(
        '已与 2022 年度报告比对',
      );
      expect((await popup.evaluate<string[]>(cross)).sort()).toEqual(
        [...Array(5).fill('pass warning'), 'fail warning', 'fail warning'].sort(),
      );
      // Opened, a cross-year finding shows last year's figure and the report it came from.
      await popup.evaluate(
        `document.querySelector('[data-testid=group-fail-warning] li.finding[data-check-id=carryover-continuity] .finding-toggle').click()`,
      );
      const previous = await popup.waitFor<string>(`document.querySelector('[data-testid=previous-year]')?.textContent`);
      expect(previous).toContain('2022 年度 · 表三 · R25 四、结转下年度继续办理');
      expect(previous).toContain(`${server.origin}/pingtan-2022.html`);
      await popup.evaluate(`document.querySelector('[data-testid=previous-year]').scrollIntoView({ block: 'center' })`);
      await popup.screenshot('action-popup-cross-year');
    } finally {
      await popup.close();
      await later.close();
    }
  });
});
