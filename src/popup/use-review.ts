/**
 * The reviewer's side of an audit: dismissals loaded for the report's URL, applied to the audit, and
 * changed, saved, exported and imported. The audit shown and exported is `shown`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyDismissals, dismissalsFile, parseDismissalsFile } from '../core/audit/dismissals';
import { fingerprints } from '../core/audit/fingerprint';
import type { AuditResult } from '../core/model/audit';
import type { Dismissals } from '../core/model/dismissals';
import type { Finding } from '../core/model/finding';
import { exportFileName } from '../present/file-name';
import { downloadText } from './download';
import { errorMessage } from '../core/error-message';
import type { Translate } from './i18n';
import { loadDismissals, saveDismissals } from './storage';

export interface Review {
  /** The audit with the dismissals applied; null until there is a report. */
  shown: AuditResult | null;
  dismiss(finding: Finding, note: string): void;
  restore(finding: Finding): void;
  exportDismissals(): void;
  importDismissals(file: File): Promise<void>;
  /** The outcome of the last save, export or import, for a status line. */
  status: { text: string; error: boolean } | null;
}

/** `canonical`: the page's canonical link, which keys its dismissals with its URL (./storage). */
export function useReview(audit: AuditResult | null, t: Translate, canonical: string | null = null): Review {
  const [dismissals, setDismissals] = useState<Dismissals>({});
  const [status, setStatus] = useState<Review['status']>(null);
  useEffect(() => {
    if (!audit) return;
    let current = true;
    loadDismissals(audit, undefined, canonical).then(
      (loaded) => current && setDismissals(loaded),
      (error: unknown) => current && setStatus({ text: t('storageFailed', { detail: errorMessage(error) }), error: true }),
    );
    return () => {
      current = false;
    };
  }, [audit, canonical]);
  // A success note goes after a while (an error stays until the next action): it is news, not state.
  useEffect(() => {
    if (!status || status.error) return;
    const timer = setTimeout(() => setStatus(null), 8000);
    return () => clearTimeout(timer);
  }, [status]);
  const shown = useMemo(() => audit && applyDismissals(audit, dismissals), [audit, dismissals]);
  // The list shown holds `shown`'s finding objects: their keys by identity.
  const keyOf = useMemo(() => {
    const keys = shown ? fingerprints(shown.findings) : [];
    return new Map(shown?.findings.map((finding, index) => [finding, keys[index]!]));
  }, [shown]);

  const update = (next: Dismissals) => {
    if (!audit) return;
    setDismissals(next);
    saveDismissals(audit, next, undefined, canonical).catch((error: unknown) =>
      setStatus({ text: t('storageFailed', { detail: errorMessage(error) }), error: true }),
    );
  };

  return {
    shown,
    status,
    dismiss(finding, note) {
      const key = keyOf.get(finding);
      if (key) update({ ...dismissals, [key]: { note: note.trim(), at: new Date().toISOString() } });
    },
    restore(finding) {
      const key = keyOf.get(finding);
      if (!key) return;
      const { [key]: _restored, ...rest } = dismissals;
      update(rest);
    },
    exportDismissals() {
      if (!audit) return;
      const name = exportFileName(audit, 'dismissals.json');
      downloadText(name, JSON.stringify(dismissalsFile(audit, dismissals), null, 2), 'application/json');
      setStatus({ text: t('downloaded', { name }), error: false });
    },
    async importDismissals(file) {
      if (!audit) return;
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        setStatus({ text: t('importFailed', { detail: errorMessage(error) }), error: true });
        return;
      }
      const parsed = parseDismissalsFile(text);
      if (!parsed.ok) {
        setStatus({ text: t('importFailed', { detail: parsed.message }), error: true });
        return;
      }
      const all = fingerprints(audit.findings);
      const open = new Set(all.filter((_key, index) => ['fail', 'needs-review'].includes(audit.findings[index]!.outcome)));
      const keys = Object.keys(parsed.dismissals);
      // Imported marks join the ones already here; for the same finding the file's mark wins.
      update({ ...dismissals, ...parsed.dismissals });
      setStatus({ text: t('imported', { n: keys.length, matched: keys.filter((key) => open.has(key)).length }), error: false });
    },
  };
}
