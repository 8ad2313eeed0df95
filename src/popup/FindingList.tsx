import { useState } from 'preact/hooks';
import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { groupFindings, type FindingGroup, type GroupBy } from './group-findings';
import { useLang, useT } from './i18n';
import { cellKindText, evidenceRows, locationText } from './labels';
import { FindingActions } from './Review';
import { checkDocUrl, openCheckDoc } from './open-check-doc';

export interface FindingListProps {
  audit: AuditResult;
  groupBy?: GroupBy;
  /** Shows a finding on the page; the list calls it when a finding is opened or its button pressed. */
  onLocate?: (finding: Finding) => void;
  /** The finding last shown on the page. */
  active?: Finding | null;
}

export function FindingList({ audit, groupBy = 'severity', onLocate, active = null }: FindingListProps) {
  const t = useT();
  const groups = groupFindings(audit.findings, groupBy);
  const anyOpen = groups.some((group) => !group.collapsed);
  return (
    <div class="findings" data-group-by={groupBy}>
      {!anyOpen && <p class="all-clear">{t('allClear')}</p>}
      {groups.map((group) => (
        <Group key={group.id} audit={audit} group={group} onLocate={onLocate} active={active} />
      ))}
    </div>
  );
}

function Group({ audit, group, onLocate, active }: { audit: AuditResult; group: FindingGroup; onLocate?: (finding: Finding) => void; active: Finding | null }) {
  const t = useT();
  const [open, setOpen] = useState(!group.collapsed);
  const listId = `group-list-${group.id}`;
  // A collapsed group's items are built when it is opened: most findings are passes, and the popup
  // paints its first screen about 30 ms sooner without them.
  const items = (
    <ul id={listId} hidden={!open}>
      {open && group.findings.map((finding) => (
        <FindingItem key={audit.findings.indexOf(finding)} audit={audit} finding={finding} onLocate={onLocate} active={finding === active} />
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

function FindingItem({ audit, finding, onLocate, active }: { audit: AuditResult; finding: Finding; onLocate?: (finding: Finding) => void; active: boolean }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const index = audit.findings.indexOf(finding);
  const detailId = `finding-detail-${index}`;
  const message = lang === 'en' ? finding.messageEn : finding.message;
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
              <tr key={i}>
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
