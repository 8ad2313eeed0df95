/**
 * Remembers the popup's language: in `storage.local` when the extension has the `storage` permission,
 * else in the popup page's own localStorage (same origin for every popup of this extension).
 */
import { browser } from 'wxt/browser';
import { parseLang, type Lang } from './index';

const STORAGE_KEY = 'govreport-lang';

/** `browser.storage` exists only once the manifest asks for the `storage` permission. */
function storageLocal(): { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } | null {
  const storage = (browser as unknown as { storage?: { local?: unknown } } | undefined)?.storage;
  return (storage?.local as ReturnType<typeof storageLocal>) ?? null;
}

export async function loadLang(): Promise<Lang> {
  try {
    const local = storageLocal();
    if (local) return parseLang((await local.get(STORAGE_KEY))[STORAGE_KEY]);
    return parseLang(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return 'zh';
  }
}

export async function saveLang(lang: Lang): Promise<void> {
  try {
    const local = storageLocal();
    if (local) await local.set({ [STORAGE_KEY]: lang });
    else globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // A choice that cannot be remembered still applies to this popup.
  }
}
