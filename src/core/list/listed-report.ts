/**
 * The reader's answer for a page that is not a report but a list of them: the same not-a-report
 * result, with the list's reason and links attached for the popup's batch audit.
 */
import type { Report } from '../model/report';
import { listReason, readReportList, type ReportList } from './report-links';

export type ListedReport = Report & { reportList?: ReportList };

export function withReportList(report: Report, document: Pick<Document, 'querySelectorAll'>, url: string): ListedReport {
  if (report.isReport) return report;
  let list: ReportList | null;
  try {
    list = readReportList(document, url);
  } catch {
    // Finding links is an extra: a failure here must not cost the user the not-a-report answer.
    return report;
  }
  return list ? { ...report, notReportReason: listReason(list), reportList: list } : report;
}

/** The list a reader's answer carries, checked for shape (it crossed from the tab). */
export function reportListIn(value: unknown): ReportList | null {
  if (typeof value !== 'object' || value === null || !('reportList' in value)) return null;
  const list = (value as { reportList: unknown }).reportList as Partial<ReportList> | null;
  if (!list || !Array.isArray(list.reports) || !Array.isArray(list.pages)) return null;
  const reports = list.reports.filter(
    (link): link is ReportList['reports'][number] => typeof link?.url === 'string' && typeof link.title === 'string',
  );
  return { reports, pages: list.pages.filter((page): page is string => typeof page === 'string'), offSite: Number(list.offSite) || 0 };
}
