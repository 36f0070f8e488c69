/**
 * How the meetings pages arrange and describe meetings relative to the build's as-of date.
 * Unlike `upcomingMeetings` (planned ones only, for "when do they meet next"), the schedule
 * keeps cancelled future meetings among the coming ones: a resident who planned to attend
 * must see that the meeting is off.
 */
import { compareMeetings, pastMeetings, type MeetingLike } from './meetings.ts';

export interface MeetingSchedule<T> {
  /** Meetings on or after the as-of date, whatever their status, soonest first. */
  upcoming: T[];
  /** Meetings before the as-of date, newest first. */
  past: T[];
}

export function meetingSchedule<T extends MeetingLike>(meetings: readonly T[], asOf: string): MeetingSchedule<T> {
  return {
    upcoming: meetings.filter((m) => m.date >= asOf).sort(compareMeetings),
    past: pastMeetings(meetings, asOf),
  };
}

/**
 * What a reader should be told about a meeting: `overdue` is a meeting still marked planned
 * although its day has passed, so the page must not pretend it is coming.
 */
export type MeetingState = 'planned' | 'held' | 'cancelled' | 'overdue';

export function meetingState(meeting: Pick<MeetingLike, 'date' | 'status'>, asOf: string): MeetingState {
  if (meeting.status === 'planned' && meeting.date < asOf) return 'overdue';
  return meeting.status;
}

/** Groups already-sorted meetings by year, keeping their order and the order years first appear. */
export function groupByYear<T extends Pick<MeetingLike, 'date'>>(
  meetings: readonly T[],
): { year: string; meetings: T[] }[] {
  const groups: { year: string; meetings: T[] }[] = [];
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.meetings.push(meeting);
    else groups.push({ year, meetings: [meeting] });
  }
  return groups;
}
