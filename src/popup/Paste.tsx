/** The paste box and the audit of pasted text, for reports the page does not show as HTML. */
import { useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import type { Report } from '../core/model/report';
import { AuditView } from './AuditView';
import { useT, type MessageKey } from './i18n';
import { auditPastedText } from './paste-text';
import { ReportHeader } from './ReportHeader';
import { Reviewed } from './Review';
import type { Review } from './use-review';

export type PasteView = { kind: 'closed' } | { kind: 'editing' } | { kind: 'done'; audit: AuditResult; report: Report };

/** The 「粘贴报告全文」 button; `prominent` where the page itself gave nothing (or too little) to audit. */
export function PasteButton({ onOpen, prominent = false }: { onOpen: () => void; prominent?: boolean }) {
  const t = useT();
  return (
    <button
      type="button"
      class={prominent ? 'paste-open prominent' : 'paste-open'}
      onClick={onOpen}
      aria-label={t('pasteOpenLabel')}
      data-testid={prominent ? 'paste-open-prominent' : 'paste-open'}
    >
      {t('pasteOpen')}
    </button>
  );
}

/** Under the page's own audit when its tables may be images, a PDF or an attachment (or under an error). */
export function PasteSuggestion({ onOpen, hint = 'pasteSuggest' }: { onOpen: () => void; hint?: MessageKey }) {
  const t = useT();
  return (
    <div class="paste-suggest" data-testid="paste-suggest">
      <p class="hint">{t(hint)}</p>
      <PasteButton onOpen={onOpen} prominent />
    </div>
  );
}

export function PasteBox({
  text,
  url,
  onText,
  onDone,
  onCancel,
}: {
  text: string;
  url: string | null;
  onText: (text: string) => void;
  onDone: (view: PasteView) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [problem, setProblem] = useState<{ key: MessageKey; reason?: string } | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const outcome = auditPastedText(text, url);
    if (outcome.kind === 'empty') setProblem({ key: 'pasteEmpty' });
    else if (outcome.kind === 'not-report') setProblem({ key: 'pasteNotReport', reason: outcome.reason });
    else onDone({ kind: 'done', audit: outcome.audit, report: outcome.report });
  };
  return (
    <form class="paste-box" onSubmit={submit} data-testid="paste-box">
      <label for="paste-text" class="status-title">
        {t('pasteLabel')}
      </label>
      <p class="hint">{t('pasteHint')}</p>
      <textarea
        id="paste-text"
        rows={10}
        value={text}
        onInput={(event) => {
          onText((event.target as HTMLTextAreaElement).value);
          setProblem(null);
        }}
        data-testid="paste-text"
      />
      {problem && (
        <div class="status error" role="alert" data-testid="paste-problem">
          <p>{t(problem.key)}</p>
          {problem.reason && (
            <p class="detail-text" lang="zh-CN">
              {problem.reason}
            </p>
          )}
        </div>
      )}
      <div class="paste-actions">
        <button type="submit" class="paste-audit" data-testid="paste-audit">
          {t('pasteAudit')}
        </button>
        <button type="button" class="paste-cancel" onClick={onCancel} data-testid="paste-cancel">
          {t('pasteCancel')}
        </button>
      </div>
    </form>
  );
}

/** The normal audit view for pasted text, with the way back to the page's own audit. */
export function PastedAudit({
  view,
  review,
  onBack,
}: {
  view: { audit: AuditResult; report: Report };
  review: Review;
  onBack: () => void;
}) {
  const t = useT();
  return (
    <>
      <div class="pasted-notice" data-testid="pasted-notice">
        <span>{t('pastedNotice')}</span>
        <button type="button" class="paste-back" onClick={onBack} data-testid="paste-back">
          {t('pasteBack')}
        </button>
      </div>
      <ReportHeader audit={view.audit} />
      <Reviewed review={review}>
        {(visible, shown) => <AuditView audit={visible} shown={shown} report={view.report} tabId={null} />}
      </Reviewed>
    </>
  );
}
