import type { AuditResult } from '../core/model/audit';
import { useT, type MessageKey } from './i18n';

export function Summary({ audit }: { audit: AuditResult }) {
  const t = useT();
  const { outcome, failBySeverity } = audit.counts;
  const boxes: { id: string; label: MessageKey; n: number }[] = [
    { id: 'error', label: 'countError', n: failBySeverity.error ?? 0 },
    { id: 'warning', label: 'countWarning', n: failBySeverity.warning ?? 0 },
    ...(failBySeverity.info ? [{ id: 'info', label: 'countInfo' as const, n: failBySeverity.info }] : []),
    { id: 'needs-review', label: 'countReview', n: outcome['needs-review'] ?? 0 },
    { id: 'pass', label: 'countPass', n: outcome.pass ?? 0 },
  ];
  return (
    <ul class="summary" aria-label={t('summaryLabel')}>
      {boxes.map((box) => (
        <li key={box.id} class={`count ${box.id}${box.n === 0 ? ' zero' : ''}`} data-testid={`count-${box.id}`}>
          <span class="n">{box.n}</span>
          <span class="label">{t(box.label)}</span>
        </li>
      ))}
    </ul>
  );
}
