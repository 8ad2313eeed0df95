/**
 * A finding's identity across re-audits (docs/design.md lesson 7): the check id and the location's form
 * keys, never values, so a dismissal survives a corrected number or a re-published page, and dies
 * only with the place it was about.
 */
import type { Finding, Location } from '../model/finding';

/** Fixed order, so the same location always gives the same string whatever order its keys were built in. */
const KEYS = ['section', 'table', 'row', 'column', 'group'] as const satisfies readonly (keyof Location)[];

/** `table3-row-total@table=3,row=granted,column=total`; a check with one place only: `late-publication@`. */
export function fingerprint(finding: Pick<Finding, 'checkId' | 'location'>): string {
  const parts = KEYS.filter((key) => finding.location[key] !== undefined).map((key) => `${key}=${finding.location[key]}`);
  return `${finding.checkId}@${parts.join(',')}`;
}

/**
 * The fingerprints of an audit's findings, in order. Where one check reports the same place twice
 * (two sentences of one section contradicting one table), the second is `…#2`, the third `…#3`, in
 * report order, so a dismissal never silences a finding the reviewer did not look at.
 */
export function fingerprints(findings: readonly Pick<Finding, 'checkId' | 'location'>[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = fingerprint(finding);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
