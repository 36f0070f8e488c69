import { describe, expect, it } from 'vitest';
import { groupByYear, meetingSchedule, meetingState } from '../../src/domain/meeting-schedule.ts';
import type { MeetingLike } from '../../src/domain/meetings.ts';

const meetings: MeetingLike[] = [
  { slug: 'nuva-5', body: 'nuorisovaltuusto', date: '2026-12-10', start: '17:00', status: 'planned' },
  { slug: 'nuva-4', body: 'nuorisovaltuusto', date: '2026-11-26', start: '17:00', status: 'cancelled' },
  { slug: 'vane-2', body: 'vanhusneuvosto', date: '2026-11-23', start: '13:00', status: 'planned' },
  { slug: 'nuva-3', body: 'nuorisovaltuusto', date: '2026-10-01', start: '17:00', status: 'held' },
  { slug: 'nuva-2', body: 'nuorisovaltuusto', date: '2025-09-01', status: 'planned' },
  { slug: 'nuva-6', body: 'nuorisovaltuusto', date: '2027-01-14', start: '17:00', status: 'planned' },
];
const asOf = '2026-11-23';

describe('the meeting schedule', () => {
  it('lists coming meetings soonest first, keeping cancelled ones so readers see they are off', () => {
    expect(meetingSchedule(meetings, asOf).upcoming.map((m) => m.slug)).toEqual([
      'vane-2',
      'nuva-4',
      'nuva-5',
      'nuva-6',
    ]);
  });

  it('lists past meetings newest first', () => {
    expect(meetingSchedule(meetings, asOf).past.map((m) => m.slug)).toEqual(['nuva-3', 'nuva-2']);
  });

  it('gives the same schedule whatever order the meetings come in', () => {
    expect(meetingSchedule([...meetings].reverse(), asOf)).toEqual(meetingSchedule(meetings, asOf));
  });

  it('groups sorted meetings by year in their order', () => {
    const { past, upcoming } = meetingSchedule(meetings, asOf);
    expect(groupByYear(past).map((g) => [g.year, g.meetings.map((m) => m.slug)])).toEqual([
      ['2026', ['nuva-3']],
      ['2025', ['nuva-2']],
    ]);
    expect(groupByYear(upcoming).map((g) => g.year)).toEqual(['2026', '2027']);
    expect(groupByYear([])).toEqual([]);
  });
});

describe('what a reader is told about a meeting', () => {
  it('calls a planned meeting whose day has passed overdue, not coming', () => {
    expect(meetingState({ date: '2026-11-22', status: 'planned' }, asOf)).toBe('overdue');
    expect(meetingState({ date: '2026-11-23', status: 'planned' }, asOf)).toBe('planned');
  });

  it('keeps held and cancelled as they are, past or future', () => {
    expect(meetingState({ date: '2026-01-01', status: 'held' }, asOf)).toBe('held');
    expect(meetingState({ date: '2027-01-01', status: 'cancelled' }, asOf)).toBe('cancelled');
  });
});
