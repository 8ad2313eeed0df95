/**
 * Report lists in the layouts CMSs print them in (a 列表 of `<li>` with a cut title and the whole in
 * `title`, a table of links and dates, a bare year list), their pagers (下一页/尾页 only, numbered,
 * `?page=`), and what must not count: notices about reports, readings of them, other annual
 * reports, the column's own name, other sites. Real report pages from the fixtures are not lists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readLivePage } from '../../../src/core/audit/read-live';
import { withReportList } from '../../../src/core/list/listed-report';
import { reportListIn } from '../../../src/popup/batch/list-in';
import { attachmentKind, linksOf, readReportList, reportListOf, reportTitle } from '../../../src/core/list/report-links';

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;
const listOf = (html: string, url: string) => reportListOf(linksOf(documentOf(html), url), url);

describe('reportTitle', () => {
  it.each([
    ['平潭综合实验区2024年度政府信息公开工作年度报告', 2024],
    ['福州市财政局2023年政府信息公开工作年度报告', 2023],
    ['２０２２年度政府信息公开年报', 2022],
    ['2021年度报告', 2021],
    ['2020年年报', 2020],
    ['市人力资源和社会保障局政府信息公开工作年度报告（2019）', 2019],
    ['  沭阳县发展和改革局 2023 年政府信息公开\n工作年度报告 ', 2023],
  ])('reads %s as a report of %i', (title, year) => {
    expect(reportTitle(title)).toEqual({ year });
  });

  it.each([
    '关于做好2024年政府信息公开工作年度报告编制发布工作的通知',
    '图解：2023年政府信息公开工作年度报告',
    '2023年政府信息公开工作年度报告解读',
    '2023年法治政府建设年度报告',
    '政府信息公开年报',
    '政府信息公开工作年度报告',
    '2024年政府信息公开工作要点',
    '下一页',
  ])('does not read %s as a report', (title) => {
    expect(reportTitle(title)).toBeNull();
  });
});

describe('a list page', () => {
  const URL = 'http://www.example.gov.cn/zwgk/ndbg/index.html';
  const TRS_LIST = `<html><head><base href="http://www.example.gov.cn/zwgk/ndbg/"></head><body>
    <div class="crumb"><a href="/">首页</a> &gt; <a href="./">政府信息公开年报</a></div>
    <ul class="list">
      <li><a href="./202503/t20250310_1.htm" title="某某县人民政府2024年度政府信息公开工作年度报告">某某县人民政府2024年度政府信息公开...</a><span>2025-03-10</span></li>
      <li><a href="./202501/t20250120_2.htm" title="某某县财政局2024年政府信息公开工作年度报告">某某县财政局2024年政府信息公开...</a><span>2025-01-20</span></li>
      <li><a href="./202501/t20250120_2.htm#top">某某县财政局2024年政府信息公开工作年度报告</a></li>
      <li><a href="./202401/P020240125.pdf">某某县教育局2023年政府信息公开工作年度报告</a></li>
      <li><a href="./202401/t20240110_3.htm">关于做好2024年政府信息公开工作年度报告编制发布工作的通知</a></li>
      <li><a href="https://other.example.org/a.htm">某某市2024年政府信息公开工作年度报告</a></li>
    </ul>
    <div class="page"><a href="index.html">首页</a><a href="javascript:void(0)">上一页</a><a href="index_1.html">下一页</a><a href="index_4.html">尾页</a></div>
  </body></html>`;

  it('finds its same-site report links once each, attachments marked, notices and other sites left out', () => {
    const list = listOf(TRS_LIST, URL);
    expect(list.reports).toEqual([
      {
        url: 'http://www.example.gov.cn/zwgk/ndbg/202503/t20250310_1.htm',
        title: '某某县人民政府2024年度政府信息公开工作年度报告',
        year: 2024,
        attachment: null,
      },
      {
        url: 'http://www.example.gov.cn/zwgk/ndbg/202501/t20250120_2.htm',
        title: '某某县财政局2024年政府信息公开工作年度报告',
        year: 2024,
        attachment: null,
      },
      {
        url: 'http://www.example.gov.cn/zwgk/ndbg/202401/P020240125.pdf',
        title: '某某县教育局2023年政府信息公开工作年度报告',
        year: 2023,
        attachment: 'pdf',
      },
    ]);
    expect(list.offSite).toBe(1);
  });

  it('fills in the pages a 下一页/尾页 pager skips, from their one varying number', () => {
    expect(listOf(TRS_LIST, URL).pages).toEqual([1, 2, 3, 4].map((n) => `http://www.example.gov.cn/zwgk/ndbg/index_${n}.html`));
  });

  it('reads a table of links with a numbered ?page= pager', () => {
    const url = 'https://gov.example.cn/col/col123/index.html?uid=9&page=1';
    const html = `<table>
      <tr><td><a href="/art/2024/1/30/art_1.html">2023年度报告</a></td><td>2024-01-30</td></tr>
      <tr><td><a href="/art/2023/1/28/art_2.html">2022年度报告</a></td><td>2023-01-28</td></tr>
      <tr><td><a href="/art/2022/1/27/art_3.html">2021年年报</a></td><td>2022-01-27</td></tr>
    </table>
    <div><a href="?uid=9&page=1">1</a> <a href="?uid=9&page=2">2</a> <a href="?uid=9&page=3">[3]</a> <a href="?uid=9&page=2">下一页</a></div>`;
    const list = listOf(html, url);
    expect(list.reports.map((report) => report.year)).toEqual([2023, 2022, 2021]);
    expect(list.pages).toEqual([2, 3].map((n) => `https://gov.example.cn/col/col123/index.html?uid=9&page=${n}`));
  });

  it('is a list from LIST_THRESHOLD report links on; the reader marks it and keeps its links', () => {
    const document = documentOf(TRS_LIST);
    const report = withReportList(readLivePage(document, URL), document, URL);
    expect(report.isReport).toBe(false);
    expect(report.notReportReason).toBe('本页是年度报告列表（栏目页），不是单篇报告：列有 3 篇报告的链接，另有 4 个分页');
    expect(reportListIn(report)?.reports).toHaveLength(3);
    expect(readReportList(documentOf('<a href="/a.htm">2023年度报告</a>'), URL)).toBeNull();
  });

  it('names attachments by their path, whatever the query', () => {
    expect(attachmentKind('http://x.cn/a/b.PDF?v=1')).toBe('pdf');
    expect(attachmentKind('http://x.cn/a/b.docx')).toBe('word');
    expect(attachmentKind('http://x.cn/a/b.htm?f=c.pdf')).toBeNull();
  });
});

describe('the real report pages', () => {
  const dirs = ['tests/fixtures', 'tests/fixtures/real/html'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(dir, name)),
  );

  it.each(files)('%s is not a list, and a report keeps no list', (file) => {
    const url = `http://www.example.gov.cn/zwgk/${file.split('/').pop()}`;
    const document = documentOf(readFileSync(file, file.includes('gbk') ? 'latin1' : 'utf8'));
    expect(readReportList(document, url)).toBeNull();
    expect(reportListIn(withReportList(readLivePage(document, url), document, url))).toBeNull();
  });
});
