/**
 * Firefox closes an action popup as soon as a file dialog opens (bugzilla 1292701), and the chosen
 * file never arrives. There, the popup reopens itself as a tab on the same report (`?tabId=`), where
 * the dialog is safe, and the reviewer chooses the file again.
 */
import { browser } from 'wxt/browser';
import { tabIdFromQuery } from './read-tab';

export function filePickerClosesPopup(): boolean {
  const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return isFirefox && tabIdFromQuery(location.search) === null;
}

export async function reopenAsTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const getURL = browser.runtime.getURL as (path: string) => string;
  await browser.tabs.create({ url: getURL(`/popup.html?tabId=${tab.id}`) });
  window.close();
}
