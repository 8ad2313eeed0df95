import { describe, expect, it } from 'vitest';
import { extractText, splitCells } from '../../../src/core/extract/extract-text';
import { recognise } from '../../../src/core/recognise/recognise';
import { auditReport } from '../../../src/core/audit/audit';
import type { Grid } from '../../../src/core/model/document';
import { slotCell } from '../../../src/core/recognise/grid-rows';
import { fixture, problems } from '../../helpers';

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];

function texts(doc: ReturnType<typeof extractText>): string[] {
  return doc.blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
}

/** The grid column holding a cell with this text in this row. */
function columnOf(grid: Grid, row: number, text: string): number {
  return grid.slots[row]!.findIndex((index) => index >= 0 && grid.cells[index]!.text === text);
}

describe('extractText on the xixia plain-text copy (docs/rules.md worked example)', () => {
  const doc = extractText(fixture('xixia-2023-office.txt'));
  const report = recognise(doc);
  const audit = auditReport(report, { now: new Date('2026-01-01T00:00:00Z') });

  it('reads the title, the five sections present and two tables in place', () => {
    expect(doc.pageTitle).toBe('西夏区人民政府办公室 2023 年政府信息公开工作年度报告');
    expect(doc.meta).toEqual({});
    expect(report.identity).toMatchObject({ year: 2023, organisation: '西夏区人民政府办公室' });
    expect(report.form).toBe('2021');
    expect(report.sections.map((section) => section.n)).toEqual([1, 2, 3, 5, 6]);
    const kinds = doc.blocks
      .map((block) =>
        block.kind === 'table' ? `grid${block.grid}` : block.kind === 'text' ? (/^[一二三四五六]、/.exec(block.text)?.[0] ?? '') : '',
      )
      .filter(Boolean);
    expect(kinds).toEqual(['一、', '二、', 'grid0', '三、', 'grid1', '五、', '六、']);
    expect(doc.grids.map((grid) => [grid.tableIndex, grid.truncated])).toEqual([
      [0, false],
      [1, false],
    ]);
  });

  it('joins paragraphs cut by a page break', () => {
    const all = texts(doc);
    expect(all.some((text) => text.includes('图片解读文件 19个,视频解读文件 5 个'))).toBe(true);
    expect(all.some((text) => text.includes('〔2023〕24号)精神'))).toBe(true);
    expect(all.some((text) => text.includes('加强公开后信息管理'))).toBe(true);
    expect(all).toContain('一、总体情况');
  });

  it('reads all ten values of table 2', () => {
    const values = Object.fromEntries(report.tables.t2!.values.map((value) => [`${value.row}.${value.column}`, value.raw]));
    expect(values).toEqual({
      'regulations.issued': '0',
      'regulations.repealed': '0',
      'regulations.inForce': '0',
      'normativeDocs.issued': '0',
      'normativeDocs.repealed': '18',
      'normativeDocs.inForce': '11',
      'licensing.decisions': '0',
      'penalty.decisions': '0',
      'enforcement.decisions': '0',
      'fees.amount': '0',
    });
    expect(report.tables.t2!.missingColumns).toEqual([]);
  });

  it('reads table 3 under its header columns, with the two group lines as subtotal rows', () => {
    const t3 = report.tables.t3!;
    expect(t3.missingColumns).toEqual([]);
    expect(t3.readerNotes).toEqual([]);
    expect(t3.missingRows).toEqual([
      'unavailable.unclear',
      'notProcessed.petition',
      'notProcessed.repeated',
      'notProcessed.publication',
      'notProcessed.excessive',
      'notProcessed.confirmation',
      'otherHandling.noCorrection',
      'otherHandling.feeUnpaid',
      'otherHandling.other',
      'handledTotal',
      'carriedOut',
    ]);
    expect(t3.extraRows).toEqual(['subtotal.withheld', 'subtotal.unavailable']);
    const received = COLUMNS.map((column) => t3.values.find((value) => value.row === 'received' && value.column === column)!.raw);
    expect(received).toEqual(['13', '0', '0', '0', '0', '0', '13']);
  });

  it('gives exactly the findings of the worked example', () => {
    expect(problems(audit.findings)).toEqual([
      { checkId: 'section-missing', outcome: 'fail', severity: 'error', location: { section: 4 } },
      { checkId: 'table-missing', outcome: 'fail', severity: 'error', location: { table: 4, section: 4 } },
      { checkId: 'table-incomplete', outcome: 'fail', severity: 'error', location: { table: 3 } },
      // docs/rules.md: the two group-label lines with zeros may be reported as extra rows; they match their items.
      { checkId: 'table-extra-rows', outcome: 'fail', severity: 'warning', location: { table: 3, row: 'subtotal.withheld' } },
      { checkId: 'table-extra-rows', outcome: 'fail', severity: 'warning', location: { table: 3, row: 'subtotal.unavailable' } },
      ...COLUMNS.map((column) => ({
        checkId: 'table3-outcome-total',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, row: 'handledTotal', column },
      })),
      ...COLUMNS.map((column) => ({
        checkId: 'table3-balance',
        outcome: 'needs-review',
        severity: 'error',
        location: { table: 3, column },
      })),
      // A plain-text copy carries no publication date.
      { checkId: 'late-publication', outcome: 'needs-review', severity: 'warning', location: {} },
      // docs/rules.md: 「未发生因信息公开申请被行政复议提起行政诉讼」 cannot be checked without table 4.
      { checkId: 'text-claim-contradiction', outcome: 'needs-review', severity: 'error', location: { section: 1, table: 4 } },
    ]);
    const incomplete = audit.findings.find((finding) => finding.checkId === 'table-incomplete' && finding.outcome === 'fail')!;
    for (let n = 15; n <= 25; n++) expect(incomplete.message).toContain(`R${n} `);
    for (const finding of audit.findings.filter((finding) => finding.checkId === 'table3-balance')) {
      expect(finding.message).toContain('R24');
      expect(finding.message).toContain('R25');
    }
    for (const finding of audit.findings.filter((finding) => finding.checkId === 'table3-outcome-total')) {
      for (const id of ['R15', 'R16', 'R20', 'R21', 'R23', 'R24']) expect(finding.message).toContain(id);
    }
  });

  it('passes what holds: sections 1, 2, 3, 5, 6, table 2, and the row total of every present row', () => {
    const passes = audit.findings.filter((finding) => finding.outcome === 'pass');
    expect(passes.filter((finding) => finding.checkId === 'section-missing').map((finding) => finding.location.section)).toEqual([
      1, 2, 3, 5, 6,
    ]);
    expect(passes.some((finding) => finding.checkId === 'table-incomplete' && finding.location.table === 2)).toBe(true);
    const rowTotals = audit.findings.filter((finding) => finding.checkId === 'table3-row-total');
    expect(rowTotals.every((finding) => finding.outcome === 'pass')).toBe(true);
    expect(rowTotals.map((finding) => finding.location.row)).toEqual([
      'received',
      'carriedIn',
      'granted',
      'partlyGranted',
      'withheld.stateSecret',
      'withheld.prohibitedByLaw',
      'withheld.threeSecurities',
      'withheld.thirdParty',
      'withheld.internalAffairs',
      'withheld.processInfo',
      'withheld.enforcementFile',
      'withheld.queryMatter',
      'unavailable.notHeld',
      'unavailable.needsCreation',
      'subtotal.withheld',
      'subtotal.unavailable',
    ]);
  });

  it('keeps each cell pointing to its line and cell in the text table', () => {
    const grid = doc.grids[1]!;
    const secret = grid.cells.find((cell) => cell.text === '1.属于国家秘密')!;
    // 「\t公开\t1.属于国家秘密\t0…」: the label is the third cell of the table's eighth line.
    // …on line 51 of the text, where a finding can quote it.
    expect(secret.origin).toEqual({ table: 1, row: 7, cell: 2, line: 51 });
    const total = report.tables.t3!.values.find((value) => value.row === 'received' && value.column === 'total')!;
    expect(total.origin).toEqual({ table: 1, row: 3, cell: 8, line: 47 });
  });
});

describe('splitCells', () => {
  it('splits on tabs and keeps empty cells but not trailing ones', () => {
    expect(splitCells('\t公开\t1.属于国家秘密\t0\t0\t').cells).toEqual(['', '公开', '1.属于国家秘密', '0', '0']);
    expect(splitCells('a\tb').tabbed).toBe(true);
  });

  it('splits on runs of two or more spaces where tabs were lost', () => {
    expect(splitCells('  一、本年新收政府信息公开申请数量   13  0　　0  ').cells).toEqual([
      '一、本年新收政府信息公开申请数量',
      '13',
      '0',
      '0',
    ]);
    expect(splitCells('(一) 予以公开  13').cells).toEqual(['(一) 予以公开', '13']);
  });

  it('splits a trailing run of single-spaced numbers off a label, but leaves prose alone', () => {
    expect(splitCells('行政规范性文件 0 18 11').cells).toEqual(['行政规范性文件', '0', '18', '11']);
    expect(splitCells('(一) 予以公开 13 0 0 0 0 0 13').cells).toEqual(['(一) 予以公开', '13', '0', '0', '0', '0', '0', '13']);
    expect(splitCells('推行政策多元化解读，全年图片解读文件 19').cells).toHaveLength(1);
    expect(splitCells('本报告统计数据从 2023 年 1 月 1 日到 12 月 31 日。').cells).toHaveLength(1);
  });
});

describe('extractText blocks', () => {
  it('keeps headings as their own blocks and joins only mid-sentence page breaks', () => {
    const long = '政府办公室依托四个平台开展政府信息公开工作,坚持将政府网站作为政务公开第一平台,加强新版政府网站内容建设';
    const doc = extractText(
      [
        '某某局2023年政府信息公开工作年度报告',
        '',
        '一、总体情况',
        '',
        long,
        '',
        '- 3 -',
        '',
        '和信息发布审核等工作。',
        '',
        `${long}。`,
        '',
        '二是完善公开机制。',
        long,
        '(一)主动公开情况',
        '',
        '发布日期：2024-01-20',
      ].join('\n'),
    );
    expect(texts(doc)).toEqual([
      '某某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      `${long}和信息发布审核等工作。`,
      `${long}。`,
      '二是完善公开机制。',
      long,
      '(一)主动公开情况',
      '发布日期:2024-01-20',
    ]);
    expect(doc.pageTitle).toBe('某某局2023年政府信息公开工作年度报告');
    expect(doc.dateLines).toEqual(['发布日期:2024-01-20']);
    expect(doc.grids).toEqual([]);
  });

  it('joins a title split over its first two lines', () => {
    expect(extractText('某某县人民政府办公室\n2023年政府信息公开工作年度报告\n').pageTitle).toBe(
      '某某县人民政府办公室2023年政府信息公开工作年度报告',
    );
  });

  it('does not take a lone line with wide spaces for a table', () => {
    const doc = extractText('电话：0951-2078503  传真：0951-2078133\n\n二、主动公开政府信息情况');
    expect(doc.grids).toEqual([]);
    expect(texts(doc)).toEqual(['电话:0951-2078503 传真:0951-2078133', '二、主动公开政府信息情况']);
  });
});

describe('extractText table layout', () => {
  const header = [
    '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t\t',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t',
  ];

  it('right-aligns values and keeps the header lines in step with the first data line', () => {
    const doc = extractText(
      [
        ...header,
        '一、本年新收政府信息公开申请数量\t\t13\t0\t0\t0\t0\t1\t14\t',
        '\t公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2',
        '二、上年结转政府信息公开申请数量  3  0  0  0  0  0  3',
      ].join('\n'),
    );
    const grid = doc.grids[0]!;
    const total = columnOf(grid, 0, '总计');
    expect(columnOf(grid, 1, '自然人')).toBe(total - 6);
    expect(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((label) => columnOf(grid, 2, label))).toEqual([
      total - 5,
      total - 4,
      total - 3,
      total - 2,
      total - 1,
    ]);
    expect(slotCell(grid, 3, total)?.text).toBe('14');
    expect(slotCell(grid, 3, total - 6)?.text).toBe('13');
    expect(slotCell(grid, 4, total - 6)?.text).toBe('2');
    expect(slotCell(grid, 5, total - 6)?.text).toBe('3');
    // Labels stay left of the first value column.
    expect(columnOf(grid, 4, '1.属于国家秘密')).toBeLessThan(total - 6);
    const t3 = recognise(doc).tables.t3!;
    const natural = (row: string) => t3.values.find((value) => value.row === row && value.column === 'natural')?.raw;
    expect([natural('received'), natural('withheld.stateSecret'), natural('carriedIn')]).toEqual(['13', '2', '3']);
  });

  it('puts blank cells between values in their columns, and a short row under the rightmost columns', () => {
    const doc = extractText(
      [...header, '一、本年新收政府信息公开申请数量\t\t5\t\t\t\t\t\t5', '二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\t0'].join('\n'),
    );
    const t3 = recognise(doc).tables.t3!;
    const row = (key: string) => COLUMNS.map((column) => t3.values.find((value) => value.row === key && value.column === column)!.kind);
    expect(row('received')).toEqual(['number', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
    expect(row('carriedIn')).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'zero']);
  });

  it('keeps a drifted group label and an all-blank row inside the table, left of the values', () => {
    const doc = extractText(
      [
        ...header,
        '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t',
        '\t\t\t\t(五) 不予处理',
        '\t1.信访举报投诉类申请\t1\t0\t0\t0\t0\t0\t1',
        '\t3.补正后申请内容仍不明确\t\t\t\t\t\t\t\t',
        '',
        '四、政府信息公开行政复议、行政诉讼情况',
      ].join('\n'),
    );
    expect(doc.grids).toHaveLength(1);
    expect(doc.grids[0]!.slots).toHaveLength(7);
    const t3 = recognise(doc).tables.t3!;
    const cell = (row: string, column: string) => t3.values.find((value) => value.row === row && value.column === column);
    expect(cell('notProcessed.petition', 'total')?.raw).toBe('1');
    expect(cell('unavailable.unclear', 'natural')?.kind).toBe('blank');
    expect(t3.extraRows).toEqual([]);
  });

  it('reads the four blocks of a space-separated table 2, each with its own header', () => {
    const doc = extractText(
      [
        '第二十条第（一）项',
        '信息内容  本年制发件数  本年废止件数  现行有效件数',
        '规章  /  /  /',
        '行政规范性文件  2  1  30',
        '第二十条第（五）项',
        '信息内容  本年处理决定数量',
        '行政许可  120',
        '第二十条第（六）项',
        '信息内容  本年处理决定数量',
        '行政处罚  7',
        '行政强制  0',
        '第二十条第（八）项',
        '信息内容  本年收费金额（单位：万元）',
        '行政事业性收费  1.25',
      ].join('\n'),
    );
    expect(doc.grids).toHaveLength(1);
    const t2 = recognise(doc).tables.t2!;
    expect(t2.missingColumns).toEqual([]);
    expect(Object.fromEntries(t2.values.map((value) => [`${value.row}.${value.column}`, value.raw]))).toMatchObject({
      'regulations.issued': '/',
      'normativeDocs.inForce': '30',
      'licensing.decisions': '120',
      'penalty.decisions': '7',
      'enforcement.decisions': '0',
      'fees.amount': '1.25',
    });
  });

  it('lays out a tab-separated table 4 so its 15 values are read', () => {
    const doc = extractText(
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '行政复议\t\t\t\t\t行政诉讼',
        '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
        '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
        '1\t0\t0\t0\t1\t0\t0\t0\t2\t2\t0\t0\t0\t0\t0',
      ].join('\n'),
    );
    const t4 = recognise(doc).tables.t4!;
    expect(t4.missingColumns).toEqual([]);
    const value = (row: string, column: string) => t4.values.find((entry) => entry.row === row && entry.column === column)?.raw;
    expect([value('review', 'upheld'), value('review', 'total'), value('suitDirect', 'pending'), value('suitDirect', 'total')]).toEqual([
      '1',
      '1',
      '2',
      '2',
    ]);
  });
});
