/**
 * "Show it on the page" and the popup's views in Chromium: a finding clicked (or entered from the
 * keyboard) in the real action popup outlines its cells on the report page, the outline stays on the
 * cell through page and container scrolls, and goes when the popup closes; quoted sentences are found
 * in the page text; the tables tab marks the failing cell; the popup speaks Chinese and English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { readReport } from '../../src/core/audit/read';
import { highlightInPage, type PageHighlightArgs } from '../../src/popup/highlight/page-highlight';
import { compactText, quoteTarget } from '../../src/popup/highlight/targets';
import {
  ActionPopup,
  FIXTURES_DIR,
  launchWithExtension,
  saveScreenshot,
  serveFixtures,
  withGroupsOpen,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const ROW_TOTAL = 'pingtan-2024-mutated-row-total.html';
/** The failing 总计 of row R03 in table 3 (README's example finding). */
const TARGET = { table: 1, row: 5, cell: 8 };
const TARGET_KEY = `${TARGET.table}:${TARGET.row}:${TARGET.cell}`;
const SETTLED = `document.querySelector('[data-testid=count-error], [data-testid=not-report], [data-testid=error]')`;
const FINDING = `[data-check-id=table3-row-total][data-outcome=fail] .finding-toggle`;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension(server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openReport(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
  return page;
}

async function openPopup(page: Page): Promise<ActionPopup> {
  const { popup } = await ActionPopup.open(browser, page);
  expect(await popup.waitFor<string>(`${SETTLED}?.dataset.testid`)).toBe('count-error');
  return popup;
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The outline drawn for `key` (null when absent or clipped away) and, computed independently of the
 * extension with the DOM's own table API, the rectangle of the cell it should cover.
 */
function measure(page: Page, origin = TARGET) {
  return page.evaluate(({ table, row, cell }) => {
    const pick = (r: DOMRect) => ({ left: r.left, top: r.top, width: r.width, height: r.height });
    const host = document.querySelector('govreport-highlight');
    const box = host?.shadowRoot?.querySelector(`.box[data-target="${table}:${row}:${cell}"]`);
    const element = (document.getElementsByTagName('table')[table] as HTMLTableElement).rows[row]!.cells[cell]!;
    return {
      hosts: document.querySelectorAll('govreport-highlight').length,
      box: box && !box.classList.contains('hidden') ? pick(box.getBoundingClientRect()) : null,
      boxes: host?.shadowRoot?.querySelectorAll('.box').length ?? 0,
      cell: pick(element.getBoundingClientRect()),
      text: element.textContent?.trim(),
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, origin);
}

function expectSameRect(box: Rect | null, cell: Rect) {
  expect(box).not.toBeNull();
  for (const side of ['left', 'top', 'width', 'height'] as const) {
    expect(Math.abs(box![side] - cell[side]), `${side}: outline ${box![side]} vs cell ${cell[side]}`).toBeLessThanOrEqual(2);
  }
}

/** Waits until the outline covers the cell again (scroll handlers run after the scroll). */
async function expectOutlineOnCell(page: Page) {
  await expect
    .poll(async () => {
      const { box, cell } = await measure(page);
      return box !== null && ['left', 'top', 'width', 'height'].every((side) => Math.abs(box[side as 'left'] - cell[side as 'left']) <= 2);
    })
    .toBe(true);
  const { box, cell } = await measure(page);
  expectSameRect(box, cell);
  return cell;
}

describe('show a finding on the page (Chromium)', () => {
  it('outlines the failing cell after a click in the real popup, follows scrolling, and goes when the popup closes', async () => {
    const page = await openReport(ROW_TOTAL);
    // Table 3 in a short scroll box of its own: scrolling to the cell must scroll the box and the window.
    await page.evaluate(() => {
      const table = document.getElementsByTagName('table')[1]!;
      const scroller = document.createElement('div');
      scroller.id = 'scroller';
      scroller.style.cssText = 'height: 160px; overflow: auto; border: 1px solid #888;';
      table.before(scroller);
      scroller.append(table);
      window.scrollTo(0, 0);
    });
    const popup = await openPopup(page);
    try {
      expect(await measure(page).then((m) => m.hosts)).toBe(0);
      await popup.evaluate(`document.querySelector(${JSON.stringify(FINDING)}).click()`);
      expect(await popup.evaluate<string>(`document.querySelector(${JSON.stringify(FINDING)}).getAttribute('aria-expanded')`)).toBe('true');

      const cell = await expectOutlineOnCell(page);
      const first = await measure(page);
      expect(first.text).toBe('72');
      expect(first.hosts).toBe(1);
      // All seven cells of the row total: 总计 and the six applicant columns.
      expect(first.boxes).toBe(7);
      // Scrolled into view: in the window and inside the scroll box.
      expect(cell.top).toBeGreaterThanOrEqual(0);
      expect(cell.top + cell.height).toBeLessThanOrEqual(first.viewport.height);
      const scroller = await page.evaluate(() => {
        const r = document.getElementById('scroller')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, scrollTop: document.getElementById('scroller')!.scrollTop };
      });
      expect(scroller.scrollTop).toBeGreaterThan(0);
      expect(cell.top).toBeGreaterThanOrEqual(scroller.top - 1);
      expect(cell.top + cell.height).toBeLessThanOrEqual(scroller.bottom + 1);
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=locate-status]').textContent`)).toContain('7');

      // The page scrolls: the outline moves with the document.
      await page.evaluate(() => window.scrollBy(0, 90));
      const scrolled = await expectOutlineOnCell(page);
      expect(Math.abs(scrolled.top - (cell.top - 90))).toBeLessThanOrEqual(2);

      // The scroll box scrolls: the outline is recomputed.
      await page.evaluate(() => {
        document.getElementById('scroller')!.scrollTop -= 25;
      });
      const inner = await expectOutlineOnCell(page);
      expect(Math.abs(inner.top - (scrolled.top + 25))).toBeLessThanOrEqual(2);

      // The cell scrolled out of its box: no outline floats over the text around the box.
      await page.evaluate(() => {
        const box = document.getElementById('scroller')!;
        box.scrollTop = box.scrollHeight;
      });
      await expect.poll(async () => (await measure(page)).box).toBeNull();
      await page.evaluate(() => {
        document.getElementById('scroller')!.scrollTop = 0;
        document.getElementsByTagName('table')[1]!.rows[5]!.cells[8]!.scrollIntoView({ block: 'center' });
      });
      await expectOutlineOnCell(page);
      saveScreenshot('page-outline-row-total', await page.screenshot());

      // The page's styles are untouched: the overlay lives in its own shadow root.
      const styles = await page.evaluate(() => {
        const host = document.querySelector('govreport-highlight')!;
        return { shadow: host.shadowRoot !== null, position: getComputedStyle(host).position, sheets: document.styleSheets.length };
      });
      expect(styles.shadow).toBe(true);
      expect(styles.position).toBe('absolute');

      await popup.close();
      await expect.poll(async () => (await measure(page)).hosts, { timeout: 10_000 }).toBe(0);
    } finally {
      await popup.detach();
      await page.close();
    }
  });

  it('works from the keyboard: Tab reaches the finding with a visible focus, Enter shows it, arrows switch to the tables', async () => {
    const page = await openReport(ROW_TOTAL);
    const popup = await openPopup(page);
    try {
      const focused = `(() => { const el = document.activeElement; return el ? (el.matches(${JSON.stringify(FINDING)}) ? 'FINDING' : (el.getAttribute('data-testid') || el.className || el.tagName)) : null; })()`;
      const focusVisible = `(() => { const el = document.activeElement; const target = el.closest('label') || el; return getComputedStyle(target).outlineStyle !== 'none' && getComputedStyle(target).outlineWidth !== '0px'; })()`;
      const visited: string[] = [];
      for (let i = 0; i < 30; i++) {
        await popup.press('Tab');
        const name = await popup.evaluate<string>(focused);
        visited.push(name);
        expect(await popup.evaluate<boolean>(focusVisible), `focus visible on ${name}`).toBe(true);
        if (name === 'FINDING') break;
      }
      expect(visited).toContain('lang-switch');
      expect(visited).toContain('tab-findings');
      expect(visited).toContain('group-by-severity');
      expect(visited.at(-1)).toBe('FINDING');

      await popup.press('Enter');
      expect(await popup.evaluate<string>(`document.activeElement.getAttribute('aria-expanded')`)).toBe('true');
      await expectOutlineOnCell(page);
      await popup.press('Space');
      expect(await popup.evaluate<string>(`document.activeElement.getAttribute('aria-expanded')`)).toBe('false');
      await popup.press('Space');
      expect(await popup.evaluate<string>(`document.activeElement.getAttribute('aria-expanded')`)).toBe('true');
      await popup.screenshot('popup-findings-zh');

      // Tabs: one tab stop, arrows move between them and select.
      await popup.evaluate(`document.querySelector('[data-testid=tab-findings]').focus()`);
      await popup.press('ArrowRight');
      expect(await popup.evaluate<string>(`document.activeElement.dataset.testid`)).toBe('tab-tables');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=tab-tables]').getAttribute('aria-selected')`)).toBe('true');
      expect(await popup.evaluate<boolean>(`document.getElementById('panel-tables').hidden`)).toBe(false);
      expect(await popup.evaluate<boolean>(`document.getElementById('panel-findings').hidden`)).toBe(true);
      const failing = await popup.evaluate<{ text: string; failing: boolean; count: number }>(`(() => {
        const cell = document.querySelector('[data-testid=table-3] td[data-origin="${TARGET_KEY}"]');
        return { text: cell.textContent, failing: cell.classList.contains('failing'), count: document.querySelectorAll('[data-testid=table-3] td.failing').length };
      })()`);
      expect(failing).toEqual({ text: '72', failing: true, count: 7 });
      expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid=table-3] tbody tr:not(.group-row)').length`)).toBe(25);
      expect(await popup.evaluate<number>(`document.querySelectorAll('[data-testid=table-2] td.notInForm').length`)).toBe(20);
      await popup.screenshot('popup-tables-zh');

      // A failing cell of the tables view is a button that shows that cell alone.
      for (let i = 0; i < 20; i++) {
        await popup.press('Tab');
        if (await popup.evaluate<boolean>(`document.activeElement.closest('td')?.dataset.origin === '${TARGET_KEY}'`)) break;
      }
      expect(await popup.evaluate<boolean>(`document.activeElement.closest('td')?.dataset.origin === '${TARGET_KEY}'`)).toBe(true);
      await popup.press('Enter');
      await expect.poll(async () => (await measure(page)).boxes).toBe(1);
      await expectOutlineOnCell(page);

      // English, remembered for the next popup.
      await popup.evaluate(`document.querySelector('[data-testid=lang-switch]').click()`);
      await popup.waitFor(`document.querySelector('[data-testid=tab-tables]').textContent === 'Tables'`);
      expect(await popup.evaluate<string>(`document.documentElement.lang`)).toBe('en');
      await popup.screenshot('popup-tables-en');
      await popup.evaluate(`document.querySelector('[data-testid=tab-findings]').click()`);
      const english = await popup.evaluate<string>(`document.querySelector(${JSON.stringify(FINDING)}).textContent`);
      expect(english).toContain('does not hold');
      await popup.screenshot('popup-findings-en');
    } finally {
      await popup.close().catch(() => undefined);
      await popup.detach();
      await page.close();
    }

    // The next popup opens in English, grouped by section when asked.
    const again = await openReport(ROW_TOTAL);
    const next = await openPopup(again);
    try {
      expect(await next.evaluate<string>(`document.querySelector('[data-testid=tab-findings]').textContent`)).toBe('Findings');
      await next.evaluate(`document.querySelector('[data-testid=group-by-section]').click()`);
      const groups = await next.evaluate<string[]>(`[...document.querySelectorAll('.findings > section')].map((s) => s.dataset.testid)`);
      expect(groups).toContain('group-section-tables');
      expect(groups.at(-1)).toBe('group-not-applicable');
      expect(
        await next.evaluate<number>(
          `document.querySelectorAll('[data-testid=group-section-tables] li[data-check-id=table3-row-total][data-outcome=fail]').length`,
        ),
      ).toBe(1);
      await next.screenshot('popup-by-section-en');
      // Back to Chinese for whoever opens the popup next.
      await next.evaluate(`document.querySelector('[data-testid=lang-switch]').click()`);
      await next.waitFor(`document.querySelector('[data-testid=tab-findings]').textContent === '问题'`);
      await next.screenshot('popup-by-section-zh');
    } finally {
      await next.close().catch(() => undefined);
      await next.detach();
      await again.close();
    }
  });

  it('finds a quoted sentence in the page text across inline elements and full-width forms, and outlines it', async () => {
    const file = 'pingtan-2024.html';
    const page = await openReport(file);
    try {
      const report = readReport(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
      // A stretch that starts at a printed full-width 「（一）」 (「(一)」 after NFKC) and runs into the next sentence.
      const index = report.blocks.findIndex((block) => block.kind === 'text' && block.text.startsWith('(一)主动公开方面'));
      expect(index).toBeGreaterThan(0);
      const text = (report.blocks[index] as { text: string }).text;
      const quote = { text: text.slice(0, 40), block: index, start: 0 };
      const args: PageHighlightArgs = {
        cells: [],
        quotes: [quoteTarget(report, quote)],
        tables: [],
        label: 'quote',
        portName: 'govreport-highlight:test',
        connectTimeoutMs: 10_000,
        hostTag: 'govreport-highlight',
      };
      const result = await page.evaluate(highlightInPage, args);
      expect(result).toEqual({ cells: 0, quotes: 1, tables: 0, missing: 0 });
      // Hit-test the page under the first and last outlined line: the characters there open and close the quote.
      const ends = await page.evaluate(() => {
        const boxes = [...document.querySelector('govreport-highlight')!.shadowRoot!.querySelectorAll('.box.quote')];
        // Near a glyph's left edge the caret falls before it, near its right edge after it.
        const charAt = (x: number, y: number, side: 'after' | 'before') => {
          const range = document.caretRangeFromPoint(x, y);
          const node = range?.startContainer;
          if (node?.nodeType !== Node.TEXT_NODE) return null;
          const at = range!.startOffset;
          return (node as Text).data.slice(side === 'after' ? at : at - 1, side === 'after' ? at + 1 : at);
        };
        const first = boxes[0]!.getBoundingClientRect();
        const last = boxes.at(-1)!.getBoundingClientRect();
        return {
          lines: boxes.length,
          top: first.top,
          viewport: innerHeight,
          first: charAt(first.left + 2, first.top + first.height / 2, 'after'),
          last: charAt(last.right - 2, last.top + last.height / 2, 'before'),
        };
      });
      expect(ends.lines).toBeGreaterThanOrEqual(1);
      expect(ends.top).toBeGreaterThanOrEqual(0);
      expect(ends.top).toBeLessThan(ends.viewport);
      expect(compactText(ends.first ?? '')).toBe(compactText(quote.text)[0]);
      expect(compactText(ends.last ?? '')).toBe(compactText(quote.text).at(-1));
      saveScreenshot('page-outline-quote', await page.screenshot());

      // Not on the page: nothing drawn, and the previous outline is gone.
      const missing = await page.evaluate(highlightInPage, { ...args, quotes: [{ text: '本页没有的句子', context: '', offset: 0 }] });
      expect(missing).toEqual({ cells: 0, quotes: 0, tables: 0, missing: 1 });
      expect(await page.evaluate(() => document.querySelectorAll('govreport-highlight').length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a finding about a whole table outlines the table; one about a section outlines its heading', async () => {
    const page = await openReport('pingtan-2024-mutated-truncated-table3.html');
    const popup = await openPopup(page);
    try {
      await popup.evaluate(`document.querySelector('[data-check-id=table-incomplete][data-outcome=fail] .finding-toggle').click()`);
      await expect
        .poll(() =>
          page.evaluate(
            () => !!document.querySelector('govreport-highlight')?.shadowRoot?.querySelector('.box.table[data-target="table:1"]'),
          ),
        )
        .toBe(true);
      const rects = await page.evaluate(() => {
        const box = document.querySelector('govreport-highlight')!.shadowRoot!.querySelector('.box.table')!.getBoundingClientRect();
        const table = document.getElementsByTagName('table')[1]!.getBoundingClientRect();
        return {
          box: { left: box.left, top: box.top, width: box.width, height: box.height },
          table: { left: table.left, top: table.top, width: table.width, height: table.height },
        };
      });
      expectSameRect(rects.box, rects.table);

      // Section 三 is present: its pass finding points at the heading 「三、收到和处理政府信息公开申请情况」.
      await popup.evaluate(
        withGroupsOpen(`[...document.querySelectorAll('li[data-check-id=section-missing][data-outcome=pass]')]
          .find((li) => li.textContent.includes('收到和处理'))
          .querySelector('.finding-toggle')
          .click()`),
      );
      await expect
        .poll(() =>
          page.evaluate(() => {
            const box = document.querySelector('govreport-highlight')?.shadowRoot?.querySelector('.box.quote');
            if (!box) return null;
            const r = box.getBoundingClientRect();
            return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.textContent?.replace(/\s/g, '') ?? null;
          }),
        )
        .toContain('收到和处理政府信息公开申请情况');
      expect(
        await page.evaluate(() => document.querySelector('govreport-highlight')!.shadowRoot!.querySelectorAll('.box.table').length),
      ).toBe(0);
    } finally {
      await popup.close().catch(() => undefined);
      await popup.detach();
      await page.close();
    }
  });

  // Quotes come from the prose checks; any fixture with a failing quoted finding is clicked for real.
  const quoted = readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const audit = auditReport(readReport(readFileSync(join(FIXTURES_DIR, name), 'utf8')));
      const finding = audit.findings.find((f) => f.outcome === 'fail' && f.evidence.quotes.length > 0);
      return finding && { name, checkId: finding.checkId, index: audit.findings.indexOf(finding) };
    })
    .find(Boolean);

  it.skipIf(!quoted)('outlines the quoted sentence of a failing prose finding clicked in the popup', async () => {
    const page = await openReport(quoted!.name);
    const popup = await openPopup(page);
    try {
      const selector = `li.finding[data-index="${quoted!.index}"] .finding-toggle`;
      expect(await popup.evaluate<string>(`document.querySelector('${selector}').closest('li').dataset.checkId`)).toBe(quoted!.checkId);
      await popup.evaluate(`document.querySelector('${selector}').click()`);
      await expect
        .poll(() =>
          page.evaluate(
            () => document.querySelector('govreport-highlight')?.shadowRoot?.querySelectorAll('.box.quote:not(.hidden)').length ?? 0,
          ),
        )
        .toBeGreaterThan(0);
      await popup.screenshot('popup-quote-finding');
      saveScreenshot('page-outline-quote-finding', await page.screenshot());
      await popup.close();
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('govreport-highlight').length), { timeout: 10_000 }).toBe(0);
    } finally {
      await popup.detach();
      await page.close();
    }
  });
});
