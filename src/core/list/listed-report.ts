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
