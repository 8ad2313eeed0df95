import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/core/audit/audit';
import { readReport } from '../../src/core/audit/read';
import { tableViews } from '../../src/popup/table-view';

function views(file: string) {
  const report = readReport(readFileSync(`tests/fixtures/${file}`, 'utf8'));
  return tableViews(report, auditReport(report).findings);
}

describe('the tables as the tool read them', () => {
  it('lays table 3 out on the form: 25 rows × 7 columns with group headings, the failing row total marked', () => {
    const [, t3] = views('pingtan-2024-mutated-row-total.html');
    expect(t3!.found).toBe(true);
    expect(t3!.pageTables).toEqual([1]);
    expect(t3!.columns.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(t3!.rows).toHaveLength(25);
    expect(t3!.rows.filter((row) => row.groupLabel).map((row) => row.groupLabel)).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ]);
    const granted = t3!.rows.find((row) => row.key === 'granted')!;
    expect(granted.id).toBe('R03');
    const total = granted.cells.find((cell) => cell.column === 'total')!;
    expect(total).toMatchObject({ raw: '72', state: 'number', failing: true });
    expect(total.value!.origin).toEqual({ table: 1, row: 5, cell: 8 });
    expect(t3!.rows.find((row) => row.key === 'received')!.cells.some((cell) => cell.failing)).toBe(false);
    expect(t3!.failingCount).toBe(7);
  });

  it('table 2 is sparse: cells the form does not have are marked so, not missing', () => {
    const [t2] = views('pingtan-2024.html');
    const regulations = t2!.rows.find((row) => row.key === 'regulations')!;
    expect(regulations.cells.map((cell) => cell.state)).toEqual(['zero', 'zero', 'zero', 'notInForm', 'notInForm']);
    expect(t2!.failingCount).toBe(0);
  });

  it('shows blanks, text and missing rows as such', () => {
    const blank = views('pingtan-2024-mutated-blank.html')[1]!;
    expect(blank.rows.flatMap((row) => row.cells).some((cell) => cell.state === 'blank' && cell.failing)).toBe(true);
    const text = views('pingtan-2024-mutated-text-cell.html')[1]!;
    expect(text.rows.flatMap((row) => row.cells).some((cell) => cell.state === 'text' && cell.failing)).toBe(true);
    const truncated = views('pingtan-2024-mutated-truncated-table3.html')[1]!;
    const missing = truncated.rows.filter((row) => row.missing);
    expect(missing.length).toBe(11);
    expect(missing[0]!.cells.every((cell) => cell.state === 'missing')).toBe(true);
  });

  it('keeps rows beyond the form, and says when a table is not there', () => {
    const as2021 = views('pingtan-2019-mutated-as-2021.html');
    expect(as2021[1]!.rows.some((row) => row.extra && row.key === 'subtotal.otherHandling')).toBe(true);
    const [, , t4] = views('pingtan-2024-mutated-no-table4.html');
    expect(t4!.found).toBe(false);
    expect(t4!.rows).toEqual([]);
  });
});
