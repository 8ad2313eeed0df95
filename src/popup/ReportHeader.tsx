import type { AuditResult } from '../core/model/audit';
import { BODY_KIND_NAMES, FORMAT_NAMES } from './labels';

export function ReportHeader({ audit }: { audit: AuditResult }) {
  const { report } = audit;
  const rows: [string, string][] = [
    ['机关', report.organisation + (BODY_KIND_NAMES[report.bodyKind] ? `（${BODY_KIND_NAMES[report.bodyKind]}）` : '')],
    ['年度', report.year === null ? '未识别' : `${report.year} 年度`],
    ['格式', report.format === null ? '未识别' : (FORMAT_NAMES[report.format] ?? report.format)],
    ['发布日期', report.publishedAt ?? '未找到'],
  ];
  return (
    <header class="report-header">
      <h1 data-testid="report-title">{report.title || '（未找到标题）'}</h1>
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
