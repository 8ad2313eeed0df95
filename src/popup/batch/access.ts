/**
 * Reading the list's other pages needs access to its site. The toolbar click's activeTab grant covers
 * that in Chromium; where it does not, the popup asks for that one site as an optional host permission
 * (never a permanent one), from the user's click.
 */
import { browser } from 'wxt/browser';

/** The match pattern for the page's site: scheme and host (patterns carry no port). */
export function sitePattern(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether the popup can already read pages of the site: granted before, or the activeTab grant reaches fetches. */
export async function canReadSite(pageUrl: string): Promise<boolean> {
  try {
    if (await browser.permissions.contains({ origins: [sitePattern(pageUrl)] })) return true;
  } catch {
    // An origin the browser will not even name in a pattern: try the request itself.
  }
  try {
    const response = await fetch(pageUrl, { credentials: 'omit', cache: 'no-store' });
    void response.body?.cancel().catch(() => undefined);
    return response.type !== 'opaque';
  } catch {
    return false;
  }
}

/** Must be called straight from the click handler: browsers grant a request only during a user gesture. */
export function requestSite(pageUrl: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [sitePattern(pageUrl)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
