import type { AuditResult } from '../core/model/audit';

export function Summary({ audit }: { audit: AuditResult }) {
  const { outcome, failBySeverity } = audit.counts;
  const boxes = [
    { id: 'error', label: '错误', n: failBySeverity.error ?? 0 },
    { id: 'warning', label: '警告', n: failBySeverity.warning ?? 0 },
    ...(failBySeverity.info ? [{ id: 'info', label: '提示', n: failBySeverity.info }] : []),
    { id: 'needs-review', label: '待核查', n: outcome['needs-review'] ?? 0 },
    { id: 'pass', label: '通过', n: outcome.pass ?? 0 },
  ];
  return (
    <ul class="summary" aria-label="审校结果统计">
      {boxes.map((box) => (
        <li key={box.id} class={`count ${box.id}${box.n === 0 ? ' zero' : ''}`} data-testid={`count-${box.id}`}>
          <span class="n">{box.n}</span>
          <span class="label">{box.label}</span>
        </li>
      ))}
    </ul>
  );
}
