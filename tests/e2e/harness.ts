/**
 * Browser-test plumbing: a fixture server, Debian Chromium with the built extension, and a raw
 * DevTools session to the real action popup (Playwright does not expose action popups as pages).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/** `expression`, for the popup in any browser, evaluated once every collapsed group is open: their items are built only then. */
export const withGroupsOpen = (expression: string) => `(async () => {
  document.querySelectorAll('.group-toggle[aria-expanded=false]').forEach((button) => button.click());
  await new Promise((rendered) => setTimeout(rendered));
  return ${expression};
})()`;

/** Every finding the popup lists, as `{ checkId, outcome }`. */
export const ALL_FINDINGS = withGroupsOpen(
  `[...document.querySelectorAll('li.finding')].map((li) => ({ checkId: li.dataset.checkId, outcome: li.dataset.outcome }))`,
);

export const EXTENSION_DIR = realpathSync(resolve('dist/chrome-mv3'));
export const FIXTURES_DIR = resolve('tests/fixtures');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves tests/fixtures/*.html and the real reports' pages (tests/fixtures/real/html/*.html as `real/html/<name>`) by name, and nothing else. */
export async function serveFixtures(): Promise<FixtureServer> {
  const files = new Set([
    ...readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.html')),
    ...readdirSync(join(FIXTURES_DIR, 'real/html'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => `real/html/${name}`),
  ]);
  const server = http.createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
    // `alias/<name>`: the same page under another address, naming `/<name>` as its canonical link.
    const alias = path.startsWith('alias/') ? path.slice('alias/'.length) : null;
    const name = alias ?? path;
    if (!files.has(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const html = readFileSync(join(FIXTURES_DIR, name));
    response.end(alias === null ? html : Buffer.concat([Buffer.from(`<link rel="canonical" href="/${name}">`), html]));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Browser-level DevTools session: the Extensions and Target domains live there. */
  session: CDPSession;
  extensionId: string;
  /** The extension whose popup is a single script (`withBlankPopup`). */
  blankPopupExtensionId?: string;
  close(): Promise<void>;
}

/**
 * An extension whose popup does nothing but mark `first-script`: the time from the toolbar click to
 * that mark is the browser's own, the floor under every popup's timing on this machine.
 */
function writeBlankPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-blank-popup-'));
  const manifest = { manifest_version: 3, name: 'blank popup', version: '1.0', action: { default_popup: 'popup.html' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="first-script.js"></script>');
  writeFileSync(join(dir, 'first-script.js'), "performance.mark('first-script');");
  return realpathSync(dir);
}

/**
 * `userDataDir`: a profile the caller owns and keeps across launches (a browser restart); without it
 * a fresh one is made and removed on close. `withBlankPopup`: also load the blank-popup extension.
 */
export async function launchWithExtension(
  allowedOrigin: string,
  options: { userDataDir?: string; withBlankPopup?: boolean } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'govreport-e2e-'));
  const blankPopupDir = options.withBlankPopup ? writeBlankPopupExtension() : null;
  const extensionDirs = [EXTENSION_DIR, ...(blankPopupDir ? [blankPopupDir] : [])].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Chromium ≥ 132 runs `--headless` as the new headless mode, which loads extensions.
    headless: process.env.HEADED !== '1',
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionDirs}`,
      `--load-extension=${extensionDirs}`,
      // Unlocks the DevTools Extensions domain (getExtensions, triggerAction) over the pipe.
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The saved pages still embed third-party widgets; the test must not depend on the network.
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== allowedOrigin,
    (route) => route.abort(),
  );
  const browser = context.browser();
  if (!browser) throw new Error('persistent context has no Browser object');
  const session = await browser.newBrowserCDPSession();
  const { extensions } = await session.send('Extensions.getExtensions');
  const idOf = (dir: string) => {
    const extension = extensions.find((candidate) => candidate.path === dir);
    if (!extension) throw new Error(`extension ${dir} not loaded; Chromium lists: ${JSON.stringify(extensions)}`);
    return extension.id;
  };
  return {
    context,
    session,
    extensionId: idOf(EXTENSION_DIR),
    ...(blankPopupDir ? { blankPopupExtensionId: idOf(blankPopupDir) } : {}),
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      if (blankPopupDir) rmSync(blankPopupDir, { recursive: true, force: true });
    },
  };
}

/** `Extensions.triggerAction` wants the tab target, not the page target Playwright knows. */
export async function tabTargetId(session: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const matches = targetInfos.filter((target) => target.url === page.url());
  const active = matches.find((target) => (target as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
  const target = active ?? matches[0];
  if (!target) throw new Error(`no tab target for ${page.url()}`);
  return target.targetId;
}

async function popupTargetIds(session: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await session.send('Target.getTargets');
  return targetInfos
    .filter((target) => target.type === 'page' && target.url.startsWith(`chrome-extension://${extensionId}/popup.html`))
    .map((target) => target.targetId);
}

/**
 * The popup the toolbar click opens. Reached through `Target.sendMessageToTarget` because a flat
 * child session would carry a sessionId that Playwright's CDPSession does not route.
 */
export class ActionPopup {
  private nextId = 1;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  private readonly listener = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    this.pending.get(message.id)?.(message);
    this.pending.delete(message.id);
  };

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
    /** The popup's page target: closing it is the user closing the popup. */
    readonly targetId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', this.listener);
  }

  /** Clicks the toolbar action of `extensionId` (ours unless told) on `page`'s tab and attaches to the popup it opens. */
  static async open(
    browser: ExtensionBrowser,
    page: Page,
    extensionId = browser.extensionId,
  ): Promise<{ popup: ActionPopup; triggeredAt: number }> {
    const { session } = browser;
    await page.bringToFront();
    const before = new Set(await popupTargetIds(session, extensionId));
    const targetId = await tabTargetId(session, page);
    const triggeredAt = performance.now();
    await session.send('Extensions.triggerAction', { id: extensionId, targetId });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const fresh = (await popupTargetIds(session, extensionId)).find((id) => !before.has(id));
      if (fresh) {
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: fresh, flatten: false });
        return { popup: new ActionPopup(session, sessionId, fresh), triggeredAt };
      }
      if (Date.now() > deadline) throw new Error('the action popup did not open');
      await sleep(20);
    }
  }

  private async send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((done) => this.pending.set(id, done));
    await this.session.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as T;
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value?: unknown };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  /**
   * When the popup's navigation started and each of its performance marks fell, in ms after the click
   * (`triggeredAt` from `open`): both clocks read the machine's wall clock.
   */
  async timeline(triggeredAt: number): Promise<{ opened: number; marks: Record<string, number> }> {
    const { origin, marks } = await this.evaluate<{ origin: number; marks: [string, number][] }>(
      `({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime]) })`,
    );
    const opened = origin - (performance.timeOrigin + triggeredAt);
    return { opened, marks: Object.fromEntries(marks.map(([name, at]) => [name, opened + at])) };
  }

  /** Polls until `expression` is truthy in the popup (its document may not exist yet at first). */
  async waitFor<T>(expression: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(`(() => { try { return ${expression}; } catch { return null; } })()`);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting in the popup for: ${expression}`);
      await sleep(20);
    }
  }

  async screenshot(name: string): Promise<string> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return saveScreenshot(name, Buffer.from(data, 'base64'));
  }

  /**
   * A real key press in the popup (focus moves, buttons activate), as `Input.dispatchKeyEvent` delivers
   * it to the focused element. `shift` for Shift+Tab.
   */
  async press(key: keyof typeof KEYS, { shift = false } = {}): Promise<void> {
    const def: { key: string; code: string; windowsVirtualKeyCode: number; text?: string } = KEYS[key];
    const modifiers = shift ? 8 : 0;
    await this.send('Input.dispatchKeyEvent', { type: def.text ? 'keyDown' : 'rawKeyDown', modifiers, ...def });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, ...def });
  }

  /** Closes the popup as the user would (click elsewhere / Escape): its page and ports go away. */
  async close(): Promise<void> {
    this.session.off('Target.receivedMessageFromTarget', this.listener);
    await this.session.send('Target.closeTarget', { targetId: this.targetId });
  }

  async detach(): Promise<void> {
    this.session.off('Target.receivedMessageFromTarget', this.listener);
    await this.session.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

const KEYS = {
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
  Space: { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' },
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', windowsVirtualKeyCode: 37 },
} as const satisfies Record<string, { key: string; code: string; windowsVirtualKeyCode: number; text?: string }>;

export function saveScreenshot(name: string, png: Buffer): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Probes until `test` holds; the last value probed is in the timeout's message. */
export async function until<T>(probe: () => Promise<T>, test: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}
