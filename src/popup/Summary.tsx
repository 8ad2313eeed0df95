import { useT, type MessageKey } from './i18n';
import type { CountId, Tally, Verdict } from './verdict';

const CARDS: { id: CountId; label: MessageKey; always: boolean }[] = [
  { id: 'error', label: 'countError', always: true },
  { id: 'warning', label: 'countWarning', always: true },
  { id: 'info', label: 'countInfo', always: false },
  { id: 'needs-review', label: 'countReview', always: true },
  { id: 'pass', label: 'countPass', always: true },
];

export const COUNT_LABELS: Record<CountId, MessageKey> = Object.fromEntries(CARDS.map((card) => [card.id, card.label])) as Record<
  CountId,
  MessageKey
>;

/** The headline verdict over the count cards. */
export function VerdictLine({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return (
    <div class={`verdict ${verdict.tone}`} data-testid="verdict" data-tone={verdict.tone}>
      <p class="verdict-headline">{t(verdict.headline.key, verdict.headline.params)}</p>
      {verdict.details.length > 0 && <p class="verdict-details">{verdict.details.map((line) => t(line.key, line.params)).join(' · ')}</p>}
    </div>
  );
}

/**
 * The counts of what the list shows (dismissed findings leave them). Each card is a toggle that lists
 * only its kind, as axe DevTools' issue counts do.
 */
export function Summary({
  counts,
  filter,
  onFilter,
}: {
  counts: Tally;
  filter: CountId | null;
  onFilter: (filter: CountId | null) => void;
}) {
  const t = useT();
  return (
    <ul class="summary" aria-label={`${t('summaryLabel')} · ${t('filterLabel')}`}>
      {CARDS.filter((card) => card.always || counts[card.id] > 0).map((card) => {
        const n = counts[card.id];
        const pressed = filter === card.id;
        return (
          <li
            key={card.id}
            class={`count ${card.id}${n === 0 ? ' zero' : ''}${pressed ? ' pressed' : ''}`}
            data-testid={`count-${card.id}`}
          >
            <button
              type="button"
              aria-pressed={pressed}
              onClick={() => onFilter(pressed ? null : card.id)}
              data-testid={`filter-${card.id}`}
            >
              <span class="n">{n}</span>
              <span class="label">{t(card.label)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
