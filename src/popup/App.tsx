import { useEffect, useErrorBoundary, useLayoutEffect, useState } from 'preact/hooks';
import { loadAudit, type PopupState } from './load-audit';
import { errorMessage } from '../core/error-message';
import type { TabReading } from './read-tab';
import { ExportMenu } from './ExportMenu';
import { Reviewed } from './Review';
import { useReview, type Review } from './use-review';
import { ReportHeader } from './ReportHeader';
import { AuditView } from './AuditView';
import { PasteBox, PasteButton, PastedAudit, PasteSuggestion, type PasteView } from './Paste';
import { suggestPaste } from './paste-text';
import { LangContext, translator, useT, type Lang, type MessageKey } from './i18n';
import { loadLang, saveLang } from './i18n/lang-store';
import type { AuditResult } from '../core/model/audit';
import { reportListIn } from './batch/list-in';
import { BatchOffer } from './batch/BatchOffer';
import { AttachmentOffer } from './AttachmentOffer';

/** `reading`: the page being read since the popup opened (entrypoints/popup/main.tsx). */
export function App({ reading }: { reading: Promise<TabReading> }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [lang, setLang] = useState<Lang>('zh');
  const [paste, setPaste] = useState<PasteView>({ kind: 'closed' });
  const [pasteText, setPasteText] = useState('');
  const openPaste = () => setPaste({ kind: 'editing' });
  useEffect(() => {
    void loadLang().then(setLang);
    loadAudit(reading).then(setState, (error: unknown) => setState({ kind: 'error', message: 'errorAudit', detail: errorMessage(error) }));
  }, [reading]);
  // Before paint, with the words it describes: a screen reader or a test never sees English text
  // under lang="zh-CN".
  useLayoutEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    // Read by the browser tests to time toolbar click → findings from inside the popup.
    if (state.kind !== 'loading') performance.mark('govreport:result');
  }, [state.kind]);
  const switchLang = () => {
    const next = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    void saveLang(next);
  };
  const audit = paste.kind === 'done' ? paste.audit : state.kind === 'done' && state.audit.report.isReport ? state.audit : null;
  const review = useReview(audit, translator(lang), state.kind === 'done' ? state.canonical : null);
  return (
    <LangContext.Provider value={lang}>
      <div class="popup">
        <Toolbar audit={review.shown} onSwitchLang={switchLang} onPaste={openPaste} />
        <Guarded>
          {paste.kind === 'done' ? (
            <PastedAudit view={paste} review={review} onBack={() => setPaste({ kind: 'closed' })} />
          ) : paste.kind === 'editing' ? (
            <PasteBox
              text={pasteText}
              url={state.kind === 'done' ? state.audit.source.url : null}
              onText={setPasteText}
              onDone={setPaste}
              onCancel={() => setPaste({ kind: 'closed' })}
            />
          ) : (
            <Body state={state} review={review} onPaste={openPaste} onState={setState} />
          )}
        </Guarded>
      </div>
    </LangContext.Provider>
  );
}

/** How long an export's status line stays: long enough to read a file name. */
const STATUS_MS = 5000;

function Toolbar({ audit, onSwitchLang, onPaste }: { audit: AuditResult | null; onSwitchLang: () => void; onPaste: () => void }) {
  const t = useT();
  const [status, setStatus] = useState('');
  // A line of its own under the toolbar, in the flow: it pushes the report down for a moment and never
  // covers it, then goes.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <>
      <div class="toolbar">
        <span class="app-name">{t('appName')}</span>
        <span class="toolbar-actions">
          <PasteButton onOpen={onPaste} />
          {audit && <ExportMenu audit={audit} onStatus={setStatus} />}
          <button type="button" class="lang-switch" onClick={onSwitchLang} aria-label={t('switchLanguageLabel')} data-testid="lang-switch">
            {t('switchLanguage')}
          </button>
        </span>
      </div>
      <p class="export-status" role="status" aria-live="polite" data-testid="export-status" hidden={!status}>
        {status}
      </p>
    </>
  );
}

/** A rendering bug must still leave the user a message, never a blank popup. */
function Guarded({ children }: { children: preact.ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) return <ErrorMessage message="errorRender" detail={errorMessage(error)} />;
  return <>{children}</>;
}

function Body({
  state,
  review,
  onPaste,
  onState,
}: {
  state: PopupState;
  review: Review;
  onPaste: () => void;
  onState: (state: PopupState) => void;
}) {
  const t = useT();
  switch (state.kind) {
    case 'loading':
      return (
        <p class="status loading" role="status">
          {t('loading')}
        </p>
      );
    case 'error':
      return (
        <>
          <ErrorMessage message={state.message} detail={state.detail} />
          <PasteSuggestion onOpen={onPaste} hint="pasteHint" />
        </>
      );
    case 'done':
      return state.audit.report.isReport ? (
        <>
          <ReportHeader audit={state.audit} />
          <StorageNotice state={state} />
          {suggestPaste(state.report) && <PasteSuggestion onOpen={onPaste} />}
          <Reviewed review={review}>
            {(visible, shown) => <AuditView audit={visible} shown={shown} report={state.report} tabId={state.tabId} />}
          </Reviewed>
        </>
      ) : (
        <>
          {state.attachments && (
            <AttachmentOffer attachments={state.attachments} tabId={state.tabId} pageUrl={state.audit.source.url} onState={onState} />
          )}
          <ListOrNotReport state={state} onPaste={onPaste} />
        </>
      );
  }
}

/**
 * Storage trouble, said in words: past audits that could not be read (so nothing was compared across
 * years), or this audit not remembered for next year.
 */
function StorageNotice({ state }: { state: Extract<PopupState, { kind: 'done' }> }) {
  const t = useT();
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    state.recorded.then(
      (outcome) => current && outcome === 'too-large' && setSaveProblem(t('historyDropped')),
      (error: unknown) => current && setSaveProblem(t('historySaveFailed', { detail: errorMessage(error) })),
    );
    return () => {
      current = false;
    };
  }, [state.recorded]);
  const lines = [state.historyError && t('historyLoadFailed', { detail: state.historyError }), saveProblem].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <div class="storage-notice" role="alert" data-testid="storage-notice">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

function ErrorMessage({ message, detail }: { message: MessageKey; detail?: string }) {
  const t = useT();
  return (
    <div class="status error" role="alert" data-testid="error">
      <p>{t(message)}</p>
      {detail && <p class="detail-text">{detail}</p>}
      <p class="hint">{t('errorHint')}</p>
    </div>
  );
}

/** A page that lists reports (a 年报 column) is offered the batch audit instead of 「不是报告」. */
function ListOrNotReport({ state, onPaste }: { state: Extract<PopupState, { kind: 'done' }>; onPaste: () => void }) {
  const list = reportListIn(state.report);
  const url = state.audit.source.url;
  if (list && list.reports.length > 0 && url) return <BatchOffer list={list} pageUrl={url} tabId={state.tabId} />;
  return <NotReport audit={state.audit} onPaste={onPaste} />;
}

function NotReport({ audit, onPaste }: { audit: AuditResult; onPaste: () => void }) {
  const t = useT();
  return (
    <div class="status not-report" data-testid="not-report">
      <p class="status-title">{t('notReportTitle')}</p>
      {audit.report.notReportReason && (
        <p class="detail-text" lang="zh-CN">
          {audit.report.notReportReason}
        </p>
      )}
      <p class="hint">{t('notReportHint')}</p>
      <p class="hint">{t('pasteHint')}</p>
      <PasteButton onOpen={onPaste} prominent />
    </div>
  );
}
