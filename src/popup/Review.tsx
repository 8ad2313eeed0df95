/**
 * The dismissal controls: 「不是问题」 with a note on each open finding (placed by the findings list
 * through `FindingActions`), the collapsed 「已忽略」 group with 恢复, and the dismissals file buttons.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { filePickerClosesPopup, reopenAsTab } from './file-picker';
import { useLang } from './i18n';
import { useT } from './i18n';
import type { Review } from './use-review';
import { englishMessage } from './message-en';
import './review.css';

/** What the findings list shows under each finding's detail; nothing when no provider is mounted. */
export const FindingActionsContext = createContext<((finding: Finding) => ComponentChildren) | null>(null);

export function FindingActions({ finding }: { finding: Finding }) {
  const render = useContext(FindingActionsContext);
  return render ? <>{render(finding)}</> : null;
}

export function DismissControl({ finding, onDismiss }: { finding: Finding; onDismiss: (finding: Finding, note: string) => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const noteInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) noteInput.current?.focus();
  }, [editing]);
  if (finding.outcome !== 'fail' && finding.outcome !== 'needs-review') return null;
  if (!editing) {
    return (
      <button type="button" class="dismiss" data-testid="dismiss" onClick={() => setEditing(true)}>
        {t('dismiss')}
      </button>
    );
  }
  return (
    <form
      class="dismiss-form"
      onSubmit={(event) => {
        event.preventDefault();
        onDismiss(finding, note);
        setEditing(false);
      }}
    >
      <input
        type="text"
        class="dismiss-note"
        data-testid="dismiss-note"
        placeholder={t('dismissNote')}
        aria-label={t('dismissNote')}
        maxLength={500}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
        ref={noteInput}
      />
      <button type="submit" data-testid="dismiss-confirm">
        {t('dismissConfirm')}
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        {t('dismissCancel')}
      </button>
    </form>
  );
}

export function DismissedGroup({ audit, onRestore }: { audit: AuditResult; onRestore: (finding: Finding) => void }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const dismissed = audit.findings.filter((finding) => finding.dismissed);
  if (dismissed.length === 0) return null;
  return (
    <section class="group collapsed dismissed-group" data-testid="group-dismissed">
      <h2>
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls="group-list-dismissed" onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          {t('dismissedGroup')} <span class="group-count">{dismissed.length}</span>
        </button>
      </h2>
      <ul id="group-list-dismissed" hidden={!open}>
        {dismissed.map((finding) => (
          <li
            key={audit.findings.indexOf(finding)}
            class="finding dismissed"
            data-check-id={finding.checkId}
            data-outcome={finding.outcome}
            data-severity={finding.severity}
          >
            <p class="message">
              {lang === 'en' ? englishMessage(finding) : finding.message} <code class="check-id">{finding.checkId}</code>
            </p>
            <p class="dismissed-meta">
              {finding.dismissed!.note && <span class="dismissed-note">{finding.dismissed!.note}</span>}
              <span class="muted">
                {t('dismissedAt', { at: new Date(finding.dismissed!.at).toLocaleString(lang === 'en' ? 'en' : 'zh-CN') })}
              </span>
              <button type="button" class="restore" data-testid="restore" onClick={() => onRestore(finding)}>
                {t('restore')}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The report's findings view with the dismissals in: dismissed findings leave the list for the
 * 「已忽略」 group, every open finding gets 「不是问题」, and the file buttons close the panel.
 */
export function Reviewed({
  review,
  children,
}: {
  review: Review;
  children: (visible: AuditResult, shown: AuditResult) => ComponentChildren;
}) {
  const { shown } = review;
  if (!shown) return null;
  const visible = { ...shown, findings: shown.findings.filter((finding) => !finding.dismissed) };
  return (
    <>
      <FindingActionsContext.Provider value={(finding) => <DismissControl finding={finding} onDismiss={review.dismiss} />}>
        {children(visible, shown)}
      </FindingActionsContext.Provider>
      <DismissedGroup audit={shown} onRestore={review.restore} />
      <DismissalsBar review={review} />
    </>
  );
}

export function DismissalsBar({ review }: { review: Review }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="dismissals-bar">
      <button type="button" data-testid="dismissals-export" onClick={() => review.exportDismissals()}>
        {t('dismissalsExport')}
      </button>
      <button
        type="button"
        data-testid="dismissals-import"
        onClick={() => (filePickerClosesPopup() ? void reopenAsTab() : input.current?.click())}
      >
        {t('dismissalsImport')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="dismissals-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (file) void review.importDismissals(file);
        }}
      />
      <p class={`review-status${review.status?.error ? ' error' : ''}`} role="status" aria-live="polite" data-testid="review-status">
        {review.status?.text ?? ''}
      </p>
    </div>
  );
}
