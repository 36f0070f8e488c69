/**
 * The survey bars' colours, measured the way WCAG 2.1 measures them: white percentages on every
 * segment at 4.5:1 or more (1.4.3), every segment 3:1 or more against the white gap between
 * neighbours (1.4.11), and a diverging order, dark red → grey → dark blue.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, LIKERT_COLOURS, LIKERT_GAP, LIKERT_TEXT, meanPosition } from '../../src/site/likert.ts';

describe('the survey palette', () => {
  it('carries white percentages at 4.5:1 and stands 3:1 against the separating gap', () => {
    for (const colour of LIKERT_COLOURS) {
      expect(contrastRatio(colour, LIKERT_TEXT), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colour, LIKERT_GAP), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('runs from red through grey to blue', () => {
    const [r1, , neutral, , b5] = LIKERT_COLOURS.map((c) =>
      [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16)),
    );
    expect(r1![0]).toBeGreaterThan(r1![2]!);
    expect(b5![2]).toBeGreaterThan(b5![0]!);
    expect(Math.max(...neutral!) - Math.min(...neutral!)).toBeLessThan(16);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('places a mean on the 1–5 axis, not on one from 0', () => {
    expect(meanPosition(1)).toBe(0);
    expect(meanPosition(3)).toBe(50);
    expect(meanPosition(3.4)).toBe(60);
    expect(meanPosition(5)).toBe(100);
  });
});
