/** The report list the reader's answer carries (src/core/list/listed-report.ts), checked for shape: it crossed from the tab. */
import type { ReportList } from '../../core/list/report-links';

export function reportListIn(value: unknown): ReportList | null {
  if (typeof value !== 'object' || value === null || !('reportList' in value)) return null;
  const list = (value as { reportList: unknown }).reportList as Partial<ReportList> | null;
  if (!list || !Array.isArray(list.reports) || !Array.isArray(list.pages)) return null;
  const reports = list.reports.filter(
    (link): link is ReportList['reports'][number] => typeof link?.url === 'string' && typeof link.title === 'string',
  );
  return { reports, pages: list.pages.filter((page): page is string => typeof page === 'string'), offSite: Number(list.offSite) || 0 };
}
