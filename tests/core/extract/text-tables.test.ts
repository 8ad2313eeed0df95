/** Text tables rebuilt as a person reads them: each form of flattened copy, on lines taken from the real copies. */
import { describe, expect, it } from 'vitest';
import { readTextReport } from '../../../src/core/audit/read';
import { extractText } from '../../../src/core/extract/extract-text';

const t3 = (text: string) => readTextReport(text).tables.t3!;
const value = (text: string, row: string, column = 'total') =>
  t3(text).values.find((entry) => entry.row === row && entry.column === column)?.value;

const HEAD =
  '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n';

describe('flattened text tables', () => {
  it('a label wrapped around its numbers (PDF copy) is one row with those numbers', () => {
    const text = `${HEAD}（一）予以公开 50 0 0 0 0 0 50\n（二）部分公开（区分处理的，只计这一情 形，不\n9 0 0 0 0 0 9\n计其他情形）\n0 0 0 0 0 0 0\n1.属于国家秘密\n2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n`;
    expect(value(text, 'partlyGranted')).toBe(9);
    expect(value(text, 'withheld.stateSecret')).toBe(0);
    expect(t3(text).labels.find((label) => label.key === 'partlyGranted')!.raw).toContain('计其他情形');
  });

  it('vertical group labels, one character per line or in front of a row, are not row labels', () => {
    const text = `${HEAD}（一）予以公开 50 0 0 0 0 0 50\n三\n、 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n本\n1 0 0 0 0 0 1\n年 3.危及“三安全一稳定”\n度 4.保护第三方合法权益 0 0 0 0 0 0 0\n`;
    expect(value(text, 'withheld.prohibitedByLaw')).toBe(0);
    expect(value(text, 'withheld.threeSecurities')).toBe(1);
  });

  it('「|」 between cells, empty cells dropped: rows still read, headers that do not fit are not trusted for columns', () => {
    const text = `三、收到和处理政府信息公开申请情况\n| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n| 自然人 | 法人或其他组织 | 总计 | |||||||\n| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n`;
    expect(value(text, 'received', 'natural')).toBe(3);
    expect(value(text, 'received', 'total')).toBe(3);
  });

  it('one cell per line: a table-2 block with its header, and an empty block, read as the table they are', () => {
    const text =
      '二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n/\n/\n/\n行政规范性文件\n0\n2\n5\n第二十条第(五)项\n信息内容\n本年处理决定数量\n行政许可\n7\n';
    const t2 = readTextReport(text).tables.t2!;
    const of = (row: string, column: string) => t2.values.find((entry) => entry.row === row && entry.column === column);
    expect(of('normativeDocs', 'inForce')?.value).toBe(5);
    expect(of('regulations', 'issued')?.kind).toBe('notApplicable');
    expect(of('licensing', 'decisions')?.value).toBe(7);
  });

  it('table 4 as a run of 15 numbers under headers broken over lines, and as name–value pairs', () => {
    const run =
      '四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结果 结果 其他 尚未\n1 1 0 0 2 1 0 0 0 1 2 0 1 0 3\n五、存在的主要问题及改进情况\n';
    expect(readTextReport(run).tables.t4!.values.map((entry) => entry.value)).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    const pairs =
      '四、政府信息公开行政复议、行政诉讼情况\n行政复议: 结果维持 88 | 结果纠正 18 | 其他结果 28 | 尚未审结 36 | 总计 170\n未经复议直接起诉: 结果维持 7 | 结果纠正 0 | 其他结果 11 | 尚未审结 7 | 总计 25\n复议后起诉: 结果维持 33 | 结果纠正 0 | 其他结果 6 | 尚未审结 13 | 总计 52\n';
    const t4 = readTextReport(pairs).tables.t4!;
    expect(t4.values.find((entry) => entry.row === 'suitDirect' && entry.column === 'total')?.value).toBe(25);
    expect(t4.readerNotes).toEqual([]);
  });

  it('a whole report on one line is cut at its headings; cells run together are kept as a table that is named, not summed', () => {
    const line = `前言文字。${'总体情况的说明文字。'.repeat(160)}一、总体情况2021年，本区认真落实条例。二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计一、本年新收政府信息公开申请数量640020470五、存在的主要问题及改进情况问题。六、其他需要报告的事项无。`;
    const doc = extractText(line);
    const report = readTextReport(line);
    expect(report.sections.map((section) => section.n)).toEqual([1, 2, 3, 5, 6]);
    expect(doc.grids.length).toBe(2);
    expect(report.tables.t2!.values).toEqual([]);
  });
});
