import { useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { clusterFindings, groupFindings, type FindingGroup, type GroupBy } from './group-findings';
import { useLang, useT } from './i18n';
import { cellKindText, evidenceRows, locationText, previousYearRows } from './labels';
import { englishMessage } from './message-en';
import type { CountId } from './verdict';
import { CHECKS } from '../core/check/registry';
import { isLocationCell } from './highlight/targets';
import { FindingActions } from './Review';
import { checkDocUrl, openCheckDoc } from './open-check-doc';

export interface FindingListProps {
  audit: AuditResult;
  groupBy?: GroupBy;
  /** Shows a finding on the page; the list calls it when a finding is opened or its button pressed. */
  onLocate?: (finding: Finding) => void;
  /** The finding last shown on the page. */
  active?: Finding | null;
  /** Only the findings of one count card. */
  filter?: CountId | null;
}

export function FindingList({ audit, groupBy = 'severity', onLocate, active = null, filter = null }: FindingListProps) {
  const t = useT();
  const groups = groupFindings(audit.findings, groupBy, filter);
  return (
    <div class="findings" data-group-by={groupBy}>
      {filter && groups.length === 0 && <p class="muted filter-empty">{t('filterEmpty')}</p>}
      {groups.map((group) => (
        <Group key={`${group.id}:${group.collapsed}`} audit={audit} group={group} onLocate={onLocate} active={active} />
      ))}
    </div>
  );
}

function Group({
  audit,
  group,
  onLocate,
  active,
}: {
  audit: AuditResult;
  group: FindingGroup;
  onLocate?: (finding: Finding) => void;
  active: Finding | null;
}) {
  const t = useT();
  const [open, setOpen] = useState(!group.collapsed);
  const listId = `group-list-${group.id}`;
  // A collapsed group's items are built when it is opened: most findings are passes, and the popup
  // paints its first screen about 30 ms sooner without them.
  const item = (finding: Finding) => (
    <FindingItem key={audit.findings.indexOf(finding)} audit={audit} finding={finding} onLocate={onLocate} active={finding === active} />
  );
  const items = (
    <ul id={listId} hidden={!open}>
      {open &&
        (group.collapsed
          ? group.findings.map(item)
          : clusterFindings(group.findings).map((cluster) =>
              cluster.length === 1 ? (
                item(cluster[0]!)
              ) : (
                <Cluster key={`c${audit.findings.indexOf(cluster[0]!)}`} findings={cluster} item={item} />
              ),
            ))}
    </ul>
  );
  const count = <span class="group-count">{group.findings.length}</span>;
  if (!group.collapsed) {
    return (
      <section class={`group ${group.id}`} data-testid={`group-${group.id}`} aria-labelledby={`${listId}-title`}>
        <h2 id={`${listId}-title`}>
          {t(group.title)} {count}
        </h2>
        {items}
      </section>
    );
  }
  return (
    <section class={`group collapsed ${group.id}`} data-testid={`group-${group.id}`}>
      <h2>
        <button type="button" class="group-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          {t(group.title)} {count}
        </button>
      </h2>
      {items}
    </section>
  );
}

/**
 * A cluster of passes is named by its check's title (a rule that held at each place); a cluster of
 * problems by its first problem, "and so on N times": a rule's title read over a failure would sound
 * like it held.
 */
function clusterTitle(first: Finding, lang: 'zh' | 'en'): string {
  const title = first.outcome === 'pass' ? CHECKS.find((check) => check.id === first.checkId)?.title[lang] : undefined;
  return title ?? (lang === 'en' ? englishMessage(first) : first.message);
}

/** Repeats of one problem: the first one's message with how many there are; opened, each of them. */
function Cluster({ findings, item }: { findings: Finding[]; item: (finding: Finding) => preact.JSX.Element }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const first = findings[0]!;
  const id = `cluster-${first.checkId}-${findings.length}-${first.message.length}`;
  return (
    <li class="finding-cluster" data-check-id={first.checkId} data-count={findings.length}>
      <button type="button" class="cluster-toggle group-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true" />
        <span class="message">{clusterTitle(first, lang)}</span>
        <code class="check-id">{first.checkId}</code>
        <span class="cluster-count" title={t('groupedShow', { n: findings.length })}>
          {t(first.outcome === 'pass' ? 'groupedCount' : 'groupedShow', { n: findings.length })}
        </span>
      </button>
      <ul id={id} class="cluster-items" hidden={!open}>
        {open && findings.map(item)}
      </ul>
    </li>
  );
}

function FindingItem({
  audit,
  finding,
  onLocate,
  active,
}: {
  audit: AuditResult;
  finding: Finding;
  onLocate?: (finding: Finding) => void;
  active: boolean;
}) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const index = audit.findings.indexOf(finding);
  const detailId = `finding-detail-${index}`;
  const message = lang === 'en' ? englishMessage(finding) : finding.message;
  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    // Opening a finding is asking where it is: show it on the page, as axe DevTools' "highlight" does.
    if (opening) onLocate?.(finding);
  };
  return (
    <li
      class={`finding${active ? ' active' : ''}`}
      data-check-id={finding.checkId}
      data-outcome={finding.outcome}
      data-severity={finding.severity}
      data-index={index}
    >
      <button type="button" class="finding-toggle" aria-expanded={open} aria-controls={detailId} onClick={toggle}>
        <span class="chevron" aria-hidden="true" />
        <span class="message">{message}</span>
        <code class="check-id">{finding.checkId}</code>
      </button>
      {/* Built only while open: an audit has a hundred findings, and most are never opened. */}
      <div id={detailId} class="detail" hidden={!open}>
        {open && <FindingDetail audit={audit} finding={finding} onLocate={onLocate} />}
      </div>
    </li>
  );
}

function FindingDetail({ audit, finding, onLocate }: { audit: AuditResult; finding: Finding; onLocate?: (finding: Finding) => void }) {
  const t = useT();
  const lang = useLang();
  const where = locationText(audit, finding.location, lang);
  const facts: [string, string | undefined][] = [
    [t('factWhere'), where || undefined],
    [t('factExpression'), finding.expression],
    [t('factExpected'), finding.expected],
    [t('factActual'), finding.actual],
    [t('factDelta'), finding.delta],
    [t('factDoubt'), finding.doubt && t(finding.doubt === 'report' ? 'doubtReport' : 'doubtParser')],
  ];
  const { quotes } = finding.evidence;
  const evidence = evidenceRows(audit, finding.evidence.cells, lang);
  // The failing cell apart from the ones it adds up; when every cell is "at the place" (a column sum
  // names only its column), none is singled out.
  const atPlace = evidence.rows.map(([, cell]) => finding.outcome === 'fail' && isLocationCell(finding, cell));
  const primary = evidence.rows.length > 1 && !atPlace.every(Boolean) ? atPlace : [];
  return (
    <>
      <dl class="facts">
        {facts.map(([term, value]) =>
          value === undefined ? null : (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
      </dl>
      {evidence.rows.length > 0 && (
        <table class="evidence">
          {evidence.caption && <caption>{evidence.caption}</caption>}
          <thead>
            <tr>
              <th scope="col">{t('evidenceCell')}</th>
              <th scope="col" class="raw">
                {t('evidenceRaw')}
              </th>
            </tr>
          </thead>
          <tbody>
            {evidence.rows.map(([name, cell], i) => (
              <tr key={i} class={primary[i] ? 'primary' : undefined}>
                <td>{name}</td>
                <td class="raw">
                  {cell.raw === '' ? <span class="muted">{t('blank')}</span> : cell.raw}
                  {cellKindText(cell.kind, lang) && cell.raw !== '' && <span class="muted"> {cellKindText(cell.kind, lang)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {finding.previousYear && <PreviousYear audit={audit} finding={finding} />}
      {quotes.map((quote, i) => (
        <blockquote key={i} lang="zh-CN" aria-label={t('evidenceQuote')}>
          {quote.text}
        </blockquote>
      ))}
      {onLocate && (
        <button type="button" class="locate" onClick={() => onLocate(finding)}>
          {t('locate')}
        </button>
      )}
      <a
        class="about-check"
        href={checkDocUrl(finding.checkId)}
        target="_blank"
        rel="noopener"
        data-testid="about-check"
        onClick={(event) => {
          event.preventDefault();
          void openCheckDoc(finding.checkId);
        }}
      >
        {t('aboutCheck')}
      </a>
      <FindingActions finding={finding} />
    </>
  );
}

/** Last year's figures a cross-year finding compared with, and the report they came from. */
function PreviousYear({ audit, finding }: { audit: AuditResult; finding: Finding }) {
  const t = useT();
  const lang = useLang();
  const previous = finding.previousYear!;
  const rows = previousYearRows(audit, previous, lang);
  return (
    <div class="previous-year" data-testid="previous-year">
      <table class="evidence">
        <caption>{t('previousYearTitle')}</caption>
        <tbody>
          {rows.map(([name, cell], i) => (
            <tr key={i}>
              <td>{t('previousYearCell', { year: previous.year, name })}</td>
              <td class="raw">{cell.raw === '' ? <span class="muted">{t('blank')}</span> : cell.raw}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="previous-source">
        {t('previousYearFrom', { title: previous.title || `${previous.organisation} ${previous.year}` })}
        {previous.url && (
          <>
            {' '}
            <span class="previous-url" lang="zxx">
              {previous.url}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
