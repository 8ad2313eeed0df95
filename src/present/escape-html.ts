/**
 * Escaping for the printable HTML: every piece of report text goes through `escapeHtml`, in element
 * content and in quoted attribute values alike, so a page that contains markup stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
