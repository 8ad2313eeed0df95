/** The batch run's words (see ./messages for the offer's). */
import { useLang } from '../i18n';
import { translator } from './messages';

const zh = {
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
  colReview: '待人工核查',
  colTop: '首要问题 / 状态',
  open: '打开',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 XLSX',
  exportJsonl: '导出 JSON Lines',
  totals:
    '合计：已审校 {audited}，不是报告 {notReport}，读取失败 {failed}，附件未审校 {attachments}；错误 {errors}，警告 {warnings}，待人工核查 {review}',
};

const en: Record<keyof typeof zh, string> = {
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
  totals:
    'Total: audited {audited}, not reports {notReport}, failed {failed}, attachments not audited {attachments}; errors {errors}, warnings {warnings}, to review {review}',
};

export function useRunT() {
  return translator(useLang() === 'zh' ? zh : en);
}
