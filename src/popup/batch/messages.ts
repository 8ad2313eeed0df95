/** The batch panel's words; kept beside it so the popup's own locale files need no new keys. */
import { useLang } from '../i18n';

const zh = {
  listTitle: '本页是年度报告列表，不是单篇报告',
  listCount: '本页列有 {n} 篇报告的链接',
  listPages: '，另有 {n} 个分页',
  listOffSite: '（另有 {n} 篇在其他网站，不读取）',
  start: '审校本栏目全部报告',
  maxPages: '最多读取列表页数',
  maxReports: '最多审校报告数',
  politeness: '每次最多同时读取 {n} 个页面，每次之间稍作停顿；只读取本站（{origin}）的页面。',
  needAccess: '浏览器未允许本工具读取 {origin} 的其他页面。',
  grant: '允许读取 {origin}',
  grantHint: '只授权这一个网站，可随时在扩展设置中撤销。授权后如弹窗关闭，请再次点击工具栏按钮。',
  denied: '未获授权，无法读取其他页面。',
  loadFailed: '批量审校界面无法加载：',
  readingPages: '正在读取列表第 {n} 页……',
  progress: '已完成 {done} / {total}',
  stop: '停止',
  stopped: '已停止：已完成的结果保留如下。',
  done: '全部完成：{total} 篇，用时 {seconds} 秒。',
  leftOut: '超出上限未审校的报告链接：{n} 篇。',
  pagesLeftOut: '超出上限未读取的列表页：{n} 页。',
  pagesFailed: '读取失败的列表页：{n} 页。',
  colTitle: '报告',
  colYear: '年度',
  colErrors: '错误',
  colWarnings: '警告',
  colReview: '待核实',
  colTop: '首要问题 / 状态',
  open: '打开',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 XLSX',
  exportJsonl: '导出 JSON Lines',
  totals: '合计：已审校 {audited}，不是报告 {notReport}，读取失败 {failed}，附件未审校 {attachments}；错误 {errors}，警告 {warnings}，待核实 {review}',
};

const en: Record<keyof typeof zh, string> = {
  listTitle: 'This page lists annual reports; it is not a report itself',
  listCount: 'It links {n} reports',
  listPages: ' and {n} more list pages',
  listOffSite: ' ({n} more on other sites, not read)',
  start: 'Audit every report in this column',
  maxPages: 'List pages to read at most',
  maxReports: 'Reports to audit at most',
  politeness: 'At most {n} pages are read at once, with a pause between; only pages of this site ({origin}) are read.',
  needAccess: 'The browser does not let the extension read other pages of {origin}.',
  grant: 'Allow reading {origin}',
  grantHint: 'This one site only; revocable in the extension settings. If the popup closes after you allow it, click the toolbar button again.',
  denied: 'Not allowed: the other pages cannot be read.',
  loadFailed: 'The batch panel failed to load: ',
  readingPages: 'Reading list page {n}…',
  progress: '{done} / {total} done',
  stop: 'Stop',
  stopped: 'Stopped: what was done is kept below.',
  done: 'All done: {total} reports in {seconds} s.',
  leftOut: 'Report links beyond the limit, not audited: {n}.',
  pagesLeftOut: 'List pages beyond the limit, not read: {n}.',
  pagesFailed: 'List pages that failed: {n}.',
  colTitle: 'Report',
  colYear: 'Year',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colReview: 'Review',
  colTop: 'Top problem / status',
  open: 'Open',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export XLSX',
  exportJsonl: 'Export JSON Lines',
  totals: 'Total: audited {audited}, not reports {notReport}, failed {failed}, attachments not audited {attachments}; errors {errors}, warnings {warnings}, to review {review}',
};

export type BatchMessage = keyof typeof zh;

export function useBatchT(): (key: BatchMessage, params?: Record<string, string | number>) => string {
  const messages = useLang() === 'zh' ? zh : en;
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
