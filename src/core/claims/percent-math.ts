/**
 * Exact percentage arithmetic (docs/rules.md, "Arithmetic tolerance"): a share printed with k decimals
 * passes if 100·n/d rounds half-up or truncates to it at k decimals. Everything is in integers
 * (bigint), so 61.5 never meets a float.
 */
import { formatUnits } from './number-scan';

export interface ShareFit {
  fits: boolean;
  /** Units of the last printed digit between the printed value and the nearer of rounded/truncated. */
  distance: bigint;
  rounded: bigint;
  truncated: bigint;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Does 100·part/whole print as `units / 10^decimals` percent? */
export function shareFit(part: number, whole: number, units: bigint, decimals: number): ShareFit {
  const n = BigInt(part);
  const d = BigInt(whole);
  const scaled = 100n * n * 10n ** BigInt(decimals);
  const truncated = scaled / d;
  const rounded = (2n * scaled + d) / (2n * d);
  const distance = [rounded, truncated].map((value) => abs(value - units)).reduce((a, b) => (a < b ? a : b));
  return { fits: distance === 0n, distance, rounded, truncated };
}

/** 100·part/whole written out with `decimals` places, rounded half-up: 5/13 → 「38.5」 at 1. */
export function exactShare(part: number, whole: number, decimals: number): string {
  const scaled = 100n * BigInt(part) * 10n ** BigInt(decimals);
  const d = BigInt(whole);
  return formatUnits((2n * scaled + d) / (2n * d), decimals);
}

export interface PrintedShare {
  units: bigint;
  decimals: number;
}

/**
 * Can printed shares of one partition come from true shares adding up to exactly 100? Each printed
 * value p with last-digit unit u stands for a true value in [p − u/2, p + u) (rounded or truncated),
 * so the sum is possible when Σ(p − u/2) ≤ 100 < Σ(p + u).
 */
export function sharesCanSumTo100(shares: PrintedShare[]): { fits: boolean; sum: string } {
  const decimals = Math.max(...shares.map((share) => share.decimals));
  // Work in half-units of the finest printed digit so u/2 stays an integer.
  const scale = (share: PrintedShare) => share.units * 10n ** BigInt(decimals - share.decimals) * 2n;
  const unit = (share: PrintedShare) => 10n ** BigInt(decimals - share.decimals) * 2n;
  const sum = shares.reduce((total, share) => total + scale(share), 0n);
  const low = shares.reduce((total, share) => total + scale(share) - unit(share) / 2n, 0n);
  const high = shares.reduce((total, share) => total + scale(share) + unit(share), 0n);
  const hundred = 100n * 10n ** BigInt(decimals) * 2n;
  return { fits: low <= hundred && hundred < high, sum: formatUnits(sum / 2n, decimals) };
}
