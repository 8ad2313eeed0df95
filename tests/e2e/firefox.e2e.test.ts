/**
 * The extension in Firefox ESR: the built dist/firefox-mv2 installed over WebDriver BiDi, the toolbar
 * button pressed through the browser's own action code (the same path as a click: it grants activeTab
 * and opens the popup panel), the real popup read through its accessibility tree and driven with the
 * keyboard, then the popup page (popup.html?tabId=N, which BiDi can script) for the rest.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { readReport } from '../../src/core/audit/read';
import { AuditResult } from '../../src/core/model/audit';
import { EXTENSION_UUID, Firefox, firefoxAvailable, FIREFOX, type PopupAccessible } from './firefox';
import { ALL_FINDINGS, FIXTURES_DIR, serveFixtures, sleep, until, type FixtureServer } from './harness';

const ROW_TOTAL = 'pingtan-2024-mutated-row-total.html';
const SETTLED = `document.querySelector('[data-testid=count-error], [data-testid=not-report], [data-testid=error]')?.dataset.testid`;
/** The failing row total's 总计 cell, measured with the DOM's own table API, and its outline. */
const MEASURE = `(() => {
  const pick = (r) => r && { left: r.left, top: r.top, width: r.width, height: r.height };
  const host = document.querySelector('govreport-highlight');
  const box = host?.shadowRoot?.querySelector('.box[data-target="1:5:8"]:not(.hidden)');
  return {
    hosts: document.querySelectorAll('govreport-highlight').length,
    box: pick(box?.getBoundingClientRect()) ?? null,
    cell: pick(document.getElementsByTagName('table')[1].rows[5].cells[8].getBoundingClientRect()),
  };
})()`;

type Rect = { left: number; top: number; width: number; height: number };
type Measure = { hosts: number; box: Rect | null; cell: Rect };

const skip = process.env.E2E_SKIP_FIREFOX === '1';
if (!skip && !firefoxAvailable()) {
  throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH, or E2E_SKIP_FIREFOX=1)`);
}

let server: FixtureServer;
let firefox: Firefox;

beforeAll(async () => {
  if (skip) return;
  server = await serveFixtures();
  firefox = await Firefox.launch({ blackhole: Number(new URL(server.origin).port) });
  console.log(`[e2e] Firefox ${firefox.version}`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function cliAudit(file: string) {
  const url = `${server.origin}/${file}`;
  return auditReport(readReport(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { url }), { url });
}

function expectSameRect(measure: Measure) {
  expect(measure.box).not.toBeNull();
  for (const side of ['left', 'top', 'width', 'height'] as const) {
    expect(Math.abs(measure.box![side] - measure.cell[side]), side).toBeLessThanOrEqual(2);
  }
}

/** A fresh report tab with the toolbar button pressed on it; returns the tab and its extension tab id. */
async function reportWithPopup(file: string): Promise<{ report: string; tabId: number }> {
  const report = await firefox.newTab(`${server.origin}/${file}`);
  const tabId = await firefox.clickToolbarButton(report);
  return { report, tabId };
}

describe.skipIf(skip)('Firefox ESR (WebDriver BiDi, dist/firefox-mv2)', () => {
  it('the toolbar button opens the real popup; from the keyboard a failing finding is shown on the page, Escape clears it', async () => {
    const { report } = await reportWithPopup(ROW_TOTAL);
    const failing = cliAudit(ROW_TOTAL).findings.filter((finding) => finding.outcome === 'fail');
    expect(failing.map((finding) => finding.checkId)).toEqual(['table3-row-total']);

    const popup = await until(
      () => firefox.actionPopup(),
      (value) => value !== null,
      'the popup panel',
    );
    expect(popup!.url).toBe(`moz-extension://${EXTENSION_UUID}/popup.html`);
    // The audit is done when the finding's button is in the popup's accessibility tree.
    const isFinding = (node: PopupAccessible) => node.role === 'pushbutton' && node.name.startsWith(failing[0]!.message.replace(/。$/, ''));
    const tree = await until(
      () => firefox.actionPopupAccessibles(),
      (nodes) => nodes.some(isFinding),
      'the finding in the popup',
    );
    expect(tree.find(isFinding)!.states).toContain('collapsed');
    expect(tree.some((node) => node.role === 'heading' && node.name.includes('平潭综合实验区2024年度政府信息公开工作年度报告'))).toBe(true);
    expect(tree.filter((node) => node.role === 'pagetab').map((node) => node.name)).toEqual(['问题', '表格']);
    await sleep(300);
    await firefox.actionPopupScreenshot('firefox-action-popup-zh');

    // Tab through the popup: every stop is a control; the finding is reached and Enter opens it.
    const stops: string[] = [];
    for (let i = 0; i < 15; i++) {
      await firefox.pressInActionPopup('Tab');
      const focused = (await firefox.actionPopupAccessibles()).find((node) => node.states.includes('focused'));
      stops.push(focused ? `${focused.role}:${focused.name.slice(0, 12)}` : 'none');
      if (focused && isFinding(focused)) break;
    }
    expect(stops.at(-1)).toMatch(/^pushbutton:表三/);
    expect(stops, stops.join(' | ')).not.toContain('none');
    await firefox.pressInActionPopup('Enter');
    await until(
      () => firefox.actionPopupAccessibles(),
      (nodes) => nodes.find(isFinding)?.states.includes('expanded') ?? false,
      'aria-expanded',
    );

    const shown = await until(
      () => firefox.evaluate<Measure>(report, MEASURE),
      (m) => m.box !== null,
      'the outline on the page',
    );
    expectSameRect(shown);
    await firefox.evaluate(report, 'window.scrollBy(0, 120)');
    expectSameRect(
      await until(
        () => firefox.evaluate<Measure>(report, MEASURE),
        (m) => m.box !== null && Math.abs(m.box.top - m.cell.top) <= 2,
        'the outline after scrolling',
      ),
    );
    await sleep(300);
    await firefox.actionPopupScreenshot('firefox-action-popup-expanded-zh');
    await firefox.screenshot(report, 'firefox-page-outline', 'viewport');

    // Escape closes the popup; its port closes with it and the page drops the outline.
    await firefox.pressInActionPopup('Escape');
    await until(
      () => firefox.actionPopup(),
      (value) => value === null,
      'the popup to close',
    );
    await until(
      () => firefox.evaluate<Measure>(report, MEASURE),
      (m) => m.hosts === 0,
      'the outline to go',
    );
    await firefox.bidi.send('browsingContext.close', { context: report });
  });

  it('the popup page lists the same findings as the CLI, shows the tables and English, outlines on click, exports JSON', async () => {
    const { report, tabId } = await reportWithPopup(ROW_TOTAL);
    await until(
      () => firefox.actionPopupAccessibles(),
      (nodes) => nodes.some((node) => node.role === 'pagetab'),
      'the popup',
    );
    const page = await firefox.newTab(`moz-extension://${EXTENSION_UUID}/popup.html?tabId=${tabId}`);
    try {
      expect(await firefox.waitFor(page, SETTLED)).toBe('count-error');
      const shown = await firefox.evaluate<{ checkId: string; outcome: string }[]>(page, ALL_FINDINGS);
      const outcomes = (list: { checkId: string; outcome: string }[]) => list.map((f) => `${f.checkId} ${f.outcome}`).sort();
      expect(outcomes(shown)).toEqual(outcomes(cliAudit(ROW_TOTAL).findings));

      await firefox.evaluate(page, `document.querySelector('[data-check-id=table3-row-total][data-outcome=fail] .finding-toggle').click()`);
      expectSameRect(
        await until(
          () => firefox.evaluate<Measure>(report, MEASURE),
          (m) => m.box !== null,
          'the outline',
        ),
      );
      const clip = await firefox.evaluate<{ x: number; y: number; width: number; height: number }>(
        page,
        `(() => { const r = document.querySelector('.popup').getBoundingClientRect(); return { x: 0, y: 0, width: Math.ceil(r.width), height: Math.ceil(r.height) }; })()`,
      );
      await firefox.screenshot(page, 'firefox-popup-page-findings-zh', 'document', clip);

      await firefox.evaluate(page, `document.querySelector('[data-testid=tab-tables]').click()`);
      const cell = await firefox.evaluate<{ text: string; failing: boolean }>(
        page,
        `(() => { const td = document.querySelector('[data-testid=table-3] td[data-origin="1:5:8"]'); return { text: td.textContent, failing: td.classList.contains('failing') }; })()`,
      );
      expect(cell).toEqual({ text: '72', failing: true });
      await firefox.evaluate(page, `document.querySelector('[data-testid=lang-switch]').click()`);
      await firefox.waitFor(page, `document.querySelector('[data-testid=tab-tables]').textContent === 'Tables'`);
      const tablesClip = await firefox.evaluate<typeof clip>(
        page,
        `(() => { const r = document.querySelector('.popup').getBoundingClientRect(); return { x: 0, y: 0, width: Math.ceil(r.width), height: Math.ceil(r.height) }; })()`,
      );
      await firefox.screenshot(page, 'firefox-popup-page-tables-en', 'document', tablesClip);
      await firefox.evaluate(page, `document.querySelector('[data-testid=lang-switch]').click()`);
      await firefox.waitFor(page, `document.querySelector('[data-testid=tab-tables]').textContent === '表格'`);

      // One export: the JSON the CLI computes, saved by Firefox's own download manager.
      await firefox.evaluate(page, `document.querySelector('[data-testid=export-menu]').click()`);
      await firefox.waitFor(page, `document.querySelector('[data-testid=export-json]')`);
      await firefox.evaluate(page, `document.querySelector('[data-testid=export-json]').click()`);
      // Firefox writes under a temporary name and renames when done: wait for the file by its name.
      const name = 'govreport-audit-平潭综合实验区-2024.json';
      await until(
        async () => readdirSync(firefox.downloads),
        (names) => names.includes(name),
        'the JSON download under its name',
      );
      const exported = AuditResult.parse(JSON.parse(readFileSync(join(firefox.downloads, name), 'utf8')));
      expect(outcomes(exported.findings)).toEqual(outcomes(cliAudit(ROW_TOTAL).findings));
      expect(exported.counts).toEqual(cliAudit(ROW_TOTAL).counts);
    } finally {
      await firefox.bidi.send('browsingContext.close', { context: page });
    }
    // The popup page that drew the outline is gone: so is the outline.
    await until(
      () => firefox.evaluate<Measure>(report, MEASURE),
      (m) => m.hosts === 0,
      'the outline to go',
    );
    await firefox.bidi.send('browsingContext.close', { context: report });
  });
});
