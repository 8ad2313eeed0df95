/**
 * `claimsOf(report)`: every claim of the prose, read once per report and shared by the checks that
 * use them (a WeakMap, so a report's claims go when the report does).
 */
import type { Report } from '../model/report';
import { sentencesOf } from './sentences';
import { countClaims, tokenize } from './counts';
import { shareClaims } from './shares';
import { breakdownClaims } from './breakdowns';
import { qualitativeClaims } from './qualitative';
import { periodClaims } from './period';
import { partsClaims } from './parts';
import { feeStatements } from './fees';
import type { Claims } from './types';

const cache = new WeakMap<Report, Claims>();

export function claimsOf(report: Report): Claims {
  let claims = cache.get(report);
  if (!claims) {
    claims = extractClaims(report);
    cache.set(report, claims);
  }
  return claims;
}

export function extractClaims(report: Report): Claims {
  const sentences = sentencesOf(report);
  const tokenized = tokenize(sentences);
  const counts = countClaims(report, tokenized);
  return {
    sentences,
    counts,
    shares: shareClaims(tokenized, counts),
    breakdowns: breakdownClaims(counts),
    qualitative: qualitativeClaims(sentences),
    periods: periodClaims(sentences),
    parts: partsClaims(sentences),
    fees: feeStatements(sentences),
  };
}
