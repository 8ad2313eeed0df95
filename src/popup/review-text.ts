/**
 * The words of the export menu and the dismissals, in both popup languages. Kept beside their
 * components rather than in the locale files, so the two can grow apart without merge churn.
 */
import { useLang, type Lang } from './i18n';

const zh = {
  exportMenu: '导出',
  exportMenuLabel: '导出审校结果',
  copied: '已复制摘要到剪贴板。',
  copyFailed: '无法写入剪贴板：{detail}',
  downloaded: '已下载 {name}',
  dismiss: '不是问题',
  dismissNote: '备注（可选）',
  dismissConfirm: '确认忽略',
  dismissCancel: '取消',
  dismissedGroup: '已忽略',
  dismissedAt: '忽略于 {at}',
  restore: '恢复',
  dismissalsExport: '导出忽略标记',
  dismissalsImport: '导入忽略标记',
  dismissalsNone: '还没有忽略标记。',
  imported: '已导入 {n} 条忽略标记，其中 {matched} 条对应本报告的问题。',
  importFailed: '导入失败：{detail}',
  storageFailed: '无法保存忽略标记：{detail}',
} as const;

export type ReviewKey = keyof typeof zh;

const en: Record<ReviewKey, string> = {
  exportMenu: 'Export',
  exportMenuLabel: 'Export the audit',
  copied: 'Summary copied to the clipboard.',
  copyFailed: 'Could not write to the clipboard: {detail}',
  downloaded: 'Downloaded {name}',
  dismiss: 'Not a problem',
  dismissNote: 'Note (optional)',
  dismissConfirm: 'Dismiss',
  dismissCancel: 'Cancel',
  dismissedGroup: 'Dismissed',
  dismissedAt: 'dismissed {at}',
  restore: 'Restore',
  dismissalsExport: 'Export dismissals',
  dismissalsImport: 'Import dismissals',
  dismissalsNone: 'No dismissals yet.',
  imported: 'Imported {n} dismissals; {matched} match findings of this report.',
  importFailed: 'Import failed: {detail}',
  storageFailed: 'Could not save the dismissals: {detail}',
};

const TEXT: Record<Lang, Record<ReviewKey, string>> = { zh, en };

export type ReviewText = (key: ReviewKey, params?: Record<string, string | number>) => string;

export function reviewText(lang: Lang): ReviewText {
  return (key, params) => TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export function useReviewText(): ReviewText {
  return reviewText(useLang());
}
