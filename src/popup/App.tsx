import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { describe, loadAudit, type PopupState } from './load-audit';
import { downloadAudit } from './export-json';
import { ReportHeader } from './ReportHeader';
import { Summary } from './Summary';
import { FindingList } from './FindingList';
import type { AuditResult } from '../core/model/audit';

export function App({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  useEffect(() => {
    loadAudit(tabId).then(setState, (error: unknown) =>
      setState({ kind: 'error', message: '审校过程中出错。', detail: describe(error) }),
    );
  }, [tabId]);
  const audit = state.kind === 'done' && state.audit.report.isReport ? state.audit : null;
  return (
    <div class="popup">
      <div class="toolbar">
        <span class="app-name">政府信息公开年报审校</span>
        {audit && (
          <button type="button" class="export" onClick={() => downloadAudit(audit)}>
            导出 JSON
          </button>
        )}
      </div>
      <Guarded>
        <Body state={state} />
      </Guarded>
    </div>
  );
}

/** A rendering bug must still leave the user a message, never a blank popup. */
function Guarded({ children }: { children: preact.ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error) return <ErrorMessage message="显示审校结果时出错。" detail={describe(error)} />;
  return <>{children}</>;
}

function Body({ state }: { state: PopupState }) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="status loading" role="status">
          正在读取并审校本页……
        </p>
      );
    case 'error':
      return <ErrorMessage message={state.message} detail={state.detail} />;
    case 'done':
      return state.audit.report.isReport ? <AuditView audit={state.audit} /> : <NotReport audit={state.audit} />;
  }
}

function ErrorMessage({ message, detail }: { message: string; detail?: string }) {
  return (
    <div class="status error" role="alert" data-testid="error">
      <p>{message}</p>
      {detail && <p class="detail-text">{detail}</p>}
      <p class="hint">如果这是普通网页，请刷新页面后再点击工具栏中的本工具按钮。</p>
    </div>
  );
}

function NotReport({ audit }: { audit: AuditResult }) {
  return (
    <div class="status not-report" data-testid="not-report">
      <p class="status-title">未识别到政府信息公开工作年度报告</p>
      {audit.report.notReportReason && <p class="detail-text">{audit.report.notReportReason}</p>}
      <p class="hint">请在政府网站上打开年度报告正文页面后再点击本工具。</p>
    </div>
  );
}

function AuditView({ audit }: { audit: AuditResult }) {
  return (
    <>
      <ReportHeader audit={audit} />
      <Summary audit={audit} />
      <FindingList audit={audit} />
    </>
  );
}
