/**
 * The popup read at a glance, through the real toolbar action in Chromium: the verdict, counts that
 * follow dismissals and filter the list, a pre-form report that says it was checked only in part, a
 * sentence finding scrolled to its sentence, dismissals that survive `?from=list`, the status line
 * that never covers the report and goes, the tables tab (numbers whole, the wrong total apart), and
 * English with no internal keys. Writes the screenshots a reviewer looks at (first screen, a finding
 * open, the tables tab, English) to test-results/screenshots/glance-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionPopup, launchWithExtension, serveFixtures, sleep, type ExtensionBrowser, type FixtureServer } from './harness';

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

const SETTLED = `document.querySelector('[data-testid=verdict], [data-testid=not-report], [data-testid=error]')?.dataset.testid`;

async function open(path: string): Promise<{ page: Page; popup: ActionPopup }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'domcontentloaded' });
  const { popup } = await ActionPopup.open(browser, page);
  expect(await popup.waitFor<string>(SETTLED)).toBe('verdict');
  return { page, popup };
}

const text = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`;
const click = (selector: string) => `(document.querySelector(${JSON.stringify(selector)}).click(), true)`;
/** Numbers of the tables tab that wrap over two lines or do not fit their cell (the text is `raw`). */
const NUMBERS_BROKEN_OR_CUT = `[...document.querySelectorAll('td.cell.number, td.cell.zero')].filter((td) => {
  const range = document.createRange();
  range.selectNodeContents(td);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const lines = new Set(rects.map((r) => Math.round(r.top)));
  const box = td.getBoundingClientRect();
  return lines.size > 1 || rects.some((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5);
}).map((td) => td.textContent)`;
const count = (id: string) => `Number(document.querySelector('[data-testid=count-${id}] .n').textContent)`;

describe('the popup at a glance (Chromium, toolbar action)', () => {
  it('a report with a wrong total: verdict, count filters, dismissal, the finding and the tables', async () => {
    const { page, popup } = await open('pingtan-2024-mutated-row-total.html?from=list');
    expect(await popup.evaluate(text('.verdict-headline'))).toBe('发现 1 处错误');
    expect(await popup.evaluate(count('error'))).toBe(1);
    await popup.screenshot('glance-first-screen-zh');

    // A count is a filter: only passes listed, open; pressed again, everything back.
    await popup.evaluate(click('[data-testid=filter-pass]'));
    await popup.waitFor(`document.querySelector('[data-testid=filter-bar]')`);
    // Repeats of one check's pass are gathered under one line with their count.
    const listed = await popup.evaluate<{ outcomes: string[]; n: number }>(`(() => {
      const singles = [...document.querySelectorAll('li.finding')];
      const clusters = [...document.querySelectorAll('li.finding-cluster')];
      return { outcomes: singles.map((li) => li.dataset.outcome), n: singles.length + clusters.reduce((n, li) => n + Number(li.dataset.count), 0) };
    })()`);
    expect(listed.n).toBe(await popup.evaluate(count('pass')));
    expect(new Set(listed.outcomes)).toEqual(new Set(['pass']));
    await popup.screenshot('glance-filter-passes-zh');
    await popup.evaluate(click('[data-testid=filter-pass]'));
    await popup.waitFor(`!document.querySelector('[data-testid=filter-bar]')`);

    // The finding open: rule, values, cells.
    await popup.evaluate(click('.fail-error li.finding .finding-toggle'));
    await popup.waitFor(`document.querySelector('.fail-error li.finding .detail:not([hidden]) .evidence')`);
    await popup.evaluate(`document.querySelector('.fail-error li.finding').scrollIntoView({ block: 'start' })`);
    await popup.screenshot('glance-finding-open-zh');
    await popup.evaluate(`window.scrollTo(0, 0)`);

    // Dismissed: the counts and the verdict follow.
    await popup.evaluate(click('[data-testid=dismiss]'));
    await popup.evaluate(click('[data-testid=dismiss-confirm]'));
    await popup.waitFor(`${count('error')} === 0`);
    expect(await popup.evaluate(text('.verdict-headline'))).toBe('未发现问题');
    expect(await popup.evaluate(text('.verdict-details'))).toContain('已忽略 1 处');
    await popup.close();

    // The same report opened directly (no `?from=list`): the dismissal is still there.
    await page.goto(`${server.origin}/pingtan-2024-mutated-row-total.html#table3`, { waitUntil: 'domcontentloaded' });
    const again = (await ActionPopup.open(browser, page)).popup;
    expect(await again.waitFor<string>(SETTLED)).toBe('verdict');
    await again.waitFor(`document.querySelector('[data-testid=group-dismissed]')`);
    expect(await again.evaluate(count('error'))).toBe(0);
    await again.evaluate(click('[data-testid=group-dismissed] .group-toggle'));
    await again.evaluate(click('[data-testid=restore]'));
    await again.waitFor(`${count('error')} === 1`);

    // The tables tab: the wrong total apart from the cells it adds up; no number broken over lines.
    await again.evaluate(click('[data-testid=tab-tables]'));
    await again.waitFor(`document.querySelector('[data-testid=table-3] td.failing')`);
    const marks = await again.evaluate<{ total: string[]; operands: number }>(`({
      total: [...document.querySelectorAll('[data-testid=table-3] td.failing.total')].map((td) => td.textContent),
      operands: document.querySelectorAll('[data-testid=table-3] td.failing.operand').length,
    })`);
    expect(marks).toEqual({ total: ['72'], operands: 6 });
    expect(await again.evaluate<string[]>(NUMBERS_BROKEN_OR_CUT)).toEqual([]);
    await again.evaluate(`document.querySelector('[data-testid=table-3]').scrollIntoView({ block: 'start' })`);
    await again.screenshot('glance-tables-zh');

    // English: English names, no internal keys anywhere a person reads.
    await again.evaluate(click('[data-testid=lang-switch]'));
    await again.waitFor(`document.documentElement.lang === 'en'`);
    expect(await again.evaluate<string[]>(NUMBERS_BROKEN_OR_CUT)).toEqual([]);
    await again.evaluate(`document.querySelector('[data-testid=table-2]').scrollIntoView({ block: 'start' })`);
    await again.screenshot('glance-tables-en-table2');
    await again.evaluate(`document.querySelector('[data-testid=table-3]').scrollIntoView({ block: 'start' })`);
    await again.screenshot('glance-tables-en');
    await again.evaluate(click('[data-testid=tab-findings]'));
    await again.evaluate(click('.fail-error li.finding .finding-toggle'));
    await again.waitFor(`document.querySelector('.fail-error li.finding .detail:not([hidden]) .evidence')`);
    const english = await again.evaluate<string>(`document.body.innerText`);
    expect(english).toContain('1 error(s) found');
    expect(english).toContain('“Disclosed”');
    for (const key of ['otherOrg', 'column natural', 'row granted', '（government）', 'handledTotal']) expect(english).not.toContain(key);
    await again.evaluate(`document.querySelector('.fail-error li.finding').scrollIntoView({ block: 'start' })`);
    await again.screenshot('glance-english-finding');
    await again.evaluate(`window.scrollTo(0, 0)`);
    await again.screenshot('glance-english');
    await again.evaluate(click('[data-testid=lang-switch]'));
    await again.waitFor(`document.documentElement.lang === 'zh-CN'`);

    // The export status: a line of its own that covers nothing and goes.
    await again.evaluate(click('[data-testid=export-menu]'));
    await again.evaluate(click('[data-testid=export-summary]'));
    await again.waitFor(`document.querySelector('[data-testid=export-status]:not([hidden])')`);
    const overlap = await again.evaluate<boolean>(`(() => {
      const a = document.querySelector('[data-testid=export-status]').getBoundingClientRect();
      const b = document.querySelector('[data-testid=report-title]').getBoundingClientRect();
      return a.bottom > b.top && b.bottom > a.top;
    })()`);
    expect(overlap).toBe(false);
    await again.waitFor(`document.querySelector('[data-testid=export-status]').hidden`, 10_000);
    await again.close();
    await page.close();
  });

  it('a real report with many findings of one kind lists each kind once, with its count', async () => {
    const { page, popup } = await open('real/html/shuyang-fgj-2023.html');
    // No two lines of one open group are the same problem: repeats are gathered under one.
    const repeats = await popup.evaluate<
      string[]
    >(`[...document.querySelectorAll('.findings section.group:not(.collapsed)')].flatMap((group) => {
      const seen = new Map();
      for (const li of group.querySelectorAll(':scope > ul > li')) {
        const key = li.dataset.checkId;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      return [...seen].filter(([, n]) => n > 1).map(([key, n]) => key + '×' + n);
    })`);
    // A check may fail in different ways (different sentences); the same sentence is never listed twice.
    const sentences = await popup.evaluate<string[]>(`(() => {
      const lines = [...document.querySelectorAll('.findings section.group:not(.collapsed) > ul > li.finding .message')].map((m) => m.textContent.replace(/「[^」]*」/g, '「」').replace(/\\d+/g, '#'));
      return lines.filter((line, i) => lines.indexOf(line) !== i);
    })()`);
    expect(sentences).toEqual([]);
    console.log(`[e2e] shuyang-fgj-2023: checks listed more than once in a group (different sentences): ${repeats.join(', ') || 'none'}`);
    await popup.screenshot('glance-real-repeats-zh');
    await popup.close();
    await page.close();
  });

  it('a dismissal follows the page’s canonical link: made under another address, found under the canonical one', async () => {
    const alias = await open('alias/pingtan-2024-mutated-balance.html?id=7');
    await alias.popup.evaluate(click('.fail-error li.finding .finding-toggle'));
    await alias.popup.evaluate(click('[data-testid=dismiss]'));
    await alias.popup.evaluate(click('[data-testid=dismiss-confirm]'));
    await alias.popup.waitFor(`document.querySelector('[data-testid=group-dismissed]')`);
    await alias.popup.close();
    await alias.page.close();
    const direct = await open('pingtan-2024-mutated-balance.html');
    await direct.popup.waitFor(`document.querySelector('[data-testid=group-dismissed]')`);
    expect(await direct.popup.evaluate(text('[data-testid=group-dismissed] .group-count'))).toBe('1');
    await direct.popup.close();
    await direct.page.close();
  });

  it('a pre-form report says how little was checked instead of an all-clear', async () => {
    const { page, popup } = await open('pingtan-2018.html');
    expect(await popup.evaluate(text('.verdict-headline'))).toBe('本报告早于规定格式，只做了 3 项核对');
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid=verdict]').dataset.tone`)).toBe('limited');
    await popup.screenshot('glance-pre-form-zh');
    await popup.close();
    await page.close();
  });

  it('a finding about a sentence scrolls to the sentence, not to a table cell', async () => {
    const { page, popup } = await open('pingtan-2024-mutated-text-count.html');
    await popup.evaluate(click('li.finding[data-check-id=text-count-mismatch] .finding-toggle'));
    await popup.waitFor(`/\\d/.test(document.querySelector('[data-testid=locate-status]').textContent)`);
    await sleep(300);
    const where = await page.evaluate(() => {
      const root = document.querySelector('govreport-highlight')?.shadowRoot;
      const quote = root?.querySelector('.box.quote')?.getBoundingClientRect();
      return quote ? { top: quote.top, bottom: quote.bottom, height: innerHeight } : null;
    });
    expect(where).not.toBeNull();
    expect(where!.top).toBeGreaterThanOrEqual(0);
    expect(where!.bottom).toBeLessThanOrEqual(where!.height);
    await popup.close();
    await page.close();
  });
});
