import { describe, expect, it } from 'vitest';
import { largestRemainderShares } from '../../src/domain/shares.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largest-remainder percentages', () => {
  it('makes thirds add up to 100, the extra point to the earliest tie', () => {
    const shares = largestRemainderShares([1, 1, 1]);
    expect(shares).toEqual([34, 33, 33]);
    expect(sum(shares)).toBe(100);
  });

  it('gives the missing points to the largest remainders, not the largest counts', () => {
    expect(largestRemainderShares([1, 2, 4])).toEqual([14, 29, 57]);
    // 2/13 = 15.38 and 3/13 = 23.08: plain rounding gives 15 + 23 + 23 + 23 + 15 = 99. The
    // point goes to a 15.38 (remainder .38 beats .08), not to a bigger 23.08.
    const shares = largestRemainderShares([2, 3, 3, 3, 2]);
    expect(shares).toEqual([16, 23, 23, 23, 15]);
    expect(sum(shares)).toBe(100);
  });

  it('returns exact shares unchanged and zeros when nothing was counted', () => {
    expect(largestRemainderShares([1, 1, 2])).toEqual([25, 25, 50]);
    expect(largestRemainderShares([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainderShares([])).toEqual([]);
  });

  it('adds up to 100 for many awkward distributions', () => {
    for (let a = 0; a < 12; a++)
      for (let b = 0; b < 12; b++)
        for (let c = 1; c < 12; c++) {
          expect(sum(largestRemainderShares([a, b, c, 7]))).toBe(100);
        }
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => largestRemainderShares([1.5, 2])).toThrow(RangeError);
    expect(() => largestRemainderShares([-1, 2])).toThrow(RangeError);
  });
});
