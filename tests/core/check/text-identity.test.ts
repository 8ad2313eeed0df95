/** Identity and publication date read from the report itself, on real pages and real text copies. */
import { describe, expect, it } from 'vitest';
import { readInputReport } from '../../../src/cli/read-input';

async function identityOf(path: string) {
  const input = await readInputReport(`tests/fixtures/real/${path}`);
  if (!input.ok) throw new Error(input.message);
  return input.report.identity;
}

describe('identity from the title line', () => {
  it.each([
    ['text/gd_zhanjiang_dfzb_2023.txt', '湛江市人民政府地方志办公室', 2023, 'department'],
    ['text/gx_bbwb_2022.txt', '自治区北部湾办', 2022, 'unknown'],
    ['text/fj_pingtan_gwh_2021.txt', '平潭综合实验区', 2021, 'government'],
    ['text/js_huaian_szf_2024.txt', '淮安市人民政府', 2024, 'government'],
    ['text/bj_xicheng_xfb_2024.txt', '北京市西城区信访办公室', 2024, 'department'],
  ])('%s: %s, %i', async (path, organisation, year, bodyKind) => {
    const identity = await identityOf(path);
    expect([identity.organisation, identity.year, identity.bodyKind]).toEqual([organisation, year, bodyKind]);
    expect(identity.title).not.toMatch(/^标题|无障碍/);
  });
});

describe('publication date from the report, not the site', () => {
  it.each([
    // A crawler's wrapper says 采集时间 2025-12-30; the page's catalogue table says 公开日期 2024-01-17.
    ['html/shuyang-fgj-2023.html', '2024-01-17', '页面上的「公开日期」'],
    ['html/pingtan-2025.html', '2026-03-10', '页面元数据 pubdate'],
    // 「来源:… 时间:2024-02-01 09:05:25 点击量:」: the date after its own label.
    ['text/nm_xingan_kyzq_2023.txt', '2024-02-01', '页面上的日期行「时间」'],
    ['text/sn_yulin_jiaxian_xizhen_2022.txt', '2023-01-31', '页面上的「发布时间」'],
  ])('%s: %s from %s', async (path, date, source) => {
    const identity = await identityOf(path);
    expect([identity.publishedAt, identity.publishedAtSource]).toEqual([date, source]);
  });

  it('a signature date at the end is used when nothing better is on the page', async () => {
    const { readTextReport } = await import('../../../src/core/audit/read-text');
    const report = readTextReport(
      ['某某局2023年政府信息公开工作年度报告', '一、总体情况', '正文。', '某某局', '2024年1月20日'].join('\n\n'),
    );
    expect([report.identity.publishedAt, report.identity.publishedAtSource]).toEqual(['2024-01-20', '文末署名日期']);
  });

  it('a crawl stamp is never the publication date', async () => {
    const { readTextReport } = await import('../../../src/core/audit/read-text');
    const report = readTextReport(
      ['采集时间：2025-12-30 21:37', '某某局2023年政府信息公开工作年度报告', '一、总体情况', '正文。'].join('\n\n'),
    );
    expect(report.identity.publishedAt).toBeNull();
  });
});
