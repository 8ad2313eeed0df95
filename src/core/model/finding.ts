/** Stage 3 output: one outcome of one check at one place. */
import { z } from 'zod';
import { CellOrigin } from './document';
import { Dismissed } from './dismissals';

export const Outcome = z.enum(['fail', 'needs-review', 'pass', 'not-applicable']);
export type Outcome = z.infer<typeof Outcome>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Location = z.object({
  section: z.number().int().min(1).max(6).optional(),
  table: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  group: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

export const EvidenceCell = z.object({
  table: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  row: z.string().optional(),
  column: z.string().optional(),
  group: z.string().optional(),
  raw: z.string(),
  kind: z.string(),
  origin: CellOrigin.optional(),
});
export type EvidenceCell = z.infer<typeof EvidenceCell>;

export const EvidenceQuote = z.object({
  text: z.string(),
  block: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type EvidenceQuote = z.infer<typeof EvidenceQuote>;

/**
 * For a cross-year finding: the previous year's report it was compared with (as the host remembered
 * it: popup history or another input of the command line) and last year's cells it used, as printed.
 */
export const PreviousYearEvidence = z.object({
  year: z.number().int(),
  organisation: z.string(),
  title: z.string().optional(),
  url: z.string().nullable(),
  cells: z.array(EvidenceCell.omit({ origin: true })),
});
export type PreviousYearEvidence = z.infer<typeof PreviousYearEvidence>;

// Defined with the dismissals (zod/mini, which the popup bundles); a finding carries one when marked.
export { Dismissed } from './dismissals';

export const Finding = z.object({
  checkId: z.string(),
  outcome: Outcome,
  severity: Severity,
  message: z.string(),
  messageEn: z.string(),
  location: Location,
  expression: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  delta: z.string().optional(),
  /** For needs-review: whether the doubt lies with the report or with the reader. */
  doubt: z.enum(['report', 'parser']).optional(),
  evidence: z.object({
    cells: z.array(EvidenceCell),
    quotes: z.array(EvidenceQuote),
  }),
  /** Cross-year checks: the previous year's report and figures this finding compared with. */
  previousYear: PreviousYearEvidence.optional(),
  /** Set when the user marked the finding 「不是问题」 (popup), with their note and when (ISO time). */
  dismissed: z.optional(Dismissed),
});
export type Finding = z.infer<typeof Finding>;
