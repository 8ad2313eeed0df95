/**
 * The batch offer's words; kept beside it so the popup's own locale files need no new keys. The run's
 * own words are in ./run-messages, loaded with the run.
 */
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
  inTab: '在新标签页中打开（关闭弹窗也不会中断审校）',
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
  grantHint:
    'This one site only; revocable in the extension settings. If the popup closes after you allow it, click the toolbar button again.',
  denied: 'Not allowed: the other pages cannot be read.',
  loadFailed: 'The batch panel failed to load: ',
  inTab: 'Open in a tab (closing the popup then does not stop the run)',
};

function translator<K extends string>(messages: Record<K, string>) {
  return (key: K, params?: Record<string, string | number>) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export function useBatchT() {
  return translator(useLang() === 'zh' ? zh : en);
}

export { translator };
