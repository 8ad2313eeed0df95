/**
 * Dismissals: the user's 「不是问题」 marks for one report, keyed by finding fingerprint, and the
 * file they are exported to and imported from (so a second reviewer can take over the marks).
 *
 * In zod/mini, as ./history is: the popup validates stored marks and imported files against these
 * schemas (a file from someone else is a trust boundary) at a few kB of bundle.
 */
import * as z from 'zod/mini';

/** A mark on one finding: the reviewer's note (may be empty) and when (ISO time). */
export const Dismissed = z.object({ note: z.string(), at: z.string() });
export type Dismissed = z.infer<typeof Dismissed>;

export const Dismissals = z.record(z.string(), Dismissed);
export type Dismissals = z.infer<typeof Dismissals>;

export const DISMISSALS_FILE_KIND = 'govreport-audit-dismissals';

export const DismissalsFile = z.object({
  kind: z.literal(DISMISSALS_FILE_KIND),
  version: z.literal(1),
  exportedAt: z.string(),
  /** The report the marks were made on; informative only, the marks apply wherever the fingerprints match. */
  report: z.object({
    url: z.nullable(z.string()),
    title: z.string(),
    organisation: z.string(),
    year: z.nullable(z.int()),
  }),
  dismissals: z.array(
    z.extend(Dismissed, {
      fingerprint: z.string().check(z.minLength(1)),
      checkId: z.string(),
      /** The finding's message when it was dismissed, for a person reading the file. */
      message: z.optional(z.string()),
    }),
  ),
});
export type DismissalsFile = z.infer<typeof DismissalsFile>;
