#!/usr/bin/env node
/**
 * Makes the mutated copies of pingtan-2024 that prove the text checks fire (tests/fixtures/README.md,
 * "Mutated copies", lists each change). Every edit is an exact text replacement that must match once,
 * so a changed original makes this script fail instead of writing a fixture that proves nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/', import.meta.url);
const original = readFileSync(new URL('pingtan-2024.html', dir), 'utf8');

const HANDLED = '全年办理政府信息公开申请218件。';
const FEE = '2024年，无收取信息处理费情况。';
const PERIOD = '本报告所列数据统计期限为2024年1月1日至2024年12月31日。';

/** name → [from, to] edits, applied in order. */
const FIXTURES = {
  // text-count-mismatch: the handled count no longer equals R24 (218).
  'pingtan-2024-mutated-text-count.html': [[HANDLED, '全年办理政府信息公开申请219件。']],
  // text-claim-contradiction: no review or suit (table 4 has 7 reviews, 19 suits), and all upheld (1 corrected).
  'pingtan-2024-mutated-text-claims.html': [
    [HANDLED, `${HANDLED}全年未发生政府信息公开行政复议、行政诉讼案件。行政复议案件均维持原行政行为。`],
  ],
  // percent-mismatch: 71 ÷ 218 = 32.57% (not 35%), 29 ÷ 218 = 13.30% (13.4% is one unit off).
  'pingtan-2024-mutated-text-percent.html': [[HANDLED, `${HANDLED}其中予以公开71件，占35%；部分公开29件，占13.4%。`]],
  // percent-sum: a partition of applicants adding up to 101.0%.
  'pingtan-2024-mutated-text-percent-sum.html': [[HANDLED, `${HANDLED}按申请人类型统计，自然人申请占99.5%，法人或其他组织申请占1.5%。`]],
  // breakdown-sum: channels adding up to 215, not 218.
  'pingtan-2024-mutated-text-breakdown.html': [[HANDLED, `${HANDLED}其中网络申请200件、信函申请10件、当面申请5件。`]],
  // section-count-claim: the opening announces 5 parts; the report has 6.
  'pingtan-2024-mutated-text-parts.html': [['本报告共分6个部分', '本报告共分5个部分']],
  // fee-statement-missing: section 六's only sentence removed.
  'pingtan-2024-mutated-text-no-fee.html': [[FEE, '']],
  // year-mismatch: section 六 left at last year's wording.
  'pingtan-2024-mutated-text-year.html': [[FEE, '2023年，无收取信息处理费情况。']],
  // period-missing: the statistics-period sentence removed.
  'pingtan-2024-mutated-text-no-period.html': [[PERIOD, '']],
};

function replaceOnce(html, from, to) {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + 1) >= 0) throw new Error(`not exactly once in pingtan-2024.html: ${from}`);
  return html.slice(0, at) + to + html.slice(at + from.length);
}

for (const [name, edits] of Object.entries(FIXTURES)) {
  const html = edits.reduce((page, [from, to]) => replaceOnce(page, from, to), original);
  writeFileSync(new URL(name, dir), html);
}
console.log(`${Object.keys(FIXTURES).length} text fixtures written`);
