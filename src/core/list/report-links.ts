/**
 * A page that lists annual reports (a 政府信息公开年报 column, a search result, a department's page of
 * links): which of its links are reports, and which lead to the list's further pages. Pure: it reads
 * the anchors of the document handed to it and nothing else, so the content script runs it on the
 * live page and the popup on list pages it fetched and parsed.
 *
 * General by construction: a link is a report by the words every such title uses (政府信息公开 with
 * 年度/年报, or a bare 「2023年度报告」/「2023年年报」 as a report column labels its entries), never by a
 * site's layout; a paging link by the pager words every CMS prints (下一页, 尾页, page numbers).
 */

/** One `<a href>` of the page: the resolved URL, its visible text, its `title` attribute. */
export interface PageLink {
  url: string;
  text: string;
  title: string;
}

export type AttachmentKind = 'pdf' | 'word';

export interface ReportLink {
  url: string;
  /** The fuller of the link's text and title (a CMS often cuts the text short and keeps the whole in `title`). */
  title: string;
  /** The year the title names. */
  year: number;
  /** A PDF or Word file rather than a page. */
  attachment: AttachmentKind | null;
}

export interface ReportList {
  /** Same-origin links that read as reports, in page order, each URL once. */
  reports: ReportLink[];
  /** Same-origin pages of the same list (numbered, next, last), each once, in page-number order where known. */
  pages: string[];
  /** Links that read as reports but lead to another site: not fetched, only counted. */
  offSite: number;
}

/** A page with at least this many report links is a list (a report's own page links one or two at most, its other years). */
export const LIST_THRESHOLD = 2;

/** Pages generated from a pager's URL pattern (index_1…index_N) are capped: a pager cannot be trusted to be sane. */
const MAX_GENERATED_PAGES = 500;

const FULL_WIDTH_DIGIT = /[０-９]/g;
const compact = (text: string) =>
  text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[\s\u00a0\u3000]+/g, '');

/** The report's year, 「2023年」「2023年度」 or 「（2023）」: a title without one is a column's name (政府信息公开年报), not a report. */
const YEAR = /((?:19|20)\d{2})(?=\s*(?:年|[)）]))/;
const DISCLOSURE = /(?:政府|政务)?信息公开/;
const ANNUAL = /年度|年报/;
/** A column's entries are often just the year and 「年度报告」/「年报」. */
const BARE_ANNUAL_TITLE = /^(?:19|20)\d{2}年(?:度)?(?:年度报告|年报|报告)$/;
/** Titles about a report rather than the report: notices to compile one, readings of one, evaluations of many. */
const ABOUT_A_REPORT = /通知|通报|解读|图解|评估|考核|编制|发布工作|报送|培训|要点|方案|公告|征集|意见/;
const ATTACHMENT_EXTENSIONS: readonly [RegExp, AttachmentKind][] = [
  [/\.pdf$/i, 'pdf'],
  [/\.(?:docx?|wps)$/i, 'word'],
];

/** Whether a link's words read as a 政府信息公开 annual report, and its year. */
export function reportTitle(text: string): { year: number } | null {
  const title = compact(text);
  if (title.length < 4 || title.length > 120) return null;
  if (ABOUT_A_REPORT.test(title)) return null;
  const year = YEAR.exec(title);
  if (!year) return null;
  // An annual report on another subject (法治政府建设、统计…) is not ours unless it names 信息公开.
  const named = DISCLOSURE.test(title) && ANNUAL.test(title) && /报告|年报/.test(title);
  if (!named && !BARE_ANNUAL_TITLE.test(title)) return null;
  return { year: Number(year[1]) };
}

export function attachmentKind(url: string): AttachmentKind | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const [pattern, kind] of ATTACHMENT_EXTENSIONS) if (pattern.test(path)) return kind;
  return null;
}

/** The anchors of `document` with their URLs resolved against `baseUrl` (the page's own address). */
export function linksOf(document: Pick<Document, 'querySelectorAll'>, baseUrl: string): PageLink[] {
  const links: PageLink[] = [];
  for (const anchor of document.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    if (/^\s*(?:javascript|mailto|tel|data):/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, baseUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    links.push({ url: url.href, text: anchor.textContent ?? '', title: anchor.getAttribute('title') ?? '' });
  }
  return links;
}

const NEXT_OR_LAST = /^(?:下一?页|后一?页|尾页|末页|最后一?页|>|>>|›|»|next|last)$/i;
const PAGE_NUMBER = /^\[?(\d{1,4})\]?$/;

/** The link reads as a pager entry: a page number, 下一页, 尾页 (上一页 and 首页 lead back, and page 1 is where we start or near). */
function isPagerLink(link: PageLink): boolean {
  const text = compact(link.text) || compact(link.title);
  return NEXT_OR_LAST.test(text) || PAGE_NUMBER.test(text);
}

/**
 * The pages of the list the pager links to, and the ones between them it does not show: CMS pagers
 * print 「1 2 3 … 9 下一页 尾页」 or only 下一页 and 尾页, and their URLs differ in one number
 * (index_1.html … index_8.html, ?page=2 … ?page=9), so the pages between the lowest and highest
 * number of one URL pattern are filled in.
 */
export function pagesOf(links: readonly PageLink[], pageUrl: string): string[] {
  const origin = originOf(pageUrl);
  const here = withoutHash(pageUrl);
  const found = new Set<string>();
  for (const link of links) {
    if (originOf(link.url) !== origin || link.url === here) continue;
    if (isPagerLink(link) && !reportTitle(link.title || link.text)) found.add(link.url);
  }
  const byPattern = new Map<string, number[]>();
  for (const url of found) {
    const pattern = numberPattern(url);
    if (pattern) byPattern.set(pattern.template, [...(byPattern.get(pattern.template) ?? []), pattern.n]);
  }
  const pages = new Map<string, number>();
  for (const url of found) pages.set(url, numberPattern(url)?.n ?? Number.MAX_SAFE_INTEGER);
  for (const [template, numbers] of byPattern) {
    const low = Math.min(...numbers);
    const high = Math.min(Math.max(...numbers), low + MAX_GENERATED_PAGES);
    for (let n = low; n <= high; n++) {
      const url = template.replace('\u0000', String(n));
      if (url !== here && !pages.has(url)) pages.set(url, n);
    }
  }
  return [...pages].sort((a, b) => a[1] - b[1]).map(([url]) => url);
}

/** The URL with its last number (in the path's last segment or the query) taken out, and that number. */
function numberPattern(url: string): { template: string; n: number } | null {
  const match = /^(.*\D)(\d{1,4})(\D*)$/.exec(url);
  if (!match) return null;
  const [, before, digits, after] = match;
  // The number must be the page's, not a host's or directory's: it sits in the last path segment or the query.
  if (before!.length <= originOf(url).length || /\//.test(after!)) return null;
  return { template: `${before}\u0000${after}`, n: Number(digits) };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function withoutHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** The report links and further pages among a page's links. */
export function reportListOf(links: readonly PageLink[], pageUrl: string): ReportList {
  const origin = originOf(pageUrl);
  const reports: ReportLink[] = [];
  const seen = new Set<string>();
  let offSite = 0;
  for (const link of links) {
    // The fuller wording decides: a CMS truncates the text (「××局2023年政府信息公开…」) and keeps the whole in `title`.
    const title = compact(link.title).length > compact(link.text).length ? link.title.trim() : link.text.trim();
    const read = reportTitle(title);
    if (!read || link.url === withoutHash(pageUrl)) continue;
    if (originOf(link.url) !== origin) {
      offSite++;
      continue;
    }
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    reports.push({
      url: link.url,
      title: compact(title).length > 0 ? title.replace(/\s+/g, ' ') : link.url,
      year: read.year,
      attachment: attachmentKind(link.url),
    });
  }
  return { reports, pages: pagesOf(links, pageUrl), offSite };
}

/** The list `document` is, when it is one (at least LIST_THRESHOLD report links); null otherwise. */
export function readReportList(document: Pick<Document, 'querySelectorAll'>, pageUrl: string): ReportList | null {
  const list = reportListOf(linksOf(document, pageUrl), pageUrl);
  return list.reports.length >= LIST_THRESHOLD ? list : null;
}

/** The not-a-report reason a list page gets instead of the generic one. */
export function listReason(list: ReportList): string {
  return `本页是年度报告列表（栏目页），不是单篇报告：列有 ${list.reports.length} 篇报告的链接${list.pages.length > 0 ? `，另有 ${list.pages.length} 个分页` : ''}`;
}
