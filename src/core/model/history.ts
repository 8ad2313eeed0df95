/**
 * What the popup keeps of past audits (storage.local): enough to list them and to give next year's
 * report the figures the cross-year checks compare with, and nothing of the page's prose.
 *
 * In zod/mini, not zod: the popup validates what it reads back from storage against these schemas
 * (a trust boundary: storage outlives versions of this code), and zod/mini adds about 7 kB zipped to it
 * where zod would add about 90 kB (README, "Size budget"). The values are those of ./report and ./audit.
 */
import * as z from 'zod/mini';

/** One cell as the cross-year checks need it: the value with its blank/text semantics, not its place. */
export const StoredCell = z.object({
  raw: z.string(),
  kind: z.enum(['number', 'zero', 'blank', 'notApplicable', 'text']),
  value: z.nullable(z.number()),
});
export type StoredCell = z.infer<typeof StoredCell>;

/** A report's figures that the next year's report continues: table 3 R25 and table 2 规章/规范性文件. */
export const YearData = z.object({
  url: z.nullable(z.string()),
  organisation: z.string().check(z.minLength(1)),
  year: z.int(),
  /** The report's title, to say which report a cross-year finding compared with. */
  title: z.optional(z.string()),
  /** Table 3 「结转下年度继续办理」 by column key. */
  carriedOut: z.record(z.string(), StoredCell),
  /** Table 2 by row key (`regulations`, `normativeDocs`) then column key (`issued`, `repealed`, `inForce`). */
  table2: z.record(z.string(), z.record(z.string(), StoredCell)),
});
export type YearData = z.infer<typeof YearData>;

const count = z.int();

export const HistoryEntry = z.extend(YearData, {
  title: z.string(),
  bodyKind: z.enum(['government', 'department', 'unknown']),
  counts: z.object({
    outcome: z.object({ fail: count, 'needs-review': count, pass: count, 'not-applicable': count }),
    failBySeverity: z.object({ error: count, warning: count, info: count }),
  }),
  auditedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
