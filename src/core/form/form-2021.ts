/** 国办公开办函〔2021〕30号: the form for reports of 2021 and later (docs/report-format.md §2–4). */
import type { FormDefinition, LineDef } from './types';
import { TABLE2_SHARED_ROWS, TABLE4, table3With } from './shared';

export const OTHER_HANDLING_ROWS_2021 = [
  {
    key: 'otherHandling.noCorrection',
    id: 'R21',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    match: { contains: ['逾期不补正', '不补正'] },
    group: 'otherHandling',
  },
  {
    key: 'otherHandling.feeUnpaid',
    id: 'R22',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    match: { contains: ['缴纳费用', '收费通知'] },
    group: 'otherHandling',
  },
  {
    key: 'otherHandling.other',
    id: 'R23',
    label: '3.其他',
    match: { equals: ['其他', '其它'] },
    group: 'otherHandling',
    requiresGroup: true,
  },
] as const satisfies readonly LineDef[];

export const TABLE2_ROWS_2021 = [
  TABLE2_SHARED_ROWS.regulations,
  { key: 'normativeDocs', id: '行政规范性文件', label: '行政规范性文件', match: { contains: ['规范性文件'] } },
  TABLE2_SHARED_ROWS.licensing,
  TABLE2_SHARED_ROWS.penalty,
  TABLE2_SHARED_ROWS.enforcement,
  TABLE2_SHARED_ROWS.fees,
] as const satisfies readonly LineDef[];

export const TABLE2_COLUMNS_2021 = [
  { key: 'issued', id: '本年制发件数', label: '本年制发件数', match: { contains: ['制发件数', '本年制发'] } },
  { key: 'repealed', id: '本年废止件数', label: '本年废止件数', match: { contains: ['废止件数', '本年废止'] } },
  { key: 'inForce', id: '现行有效件数', label: '现行有效件数', match: { contains: ['现行有效'] } },
  { key: 'decisions', id: '本年处理决定数量', label: '本年处理决定数量', match: { contains: ['处理决定数量', '处理决定'] } },
  { key: 'amount', id: '本年收费金额', label: '本年收费金额（单位：万元）', match: { contains: ['收费金额'] } },
] as const satisfies readonly LineDef[];

export const FORM_2021: FormDefinition = {
  id: '2021',
  name: '国办公开办函〔2021〕30号',
  fromYear: 2021,
  table2: {
    rows: TABLE2_ROWS_2021,
    columns: TABLE2_COLUMNS_2021,
    cells: [
      ['regulations', 'issued'],
      ['regulations', 'repealed'],
      ['regulations', 'inForce'],
      ['normativeDocs', 'issued'],
      ['normativeDocs', 'repealed'],
      ['normativeDocs', 'inForce'],
      ['licensing', 'decisions'],
      ['penalty', 'decisions'],
      ['enforcement', 'decisions'],
      ['fees', 'amount'],
    ],
  },
  table3: table3With(OTHER_HANDLING_ROWS_2021),
  table4: TABLE4,
  ownLabels: ['本年制发件数', '本年废止件数', '现行有效件数', '行政规范性文件'],
};
