/**
 * Dismissals: the user's 「不是问题」 marks for one report, keyed by finding fingerprint, and the
 * file they are exported to and imported from (so a second reviewer can take over the marks).
 */
import { z } from 'zod';
import { Dismissed } from './finding';

export const Dismissals = z.record(z.string(), Dismissed);
export type Dismissals = z.infer<typeof Dismissals>;

export const DISMISSALS_FILE_KIND = 'govreport-audit-dismissals';

export const DismissalsFile = z.object({
  kind: z.literal(DISMISSALS_FILE_KIND),
  version: z.literal(1),
  exportedAt: z.string(),
  /** The report the marks were made on; informative only, the marks apply wherever the fingerprints match. */
  report: z.object({
    url: z.string().nullable(),
    title: z.string(),
    organisation: z.string(),
    year: z.number().int().nullable(),
  }),
  dismissals: z.array(
    Dismissed.extend({
      fingerprint: z.string().min(1),
      checkId: z.string(),
      /** The finding's message when it was dismissed, for a person reading the file. */
      message: z.string().optional(),
    }),
  ),
});
export type DismissalsFile = z.infer<typeof DismissalsFile>;
