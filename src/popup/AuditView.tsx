import { useMemo, useRef, useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import type { CellOrigin } from '../core/model/document';
import type { Finding } from '../core/model/finding';
import type { Report } from '../core/model/report';
import { FindingList } from './FindingList';
import type { GroupBy } from './group-findings';
import { highlightOnPage } from './highlight/highlight';
import { hasTargets, highlightRequest, type HighlightRequest } from './highlight/targets';
import { useLang, useT, type MessageKey } from './i18n';
import { locationLabel } from './labels';
import { errorMessage } from '../core/error-message';
import { TablesView } from './TablesView';
import { COUNT_LABELS, Summary, VerdictLine } from './Summary';
import { tally, verdictOf, type CountId } from './verdict';

type View = 'findings' | 'tables';
const VIEWS: [View, MessageKey][] = [
  ['findings', 'tabFindings'],
  ['tables', 'tabTables'],
];

/**
 * The verdict and counts of a report, and its findings and tables views with "show on the page" for
 * both. `audit` holds the findings the list shows; `shown` also the dismissed ones, which the verdict
 * mentions and the counts leave out.
 */
export function AuditView({
  audit,
  shown = audit,
  report,
  tabId,
}: {
  audit: AuditResult;
  shown?: AuditResult;
  report: Report;
  tabId: number | null;
}) {
  const t = useT();
  const lang = useLang();
  const [view, setView] = useState<View>('findings');
  const [filter, setFilter] = useState<CountId | null>(null);
  const verdict = useMemo(() => verdictOf(shown), [shown]);
  const counts = useMemo(() => tally(shown.findings), [shown]);
  const onFilter = (next: CountId | null) => {
    setFilter(next);
    if (next) setView('findings');
  };
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const [active, setActive] = useState<Finding | null>(null);
  // Kept as a message key, so the status follows a language switch.
  const [status, setStatus] = useState<{ key: MessageKey; params?: Record<string, string | number> } | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  // Clicks can outrun injections: only the latest one may report its outcome.
  const latest = useRef(0);

  const show = async (request: HighlightRequest) => {
    const ticket = ++latest.current;
    // A pasted report has no page to show it on.
    if (tabId === null) return setStatus({ key: 'locatePasted' });
    try {
      const result = await highlightOnPage(tabId, request);
      if (ticket !== latest.current) return;
      const found = result.cells + result.quotes + result.tables;
      setStatus(
        !hasTargets(request) ? { key: 'locatedNone' } : found === 0 ? { key: 'locateMissing' } : { key: 'located', params: { n: found } },
      );
    } catch (error) {
      if (ticket === latest.current) setStatus({ key: 'locateFailed', params: { detail: errorMessage(error) } });
    }
  };
  const locateFinding = (finding: Finding) => {
    setActive(finding);
    const label = [locationLabel(audit, finding.location, lang), finding.checkId].filter(Boolean).join(' · ');
    void show(highlightRequest(report, finding, label));
  };
  const locateCell = (origin: CellOrigin, label: string) => {
    setActive(null);
    void show({ cells: [{ ...origin, primary: true }], quotes: [], tables: [], label });
  };

  // WAI-ARIA tabs: arrows move between tabs (and select them), Tab moves on into the panel.
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const last = VIEWS.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + VIEWS.length) % VIEWS.length;
    setView(VIEWS[target]![0]);
    tabs.current[target]?.focus();
  };

  return (
    <div class="audit-view">
      <VerdictLine verdict={verdict} />
      <Summary counts={counts} filter={filter} onFilter={onFilter} />
      <div class="view-bar">
        <div role="tablist" aria-label={t('viewsLabel')} class="tabs">
          {VIEWS.map(([id, key], index) => (
            <button
              key={id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              class="tab"
              aria-selected={view === id}
              aria-controls={`panel-${id}`}
              tabIndex={view === id ? 0 : -1}
              onClick={() => setView(id)}
              onKeyDown={(event) => onTabKey(event, index)}
              data-testid={`tab-${id}`}
            >
              {t(key)}
            </button>
          ))}
        </div>
        {view === 'findings' && (
          <fieldset class="group-by">
            <legend class="sr-only">{t('groupByLabel')}</legend>
            {(['severity', 'section'] as const).map((by) => (
              <label key={by} class={groupBy === by ? 'checked' : ''}>
                <input
                  type="radio"
                  name="group-by"
                  value={by}
                  checked={groupBy === by}
                  onChange={() => setGroupBy(by)}
                  data-testid={`group-by-${by}`}
                />
                {t(by === 'severity' ? 'groupBySeverity' : 'groupBySection')}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <p class="locate-status" role="status" aria-live="polite" data-testid="locate-status">
        {status ? t(status.key, status.params) : t('locateHint')}
      </p>
      <div role="tabpanel" id="panel-findings" aria-labelledby="tab-findings" hidden={view !== 'findings'}>
        {filter && (
          <p class="filter-bar" data-testid="filter-bar">
            {t('filterShowing', { what: t(COUNT_LABELS[filter]) })}{' '}
            <button type="button" class="filter-clear" onClick={() => setFilter(null)} data-testid="filter-clear">
              {t('filterClear')}
            </button>
          </p>
        )}
        <FindingList audit={audit} groupBy={groupBy} onLocate={locateFinding} active={active} filter={filter} />
      </div>
      <div role="tabpanel" id="panel-tables" aria-labelledby="tab-tables" hidden={view !== 'tables'} tabIndex={0}>
        {view === 'tables' && <TablesView report={report} findings={audit.findings} onLocateCell={locateCell} />}
      </div>
    </div>
  );
}
