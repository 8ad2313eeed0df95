/** The parts of the form that did not change between the 2019 trial form and the 2021 form. */
import type { GroupDef, LineDef, Table3Def, Table4Def } from './types';
import type { Table3RowKey } from './keys';

const NATURAL_PERSON_COLUMN = { key: 'natural', id: 'C1', label: '自然人', match: { contains: ['自然人'] } } as const satisfies LineDef;

/** 法人或其他组织: the five kinds of organisation (C2–C6). */
const LEGAL_PERSON_COLUMNS = [
  { key: 'business', id: 'C2', label: '商业企业', match: { contains: ['商业企业'] } },
  { key: 'research', id: 'C3', label: '科研机构', match: { contains: ['科研机构'] } },
  { key: 'nonprofit', id: 'C4', label: '社会公益组织', match: { contains: ['社会公益'] } },
  { key: 'legal', id: 'C5', label: '法律服务机构', match: { contains: ['法律服务'] } },
  { key: 'otherOrg', id: 'C6', label: '其他', match: { equals: ['其他', '其它', '其他组织'] } },
] as const satisfies readonly LineDef[];

export const TABLE3_COLUMNS = [
  NATURAL_PERSON_COLUMN,
  ...LEGAL_PERSON_COLUMNS,
  { key: 'total', id: 'C7', label: '总计', match: { contains: ['总计', '合计'] } },
] as const satisfies readonly LineDef[];

/** The columns of table 3 that 法人或其他组织 adds up (C2–C6). */
export const TABLE3_LEGAL_PERSON_COLUMNS = LEGAL_PERSON_COLUMNS.map((column) => column.key);

/** The applicant columns whose sum is each row's 总计 (C1–C6). */
export const TABLE3_APPLICANT_COLUMNS = [NATURAL_PERSON_COLUMN.key, ...TABLE3_LEGAL_PERSON_COLUMNS];

/** A 法人或其他组织 subtotal column is not in the form (table-extra-rows). */
export const TABLE3_EXTRA_COLUMNS = [
  {
    key: 'legalPersonSubtotal',
    id: 'C2–C6',
    label: '法人或其他组织（小计）',
    match: { equals: ['法人或其他组织', '小计', '法人或其他组织小计'] },
  },
] as const satisfies readonly LineDef[];

export const TABLE3_GROUPS = [
  { key: 'results', label: '三、本年度办理结果', match: { contains: ['本年度办理结果', '办理结果'] } },
  { key: 'withheld', label: '（三）不予公开', match: { equals: ['不予公开'] } },
  { key: 'unavailable', label: '（四）无法提供', match: { equals: ['无法提供'] } },
  { key: 'notProcessed', label: '（五）不予处理', match: { equals: ['不予处理'] } },
  { key: 'otherHandling', label: '（六）其他处理', match: { equals: ['其他处理'] } },
] as const satisfies readonly GroupDef[];

export const TABLE3_HEAD_ROWS = [
  { key: 'received', id: 'R01', label: '一、本年新收政府信息公开申请数量', match: { contains: ['本年新收', '新收政府信息公开申请'] } },
  { key: 'carriedIn', id: 'R02', label: '二、上年结转政府信息公开申请数量', match: { contains: ['上年结转'] } },
  { key: 'granted', id: 'R03', label: '（一）予以公开', match: { contains: ['予以公开'] }, group: 'results' },
  {
    key: 'partlyGranted',
    id: 'R04',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    match: { contains: ['部分公开'] },
    group: 'results',
  },
  { key: 'withheld.stateSecret', id: 'R05', label: '1.属于国家秘密', match: { contains: ['国家秘密'] }, group: 'withheld' },
  {
    key: 'withheld.prohibitedByLaw',
    id: 'R06',
    label: '2.其他法律行政法规禁止公开',
    match: { contains: ['法规禁止公开', '法律行政法规禁止'] },
    group: 'withheld',
  },
  { key: 'withheld.threeSecurities', id: 'R07', label: '3.危及“三安全一稳定”', match: { contains: ['三安全一稳定'] }, group: 'withheld' },
  {
    key: 'withheld.thirdParty',
    id: 'R08',
    label: '4.保护第三方合法权益',
    match: { contains: ['第三方合法权益', '保护第三方'] },
    group: 'withheld',
  },
  { key: 'withheld.internalAffairs', id: 'R09', label: '5.属于三类内部事务信息', match: { contains: ['内部事务'] }, group: 'withheld' },
  { key: 'withheld.processInfo', id: 'R10', label: '6.属于四类过程性信息', match: { contains: ['过程性信息'] }, group: 'withheld' },
  { key: 'withheld.enforcementFile', id: 'R11', label: '7.属于行政执法案卷', match: { contains: ['执法案卷'] }, group: 'withheld' },
  { key: 'withheld.queryMatter', id: 'R12', label: '8.属于行政查询事项', match: { contains: ['查询事项'] }, group: 'withheld' },
  { key: 'unavailable.notHeld', id: 'R13', label: '1.本机关不掌握相关政府信息', match: { contains: ['不掌握'] }, group: 'unavailable' },
  {
    key: 'unavailable.needsCreation',
    id: 'R14',
    label: '2.没有现成信息需要另行制作',
    match: { contains: ['另行制作', '没有现成信息'] },
    group: 'unavailable',
  },
  {
    key: 'unavailable.unclear',
    id: 'R15',
    label: '3.补正后申请内容仍不明确',
    match: { contains: ['仍不明确', '补正后申请'] },
    group: 'unavailable',
  },
  {
    key: 'notProcessed.petition',
    id: 'R16',
    label: '1.信访举报投诉类申请',
    match: { contains: ['信访举报', '投诉类'] },
    group: 'notProcessed',
  },
  { key: 'notProcessed.repeated', id: 'R17', label: '2.重复申请', match: { contains: ['重复申请'] }, group: 'notProcessed' },
  { key: 'notProcessed.publication', id: 'R18', label: '3.要求提供公开出版物', match: { contains: ['公开出版物'] }, group: 'notProcessed' },
  { key: 'notProcessed.excessive', id: 'R19', label: '4.无正当理由大量反复申请', match: { contains: ['大量反复'] }, group: 'notProcessed' },
  {
    key: 'notProcessed.confirmation',
    id: 'R20',
    label: '5.要求行政机关确认或重新出具已获取信息',
    match: { contains: ['重新出具', '确认或重新'] },
    group: 'notProcessed',
  },
] as const satisfies readonly LineDef[];

export const TABLE3_TAIL_ROWS = [
  { key: 'handledTotal', id: 'R24', label: '（七）总计', match: { equals: ['总计', '合计'] } },
  { key: 'carriedOut', id: 'R25', label: '四、结转下年度继续办理', match: { contains: ['结转下年度', '下年度继续办理'] } },
] as const satisfies readonly LineDef[];

/** The parts of each table-4 group whose sum is its 总计. */
const OUTCOME_PART_COLUMNS = [
  { key: 'upheld', id: 'upheld', label: '结果维持', match: { contains: ['维持'] } },
  { key: 'corrected', id: 'corrected', label: '结果纠正', match: { contains: ['纠正'] } },
  { key: 'other', id: 'other', label: '其他结果', match: { contains: ['其他结果', '其它结果'] } },
  { key: 'pending', id: 'pending', label: '尚未审结', match: { contains: ['尚未审结', '未审结'] } },
] as const satisfies readonly LineDef[];

export const TABLE4_COLUMNS = [
  ...OUTCOME_PART_COLUMNS,
  { key: 'total', id: 'total', label: '总计', match: { contains: ['总计', '合计'] } },
] as const satisfies readonly LineDef[];

/** 结果维持, 结果纠正, 其他结果, 尚未审结: what each group's 总计 adds up. */
export const TABLE4_PARTS = OUTCOME_PART_COLUMNS.map((column) => column.key);

export const TABLE4_GROUPS = [
  // Order matters: 「未经复议直接起诉」 and 「复议后起诉」 both contain 复议.
  { key: 'suitDirect', id: '诉讼(直接)', label: '行政诉讼 › 未经复议直接起诉', match: { contains: ['未经复议', '直接起诉'] } },
  { key: 'suitAfterReview', id: '诉讼(复议后)', label: '行政诉讼 › 复议后起诉', match: { contains: ['复议后起诉', '复议后'] } },
  { key: 'review', id: '复议', label: '行政复议', match: { contains: ['行政复议'] } },
] as const satisfies readonly LineDef[];

export const TABLE4: Table4Def = { groups: TABLE4_GROUPS, columns: TABLE4_COLUMNS };

/** Table 3 of a form: the shared rows around the form's own （六）其他处理 rows. */
export function table3With(otherHandlingRows: readonly LineDef<Table3RowKey>[]): Table3Def {
  const rows: readonly LineDef[] = [...TABLE3_HEAD_ROWS, ...otherHandlingRows, ...TABLE3_TAIL_ROWS];
  return {
    rows,
    groups: TABLE3_GROUPS,
    columns: TABLE3_COLUMNS,
    outcomeRows: rows.filter((row) => row.group).map((row) => row.key),
  };
}

/** Table-2 rows both forms share (the 规范性文件 row and the columns differ). */
export const TABLE2_SHARED_ROWS = {
  regulations: { key: 'regulations', id: '规章', label: '规章', match: { equals: ['规章'] } },
  licensing: { key: 'licensing', id: '行政许可', label: '行政许可', match: { equals: ['行政许可'] } },
  penalty: { key: 'penalty', id: '行政处罚', label: '行政处罚', match: { equals: ['行政处罚'] } },
  enforcement: { key: 'enforcement', id: '行政强制', label: '行政强制', match: { equals: ['行政强制'] } },
  fees: { key: 'fees', id: '行政事业性收费', label: '行政事业性收费', match: { contains: ['行政事业性收费'] } },
} as const satisfies Record<string, LineDef>;
