/**
 * What the popup shows on a list page instead of 「不是报告」: how many reports it sees, the limits,
 * and 「审校本栏目全部报告」. The run itself (fetching, reading, the table) is a chunk loaded on the
 * click, so a single report's popup never pays for it.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ComponentType } from 'preact';
import type { ReportList } from '../../core/list/report-links';
import { errorMessage } from '../../core/error-message';
import { canReadSite, requestSite } from './access';
import { useBatchT } from './messages';
import { CONCURRENCY, DEFAULT_LIMITS, type BatchLimits } from './limits';
import type { BatchRunProps } from './BatchRun';
import './batch.css';

/** The popup opened as a page for a tab (`popup.html?tabId=N`) rather than as the toolbar's panel. */
const inTab = new URLSearchParams(location.search).has('tabId');

/** A popup closes when it loses focus, and its run with it; as a tab (the same page, for the list's tab) it stays. */
async function openInTab(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
  window.close();
}

type Step =
  | { kind: 'offer' }
  | { kind: 'checking' }
  | { kind: 'need-access'; denied?: boolean }
  | { kind: 'running'; Run: ComponentType<BatchRunProps>; limits: BatchLimits }
  | { kind: 'failed'; detail: string };

export function BatchOffer({ list, pageUrl, tabId }: { list: ReportList; pageUrl: string; tabId: number }) {
  const t = useBatchT();
  const [limits, setLimits] = useState<BatchLimits>(DEFAULT_LIMITS);
  const [step, setStep] = useState<Step>({ kind: 'offer' });
  const origin = new URL(pageUrl).origin;
  const run = async () => {
    try {
      const { BatchRun } = await import('./BatchRun');
      setStep({ kind: 'running', Run: BatchRun, limits });
    } catch (error) {
      setStep({ kind: 'failed', detail: errorMessage(error) });
    }
  };
  const start = async () => {
    setStep({ kind: 'checking' });
    if (await canReadSite(pageUrl)) await run();
    else setStep({ kind: 'need-access' });
  };
  const grant = () => {
    // Synchronously in the click: the permission request needs the user's gesture.
    void requestSite(pageUrl).then((granted) => (granted ? run() : setStep({ kind: 'need-access', denied: true })));
  };
  if (step.kind === 'running') return <step.Run list={list} pageUrl={pageUrl} tabId={tabId} limits={step.limits} />;
  const limit = (key: keyof BatchLimits, label: string, max: number) => (
    <label class="batch-limit">
      {label}
      <input
        type="number"
        min={1}
        max={max}
        value={limits[key]}
        data-testid={`batch-${key}`}
        onInput={(event) => {
          const value = Math.round(Number((event.target as HTMLInputElement).value));
          if (value >= 1) setLimits({ ...limits, [key]: Math.min(value, max) });
        }}
      />
    </label>
  );
  return (
    <div class="status batch-offer" data-testid="batch-offer">
      <p class="status-title">{t('listTitle')}</p>
      <p data-testid="batch-count" data-reports={list.reports.length} data-pages={list.pages.length}>
        {t('listCount', { n: list.reports.length })}
        {list.pages.length > 0 && t('listPages', { n: list.pages.length })}
        {list.offSite > 0 && t('listOffSite', { n: list.offSite })}
      </p>
      <div class="batch-limits">
        {limit('maxPages', t('maxPages'), 50)}
        {limit('maxReports', t('maxReports'), 1000)}
      </div>
      <p class="hint">{t('politeness', { n: CONCURRENCY, origin })}</p>
      {step.kind === 'need-access' ? (
        <>
          <p role="alert">{t(step.denied ? 'denied' : 'needAccess', { origin })}</p>
          <p class="hint">{t('grantHint')}</p>
          <button type="button" class="primary" onClick={grant} data-testid="batch-grant">
            {t('grant', { origin })}
          </button>
        </>
      ) : (
        <button type="button" class="primary" onClick={() => void start()} disabled={step.kind === 'checking'} data-testid="batch-start">
          {t('start')}
        </button>
      )}
      {!inTab && (
        <p>
          <button type="button" class="link" onClick={() => void openInTab(tabId)} data-testid="batch-in-tab">
            {t('inTab')}
          </button>
        </p>
      )}
      {step.kind === 'failed' && (
        <p role="alert" class="detail-text">
          {t('loadFailed')}
          {step.detail}
        </p>
      )}
    </div>
  );
}
