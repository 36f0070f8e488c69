/**
 * Whole-number percentages that add up to exactly 100, by the largest-remainder (Hamilton)
 * method: each share is first rounded down, then the points still missing go to the shares that
 * lost the most in rounding down. Plain rounding would show 33 + 33 + 33 = 99 %, and residents
 * do add the numbers up.
 */
export function largestRemainderShares(counts: readonly number[], total = 100): number[] {
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`A count must be a whole number, 0 or more; got ${c}.`);
  }
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum === 0) return counts.map(() => 0);
  // Integer arithmetic: c * total = floor * sum + remainder, so equal remainders compare equal.
  const floors = counts.map((c) => Math.floor((c * total) / sum));
  const remainders = counts.map((c, i) => c * total - floors[i]! * sum);
  let missing = total - floors.reduce((a, b) => a + b, 0);
  // Ties go to the earlier item, so a list sorted biggest first never shows a later equal item
  // with the larger share.
  const order = counts.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (const i of order) {
    if (missing === 0) break;
    floors[i]! += 1;
    missing -= 1;
  }
  return floors;
}
