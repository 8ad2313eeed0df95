import { describe, expect, it } from 'vitest';
import { exactShare, shareFit, sharesCanSumTo100 } from '../../../src/core/claims/percent-math';

describe('shares are checked in exact arithmetic (docs/rules.md, Arithmetic tolerance)', () => {
  it('passes a rounded or a truncated share at the printed decimals', () => {
    expect(shareFit(8, 13, 62n, 0).fits).toBe(true); // 61.538… rounds to 62
    expect(shareFit(8, 13, 61n, 0).fits).toBe(true); // … and truncates to 61
    expect(shareFit(5, 13, 38n, 0).fits).toBe(true);
    expect(shareFit(8, 13, 615n, 1).fits).toBe(true);
    expect(shareFit(1, 8, 125n, 1).fits).toBe(true); // 12.5 exactly
    expect(shareFit(1, 3, 3333n, 2).fits).toBe(true);
    expect(shareFit(2, 3, 6667n, 2).fits).toBe(true); // 66.666… half-up
    expect(shareFit(2, 3, 6666n, 2).fits).toBe(true); // truncated
  });

  it('measures how far off a wrong share is, in units of its last digit', () => {
    expect(shareFit(71, 218, 327n, 1).distance).toBe(1n); // 32.568… → 32.6 or 32.5
    expect(shareFit(71, 218, 350n, 1).distance).toBe(24n);
    expect(shareFit(8, 13, 64n, 0).distance).toBe(2n);
  });

  it('writes the exact share rounded half-up', () => {
    expect(exactShare(8, 13, 1)).toBe('61.5');
    expect(exactShare(5, 13, 1)).toBe('38.5');
    expect(exactShare(5, 13, 2)).toBe('38.46');
    expect(exactShare(13, 13, 0)).toBe('100');
  });

  it('adds printed shares of one whole to 100 within what rounding or truncation allows', () => {
    expect(
      sharesCanSumTo100([
        { units: 85n, decimals: 0 },
        { units: 15n, decimals: 0 },
      ]),
    ).toEqual({ fits: true, sum: '100' });
    expect(
      sharesCanSumTo100([
        { units: 33n, decimals: 0 },
        { units: 33n, decimals: 0 },
        { units: 33n, decimals: 0 },
      ]).fits,
    ).toBe(true);
    expect(
      sharesCanSumTo100([
        { units: 995n, decimals: 1 },
        { units: 5n, decimals: 1 },
      ]).fits,
    ).toBe(true);
    expect(
      sharesCanSumTo100([
        { units: 995n, decimals: 1 },
        { units: 15n, decimals: 1 },
      ]),
    ).toEqual({ fits: false, sum: '101.0' });
    expect(
      sharesCanSumTo100([
        { units: 60n, decimals: 0 },
        { units: 45n, decimals: 0 },
      ]).fits,
    ).toBe(false);
    expect(
      sharesCanSumTo100([
        { units: 60n, decimals: 0 },
        { units: 38n, decimals: 0 },
      ]).fits,
    ).toBe(false);
  });
});
