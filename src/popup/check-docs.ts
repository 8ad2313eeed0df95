/**
 * The check pages (docs/checks/<id>.md), bundled as text at build time so the extension shows them
 * without the network. Keyed by check id.
 */
const FILES = import.meta.glob<string>('/docs/checks/*.md', { query: '?raw', eager: true, import: 'default' });

export const CHECK_DOCS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FILES).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1, -'.md'.length), text]),
);
