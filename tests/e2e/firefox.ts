/**
 * Firefox ESR for the browser tests, driven over WebDriver BiDi (see bidi.ts): a fresh profile, the
 * built dist/firefox-mv2 installed as a temporary add-on through BiDi's `webExtension.install`, and
 * the browser's own (chrome-scope) JavaScript — allowed by `--remote-allow-system-access` — to press
 * the toolbar button the way a user's click does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BiDi } from './bidi';
import { saveScreenshot, sleep } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('dist/firefox-mv2');
export const EXTENSION_ID = 'govreport-audit@example.org';
/** Fixed through the profile, so the test knows the popup's moz-extension:// address in advance. */
export const EXTENSION_UUID = '6d0f3c55-8c1e-4c4b-9d63-2f5b7f1e0a11';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export interface PopupAccessible {
  role: string;
  name: string;
  states: ('focused' | 'expanded' | 'collapsed' | 'selected' | 'checked')[];
}

interface Remote {
  type: string;
  value?: unknown;
}

export class Firefox {
  private constructor(
    readonly bidi: BiDi,
    private readonly child: ChildProcess,
    private readonly profile: string,
    readonly downloads: string,
    readonly version: string,
  ) {}

  /**
   * `blackhole`: a local port that answers every proxied request with an error (the fixture server
   * does: 404 for plain HTTP, a closed socket for CONNECT).
   */
  static async launch({ blackhole }: { blackhole: number }): Promise<Firefox> {
    const extensionDir = realpathSync(FIREFOX_EXTENSION_DIR);
    const profile = mkdtempSync(join(tmpdir(), 'govreport-firefox-'));
    const downloads = join(profile, 'downloads');
    mkdirSync(downloads);
    const prefs: Record<string, string | number | boolean> = {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      // The saved pages embed third-party widgets: everything but the local fixture server goes to a
      // proxy that refuses it (Firefox never proxies 127.0.0.1), so the test does not use the network.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': blackhole,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': blackhole,
      'network.proxy.share_proxy_settings': true,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.shell.checkDefaultBrowser': false,
      'browser.aboutwelcome.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    };
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(prefs)
        .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
        .join('\n'),
    );
    const child = spawn(
      FIREFOX,
      ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
    );
    const url = await new Promise<string>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          done(match[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => fail(new Error(`Firefox exited (${code}) before BiDi was ready:\n${output}`)));
    });
    const bidi = await BiDi.connect(`${url}/session`);
    const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    return new Firefox(bidi, child, profile, downloads, session.capabilities.browserVersion);
  }

  /** Top-level content contexts (tabs), in tab order. */
  async tabs(): Promise<{ context: string; url: string }[]> {
    const { contexts } = await this.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    return contexts;
  }

  async chromeWindow(): Promise<string> {
    const { contexts } = await this.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
      maxDepth: 0,
      'moz:scope': 'chrome',
    });
    const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window in chrome scope');
    return window.context;
  }

  /** Runs `expression` (may await) in a context and returns its value through JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.bidi.send<{ type: string; result?: Remote; exceptionDetails?: { text: string } }>('script.evaluate', {
      target: { context },
      expression: `(async () => JSON.stringify(await (async () => (${expression}))() ?? null))()`,
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`in ${context}: ${result.exceptionDetails?.text}`);
    return JSON.parse(String(result.result?.value)) as T;
  }

  async waitFor<T>(context: string, expression: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(context, `(() => { try { return ${expression}; } catch { return null; } })()`).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting in ${context} for: ${expression}`);
      await sleep(50);
    }
  }

  async navigate(context: string, url: string): Promise<void> {
    try {
      await this.bidi.send('browsingContext.navigate', { context, url, wait: 'interactive' });
    } catch (error) {
      // A refused third-party frame can fail the command although the page itself loaded.
      const loaded = await this.waitFor(
        context,
        `location.href === ${JSON.stringify(url)} && document.readyState !== 'loading'`,
        10_000,
      ).catch(() => false);
      if (!loaded) throw error;
    }
  }

  async newTab(url: string): Promise<string> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await this.navigate(context, url);
    return context;
  }

  /**
   * Clicks the extension's toolbar button for the selected tab, through the browser's own
   * `triggerAction` — what Firefox runs for a click on the button or the action's keyboard shortcut:
   * it grants activeTab for the tab and opens the popup. Returns the extension's id of that tab.
   */
  async clickToolbarButton(context: string): Promise<number> {
    await this.bidi.send('browsingContext.activate', { context });
    return this.evaluate<number>(
      await this.chromeWindow(),
      `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(EXTENSION_ID)});
        const api = ExtensionParent.apiManager.global;
        const tabId = api.tabTracker.getId(gBrowser.selectedTab);
        api.browserActionFor(extension).triggerAction(window);
        return tabId;
      })()`,
    );
  }

  /** The open action popup's address and size (null when closed): it lives in the browser UI, not a tab. */
  async actionPopup(): Promise<{ url: string; width: number; height: number } | null> {
    return this.evaluate(
      await this.chromeWindow(),
      `(() => {
        const browser = document.querySelector('browser[webextension-view-type=popup]');
        return browser ? { url: browser.currentURI.spec, width: browser.clientWidth, height: browser.clientHeight } : null;
      })()`,
    );
  }

  /**
   * The real popup as assistive technology sees it: its interactive and heading nodes with their
   * accessible names and states, read from the browser's accessibility tree (the popup's document
   * lives in another process; the tree is how the browser UI itself reads it). Empty until it loaded.
   */
  async actionPopupAccessibles(): Promise<PopupAccessible[]> {
    return this.evaluate(
      await this.chromeWindow(),
      `(() => {
        const browser = document.querySelector('browser[webextension-view-type=popup]');
        if (!browser) return [];
        const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
        const S = Ci.nsIAccessibleStates;
        const flags = { focused: S.STATE_FOCUSED, expanded: S.STATE_EXPANDED, collapsed: S.STATE_COLLAPSED, selected: S.STATE_SELECTED, checked: S.STATE_CHECKED };
        const out = [];
        const walk = (node) => {
          if (!node || out.length > 2000) return;
          const role = service.getStringRole(node.role);
          if (['pushbutton', 'togglebutton', 'toggle button', 'pagetab', 'radiobutton', 'heading', 'menuitem'].includes(role)) {
            const state = {};
            node.getState(state, {});
            out.push({ role, name: node.name ?? '', states: Object.keys(flags).filter((name) => state.value & flags[name]) });
          }
          for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
        };
        walk(service.getAccessibleFor(browser));
        return out;
      })()`,
    );
  }

  /**
   * Presses keys in the real popup the way the keyboard does: focus on the popup, then key events
   * through the browser's text input processor, which routes them to the focused element inside.
   */
  async pressInActionPopup(...keys: ('Tab' | 'Enter' | 'Space' | 'Escape')[]): Promise<void> {
    const codes = { Tab: ['Tab', 'Tab', 9], Enter: ['Enter', 'Enter', 13], Space: [' ', 'Space', 32], Escape: ['Escape', 'Escape', 27] };
    await this.evaluate(
      await this.chromeWindow(),
      `(async () => {
        const browser = document.querySelector('browser[webextension-view-type=popup]');
        if (Services.focus.focusedElement !== browser) browser.focus();
        const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        tip.beginInputTransactionForTests(window);
        for (const [key, code, keyCode] of ${JSON.stringify(keys.map((key) => codes[key]))}) {
          const event = new KeyboardEvent('', { key, code, keyCode });
          tip.keydown(event);
          tip.keyup(event);
          await new Promise((done) => setTimeout(done, 30));
        }
        return true;
      })()`,
    );
  }

  /** A picture of the real popup panel, drawn by the browser from the popup's own process. */
  async actionPopupScreenshot(name: string): Promise<string> {
    const dataUrl = await this.evaluate<string>(
      await this.chromeWindow(),
      `(async () => {
        const browser = document.querySelector('browser[webextension-view-type=popup]');
        const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      })()`,
    );
    return saveScreenshot(name, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  }

  /** A screenshot of a tab: what its window shows, or (part of) its whole document in CSS pixels. */
  async screenshot(
    context: string,
    name: string,
    origin: 'viewport' | 'document',
    clip?: { x: number; y: number; width: number; height: number },
  ): Promise<string> {
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context,
      origin,
      ...(clip ? { clip: { type: 'box', ...clip } } : {}),
    });
    return saveScreenshot(name, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    // The process we spawned may have handed over to a relaunched browser: ask the browser to quit
    // itself, then make sure of both.
    let browserPid: number | null = null;
    try {
      browserPid = await this.evaluate<number>(await this.chromeWindow(), 'Services.appinfo.processID');
      await Promise.race([this.bidi.send('browser.close'), sleep(5_000)]);
    } catch {
      // Already gone.
    }
    this.bidi.close();
    await sleep(500);
    for (const pid of [this.child.pid, browserPid]) {
      if (!pid) continue;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited.
      }
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}
