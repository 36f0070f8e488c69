/**
 * "Now" for a build: pages that say "next meeting" or "this year" must give the same answer
 * for the same commit, so the date comes from SOURCE_DATE_EPOCH or the last commit, never the
 * clock, and the pages print it ("situation on 23.11.2026").
 */
import { execFileSync } from 'node:child_process';

export interface AsOf {
  /** ISO date in the site's time zone. */
  date: string;
  source: 'SOURCE_DATE_EPOCH' | 'git';
}

/** The calendar day in `timeZone`, assembled from its parts: how a locale lays out a date depends on the ICU data Node ships. */
export function isoDateInZone(epochSeconds: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    numberingSystem: 'latn',
    calendar: 'gregory',
  }).formatToParts(new Date(epochSeconds * 1000));
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return `${String(part('year')).padStart(4, '0')}-${String(part('month')).padStart(2, '0')}-${String(part('day')).padStart(2, '0')}`;
}

export function asOfDate(root: string, timeZone: string, env: NodeJS.ProcessEnv = process.env): AsOf | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch))
    return { date: isoDateInZone(Number(epoch), timeZone), source: 'SOURCE_DATE_EPOCH' };
  try {
    const out = execFileSync('git', ['-C', root, 'log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(out)) return { date: isoDateInZone(Number(out), timeZone), source: 'git' };
  } catch {
    // Not a git checkout (an exported tarball): the caller falls back and warns.
  }
  return undefined;
}
