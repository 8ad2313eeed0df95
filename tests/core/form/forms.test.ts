/** The forms as data: one registry, key types read off the data, the applicant columns and table-4 parts named once. */
import { describe, expect, it } from 'vitest';
import { FORMS, FORM_2019, FORM_2021, formById, formForYear, formFromTable2Text } from '../../../src/core/form/forms';
import { TABLE3_APPLICANT_COLUMNS, TABLE3_LEGAL_PERSON_COLUMNS, TABLE4_PARTS } from '../../../src/core/form/shared';
import { subtotalGroupOf, subtotalRowKey, unknownRowKey, unknownRowLabelOf } from '../../../src/core/form/keys';
import { operand } from '../../../src/core/check/table-values';
import { reportOf } from '../../helpers';

describe('forms', () => {
  it('a report is held to the form of its year; before 2019 to none', () => {
    expect([2025, 2021, 2020, 2019, 2018].map((year) => formForYear(year))).toEqual([
      FORM_2021,
      FORM_2021,
      FORM_2019,
      FORM_2019,
      'pre2019',
    ]);
    expect(formForYear(null)).toBeNull();
    expect(FORMS.map((form) => formById(form.id))).toEqual(FORMS);
    expect(formById('pre2019')).toBeNull();
  });

  it("each form's foreign labels are the other forms' own", () => {
    expect(FORM_2021.foreignLabels).toEqual(FORM_2019.ownLabels);
    expect(FORM_2019.foreignLabels).toEqual(FORM_2021.ownLabels);
  });

  it('without a year, table 2 tells the form by its wording', () => {
    expect(formFromTable2Text('')).toBe(FORM_2021);
    expect(formFromTable2Text('规章本年制发件数本年废止件数现行有效件数行政规范性文件')).toBe(FORM_2021);
    expect(formFromTable2Text('规章本年新制作数量本年新公开数量对外公开总数量')).toBe(FORM_2019);
    expect(formFromTable2Text('行政许可上一年项目数量本年增/减处理决定数量')).toBe(FORM_2019);
  });

  it("the applicant columns and the table-4 parts are the forms' own lines", () => {
    for (const form of FORMS) {
      expect(form.table3.columns.map((column) => column.key)).toEqual([...TABLE3_APPLICANT_COLUMNS, 'total']);
      expect(form.table4.columns.map((column) => column.key)).toEqual([...TABLE4_PARTS, 'total']);
    }
    expect(TABLE3_LEGAL_PERSON_COLUMNS).toEqual(TABLE3_APPLICANT_COLUMNS.slice(1));
  });

  it('extra-row keys are made and read in one place', () => {
    expect(subtotalGroupOf(subtotalRowKey('withheld'))).toBe('withheld');
    expect(unknownRowLabelOf(unknownRowKey('补充说明'))).toBe('补充说明');
    expect([subtotalGroupOf('handledTotal'), unknownRowLabelOf('handledTotal')]).toEqual([null, null]);
  });

  it('a key written in a check must be a key of the forms (this file does not compile otherwise)', () => {
    const table = reportOf('pingtan-2024.html').tables.t3!;
    expect(operand(table, 'handledTotal', 'total')).toMatchObject({ kind: 'number', row: 'handledTotal', column: 'total' });
    // @ts-expect-error: no form has a row 'handledTotl'
    expect(operand(table, 'handledTotl', 'total')).toEqual({ absent: 'handledTotl', table: 3 });
    // @ts-expect-error: no form has a column 'naturl'
    expect(operand(table, 'received', 'naturl')).toHaveProperty('absent');
  });
});
