import type { AuditResult } from '../core/model/audit';
import { useT, type MessageKey } from './i18n';

const FORMAT_KEYS: Record<string, MessageKey> = { '2021': 'format2021', '2019': 'format2019', pre2019: 'formatPre2019' };
const BODY_KIND_KEYS: Record<string, MessageKey> = { government: 'bodyGovernment', department: 'bodyDepartment' };

export function ReportHeader({ audit }: { audit: AuditResult }) {
  const t = useT();
  const { report } = audit;
  const bodyKind = BODY_KIND_KEYS[report.bodyKind];
  const format = report.format === null ? undefined : FORMAT_KEYS[report.format];
  const rows: [string, string][] = [
    [t('metaOrganisation'), report.organisation + (bodyKind ? t('bodyKindSuffix', { kind: t(bodyKind) }) : '')],
    [t('metaYear'), report.year === null ? t('unrecognised') : t('yearValue', { year: report.year })],
    [t('metaFormat'), report.format === null ? t('unrecognised') : format ? t(format) : report.format],
    [t('metaPublished'), report.publishedAt ?? t('notFound')],
  ];
  return (
    <header class="report-header">
      <h1 data-testid="report-title" lang="zh-CN">
        {report.title || t('untitled')}
      </h1>
      <dl class="meta">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
