/** The report a page that is not one reads as: no sections, no tables, and the reason in words. */
import type { Report } from '../model/report';

export function notAReport(reason: string, url?: string): Report {
  return {
    isReport: false,
    notReportReason: reason,
    identity: { title: '', organisation: '', year: null, bodyKind: 'unknown', publishedAt: null, url },
    form: null,
    sections: [],
    tables: { t2: null, t3: null, t4: null },
    blocks: [],
    blockSection: [],
    images: [],
    unrecognisedTables: [],
  };
}
