/**
 * Meetings relative to the as-of date: what is coming, what has been. "Now" is always the
 * build's as-of date, never the clock (PRODUCT.md §8).
 */
import { compareText } from '../core/collections.ts';

export type MeetingStatus = 'planned' | 'held' | 'cancelled';

/** What these functions read of a meeting. */
export interface MeetingLike {
  slug: string;
  body: string;
  date: string;
  /** HH:MM; a meeting without a start time sorts before the timed ones of its day. */
  start?: string;
  status: MeetingStatus;
}

/** Oldest first: by date, start time, then slug. */
export function compareMeetings(a: MeetingLike, b: MeetingLike): number {
  return compareText(a.date, b.date) || compareText(a.start ?? '', b.start ?? '') || compareText(a.slug, b.slug);
}

/** Newest first, with the same tie-breaks reversed except the slug. */
function compareNewestFirst(a: MeetingLike, b: MeetingLike): number {
  return compareText(b.date, a.date) || compareText(b.start ?? '', a.start ?? '') || compareText(a.slug, b.slug);
}

/**
 * Planned meetings on or after the as-of date, soonest first. Cancelled and held meetings are
 * not "upcoming": the body's page lists them among its meetings with their status.
 */
export function upcomingMeetings<T extends MeetingLike>(meetings: readonly T[], asOf: string, limit?: number): T[] {
  const upcoming = meetings.filter((m) => m.status === 'planned' && m.date >= asOf).sort(compareMeetings);
  return limit === undefined ? upcoming : upcoming.slice(0, Math.max(0, limit));
}

/** When the body meets next, if a meeting is planned. */
export function nextMeetingOf<T extends MeetingLike>(
  bodySlug: string,
  meetings: readonly T[],
  asOf: string,
): T | undefined {
  return upcomingMeetings(meetingsOfBody(bodySlug, meetings), asOf, 1)[0];
}

/** Meetings dated before the as-of date, whatever their status, newest first. */
export function pastMeetings<T extends MeetingLike>(meetings: readonly T[], asOf: string): T[] {
  return meetings.filter((m) => m.date < asOf).sort(compareNewestFirst);
}

/** A body's meetings, oldest first. */
export function meetingsOfBody<T extends MeetingLike>(bodySlug: string, meetings: readonly T[]): T[] {
  return meetings.filter((m) => m.body === bodySlug).sort(compareMeetings);
}
