/** Who published the report, for which year, when, and whether it is a government's own report. */
import type { ReportDocument } from '../model/document';
import type { Identity } from '../model/report';
import { cleanText, compact } from '../text/normalize';
import { parseYear } from '../text/numbers';
import { labelledDates, NOT_PUBLICATION, PUBLICATION_LABEL } from '../extract/date-line';
import { slotCell } from './grid-rows';

const REPORT_TITLE = /政府信息公开.{0,12}(?:年度报告|年报)|信息公开.{0,6}年度报告/;

/** A title that names an information-disclosure annual report. */
export function isReportTitle(text: string): boolean {
  return REPORT_TITLE.test(compact(text));
}
const YEAR_IN_TITLE = /((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年/;
const PERIOD = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/;

export function readIdentity(doc: ReportDocument, textBlocks: string[]): Identity {
  const title = findTitle(doc, textBlocks);
  const yearMatch = YEAR_IN_TITLE.exec(title);
  let year = yearMatch ? parseYear(yearMatch[1]!) : null;
  if (year === null) {
    const period = textBlocks
      .slice(0, 12)
      .map((text) => PERIOD.exec(text.normalize('NFKC')))
      .find(Boolean);
    if (period) year = Number(period[1]);
  }
  const organisation = findOrganisation(title, yearMatch?.index, doc);
  return {
    title,
    organisation,
    year,
    bodyKind: bodyKindOf(organisation),
    ...publicationOf(doc, textBlocks),
    url: doc.url ?? doc.meta['url'],
  };
}

const TITLE_MAX = 80;

/** A label a text copy puts before its title (「标题：…」). */
const TITLE_LABEL = /^\s*(?:标题|题目|文章标题|名称)\s*[:：]\s*/;
/**
 * A title named in the opening sentence (「现公布我局2022年政府信息公开工作年度报告」「特编制湛江市…
 * 2023年政府信息公开工作年度报告」), for copies whose title line is lost.
 */
const TITLE_IN_OPENING =
  /(?:编制|公布|发布|形成|印发)(?:了|完成了)?(?:本|我局|我委|我办|我单位)?《?([^《》，。,；;、()（）]{2,40}?(?:19|20)\d{2}\s*年度?政府信息公开(?:工作)?年度报告)/;

function findTitle(doc: ReportDocument, textBlocks: string[]): string {
  const lines = textBlocks.slice(0, 8).map((text) => text.replace(TITLE_LABEL, ''));
  // A line that is a whole title with its year beats one joined from two lines: site chrome
  // (「无障碍」) must not be glued in front of the real title.
  const single = lines.filter((text) => text.length <= TITLE_MAX);
  const joined = lines.map((text, i) => `${text}${lines[i + 1] ?? ''}`).filter((text) => text.length <= TITLE_MAX);
  const withYear = (text: string) => YEAR_IN_TITLE.test(text);
  // 「…2024 年政府信息公开工作年度报告」 alone, its body on the line before, is the weaker half of a broken title.
  const withBody = (text: string) => withYear(text) && namesBody(text);
  const candidates = [
    doc.meta['articletitle'],
    doc.meta['title'],
    ...single.filter(withBody),
    ...joined.filter(withBody),
    ...single.filter(withYear),
    ...joined.filter(withYear),
    ...single,
    ...joined,
    doc.pageTitle.split(/[_|｜]| - |—/)[0],
    doc.pageTitle,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const text = cleanText(candidate);
    if (text.length <= TITLE_MAX && isReportTitle(text)) return text;
  }
  for (const text of textBlocks.slice(0, 3)) {
    const named = TITLE_IN_OPENING.exec(compact(text));
    if (named && isReportTitle(named[1]!)) return named[1]!.replace(/^(?:我局|我委|我办|本机关)/, '');
  }
  return cleanText(doc.meta['articletitle'] ?? doc.pageTitle.split(/[_|｜]/)[0] ?? '');
}

/** The title names who reports: words before its year, or between the year and the subject. */
function namesBody(title: string): boolean {
  const text = compact(title);
  const year = YEAR_IN_TITLE.exec(text);
  if (!year) return false;
  const before = text.slice(0, year.index).replace(/[《（(“"]$/, '');
  const after = /^年度?(.*?)政府信息公开/.exec(text.slice(year.index + year[0].length - 1));
  return before.length >= 2 || (after?.[1]?.length ?? 0) >= 2;
}

function findOrganisation(title: string, yearIndex: number | undefined, doc: ReportDocument): string {
  const compactTitle = compact(title);
  // 「XX局政府信息公开工作年度报告（2023年）」: the year comes after the subject.
  const beforeYear = yearIndex !== undefined ? compact(title.slice(0, yearIndex)).split('政府信息公开')[0]! : '';
  if (beforeYear.length >= 2) return beforeYear.replace(/[《（(“"]$/, '');
  // 「2023年XX局政府信息公开工作年度报告」: the body sits between the year and the subject.
  const afterYear = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(.+?)政府信息公开/.exec(compactTitle);
  if (afterYear?.[1]) return afterYear[1].replace(/[《（(“"]$/, '');
  return cleanText(doc.meta['contentsource'] ?? doc.meta['sitename'] ?? '');
}

/**
 * A government's own report names a government (「…人民政府」, a district, a county); a department's
 * names an office, bureau or committee — including a government's own 办公室.
 */
export function bodyKindOf(organisation: string): Identity['bodyKind'] {
  if (!organisation) return 'unknown';
  if (/(办公室|办公厅|局|委员会|委|厅|中心|署|院|所|站|队|部|处|会|公司|学校|医院)$/.test(organisation)) return 'department';
  if (/(人民政府|政府|省|市|区|县|旗|盟|州|镇|乡|街道办事处|街道)$/.test(organisation)) return 'government';
  return 'unknown';
}

/** Meta tags a site system writes the publication date into, most specific first. */
const DATE_METAS = ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'dc.date', 'maketime'];
/** A line that is only a date (the signature at the end: 「2024年1月17日」). */
const DATE_ONLY = /^[\s\u3000]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[\s\u3000]*$/;
/** How many blocks from the end a signature date is looked for. */
const SIGNATURE_WINDOW = 6;

/**
 * The report's own publication date, and where it was read. The page's own metadata and its labelled
 * publication date outrank the signature date, which outranks a bare 日期/时间 line; crawl stamps,
 * generator stamps and "today" widgets never count (date-line.ts).
 */
function publicationOf(doc: ReportDocument, textBlocks: string[]): { publishedAt: string | null; publishedAtSource?: string } {
  for (const name of DATE_METAS) {
    const value = doc.meta[name];
    const date = value && toIsoDate(value);
    if (date) return { publishedAt: date, publishedAtSource: `页面元数据 ${name}` };
  }
  const dated = doc.dateLines.flatMap(labelledDates);
  const labelled = dated.find((entry) => entry.kind === 'publication');
  if (labelled) return { publishedAt: toIsoDate(labelled.date), publishedAtSource: `页面上的「${labelled.label}」` };
  const fromGrid = gridPublicationDate(doc);
  if (fromGrid) return fromGrid;
  for (const text of textBlocks.slice(-SIGNATURE_WINDOW).reverse()) {
    const lastLine =
      text
        .split(/\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .pop() ?? '';
    const match = DATE_ONLY.exec(lastLine.normalize('NFKC'));
    if (match)
      return { publishedAt: `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`, publishedAtSource: '文末署名日期' };
  }
  const generic = dated.find((entry) => entry.kind === 'generic');
  if (generic) return { publishedAt: toIsoDate(generic.date), publishedAtSource: `页面上的日期行「${generic.label}」` };
  return { publishedAt: null };
}

/** A catalogue table above the article (索引号 / 公开日期 / 发布机构…): the cell after a publication-date label. */
function gridPublicationDate(doc: ReportDocument): { publishedAt: string; publishedAtSource: string } | null {
  for (const grid of doc.grids) {
    if (grid.slots.length > 12) continue;
    for (let row = 0; row < grid.slots.length; row++) {
      const width = grid.slots[row]!.length;
      for (let column = 0; column + 1 < width; column++) {
        const label = compact(slotCell(grid, row, column)?.text ?? '');
        if (label.length > 8 || !PUBLICATION_LABEL.test(label) || NOT_PUBLICATION.test(label)) continue;
        const date = toIsoDate(slotCell(grid, row, column + 1)?.text ?? '');
        if (date) return { publishedAt: date, publishedAtSource: `页面上的「${label.replace(/[:：]$/, '')}」` };
      }
    }
  }
  return null;
}

function toIsoDate(text: string): string | null {
  const match = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(text.normalize('NFKC'));
  if (!match) return null;
  const [, y, m, d] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}
