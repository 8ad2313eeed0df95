import { describe, expect, it } from 'vitest';
import { reportOf } from '../../helpers';
import { readReport } from '../../../src/core/audit/read';
import type { RecognisedTable } from '../../../src/core/model/report';

function values(table: RecognisedTable | null) {
  return Object.fromEntries((table?.values ?? []).map((value) => [`${value.row}.${value.column}`, value.raw]));
}

describe('pingtan-2024 (2021 form, Word-style tables)', () => {
  const report = reportOf('pingtan-2024.html');

  it('reads identity from the page', () => {
    expect(report.identity).toEqual({
      title: '平潭综合实验区2024年度政府信息公开工作年度报告',
      organisation: '平潭综合实验区',
      year: 2024,
      bodyKind: 'government',
      publishedAt: '2025-03-10',
      publishedAtSource: '页面元数据 pubdate',
      url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm',
    });
    expect(report.form).toBe('2021');
    expect(report.sections.map((section) => section.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads all ten values of table 2 by label', () => {
    expect(values(report.tables.t2)).toEqual({
      'regulations.issued': '0',
      'regulations.repealed': '0',
      'regulations.inForce': '0',
      'normativeDocs.issued': '62',
      'normativeDocs.repealed': '33',
      'normativeDocs.inForce': '440',
      'licensing.decisions': '4529',
      'penalty.decisions': '1100',
      'enforcement.decisions': '65',
      'fees.amount': '18651.06',
    });
  });

  it('reads all 175 values of table 3 under their keys', () => {
    const t3 = report.tables.t3!;
    expect(t3.values).toHaveLength(175);
    expect(t3.missingRows).toEqual([]);
    expect(t3.missingColumns).toEqual([]);
    const v = values(t3);
    expect([v['received.natural'], v['received.business'], v['received.total']]).toEqual(['217', '1', '218']);
    expect(v['withheld.internalAffairs.total']).toBe('32');
    expect(v['otherHandling.other.business']).toBe('1');
    expect(v['handledTotal.total']).toBe('218');
    expect(v['carriedOut.total']).toBe('0');
  });

  it('reads the 15 numbers of table 4', () => {
    expect(Object.values(values(report.tables.t4))).toEqual(['2', '1', '3', '1', '7', '0', '0', '0', '0', '0', '13', '2', '4', '0', '19']);
    expect(report.tables.t4!.readerNotes).toEqual([]);
  });
});

describe('pingtan-2022 (table 4 header one character per line)', () => {
  const report = reportOf('pingtan-2022.html');

  it('finds section 四 despite the typo in its heading', () => {
    expect(report.sections.find((section) => section.n === 4)?.heading).toBe('四、政府信息公开行政法复议、行政诉讼情况');
  });

  it('reads table 4 by its header', () => {
    const v = values(report.tables.t4);
    expect(v['review.corrected']).toBe('1');
    expect(v['review.total']).toBe('2');
    expect(v['suitDirect.upheld']).toBe('1');
    expect(report.tables.t4!.readerNotes).toEqual([]);
  });
});

describe('pingtan-2019 (2019 trial form)', () => {
  const report = reportOf('pingtan-2019.html');

  it('is checked against the trial form of its year', () => {
    expect(report.form).toBe('2019');
    expect(report.tables.t2!.missingColumns).toEqual([]);
    expect(values(report.tables.t2)['procurement.amount']).toBe('75394432.52元');
  });

  it('reads （六）其他处理 as one row of 23', () => {
    const t3 = report.tables.t3!;
    expect(t3.values).toHaveLength(23 * 7);
    expect(t3.missingRows).toEqual([]);
    expect(values(t3)['otherHandling.total']).toBe('0');
  });
});

describe('pingtan-2018 (before the national form)', () => {
  it('is a report with no national tables', () => {
    const report = reportOf('pingtan-2018.html');
    expect(report.isReport).toBe(true);
    expect(report.form).toBe('pre2019');
    expect(report.tables).toEqual({ t2: null, t3: null, t4: null });
  });
});

describe('table 2 when value cells span differently from their headers', () => {
  it('gives each column its own cell', () => {
    const report =
      readReport(`<html><body><p>2019年某某市人民政府办公厅政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p>
      <table><tr><td colspan="5">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>
      <tr><td>行政许可</td><td colspan="2">10</td><td>-2</td><td>30</td></tr></table></body></html>`);
    expect(report.tables.t2!.values.map((value) => [value.column, value.raw, value.origin.cell])).toEqual([
      ['previousYear', '10', 1],
      ['change', '-2', 2],
      ['decisions', '30', 3],
    ]);
  });
});
