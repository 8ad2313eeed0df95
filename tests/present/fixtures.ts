/** Audits the present tests render: a real failing page, with one finding dismissed, and a hostile one. */
import { applyDismissals } from '../../src/core/audit/dismissals';
import type { AuditResult } from '../../src/core/model/audit';
import { auditOf } from '../helpers';

export const AT = '2026-01-02T03:04:05.000Z';
export const BALANCE_NATURAL = 'table3-balance@table=3,column=natural';

/** pingtan-2024 with 自然人 R01 219: table3-row-total and table3-balance fail; the balance one dismissed. */
export function dismissedAudit(): AuditResult {
  return applyDismissals(auditOf('pingtan-2024-mutated-balance.html'), { [BALANCE_NATURAL]: { note: '已与机关核实, 见"说明"', at: AT } });
}

export const HOSTILE = `<script>alert("x")</script><img src=x onerror='alert(1)'>`;

/** Report text an attacker controls (title, organisation, cell text, quotes, notes) full of markup. */
export function hostileAudit(): AuditResult {
  const audit = dismissedAudit();
  return {
    ...audit,
    source: { ...audit.source, url: `https://example.org/?q=${HOSTILE}` },
    report: { ...audit.report, title: `年报${HOSTILE}`, organisation: `机关${HOSTILE}` },
    findings: audit.findings.map((finding) => ({
      ...finding,
      message: `${finding.message}${HOSTILE}`,
      ...(finding.dismissed ? { dismissed: { ...finding.dismissed, note: HOSTILE } } : {}),
      evidence: {
        cells: finding.evidence.cells.map((cell) => ({ ...cell, raw: `=${HOSTILE}` })),
        quotes: [{ text: `「引文」${HOSTILE}`, block: 0, start: 0, end: 1 }],
      },
    })),
  };
}
