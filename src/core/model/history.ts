/**
 * What the popup keeps of past audits (storage.local): enough to list them and to give next year's
 * report the figures the cross-year checks compare with, and nothing of the page's prose.
 */
import { z } from 'zod';
import { AuditResult } from './audit';
import { CellValue } from './report';

/** One cell as the cross-year checks need it: the value with its blank/text semantics, not its place. */
export const StoredCell = CellValue.pick({ raw: true, kind: true, value: true });
export type StoredCell = z.infer<typeof StoredCell>;

/** A report's figures that the next year's report continues: table 3 R25 and table 2 规章/规范性文件. */
export const YearData = z.object({
  url: z.string().nullable(),
  organisation: z.string().min(1),
  year: z.number().int(),
  /** The report's title, to say which report a cross-year finding compared with. */
  title: z.string().optional(),
  /** Table 3 「结转下年度继续办理」 by column key. */
  carriedOut: z.record(z.string(), StoredCell),
  /** Table 2 by row key (`regulations`, `normativeDocs`) then column key (`issued`, `repealed`, `inForce`). */
  table2: z.record(z.string(), z.record(z.string(), StoredCell)),
});
export type YearData = z.infer<typeof YearData>;

export const HistoryEntry = YearData.extend({
  title: z.string(),
  bodyKind: AuditResult.shape.report.shape.bodyKind,
  counts: AuditResult.shape.counts,
  auditedAt: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
