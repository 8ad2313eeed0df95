import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../../src/core/claims/extract';
import type { Claims } from '../../../src/core/claims/types';
import { reportOf } from '../../helpers';
import { reportFrom } from './report-from';

function counts(claims: Claims) {
  return claims.counts
    .filter((claim) => claim.subject)
    .map((claim) => ({ value: claim.count.value, subject: claim.subject, phrase: claim.phrase.text }));
}

describe('count claims and their subjects', () => {
  it('binds a qualifier to the count of its own clause, reads the subject past a bracketed aside, and never takes an item after 其中 for the total', () => {
    const report = reportFrom({
      s1: [
        '本年共受理政府信息公开申请20件，答复18件（含上年结转申请2件），作其他处理（含申请人撤回申请）3件，转下年度办理4件。',
        '全年共收到政府信息公开申请9件（其中信件申请5件，当面申请4件）。',
        '全年共收到政府信息公开申请7件，其中收到申请5件。',
      ],
    });
    const read = claimsOf(report).counts.map((claim) => [claim.count.value, claim.subject, claim.reading.scope]);
    expect(read).toEqual([
      [20, { kind: 'applications', stage: 'received', includesCarry: false }, 'total'],
      [18, { kind: 'applications', stage: 'handled', includesCarry: true }, 'total'],
      [2, { kind: 'applications', stage: 'carriedIn', includesCarry: false }, 'total'],
      [3, { kind: 'outcome', group: 'otherHandling' }, 'total'],
      [4, { kind: 'applications', stage: 'carriedOut', includesCarry: false }, 'total'],
      [9, { kind: 'applications', stage: 'received', includesCarry: false }, 'total'],
      [5, { kind: 'channel' }, 'total'],
      [4, { kind: 'channel' }, 'total'],
      [7, { kind: 'applications', stage: 'received', includesCarry: false }, 'total'],
      [5, null, 'item'],
    ]);
  });

  it('reads receiving, handling, carrying over and outcome groups', () => {
    const report = reportFrom({
      s1: [
        '2023年，本局新收政府信息公开申请13件，上年结转2件，办结14件，结转下年度继续办理1件；其中予以公开5件，部分公开2件，不予公开1件，无法提供4件，不予处理1件，其他处理1件。',
      ],
    });
    expect(counts(claimsOf(report)).map((claim) => [claim.value, claim.subject])).toEqual([
      [13, { kind: 'applications', stage: 'received', includesCarry: false }],
      [2, { kind: 'applications', stage: 'carriedIn', includesCarry: false }],
      [14, { kind: 'applications', stage: 'handled', includesCarry: false }],
      [1, { kind: 'applications', stage: 'carriedOut', includesCarry: false }],
      [5, { kind: 'outcome', group: 'granted' }],
      [2, { kind: 'outcome', group: 'partlyGranted' }],
      [1, { kind: 'outcome', group: 'withheld' }],
      [4, { kind: 'outcome', group: 'unavailable' }],
      [1, { kind: 'outcome', group: 'notProcessed' }],
      [1, { kind: 'outcome', group: 'otherHandling' }],
    ]);
  });

  it('ties a split to the application count it splits, in the sentence or the paragraph', () => {
    const claims = claimsOf(reportOf('pingtan-2022.html'));
    const total = claims.counts.find((claim) => claim.count.value === 75)!;
    const natural = claims.counts.find((claim) => claim.subject?.kind === 'applicant' && claim.subject.column === 'natural')!;
    expect(total.subject).toEqual({ kind: 'applications', stage: 'received', includesCarry: false });
    expect(total.phrase.text).toBe('全区收到政府信息公开申请75件');
    expect(total.year?.year).toBe(2022);
    expect(natural.parent).toBe(total.id);
    expect(natural.count.value).toBe(72);
  });

  it('quotes the exact span on the page', () => {
    const report = reportOf('pingtan-2024.html');
    const claim = claimsOf(report).counts.find((candidate) => candidate.subject?.kind === 'applications')!;
    const block = report.blocks[claim.phrase.block]!;
    expect(block.kind === 'text' && block.text.slice(claim.phrase.start, claim.phrase.end)).toBe('全年办理政府信息公开申请218件');
    expect(block.kind === 'text' && block.text.slice(claim.count.span.start, claim.count.span.end)).toBe('218件');
  });

  it('reads table 2 restated, this year only for 制发', () => {
    const report = reportFrom({ s1: ['本年度制发行政规范性文件62件，现行有效行政规范性文件440件，废止规范性文件33件。'] });
    expect(counts(claimsOf(report)).map((claim) => claim.subject)).toEqual([
      { kind: 'table2', row: 'normativeDocs', column: 'issued', thisYear: true },
      { kind: 'table2', row: 'normativeDocs', column: 'inForce', thisYear: false },
      { kind: 'table2', row: 'normativeDocs', column: 'repealed', thisYear: false },
    ]);
  });

  it('gives no subject to figures that are not table values', () => {
    const report = reportFrom({
      s1: [
        '全年主动公开政府信息10407条，发布政策文件解读96篇，对5个政务新媒体予以关停注销。',
        '受理各类群众诉求259起，答复办理市民咨询、投诉件1300余条。',
        '本局办理行政复议案件120件。',
        '共收到行政许可申请300件。',
        '全区行政复议、行政诉讼案件共3件。',
      ],
    });
    expect(counts(claimsOf(report))).toEqual([]);
  });

  it('reads review and suit totals only about information disclosure', () => {
    const report = reportFrom({ s1: ['2023年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，其中维持1件。'] });
    expect(counts(claimsOf(report)).map((claim) => [claim.value, claim.subject])).toEqual([
      [1, { kind: 'suits', which: 'all' }],
      [2, { kind: 'review' }],
    ]);
  });

  it('keeps approximate counts, marked, and reads Chinese numerals', () => {
    const report = reportFrom({ s1: ['本年度共收到政府信息公开申请约五十件。', '本年度共受理政府信息公开申请十三件。'] });
    expect(claimsOf(report).counts.map((claim) => [claim.count.value, claim.count.approximate])).toEqual([
      [50, true],
      [13, false],
    ]);
  });
});

describe('shares', () => {
  it('attach to the count before them and name their whole', () => {
    const claims = claimsOf(
      reportFrom({
        s1: [
          '共受理政府信息公开申请13件。按申请形式统计，网络申请8件、占申请总数的62%，信函申请5件（占38%）；涉及房屋拆迁的占85%，其他信息占15%，办结率100%。',
        ],
      }),
    );
    expect(
      claims.shares.map((share) => ({
        printed: share.percent.printed,
        count: share.count === null ? null : claims.counts[share.count]!.count.value,
        label: share.label,
        denominator: share.denominator,
        isRest: share.isRest,
      })),
    ).toEqual([
      { printed: '62%', count: 8, label: '网络申请', denominator: '申请总数', isRest: false },
      { printed: '38%', count: 5, label: '信函申请', denominator: '', isRest: false },
      { printed: '85%', count: null, label: '房屋拆迁的', denominator: '', isRest: false },
      { printed: '15%', count: null, label: '其他信息', denominator: '', isRest: true },
    ]);
    const [a, b, c, d] = claims.shares;
    expect(a!.run).toBe(b!.run);
    expect(c!.run).toBe(d!.run);
    expect(a!.run).not.toBe(c!.run);
  });
});

describe('breakdowns', () => {
  it('split a total; a list ending in 等 is not exhaustive', () => {
    const claims = claimsOf(
      reportFrom({
        s1: [
          '共收到政府信息公开申请13件，其中网络申请8件、信函申请3件等。',
          '共收到政府信息公开申请13件，涉及自然人12件、法人或其他组织1件。',
        ],
      }),
    );
    expect(
      claims.breakdowns.map((breakdown) => ({
        dimension: breakdown.dimension,
        parts: breakdown.parts.map((id) => claims.counts[id]!.count.value),
        total: claims.counts[breakdown.total!]!.count.value,
        exhaustive: breakdown.exhaustive,
      })),
    ).toEqual([
      { dimension: 'channel', parts: [8, 3], total: 13, exhaustive: false },
      { dimension: 'applicant', parts: [12, 1], total: 13, exhaustive: true },
    ]);
  });

  it('take a trailing 共计 as the total, and a partial list of outcomes as open', () => {
    const claims = claimsOf(reportFrom({ s3: ['网络申请8件、信函申请5件，共计13件。', '办结申请20件，其中予以公开10件、部分公开5件。'] }));
    expect(
      claims.breakdowns.map((breakdown) => [breakdown.dimension, claims.counts[breakdown.total!]!.count.value, breakdown.exhaustive]),
    ).toEqual([
      ['channel', 13, true],
      ['outcome', 20, false],
    ]);
  });
});

describe('qualitative claims', () => {
  it.each([
    ['本年度未收到政府信息公开申请。', 'noApplications', false, false],
    ['2018年未收到有关政府信息公开申请。', 'noApplications', false, false],
    ['未发生因政府信息公开申请引起的行政复议、行政诉讼。', 'noReviewOrSuit', true, true],
    ['未发生因信息公开申请被行政复议提起行政诉讼、收到投诉举报情况。', 'noReviewOrSuit', true, true],
    ['本年度未发生政府信息公开行政复议案件。', 'noReviewOrSuit', true, false],
    ['2018年未收到有关政府信息公开行政复议、提起行政诉讼的申请。', 'noReviewOrSuit', true, true],
    ['收到的政府信息公开申请均予以公开。', 'allGranted', false, false],
    ['行政复议案件均维持原行政行为。', 'allUpheld', true, false],
    ['未发生行政复议被纠错的情况。', 'noCorrection', true, false],
  ])('%s → %s', (sentence, kind, review, suits) => {
    const claims = claimsOf(reportFrom({ s1: [sentence] })).qualitative;
    expect(claims.map((claim) => [claim.kind, claim.review, claim.suits])).toEqual([[kind, review, suits]]);
  });

  it.each([
    '未收到群众意见建议。',
    '行政诉讼未经复议直接起诉0件。',
    '尚未审结的复议案件1件。',
    '对无正当理由大量反复申请不予处理。',
    '申请人未申请行政复议。',
    '所有申请均及时进行了答复。',
    '主动公开的政府信息均已公开。',
  ])('%s is no such claim', (sentence) => {
    expect(claimsOf(reportFrom({ s1: [sentence] })).qualitative).toEqual([]);
  });
});

describe('period, parts, fees and years', () => {
  it('read the opening of pingtan-2024', () => {
    const claims = claimsOf(reportOf('pingtan-2024.html'));
    expect(claims.periods.map((period) => [period.startYear, period.endYear, period.span.text])).toEqual([
      [2024, 2024, '2024年1月1日至2024年12月31日'],
    ]);
    expect(claims.parts.map((part) => [part.n, part.span.text])).toEqual([[6, '本报告共分6个部分']]);
    expect(claims.fees.map((fee) => [fee.sentence.section, fee.year?.year, fee.span.text])).toEqual([
      [6, 2024, '2024年,无收取信息处理费情况'],
    ]);
  });

  it('read 「由…六部分组成」, 「包括…等六个部分」 and an end date without its year', () => {
    expect(claimsOf(reportOf('pingtan-2019.html')).parts.map((part) => part.n)).toEqual([6]);
    expect(claimsOf(reportOf('pingtan-2018.html')).parts.map((part) => part.n)).toEqual([6]);
    const claims = claimsOf(reportFrom({ opening: ['本报告由总体情况等五部分组成。本报告统计数据从 2023 年 1 月 1 日到 12 月 31 日。'] }));
    expect(claims.parts.map((part) => part.n)).toEqual([5]);
    expect(claims.periods.map((period) => [period.startYear, period.endYear])).toEqual([[2023, null]]);
  });

  it('date a statement by its own year, not by plans, titles or comparisons', () => {
    const claims = claimsOf(
      reportFrom({
        s1: [
          '根据2022年政务公开工作要点，较2022年增加，2023年共收到政府信息公开申请13件。',
          '按照《2021年工作方案》，共收到政府信息公开申请13件。',
        ],
      }),
    );
    expect(claims.counts.map((claim) => claim.year?.year ?? null)).toEqual([2023, null]);
  });

  it('skip a sub-heading that only announces the fee statement', () => {
    expect(claimsOf(reportFrom({ s6: ['（二）信息处理费收取情况'] })).fees).toEqual([]);
  });
});

describe('claimsOf', () => {
  it('reads a report once', () => {
    const report = reportOf('pingtan-2024.html');
    expect(claimsOf(report)).toBe(claimsOf(report));
  });
});
