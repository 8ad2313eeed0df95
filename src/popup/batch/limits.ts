/** The batch's limits, shown to the user before a run starts (kept apart so the offer loads without the runner). */
export interface BatchLimits {
  maxPages: number;
  maxReports: number;
}

export const DEFAULT_LIMITS: BatchLimits = { maxPages: 5, maxReports: 100 };
/** Requests in flight at once, and the pause each worker takes between two: a column is read, not hammered. */
export const CONCURRENCY = 3;
export const PAUSE_MS = 150;
