/** 国办公开办函〔2019〕60号: the trial form used for the 2019 and 2020 reports (report-format.md §5). */
import type { FormDef, LineDef } from './types';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_HEAD_ROWS, TABLE3_TAIL_ROWS, TABLE4 } from './shared';

const OTHER_HANDLING_ROW: LineDef = {
  key: 'otherHandling', id: 'R21', label: '（六）其他处理', match: { equals: ['其他处理'] }, group: 'otherHandling',
};

const table3Rows = [...TABLE3_HEAD_ROWS, OTHER_HANDLING_ROW, ...TABLE3_TAIL_ROWS];

const PROJECT_COLUMNS: readonly LineDef[] = [
  { key: 'previousYear', id: '上一年项目数量', label: '上一年项目数量', match: { contains: ['上一年项目数量', '上一年'] } },
  { key: 'change', id: '本年增/减', label: '本年增/减', match: { contains: ['本年增', '增/减', '增减'] } },
  { key: 'decisions', id: '处理决定数量', label: '处理决定数量', match: { contains: ['处理决定'] } },
];

export const FORM_2019: FormDef = {
  id: '2019',
  name: '国办公开办函〔2019〕60号（试行）',
  table2: {
    rows: [
      { key: 'regulations', id: '规章', label: '规章', match: { equals: ['规章'] } },
      { key: 'normativeDocs', id: '规范性文件', label: '规范性文件', match: { contains: ['规范性文件'] } },
      { key: 'licensing', id: '行政许可', label: '行政许可', match: { equals: ['行政许可'] } },
      { key: 'otherServices', id: '其他对外管理服务事项', label: '其他对外管理服务事项', match: { contains: ['对外管理服务'] } },
      { key: 'penalty', id: '行政处罚', label: '行政处罚', match: { equals: ['行政处罚'] } },
      { key: 'enforcement', id: '行政强制', label: '行政强制', match: { equals: ['行政强制'] } },
      { key: 'fees', id: '行政事业性收费', label: '行政事业性收费', match: { contains: ['行政事业性收费'] } },
      { key: 'procurement', id: '政府集中采购', label: '政府集中采购', match: { contains: ['政府集中采购'] } },
    ],
    columns: [
      { key: 'newlyMade', id: '本年新制作数量', label: '本年新制作数量', match: { contains: ['新制作'] } },
      { key: 'newlyPublished', id: '本年新公开数量', label: '本年新公开数量', match: { contains: ['新公开'] } },
      { key: 'totalPublished', id: '对外公开总数量', label: '对外公开总数量', match: { contains: ['对外公开总数'] } },
      ...PROJECT_COLUMNS,
      { key: 'projects', id: '采购项目数量', label: '采购项目数量', match: { contains: ['采购项目数量'] } },
      { key: 'amount', id: '采购总金额', label: '采购总金额', match: { contains: ['采购总金额'] } },
    ],
    cells: [
      ['regulations', 'newlyMade'], ['regulations', 'newlyPublished'], ['regulations', 'totalPublished'],
      ['normativeDocs', 'newlyMade'], ['normativeDocs', 'newlyPublished'], ['normativeDocs', 'totalPublished'],
      ...(['licensing', 'otherServices', 'penalty', 'enforcement'] as const).flatMap((row) =>
        (['previousYear', 'change', 'decisions'] as const).map((column) => [row, column] as const)),
      ['fees', 'previousYear'], ['fees', 'change'],
      ['procurement', 'projects'], ['procurement', 'amount'],
    ],
  },
  table3: {
    rows: table3Rows,
    groups: TABLE3_GROUPS,
    columns: TABLE3_COLUMNS,
    outcomeRows: table3Rows.filter((row) => row.group).map((row) => row.key),
  },
  table4: TABLE4,
  foreignLabels: ['本年制发件数', '本年废止件数', '现行有效件数', '行政规范性文件'],
};
