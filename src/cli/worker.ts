/**
 * The audit on another core: a worker thread reads and audits the inputs the main thread hands it,
 * one at a time, and posts back the result (or the YearData, in the pairing pass). The main thread
 * keeps the order, the output and the signals; a worker holds one input at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditResult } from '../core/model/audit';
import type { YearData } from '../core/model/history';

export const WORKER_MARK = 'govreport-audit-worker';

export type Job = { id: number; kind: 'year' | 'audit'; path: string; previous?: YearData[] };
export type JobResult =
  | { id: number; ok: false; message: string }
  | { id: number; ok: true; year: YearData | null }
  | { id: number; ok: true; result: AuditResult; notes: string[]; year: YearData | null };

export const isAuditWorker = (workerData as { mark?: string } | null)?.mark === WORKER_MARK;

let serving = false;

export async function serve(): Promise<void> {
  if (serving || !parentPort) return;
  serving = true;
  const [{ readInputReport }, { auditReport }, { previousYearOf, yearDataOf }, { errorMessage }] = await Promise.all([
    import('./read-input'),
    import('../core/audit/audit'),
    import('../core/audit/history'),
    import('../core/error-message'),
  ]);
  let years: YearData[] = [];
  const port = parentPort;
  port.on('message', async (message: Job | { years: YearData[] }) => {
    if ('years' in message) {
      years = message.years;
      return;
    }
    const { id, kind, path } = message;
    try {
      const input = await readInputReport(path);
      if (!input.ok) return port.postMessage({ id, ok: false, message: input.message } satisfies JobResult);
      const year = yearDataOf(input.report, input.url || null);
      if (kind === 'year') return port.postMessage({ id, ok: true, year } satisfies JobResult);
      const result = auditReport(input.report, { url: input.url || undefined, previous: previousYearOf(years, input.report.identity) });
      port.postMessage({ id, ok: true, result, notes: input.notes, year } satisfies JobResult);
    } catch (error) {
      port.postMessage({ id, ok: false, message: `internal error: ${errorMessage(error)}` } satisfies JobResult);
    }
  });
}
