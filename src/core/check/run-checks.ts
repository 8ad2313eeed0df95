/** Report → Finding[]: runs every check, filling in ids, severities and empty evidence. */
import type { Finding } from '../model/finding';
import type { Report } from '../model/report';
import type { YearData } from '../model/history';
import { formById } from '../form/forms';
import type { Check, CheckContext, FindingDraft } from './define-check';
import { CHECKS } from './registry';
import { errorMessage } from '../error-message';

export function runChecks(report: Report, checks: readonly Check[] = CHECKS, options: { previous?: YearData } = {}): Finding[] {
  if (!report.isReport) return [];
  const form = formById(report.form);
  const context: CheckContext = { report, form, ...(options.previous ? { previous: options.previous } : {}) };
  return checks.flatMap((check) => {
    let drafts: FindingDraft[];
    if (check.needsForm && report.form === 'pre2019') {
      drafts = [
        {
          outcome: 'not-applicable',
          location: {},
          message: '报告早于全国统一格式，本项不适用。',
          messageEn: 'The report predates the national form.',
        },
      ];
    } else {
      try {
        drafts = check.evaluate(context);
      } catch (error) {
        drafts = [
          {
            outcome: 'needs-review',
            doubt: 'parser',
            location: {},
            message: `本项检查在运行时出错，未能得出结论：${errorMessage(error)}`,
            messageEn: 'This check failed to run and reached no conclusion.',
          },
        ];
      }
    }
    // Object.assign, not `{ ...draft, checkId, … }`: V8 (Node 20) takes a slow path for a spread
    // followed by more properties, about 3 µs a finding here.
    return drafts.map((draft): Finding =>
      Object.assign({}, draft, {
        checkId: check.id,
        severity: draft.severity ?? check.severity,
        evidence: { cells: draft.evidence?.cells ?? [], quotes: draft.evidence?.quotes ?? [] },
      }),
    );
  });
}
