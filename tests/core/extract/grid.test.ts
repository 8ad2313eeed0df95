import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { GRID_LIMITS, buildGrid } from '../../../src/core/extract/grid';

function gridOf(html: string) {
  const $ = load(html);
  return buildGrid($('table')[0] as unknown as Element, 0);
}

describe('buildGrid expands spans into slots that point to their origin cell', () => {
  it('expands rowspan and colspan', () => {
    const grid = gridOf(`<table>
      <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
      <tr><td>C</td><td>D</td></tr>
    </table>`);
    const text = grid.slots.map((row) => row.map((index) => grid.cells[index]!.text));
    expect(text).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
    ]);
    expect(grid.cells[0]!.origin).toEqual({ table: 0, row: 0, cell: 0 });
    expect(grid.cells[3]!.origin).toEqual({ table: 0, row: 1, cell: 1 });
  });

  it('ignores rows of nested tables and marks uncovered slots', () => {
    const grid = gridOf('<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>');
    expect(grid.slots).toEqual([
      [0, 1],
      [2, -1],
    ]);
  });

  it('bounds hostile spans instead of allocating them', () => {
    const grid = gridOf('<table><tr><td rowspan="0" colspan="100000">a</td><td rowspan="-4">b</td></tr><tr><td>c</td></tr></table>');
    expect(grid.slots[0]!.length).toBeLessThanOrEqual(GRID_LIMITS.columns);
    expect(grid.slots.length).toBe(2);
    expect(grid.truncated).toBe(true);
    const sane = gridOf('<table><tr><td rowspan="-4">b</td><td colspan="0">c</td></tr><tr><td>d</td><td>e</td></tr></table>');
    expect(sane.cells.map((cell) => [cell.rowSpan, cell.colSpan])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(sane.truncated).toBe(false);
  });
});
