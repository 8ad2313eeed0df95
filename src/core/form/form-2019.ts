/** 国办公开办函〔2019〕60号: the trial form used for the 2019 and 2020 reports (docs/report-format.md §5). */
import type { FormDefinition, LineDef } from './types';
import { TABLE2_SHARED_ROWS, TABLE4, table3With } from './shared';

export const OTHER_HANDLING_ROWS_2019 = [
  { key: 'otherHandling', id: 'R21', label: '（六）其他处理', match: { equals: ['其他处理'] }, group: 'otherHandling' },
] as const satisfies readonly LineDef[];

const PROJECT_COLUMNS = [
  { key: 'previousYear', id: '上一年项目数量', label: '上一年项目数量', match: { contains: ['上一年项目数量', '上一年'] } },
  { key: 'change', id: '本年增/减', label: '本年增/减', match: { contains: ['本年增', '增/减', '增减'] } },
  { key: 'decisions', id: '处理决定数量', label: '处理决定数量', match: { contains: ['处理决定'] } },
] as const satisfies readonly LineDef[];

export const TABLE2_ROWS_2019 = [
  TABLE2_SHARED_ROWS.regulations,
  { key: 'normativeDocs', id: '规范性文件', label: '规范性文件', match: { contains: ['规范性文件'] } },
  TABLE2_SHARED_ROWS.licensing,
  { key: 'otherServices', id: '其他对外管理服务事项', label: '其他对外管理服务事项', match: { contains: ['对外管理服务'] } },
  TABLE2_SHARED_ROWS.penalty,
  TABLE2_SHARED_ROWS.enforcement,
  TABLE2_SHARED_ROWS.fees,
  { key: 'procurement', id: '政府集中采购', label: '政府集中采购', match: { contains: ['政府集中采购'] } },
] as const satisfies readonly LineDef[];

export const TABLE2_COLUMNS_2019 = [
  { key: 'newlyMade', id: '本年新制作数量', label: '本年新制作数量', match: { contains: ['新制作'] } },
  { key: 'newlyPublished', id: '本年新公开数量', label: '本年新公开数量', match: { contains: ['新公开'] } },
  { key: 'totalPublished', id: '对外公开总数量', label: '对外公开总数量', match: { contains: ['对外公开总数'] } },
  ...PROJECT_COLUMNS,
  { key: 'projects', id: '采购项目数量', label: '采购项目数量', match: { contains: ['采购项目数量'] } },
  { key: 'amount', id: '采购总金额', label: '采购总金额', match: { contains: ['采购总金额'] } },
] as const satisfies readonly LineDef[];

export const FORM_2019: FormDefinition = {
  id: '2019',
  name: '国办公开办函〔2019〕60号（试行）',
  fromYear: 2019,
  table2: {
    rows: TABLE2_ROWS_2019,
    columns: TABLE2_COLUMNS_2019,
    cells: [
      ['regulations', 'newlyMade'],
      ['regulations', 'newlyPublished'],
      ['regulations', 'totalPublished'],
      ['normativeDocs', 'newlyMade'],
      ['normativeDocs', 'newlyPublished'],
      ['normativeDocs', 'totalPublished'],
      ...(['licensing', 'otherServices', 'penalty', 'enforcement'] as const).flatMap((row) =>
        (['previousYear', 'change', 'decisions'] as const).map((column) => [row, column] as const),
      ),
      ['fees', 'previousYear'],
      ['fees', 'change'],
      ['procurement', 'projects'],
      ['procurement', 'amount'],
    ],
  },
  table3: table3With(OTHER_HANDLING_ROWS_2019),
  table4: TABLE4,
  ownLabels: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '其他对外管理服务事项',
    '政府集中采购',
    '采购项目数量',
    '采购总金额',
  ],
};
