/**
 * The toolbar's export menu: JSON, Markdown, CSV, printable HTML downloads and the clipboard summary.
 * A disclosure (a button that shows a list of buttons), not an ARIA menu: Tab and Enter are all it needs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import { downloadText } from './download';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from './export-formats';
import { useLang } from './i18n';
import { errorMessage } from '../core/error-message';
import { useT } from './i18n';

/** `onStatus`: what the last export did, for the status line the toolbar shows under itself. */
export function ExportMenu({ audit, onStatus }: { audit: AuditResult; onStatus: (status: string) => void }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const setStatus = onStatus;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    const file = exportFile(format, audit, lang);
    if (file) {
      downloadText(file.name, file.text, file.type);
      setStatus(t('downloaded', { name: file.name }));
      return;
    }
    try {
      await navigator.clipboard.writeText(format.render(audit));
      setStatus(t('copied'));
    } catch (error) {
      setStatus(t('copyFailed', { detail: errorMessage(error) }));
    }
  };

  return (
    <div class="export-menu" ref={root}>
      <button
        type="button"
        class="export"
        aria-expanded={open}
        aria-controls="export-items"
        aria-label={t('exportMenuLabel')}
        data-testid="export-menu"
        onClick={() => setOpen(!open)}
      >
        {t('exportMenu')} ▾
      </button>
      {open && (
        <ul id="export-items" class="export-items">
          {EXPORT_FORMATS.map((format) => (
            <li key={format.id}>
              <button type="button" data-testid={`export-${format.id}`} onClick={() => void run(format)}>
                {format.label[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
