/** Text that gives a date (「发布日期：2025-03-10」「时间：2025-03-10 15:35」). */
export const DATE_LINE = /(发布|成文|印发|公开)?(日期|时间)\s*[:：]\s*\d{4}/;

/** A short line giving a date: what the identity reader searches for the publication date. */
export function isDateLine(text: string): boolean {
  return text.length < 120 && DATE_LINE.test(text);
}

/** The labels a page gives its own publication date (in the article header or its catalogue table). */
export const PUBLICATION_LABEL = /(发布|公开|成文|印发|发文|生效)(日期|时间)/;

/**
 * Dates that are not the report's publication: a crawler's or an archive's stamp (采集时间), the
 * page generator's, a "today" widget, a last-modified or visit counter line.
 */
export const NOT_PUBLICATION = /采集|抓取|爬取|保存|下载|生成|更新|修改|访问|浏览|当前|今天|今日|打印|录入|截止|截至/;

const LABELLED_DATE = /([\u4e00-\u9fff]{0,8}(?:日期|时间))\s*[:：]\s*((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2})/g;

/** Each labelled date of a line (「来源:… 时间:2024-02-01 …」 holds one), with how much it tells about publication. */
export function labelledDates(line: string): { label: string; date: string; kind: 'publication' | 'generic' | 'other' }[] {
  return [...line.normalize('NFKC').matchAll(LABELLED_DATE)].map((match) => {
    const label = match[1]!;
    const kind = NOT_PUBLICATION.test(label) ? 'other' : PUBLICATION_LABEL.test(label) ? 'publication' : 'generic';
    return { label, date: match[2]!, kind };
  });
}
