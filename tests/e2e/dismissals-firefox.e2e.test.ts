/**
 * Firefox closes an action popup when a file dialog opens (bugzilla 1292701). In the real popup,
 * 「导入忽略标记」 therefore reopens the popup as a tab on the same report, where a file can be chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_UUID, Firefox, firefoxAvailable, FIREFOX } from './firefox';
import { serveFixtures, until, type FixtureServer } from './harness';

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
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe.skipIf(skip)('dismissals import in Firefox', () => {
  it('from the real popup, import reopens the popup as a tab on the same report', async () => {
    const report = await firefox.newTab(`${server.origin}/pingtan-2024-mutated-balance.html`);
    const tabId = await firefox.clickToolbarButton(report);
    const isImport = (node: { role: string; name: string }) => node.role === 'pushbutton' && node.name === '导入忽略标记';
    await until(
      () => firefox.actionPopupAccessibles(),
      (nodes) => nodes.some(isImport),
      'the import button in the popup',
    );

    // Tab to the button as a keyboard user would, then press it.
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await firefox.pressInActionPopup('Tab');
      const focused = (await firefox.actionPopupAccessibles()).find((node) => node.states.includes('focused'));
      reached = focused !== undefined && isImport(focused);
    }
    expect(reached).toBe(true);
    const before = (await firefox.tabs()).length;
    await firefox.pressInActionPopup('Enter');

    await until(
      () => firefox.actionPopup(),
      (popup) => popup === null,
      'the popup to close',
    );
    const isPopupTab = (tab: { url: string }) => tab.url.startsWith(`moz-extension://${EXTENSION_UUID}/popup.html`);
    const tabs = await until(
      () => firefox.tabs(),
      (list) => list.length === before + 1 && list.some(isPopupTab),
      'the popup as a tab',
    );
    const page = tabs.find(isPopupTab);
    expect(page?.url).toBe(`moz-extension://${EXTENSION_UUID}/popup.html?tabId=${tabId}`);
    // The tab audits the same report (the activeTab grant is the extension's, for that tab) and offers the import.
    const title = await firefox.waitFor<string>(
      page!.context,
      `document.querySelector('[data-testid=dismissals-import]') && document.querySelector('[data-testid=report-title]')?.textContent`,
    );
    expect(title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    // storage.local answered: no error in the dismissals' status line.
    expect(await firefox.evaluate<string>(page!.context, `document.querySelector('[data-testid=review-status]').textContent`)).toBe('');
    await firefox.bidi.send('browsingContext.close', { context: page!.context });
    await firefox.bidi.send('browsingContext.close', { context: report });
  });
});
