import { describe, expect, it } from 'vitest';
import {
  meetingsOfBody,
  nextMeetingOf,
  pastMeetings,
  upcomingMeetings,
  type MeetingLike,
} from '../../src/domain/meetings.ts';

const meetings: MeetingLike[] = [
  { slug: 'nuva-5', body: 'nuorisovaltuusto', date: '2026-12-10', start: '17:00', status: 'planned' },
  { slug: 'nuva-4', body: 'nuorisovaltuusto', date: '2026-11-26', start: '17:00', status: 'cancelled' },
  { slug: 'vane-2', body: 'vanhusneuvosto', date: '2026-11-23', start: '13:00', status: 'planned' },
  { slug: 'vane-3', body: 'vanhusneuvosto', date: '2026-11-23', status: 'planned' },
  { slug: 'nuva-3', body: 'nuorisovaltuusto', date: '2026-10-01', start: '17:00', status: 'held' },
  { slug: 'nuva-2', body: 'nuorisovaltuusto', date: '2026-09-01', status: 'planned' },
  { slug: 'nuva-6', body: 'nuorisovaltuusto', date: '2027-01-14', start: '17:00', status: 'planned' },
];
const asOf = '2026-11-23';

describe('meetings relative to the as-of date', () => {
  it('lists planned meetings from today on, soonest first, without cancelled or past ones', () => {
    expect(upcomingMeetings(meetings, asOf).map((m) => m.slug)).toEqual(['vane-3', 'vane-2', 'nuva-5', 'nuva-6']);
    expect(upcomingMeetings(meetings, asOf, 2).map((m) => m.slug)).toEqual(['vane-3', 'vane-2']);
  });

  it('finds when a body meets next, skipping a cancelled meeting', () => {
    expect(nextMeetingOf('nuorisovaltuusto', meetings, asOf)?.slug).toBe('nuva-5');
    expect(nextMeetingOf('nuorisovaltuusto', meetings, '2027-01-15')).toBeUndefined();
    expect(nextMeetingOf('lapsiparlamentti', meetings, asOf)).toBeUndefined();
  });

  it('lists past meetings newest first, whatever their status', () => {
    expect(pastMeetings(meetings, asOf).map((m) => m.slug)).toEqual(['nuva-3', 'nuva-2']);
  });

  it('lists a body’s meetings oldest first', () => {
    expect(meetingsOfBody('vanhusneuvosto', meetings).map((m) => m.slug)).toEqual(['vane-3', 'vane-2']);
    expect(meetingsOfBody('nuorisovaltuusto', meetings).map((m) => m.slug)).toEqual([
      'nuva-2',
      'nuva-3',
      'nuva-4',
      'nuva-5',
      'nuva-6',
    ]);
  });
});
