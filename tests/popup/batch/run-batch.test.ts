/**
 * The batch runner on real report pages with the network replaced: the list's paging within the page
 * limit, the report limit, a failed fetch and an attachment as rows, the attachment reader used when
 * there is one, the cross-year checks between reports of the list (in list order, as the command line
 * compares its inputs), the concurrency bound, and a stop that keeps what is done.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../src/core/audit/audit';
import { readReport } from '../../../src/core/audit/read';
import { previousYearOf, yearDataOf } from '../../../src/core/audit/history';
import { withReportList } from '../../../src/core/list/listed-report';
import { linksOf, reportListOf, type ReportList } from '../../../src/core/list/report-links';
import type { Fetched } from '../../../src/popup/batch/fetch-page';
import { CONCURRENCY } from '../../../src/popup/batch/limits';
import { runBatch, type BatchOptions, type BatchProgress } from '../../../src/popup/batch/run-batch';
import type { PageReader } from '../../../src/popup/batch/tab-reader';

const REAL = 'tests/fixtures/real/html';
const ORIGIN = 'http://www.example.gov.cn';
const html = (file: string) => readFileSync(file, 'utf8');

const reader: PageReader = {
  report: async (text, url) => readReport(text, { url }),
  list: async (text, url) => reportListOf(linksOf(parseHTML(text).document as unknown as Document, url), url),
};

/** A list page linking `links` (path → title) with a pager to `pages` more. */
const listHtml = (links: [string, string][], pager: string[]) =>
  `<ul>${links.map(([path, title]) => `<li><a href="${path}">${title}</a></li>`).join('')}</ul>` +
  `<div>${pager.map((path, n) => `<a href="${path}">${n + 2}</a>`).join(' ')}</div>`;

function network(pages: Record<string, Fetched | (() => Fetched)>) {
  const state = { inFlight: 0, maxInFlight: 0, asked: [] as string[] };
  const fetch: NonNullable<BatchOptions['fetch']> = async (url) => {
    state.asked.push(url);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    await new Promise((done) => setTimeout(done, 5));
    state.inFlight--;
    const page = pages[url];
    if (!page) return { kind: 'failed', url, reason: 'HTTP 404 Not Found' };
    return typeof page === 'function' ? page() : page;
  };
  return { fetch, state };
}

const page = (url: string, file: string): Fetched => ({ kind: 'html', url, text: html(file), encoding: 'utf-8' });

async function run(
  start: ReportList,
  fetch: NonNullable<BatchOptions['fetch']>,
  extra: Partial<BatchOptions> = {},
): Promise<BatchProgress> {
  return runBatch(start, `${ORIGIN}/ndbg/index.html`, {
    limits: { maxPages: 5, maxReports: 100 },
    signal: new AbortController().signal,
    onProgress: () => undefined,
    read: reader,
    fetch,
    pauseMs: 0,
    ...extra,
  });
}

const YEARS = [2020, 2021, 2022, 2023, 2024];

describe('runBatch', () => {
  it('follows the paging, audits each report as the command line would, and keeps failures and attachments as rows', async () => {
    // Page 1 links the later years, page 2 the earlier: the cross-year checks must still find each previous year.
    const first: [string, string][] = [
      ['/ndbg/2024.html', '平潭综合实验区2024年度政府信息公开工作年度报告'],
      ['/ndbg/2023.html', '平潭综合实验区2023年度政府信息公开工作年度报告'],
      ['/ndbg/gone.html', '示例区2023年政府信息公开工作年度报告'],
    ];
    const second: [string, string][] = [
      ['/ndbg/2022.html', '平潭综合实验区2022年度政府信息公开工作年度报告'],
      ['/ndbg/2021.html', '平潭综合实验区2021年度政府信息公开工作年度报告'],
      ['/ndbg/2020.html', '平潭综合实验区2020年度政府信息公开工作年度报告'],
      ['/ndbg/2019.pdf', '平潭综合实验区2019年度政府信息公开工作年度报告'],
    ];
    const pages: Record<string, Fetched> = {
      [`${ORIGIN}/ndbg/index_1.html`]: { kind: 'html', url: `${ORIGIN}/ndbg/index_1.html`, text: listHtml(second, []), encoding: 'utf-8' },
    };
    for (const year of YEARS)
      pages[`${ORIGIN}/ndbg/${year}.html`] = page(`${ORIGIN}/ndbg/${year}.html`, join(REAL, `pingtan-${year}.html`));
    const { fetch, state } = network(pages);
    const start = reportListOf(
      linksOf(parseHTML(listHtml(first, ['/ndbg/index_1.html'])).document as unknown as Document, `${ORIGIN}/ndbg/index.html`),
      `${ORIGIN}/ndbg/index.html`,
    );
    const result = await run(start, fetch);

    expect(result.phase).toBe('done');
    expect(result.pagesRead).toBe(2);
    expect(result.rows.map((row) => [row.link.url.replace(ORIGIN, ''), row.status])).toEqual([
      ['/ndbg/2024.html', 'audited'],
      ['/ndbg/2023.html', 'audited'],
      ['/ndbg/gone.html', 'failed'],
      ['/ndbg/2022.html', 'audited'],
      ['/ndbg/2021.html', 'audited'],
      ['/ndbg/2020.html', 'audited'],
      ['/ndbg/2019.pdf', 'attachment'],
    ]);
    expect(result.rows[2]!.reason).toBe('HTTP 404 Not Found');
    expect(result.rows[6]!.reason).toBe('附件（PDF/Word）暂未审校');
    // The attachment is not fetched until something can read it.
    expect(state.asked).not.toContain(`${ORIGIN}/ndbg/2019.pdf`);

    // The command line's way: every input read, then each audited against the list's previous year.
    const reports = YEARS.slice()
      .reverse()
      .map((year) => ({
        url: `${ORIGIN}/ndbg/${year}.html`,
        report: readReport(html(join(REAL, `pingtan-${year}.html`)), { url: `${ORIGIN}/ndbg/${year}.html` }),
      }));
    const years = reports.map(({ report, url }) => yearDataOf(report, url)).filter((data) => data !== null);
    for (const { url, report } of reports) {
      const want = auditReport(report, { url, previous: previousYearOf(years, report.identity) });
      const row = result.rows.find((candidate) => candidate.link.url === url)!;
      expect({ url, findings: row.audit!.findings }).toEqual({ url, findings: want.findings });
    }
    const continuity = result.rows[0]!.audit!.findings.filter((finding) => finding.checkId === 'carryover-continuity');
    expect(continuity.length).toBeGreaterThan(0);
    expect(continuity.every((finding) => finding.outcome !== 'not-applicable')).toBe(true);
  });

  it('stays within the page and report limits and says what it left out', async () => {
    const links: [string, string][] = YEARS.map((year) => [`/ndbg/${year}.html`, `平潭综合实验区${year}年度政府信息公开工作年度报告`]);
    const pages: Record<string, Fetched> = {};
    for (let n = 1; n <= 4; n++) {
      pages[`${ORIGIN}/ndbg/index_${n}.html`] = {
        kind: 'html',
        url: `${ORIGIN}/ndbg/index_${n}.html`,
        text: listHtml([[`/ndbg/more-${n}.html`, `某局${2010 + n}年政府信息公开工作年度报告`]], []),
        encoding: 'utf-8',
      };
    }
    for (const year of YEARS)
      pages[`${ORIGIN}/ndbg/${year}.html`] = page(`${ORIGIN}/ndbg/${year}.html`, join(REAL, `pingtan-${year}.html`));
    const { fetch, state } = network(pages);
    const start = reportListOf(
      linksOf(
        parseHTML(listHtml(links, ['/ndbg/index_1.html', '/ndbg/index_4.html'])).document as unknown as Document,
        `${ORIGIN}/ndbg/index.html`,
      ),
      `${ORIGIN}/ndbg/index.html`,
    );
    const result = await run(start, fetch, { limits: { maxPages: 3, maxReports: 6 } });
    expect(result.pagesRead).toBe(3);
    expect(result.pagesLeftOut).toBe(2);
    expect(result.rows).toHaveLength(6);
    expect(result.leftOut).toBe(1);
    expect(state.asked.filter((url) => url.includes('index_'))).toEqual([`${ORIGIN}/ndbg/index_1.html`, `${ORIGIN}/ndbg/index_2.html`]);
    expect(state.maxInFlight).toBeLessThanOrEqual(CONCURRENCY);
  });

  it("reads only the list's own site, whatever a fetched list page links", async () => {
    const pageTwo = `${ORIGIN}/ndbg/index_1.html`;
    const { fetch, state } = network({ [pageTwo]: { kind: 'html', url: pageTwo, text: '', encoding: 'utf-8' } });
    const offSite: PageReader = {
      ...reader,
      list: async () => ({
        reports: [
          { url: 'http://elsewhere.example.org/r.html', title: '某局2023年政府信息公开工作年度报告', year: 2023, attachment: null },
        ],
        pages: ['http://elsewhere.example.org/index_2.html'],
        offSite: 0,
      }),
    };
    const result = await run({ reports: [], pages: [pageTwo, 'http://elsewhere.example.org/index_3.html'], offSite: 0 }, fetch, {
      read: offSite,
    });
    expect(result.rows).toEqual([]);
    expect(state.asked).toEqual([pageTwo]);
  });

  it('a linked page that is itself a list (a per-year sub-column) adds its reports, within the limit', async () => {
    const sub = `${ORIGIN}/ndbg/2024/index.html`;
    const subLinks: [string, string][] = [
      ['/ndbg/2024/a.html', '某某县财政局2024年政府信息公开工作年度报告'],
      ['/ndbg/2024/b.html', '某某县教育局2024年政府信息公开工作年度报告'],
      ['/ndbg/2024/c.html', '某某县民政局2024年政府信息公开工作年度报告'],
    ];
    const pages: Record<string, Fetched> = { [sub]: { kind: 'html', url: sub, text: listHtml(subLinks, []), encoding: 'utf-8' } };
    for (const [path] of subLinks) pages[`${ORIGIN}${path}`] = page(`${ORIGIN}${path}`, join(REAL, 'pingtan-czj-2023.html'));
    const { fetch } = network(pages);
    const withLists: PageReader = {
      ...reader,
      report: async (text, url) => withReportList(readReport(text, { url }), parseHTML(text).document as unknown as Document, url),
    };
    const result = await run(
      { reports: [{ url: sub, title: '2024年政府信息公开年报', year: 2024, attachment: null }], pages: [], offSite: 0 },
      fetch,
      {
        read: withLists,
        limits: { maxPages: 5, maxReports: 3 },
      },
    );
    expect(result.rows.map((row) => [row.link.url.replace(ORIGIN, ''), row.status])).toEqual([
      ['/ndbg/2024/index.html', 'sub-list'],
      ['/ndbg/2024/a.html', 'audited'],
      ['/ndbg/2024/b.html', 'audited'],
    ]);
    expect(result.rows[0]!.reason).toBe('子栏目：列有 3 篇报告，2 篇加入本次审校');
    expect(result.leftOut).toBe(1);
  });

  it('hands attachments to an attachment reader when there is one', async () => {
    const text = readFileSync('tests/fixtures/xixia-2023-office.txt', 'utf8');
    const url = `${ORIGIN}/ndbg/2023.pdf`;
    const { fetch } = network({ [url]: { kind: 'attachment', url, attachment: 'pdf', bytes: new TextEncoder().encode(text) } });
    const names: string[] = [];
    const { readTextReport } = await import('../../../src/core/audit/read');
    const result = await run({ reports: [{ url, title: '2023年度报告', year: 2023, attachment: 'pdf' }], pages: [], offSite: 0 }, fetch, {
      readAttachment: async (bytes, name) => {
        names.push(name);
        return readTextReport(new TextDecoder().decode(bytes), { url });
      },
    });
    expect(names).toEqual(['2023.pdf']);
    expect(result.rows[0]!.status).toBe('audited');
    expect(result.rows[0]!.audit!.report.isReport).toBe(true);
  });

  it('stops when told: what is done stays, the rest is marked stopped, nothing is left fetching', async () => {
    const controller = new AbortController();
    const pages: Record<string, () => Fetched> = {};
    const links = Array.from({ length: 30 }, (_, n) => ({
      url: `${ORIGIN}/ndbg/r${n}.html`,
      title: `某局${1990 + n}年政府信息公开工作年度报告`,
      year: 1990 + n,
      attachment: null,
    }));
    let served = 0;
    for (const link of links) {
      pages[link.url] = () => {
        if (++served === 5) controller.abort();
        return page(link.url, join(REAL, 'pingtan-2024.html'));
      };
    }
    const { fetch } = network(pages);
    const result = await run({ reports: links, pages: [], offSite: 0 }, fetch, { signal: controller.signal });
    expect(result.phase).toBe('stopped');
    const statuses = new Set(result.rows.map((row) => row.status));
    expect([...statuses].sort()).toEqual(['audited', 'stopped']);
    expect(result.rows.filter((row) => row.status === 'audited').length).toBeGreaterThanOrEqual(2);
    expect(result.rows.filter((row) => row.status === 'audited').length).toBeLessThan(10);
  });
});
