import type { AuditResult } from '../core/model/audit';
import type { Finding } from '../core/model/finding';
import { cellKindText, DOUBT_NAMES, evidenceRows, locationText } from './labels';

/** Most serious first: a reader who looks only at the top must see the errors. */
const GROUPS: { id: string; title: string; test: (finding: Finding) => boolean }[] = [
  { id: 'fail-error', title: '错误', test: (f) => f.outcome === 'fail' && f.severity === 'error' },
  { id: 'fail-warning', title: '警告', test: (f) => f.outcome === 'fail' && f.severity === 'warning' },
  { id: 'fail-info', title: '提示', test: (f) => f.outcome === 'fail' && f.severity === 'info' },
  { id: 'needs-review', title: '待人工核查', test: (f) => f.outcome === 'needs-review' },
];

export function FindingList({ audit }: { audit: AuditResult }) {
  const passes = audit.findings.filter((f) => f.outcome === 'pass');
  const notApplicable = audit.findings.filter((f) => f.outcome === 'not-applicable');
  const groups = GROUPS.map((group) => ({ ...group, findings: audit.findings.filter(group.test) })).filter(
    (group) => group.findings.length > 0,
  );
  return (
    <div class="findings">
      {groups.length === 0 && <p class="all-clear">未发现问题。</p>}
      {groups.map((group) => (
        <section key={group.id} class={`group ${group.id}`} data-testid={`group-${group.id}`}>
          <h2>
            {group.title} <span class="group-count">{group.findings.length}</span>
          </h2>
          <ul>
            {group.findings.map((finding, i) => (
              <FindingItem key={i} audit={audit} finding={finding} />
            ))}
          </ul>
        </section>
      ))}
      <Collapsed id="pass" title="已通过" audit={audit} findings={passes} />
      <Collapsed id="not-applicable" title="不适用" audit={audit} findings={notApplicable} />
    </div>
  );
}

function Collapsed({ id, title, audit, findings }: { id: string; title: string; audit: AuditResult; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <details class={`group collapsed ${id}`} data-testid={`group-${id}`}>
      <summary>
        {title} <span class="group-count">{findings.length}</span> 项
      </summary>
      <ul>
        {findings.map((finding, i) => (
          <FindingItem key={i} audit={audit} finding={finding} />
        ))}
      </ul>
    </details>
  );
}

function FindingItem({ audit, finding }: { audit: AuditResult; finding: Finding }) {
  const where = locationText(audit, finding.location);
  const facts: [string, string | undefined][] = [
    ['位置', where || undefined],
    ['算式', finding.expression],
    ['应为', finding.expected],
    ['实为', finding.actual],
    ['差额', finding.delta],
    ['判断', finding.doubt && DOUBT_NAMES[finding.doubt]],
  ];
  const { quotes } = finding.evidence;
  const evidence = evidenceRows(audit, finding.evidence.cells);
  return (
    <li class="finding" data-check-id={finding.checkId} data-outcome={finding.outcome} data-severity={finding.severity}>
      <details>
        <summary>
          <span class="message">{finding.message}</span>
          <code class="check-id">{finding.checkId}</code>
        </summary>
        <div class="detail">
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
                  <th>单元格</th>
                  <th class="raw">原文</th>
                </tr>
              </thead>
              <tbody>
                {evidence.rows.map(([name, cell], i) => (
                  <tr key={i}>
                    <td>{name}</td>
                    <td class="raw">
                      {cell.raw === '' ? <span class="muted">（空白）</span> : cell.raw}
                      {cellKindText(cell.kind) && cell.raw !== '' && <span class="muted"> {cellKindText(cell.kind)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {quotes.map((quote, i) => (
            <blockquote key={i}>{quote.text}</blockquote>
          ))}
        </div>
      </details>
    </li>
  );
}
