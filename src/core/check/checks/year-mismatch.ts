/**
 * The report year must be the same in the title, the statistics-period sentence and the body's dated
 * statements (「2023年，全区收到…」「2023年，无收取信息处理费情况」 in a 2024 report is a stray
 * template leftover). Only years that date a statement the checks read are looked at: plans for next
 * year, names of documents and comparisons with last year are not statements about this one.
 *
 * The odd one out is reported, not every place: the year most places agree on is taken as the
 * report's (the title's on a tie), so a wrong title is one finding, not one per correct sentence.
 */
import { defineCheck, type FindingDraft } from '../define-check';
import { claimsOf } from '../../claims/extract';
import { quoteOf, sectionOf } from '../../claims/quote';
import type { Claims, Sentence, YearMention } from '../../claims/types';
import type { EvidenceQuote, Location } from '../../model/finding';

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;

interface Place {
  kind: 'title' | 'period' | 'statement';
  years: number[];
  location: Location;
  quote?: EvidenceQuote;
  /** In words, for the message. */
  what: string;
  /** The sentence of a dated statement. */
  sentence?: string;
}

function placesOf(claims: Claims, title: string): Place[] {
  const titleMatch = TITLE_YEAR.exec(title.normalize('NFKC'));
  const places: Place[] = titleMatch ? [{ kind: 'title', years: [Number(titleMatch[1])], location: {}, what: `标题「${title}」` }] : [];
  for (const period of claims.periods) {
    const quote = quoteOf(period.sentence, period.span);
    places.push({
      kind: 'period',
      years: [period.startYear, period.endYear ?? period.startYear],
      location: sectionOf(period.sentence),
      quote,
      what: `统计期限「${period.span.text}」`,
    });
  }
  const dated: { year: YearMention; sentence: Sentence }[] = [
    ...claims.counts.filter(
      (claim) =>
        claim.subject &&
        claim.subject.kind !== 'channel' &&
        !(claim.subject.kind === 'applications' && claim.subject.stage === 'carriedIn'),
    ),
    ...claims.qualitative,
    ...claims.fees,
  ].flatMap((claim) => (claim.year ? [{ year: claim.year, sentence: claim.sentence }] : []));
  const seen = new Set<string>();
  for (const { year, sentence } of dated) {
    const key = `${year.span.block}:${year.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quote = quoteOf(sentence, year.span);
    places.push({
      kind: 'statement',
      years: [year.year],
      location: sectionOf(sentence),
      quote,
      what: `正文「${quote.text}」`,
      sentence: sentence.text,
    });
  }
  return places;
}

function referenceYear(places: Place[], fallback: number | null): number | null {
  const votes = new Map<number, number>();
  for (const place of places) for (const year of new Set(place.years)) votes.set(year, (votes.get(year) ?? 0) + 1);
  const most = Math.max(0, ...votes.values());
  const tied = [...votes].filter(([, count]) => count === most).map(([year]) => year);
  const title = places.find((place) => place.kind === 'title')?.years[0];
  if (title !== undefined && tied.includes(title)) return title;
  if (fallback !== null && tied.includes(fallback)) return fallback;
  return tied[0] ?? fallback;
}

export default defineCheck({
  id: 'year-mismatch',
  severity: 'warning',
  title: { zh: '标题、统计期限和正文的年份一致', en: 'The report year is consistent' },
  needsForm: false,
  evaluate({ report }) {
    const places = placesOf(claimsOf(report), report.identity.title);
    const year = referenceYear(places, report.identity.year);
    if (year === null) {
      return [
        { outcome: 'not-applicable', location: {}, message: '未能确定报告年度，无法比较年份。', messageEn: 'The report year is unknown.' },
      ];
    }
    // A sentence that also names the report year compares two years (「2023年…，2024年…」): no leftover.
    const compares = (place: Place) => place.sentence !== undefined && new RegExp(`${year}\\s*年`).test(place.sentence);
    const others = places.filter((place) => place.years.some((value) => value !== year) && !compares(place));
    const agreeing = places
      .filter((place) => !others.includes(place))
      .map((place) => (place.kind === 'title' ? '标题' : place.kind === 'period' ? '统计期限' : '正文'));
    const findings = others.map((place): FindingDraft => ({
      outcome: 'fail',
      location: place.location,
      expected: String(year),
      actual: [...new Set(place.years)].join('、'),
      message: `${place.what}写的是 ${[...new Set(place.years)].join('、')} 年，而${[...new Set(agreeing)].join('、') || '报告年度'}为 ${year} 年${place.kind === 'statement' ? '：可能是沿用往年报告的文字' : ''}。`,
      messageEn: `The ${place.kind} says ${place.years.join('/')} where the report year is ${year}.`,
      evidence: { quotes: place.quote ? [place.quote] : [] },
    }));
    if (findings.length > 0) return findings;
    const statements = places.filter((place) => place.kind === 'statement').length;
    const named = [
      places.some((place) => place.kind === 'title') ? '标题' : null,
      places.some((place) => place.kind === 'period') ? '统计期限' : null,
      statements ? `正文中 ${statements} 处带年份的表述` : null,
    ].filter(Boolean);
    return [
      {
        outcome: 'pass',
        location: {},
        expected: String(year),
        actual: String(year),
        message: `${named.join('、') || '报告'}的年份一致（${year} 年）。`,
        messageEn: `The year ${year} is consistent across ${places.length} place(s).`,
        evidence: { quotes: places.flatMap((place) => (place.kind === 'period' && place.quote ? [place.quote] : [])).slice(0, 1) },
      },
    ];
  },
});
