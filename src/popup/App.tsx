import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { loadAudit, type PopupState } from './load-audit';
import { errorMessage } from '../core/error-message';
import type { TabReading } from './read-tab';
import { ExportMenu } from './ExportMenu';
import { Reviewed } from './Review';
import { useReview, type Review } from './use-review';
import { ReportHeader } from './ReportHeader';
import { Summary } from './Summary';
import { AuditView } from './AuditView';
import { PasteBox, PasteButton, PastedAudit, PasteSuggestion, type PasteView } from './Paste';
import { suggestPaste } from './paste-text';
import { LangContext, translator, useT, type Lang, type MessageKey } from './i18n';
import { loadLang, saveLang } from './i18n/lang-store';
import type { AuditResult } from '../core/model/audit';
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
    loadAudit(reading).then(setState, (error: unknown) =>
      setState({ kind: 'error', message: 'errorAudit', detail: errorMessage(error) }),
    );
  }, [reading]);
  useEffect(() => {
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
  const review = useReview(audit, translator(lang));
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

function Toolbar({ audit, onSwitchLang, onPaste }: { audit: AuditResult | null; onSwitchLang: () => void; onPaste: () => void }) {
  const t = useT();
  return (
    <div class="toolbar">
      <span class="app-name">{t('appName')}</span>
      <span class="toolbar-actions">
        <PasteButton onOpen={onPaste} />
        {audit && <ExportMenu audit={audit} />}
        <button type="button" class="lang-switch" onClick={onSwitchLang} aria-label={t('switchLanguageLabel')} data-testid="lang-switch">
          {t('switchLanguage')}
        </button>
      </span>
    </div>
  );
}

/** A rendering bug must still leave the user a message, never a blank popup. */
function Guarded({ children }: { children: preact.ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) return <ErrorMessage message="errorRender" detail={errorMessage(error)} />;
  return <>{children}</>;
}

function Body({ state, review, onPaste, onState }: { state: PopupState; review: Review; onPaste: () => void; onState: (state: PopupState) => void }) {
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
          <Summary audit={state.audit} />
          {suggestPaste(state.report) && <PasteSuggestion onOpen={onPaste} />}
          <Reviewed review={review}>{(visible) => <AuditView audit={visible} report={state.report} tabId={state.tabId} />}</Reviewed>
        </>
      ) : (
        <>
          {state.attachments && <AttachmentOffer attachments={state.attachments} tabId={state.tabId} pageUrl={state.audit.source.url} onState={onState} />}
          <NotReport audit={state.audit} onPaste={onPaste} />
        </>
      );
  }
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

function NotReport({ audit, onPaste }: { audit: AuditResult; onPaste: () => void }) {
  const t = useT();
  return (
    <div class="status not-report" data-testid="not-report">
      <p class="status-title">{t('notReportTitle')}</p>
      {audit.report.notReportReason && <p class="detail-text" lang="zh-CN">{audit.report.notReportReason}</p>}
      <p class="hint">{t('notReportHint')}</p>
      <p class="hint">{t('pasteHint')}</p>
      <PasteButton onOpen={onPaste} prominent />
    </div>
  );
}
