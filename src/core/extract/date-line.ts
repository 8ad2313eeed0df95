/** Text that gives a date (「发布日期：2025-03-10」「时间：2025-03-10 15:35」). */
export const DATE_LINE = /(发布|成文|印发|公开)?(日期|时间)\s*[:：]\s*\d{4}/;

/** A short line giving a date: what the identity reader searches for the publication date. */
export function isDateLine(text: string): boolean {
  return text.length < 120 && DATE_LINE.test(text);
}
