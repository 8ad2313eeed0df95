import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/core/extract/extract-html';
import { fixture } from '../../helpers';

describe('extractHtml on a real portal page', () => {
  const doc = extractHtml(fixture('pingtan-2024.html'));

  it('keeps the article and drops the site chrome', () => {
    const texts = doc.blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
    expect(texts[0]).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(texts).toContain('一、总体情况');
    expect(texts).not.toContain('首页');
    expect(texts.some((text) => text.includes('网站标识码'))).toBe(false);
  });

  it('reads page metadata and the three tables', () => {
    expect(doc.meta['pubdate']).toBe('2025-03-10 15:35');
    expect(doc.grids.map((grid) => grid.tableIndex)).toEqual([0, 1, 2]);
    expect(doc.blocks.filter((block) => block.kind === 'table')).toHaveLength(3);
  });

  it('keeps each cell pointing to its place on the page', () => {
    const table3 = doc.grids[1]!;
    const received = table3.cells.find((cell) => cell.text === '一、本年新收政府信息公开申请数量')!;
    const natural = table3.cells.find((cell) => cell.text === '217')!;
    expect(natural.origin).toEqual({ table: 1, row: received.origin.row, cell: received.origin.cell + 1 });
  });

  it('survives malformed markup', () => {
    const broken = extractHtml('<html><body><p>一、总体情况<table><tr><td>a<td>b<tr><td>c</table><div><span>二、主动公开政府信息情况');
    expect(broken.grids).toHaveLength(1);
    expect(broken.blocks.some((block) => block.kind === 'text' && block.text === '二、主动公开政府信息情况')).toBe(true);
  });

  it('numbers tables as the page does, hidden and layout tables included', () => {
    const page = extractHtml(`<html><body>
      <noscript><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></noscript>
      <table><tr><td><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></td></tr></table>
      <table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>
    </body></html>`);
    expect(page.grids.map((grid) => grid.tableIndex)).toEqual([2, 3]);
  });

  it('reads a report whose text version is hidden behind a tab', () => {
    const page = extractHtml(`<html><body><div class="tabs"><a>全真版</a><a>文字版</a></div>
      <div id="pdf-view"><img src="report.png"></div>
      <div id="text-view" style="display:none"><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div>
    </body></html>`);
    expect(page.blocks.filter((block) => block.kind === 'text').map((block) => block.kind === 'text' && block.text)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
    ]);
  });

  it('takes a section heading written as a table caption or a full-width first row', () => {
    const page = extractHtml(`<html><body><p>一、总体情况</p>
      <table><caption>二、主动公开政府信息情况</caption><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>
      <table><tr><td colspan="2">三、收到和处理政府信息公开申请情况</td></tr><tr><td>自然人</td><td>总计</td></tr><tr><td>1</td><td>1</td></tr></table>
    </body></html>`);
    expect(page.blocks.map((block) => (block.kind === 'text' ? block.text : block.kind))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      'table',
      '三、收到和处理政府信息公开申请情况',
      'table',
    ]);
  });

  it('does not count a heading twice when the table repeats the one above it', () => {
    const page = extractHtml(`<html><body><p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td colspan="2">三、收到和处理政府信息公开申请情况</td></tr><tr><td>自然人</td><td>总计</td></tr><tr><td>1</td><td>1</td></tr></table>
    </body></html>`);
    expect(page.blocks.map((block) => (block.kind === 'text' ? block.text : block.kind))).toEqual([
      '三、收到和处理政府信息公开申请情况',
      'table',
    ]);
  });
});
