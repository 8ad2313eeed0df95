/**
 * On a page that is not the report but links it as a file (「…2024年度报告.pdf」): offers to audit
 * that file. A PDF is fetched by the popup — the toolbar click's grant covers the page's own origin;
 * a file on another origin needs that one origin's permission, asked for at the click and for it
 * alone — and read by the lazily loaded PDF chunk. Nothing is uploaded. Word files are named with
 * the next step (the command line reads them).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from './i18n';
import type { Attachment } from './read-tab';
import { auditFile, type PopupState } from './load-audit';
import { errorMessage } from '../core/error-message';

export function AttachmentOffer({
  attachments,
  tabId,
  pageUrl,
  onState,
}: {
  attachments: Attachment[];
  tabId: number;
  pageUrl: string | null;
  onState: (state: PopupState) => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const audit = async (attachment: Attachment) => {
    setBusy(attachment.url);
    setFailure(null);
    try {
      await allowOrigin(attachment.url, pageUrl);
      const { readPdfTab } = await import('./read-pdf-tab');
      onState(await auditFile(await readPdfTab(attachment.url), attachment.url, tabId));
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(null);
    }
  };
  return (
    <div class="attachment-offer" data-testid="attachment-offer">
      <p class="hint">{t('attachmentOffer')}</p>
      <ul>
        {attachments.map((attachment) => (
          <li key={attachment.url}>
            {attachment.kind === 'pdf' ? (
              <button type="button" disabled={busy !== null} onClick={() => void audit(attachment)} data-testid="attachment-audit">
                {busy === attachment.url ? t('loading') : t('attachmentAudit', { name: attachment.text })}
              </button>
            ) : (
              <span lang="zh-CN">{t('attachmentWord', { name: attachment.text })}</span>
            )}
          </li>
        ))}
      </ul>
      {failure && (
        <p class="status error" role="alert">
          {t('errorPdfTab')} <span class="detail-text">{failure}</span>
        </p>
      )}
    </div>
  );
}

/** A file on another origin than the page: ask for that origin only, now (optional host permission). */
async function allowOrigin(fileUrl: string, pageUrl: string | null): Promise<void> {
  const origin = new URL(fileUrl).origin;
  if (pageUrl && new URL(pageUrl).origin === origin) return;
  const origins = [`${origin}/*`];
  if (await browser.permissions.contains({ origins })) return;
  if (!(await browser.permissions.request({ origins }))) throw new Error(origin);
}
