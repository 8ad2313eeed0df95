/** Opens a check's bundled page (`check-doc.html?id=…`) in a new tab. */
import { browser } from 'wxt/browser';

/** The extension page (entrypoints/check-doc) that shows one check's page. */
export function checkDocPath(id: string): string {
  return `/check-doc.html?id=${encodeURIComponent(id)}`;
}

export function checkDocUrl(id: string): string {
  const getURL = browser.runtime.getURL as (path: string) => string;
  return getURL(checkDocPath(id));
}

export async function openCheckDoc(id: string): Promise<void> {
  await browser.tabs.create({ url: checkDocUrl(id) });
}
