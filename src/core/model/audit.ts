/**
 * The versioned audit result: the public contract of the tool (README, "The audit JSON").
 * Every rendering — popup, text, exports — is made from this object.
 */
import { z } from 'zod';
import { Finding, Outcome, Severity } from './finding';
import { FormId } from './report';
import { SCHEMA_VERSION } from '../version';

export { SCHEMA_VERSION };

export const AuditResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('govreport-audit'), version: z.string() }),
  source: z.object({ url: z.string().nullable(), auditedAt: z.string() }),
  report: z.object({
    isReport: z.boolean(),
    notReportReason: z.string().optional(),
    title: z.string(),
    organisation: z.string(),
    year: z.number().int().nullable(),
    bodyKind: z.enum(['government', 'department', 'unknown']),
    publishedAt: z.string().nullable(),
    format: FormId.nullable(),
    sectionsFound: z.array(z.number().int()),
    tablesFound: z.array(z.number().int()),
  }),
  counts: z.object({
    outcome: z.record(Outcome, z.number().int()),
    failBySeverity: z.record(Severity, z.number().int()),
  }),
  findings: z.array(Finding),
});
export type AuditResult = z.infer<typeof AuditResult>;
