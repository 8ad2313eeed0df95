/** The popup's half of the pipeline: the checks run here on what ./read-tab read, so the page only pays for reading. */
import { auditReport } from '../core/audit/audit';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';
import type { MessageKey } from './i18n';
import { previousYearOf } from '../core/audit/history';
import { loadHistory, recordInHistory, type RecordOutcome } from './storage';
import { errorMessage } from '../core/error-message';
import type { Attachment, TabReading } from './read-tab';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: MessageKey; detail?: string }
  | {
      kind: 'done';
      audit: AuditResult;
      report: Report;
      tabId: number;
      /** The page's `<link rel="canonical">`, as the reader found it: the key of its dismissals. */
      canonical: string | null;
      /** Past audits could not be read: no cross-year comparison was made (shown, never silent). */
      historyError?: string;
      /** Settles when this audit has been remembered for next year, or with why it was not. */
      recorded: Promise<RecordOutcome>;
      /** Report files the page links (PDF, Word), offered for an audit of their own. */
      attachments?: Attachment[];
    };

function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && 'isReport' in value && 'identity' in value;
}

/** The reader adds the page's canonical link to the report it returns (entrypoints/read-report.content.ts). */
function canonicalOf(result: Report): string | null {
  const canonical = (result as { canonicalUrl?: unknown }).canonicalUrl;
  return typeof canonical === 'string' ? canonical : null;
}

/** The audit of what the reader returned. */
export async function loadAudit(reading: Promise<TabReading>): Promise<PopupState> {
  // Past audits are read while the page is; only picking the previous year needs the report.
  // A storage failure must not cost the user the audit, but it is shown: the cross-year checks say
  // "no previous year" when the history could not be read.
  let historyError: string | undefined;
  const history = loadHistory().catch((error: unknown) => {
    historyError = errorMessage(error);
    return [];
  });
  const read = await reading;
  if (read.kind === 'failed') return { kind: 'error', message: read.message, detail: read.detail };
  const { tab, result } = read;
  if (!isReport(result)) {
    return { kind: 'error', message: 'errorNoResult' };
  }
  try {
    const url = tab.url ?? result.identity.url ?? null;
    // Only a report of the same site may supply last year's figures (see previousYearOf).
    const previous = previousYearOf(await history, result.identity, url);
    const audit = auditReport(result, { url, previous });
    performance.mark('govreport:audited');
    // Recorded after the findings are shown: the user should not wait for a storage write.
    const recorded = recordInHistory(audit, result);
    // Handled here too, so a failure is never an unhandled rejection before the popup shows it.
    recorded.catch(() => undefined);
    const canonical = canonicalOf(result);
    return {
      kind: 'done',
      report: result,
      audit,
      tabId: tab.id,
      canonical,
      recorded,
      ...(historyError === undefined ? {} : { historyError }),
      ...(read.attachments?.length ? { attachments: read.attachments } : {}),
    };
  } catch (error) {
    return { kind: 'error', message: 'errorAudit', detail: errorMessage(error) };
  }
}

/** The audit of a file the user chose to audit from the page (an attachment): same checks, same history. */
export async function auditFile(report: Report, url: string, tabId: number): Promise<PopupState> {
  try {
    let historyError: string | undefined;
    const history = await loadHistory().catch((error: unknown) => {
      historyError = errorMessage(error);
      return [];
    });
    const audit = auditReport(report, { url, previous: previousYearOf(history, report.identity, url) });
    const recorded: Promise<RecordOutcome> = report.isReport ? recordInHistory(audit, report) : Promise.resolve('skipped');
    recorded.catch(() => undefined);
    return { kind: 'done', report, audit, tabId, canonical: null, recorded, ...(historyError === undefined ? {} : { historyError }) };
  } catch (error) {
    return { kind: 'error', message: 'errorAudit', detail: errorMessage(error) };
  }
}
