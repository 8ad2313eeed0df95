/**
 * Applying the user's 「不是问题」 marks to an audit, and the dismissals file: export for the report
 * at hand, import with a message a person can act on when the file is not one of ours.
 */
import type { AuditResult } from '../model/audit';
import { DISMISSALS_FILE_KIND, DismissalsFile, type Dismissals } from '../model/dismissals';
import { fingerprints } from './fingerprint';

/**
 * The audit with `dismissed` set on every finding whose fingerprint is marked. Passes and
 * not-applicables are never marked: there is nothing to dismiss, and a mark on one would hide
 * nothing yet be exported as if a reviewer had judged it.
 */
export function applyDismissals(audit: AuditResult, dismissals: Dismissals): AuditResult {
  const keys = fingerprints(audit.findings);
  const findings = audit.findings.map((finding, index) => {
    const { dismissed: _previous, ...rest } = finding;
    const mark = finding.outcome === 'fail' || finding.outcome === 'needs-review' ? dismissals[keys[index]!] : undefined;
    return mark ? { ...rest, dismissed: { note: mark.note, at: mark.at } } : rest;
  });
  return { ...audit, findings };
}

export function dismissalsFile(audit: AuditResult, dismissals: Dismissals, now: Date = new Date()): DismissalsFile {
  const keys = fingerprints(audit.findings);
  const messages = new Map(audit.findings.map((finding, index) => [keys[index]!, finding.message]));
  return {
    kind: DISMISSALS_FILE_KIND,
    version: 1,
    exportedAt: now.toISOString(),
    report: {
      url: audit.source.url,
      title: audit.report.title,
      organisation: audit.report.organisation,
      year: audit.report.year,
    },
    dismissals: Object.entries(dismissals)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, mark]) => ({
        fingerprint: key,
        checkId: key.slice(0, key.indexOf('@')),
        note: mark.note,
        at: mark.at,
        ...(messages.has(key) ? { message: messages.get(key) } : {}),
      })),
  };
}

export type ParsedDismissals = { ok: true; file: DismissalsFile; dismissals: Dismissals } | { ok: false; message: string };

/** Limits what a hand-edited or foreign file can make the popup hold. */
const MAX_FILE_LENGTH = 5_000_000;

export function parseDismissalsFile(text: string): ParsedDismissals {
  if (text.length > MAX_FILE_LENGTH) return { ok: false, message: '文件过大，不是本工具导出的忽略标记文件。' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，无法导入忽略标记。' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== DISMISSALS_FILE_KIND) {
    return { ok: false, message: '这不是本工具导出的忽略标记文件（缺少 "kind": "govreport-audit-dismissals"）。' };
  }
  // zod (mini) checks the file where it crosses into the popup: a file from someone else is data.
  const parsed = DismissalsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `忽略标记文件格式不正确：${issue.path.join('.') || '文件'} 应为 ${expectedOf(issue)}。` };
  }
  // Parsed, so nothing but the format's own fields comes in from the file (zod drops unknown keys).
  const file = parsed.data;
  const dismissals: Dismissals = {};
  for (const mark of file.dismissals) dismissals[mark.fingerprint] = { note: mark.note, at: mark.at };
  return { ok: true, file, dismissals };
}

/** What a zod issue says was expected, in the schema's words. */
function expectedOf(issue: { code: string; message: string; expected?: unknown; values?: readonly unknown[]; minimum?: unknown }): string {
  if (issue.code === 'invalid_type') return String(issue.expected);
  if (issue.code === 'invalid_value' && issue.values) return issue.values.map((value) => JSON.stringify(value)).join(' | ');
  if (issue.code === 'too_small') return `at least ${String(issue.minimum)} character(s)`;
  return issue.message;
}
