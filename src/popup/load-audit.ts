/** The popup's half of the pipeline: the checks run here on what ./read-tab read, so the page only pays for reading. */
import { auditReport } from '../core/audit/audit';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';
import type { MessageKey } from './i18n';
import { previousYearOf } from '../core/audit/history';
import { loadHistory, recordInHistory } from './storage';
import { errorMessage } from '../core/error-message';
import type { Attachment, TabReading } from './read-tab';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: MessageKey; detail?: string }
  | { kind: 'done'; audit: AuditResult; report: Report; tabId: number; attachments?: Attachment[] };

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && 'isReport' in value && 'identity' in value;
}

/** The audit of what the reader returned. */
export async function loadAudit(reading: Promise<TabReading>): Promise<PopupState> {
  // Past audits are read while the page is; only picking the previous year needs the report.
  // History is a nicety: a storage failure must not cost the user the audit.
  const history = loadHistory().catch(() => []);
  const read = await reading;
  if (read.kind === 'failed') return { kind: 'error', message: read.message, detail: read.detail };
  const { tab, result } = read;
  if (!isReport(result)) {
    return { kind: 'error', message: 'errorNoResult' };
  }
  try {
    const url = tab.url ?? result.identity.url ?? null;
    const previous = previousYearOf(await history, result.identity);
    const audit = auditReport(result, { url, previous });
    performance.mark('govreport:audited');
    // Recorded after the findings are shown: the user should not wait for a storage write.
    void recordInHistory(audit, result).catch(() => undefined);
    return { kind: 'done', report: result, audit, tabId: tab.id, ...(read.attachments?.length ? { attachments: read.attachments } : {}) };
  } catch (error) {
    return { kind: 'error', message: 'errorAudit', detail: errorMessage(error) };
  }
}

/** The audit of a file the user chose to audit from the page (an attachment): same checks, same history. */
export async function auditFile(report: Report, url: string, tabId: number): Promise<PopupState> {
  try {
    const previous = previousYearOf(await loadHistory().catch(() => []), report.identity);
    const audit = auditReport(report, { url, previous });
    if (report.isReport) void recordInHistory(audit, report).catch(() => undefined);
    return { kind: 'done', report, audit, tabId };
  } catch (error) {
    return { kind: 'error', message: 'errorAudit', detail: errorMessage(error) };
  }
}
