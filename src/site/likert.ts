/**
 * The colours of a survey's answer bars: a diverging scale from disagree (red) through neutral
 * (grey) to agree (blue), so "more blue" reads as "more agree" at a glance, and red–blue stays
 * apart for the common colour-vision deficiencies. Every colour carries white percentages at
 * 4.5:1 or more (WCAG 1.4.3) and stands 3:1 or more against the white gap that separates
 * neighbouring segments (WCAG 1.4.11): neighbours of one hue differ less than 3:1 from each
 * other, so the gap, not the hue step, is what keeps them apart. test/site/likert.test.ts
 * computes both.
 */

/** Answer 1..5 → its segment colour. */
export const LIKERT_COLOURS = ['#8a1f11', '#c0461b', '#5f6368', '#2b6cb0', '#123f73'] as const;
/** The percentages written on the segments. */
export const LIKERT_TEXT = '#ffffff';
/** The gap between neighbouring segments. */
export const LIKERT_GAP = '#ffffff';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Where a mean sits on the 1–5 axis, 0 (at 1) to 100 (at 5) per cent of its width. */
export function meanPosition(mean: number): number {
  return Math.round(((Math.min(5, Math.max(1, mean)) - 1) / 4) * 1000) / 10;
}
