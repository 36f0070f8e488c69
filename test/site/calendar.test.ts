import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schemas/project.ts';
import type { Body } from '../../src/schemas/body.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Site } from '../../src/schemas/site.ts';
import { calendarOf, calendarResponse, calendarTimeZone } from '../../src/site/calendar.ts';

function entry<F>(slug: string, data: F): Entry<F> {
  return { slug, data, translations: {}, positions: {} };
}

const project = {
  site: { url: 'https://kuulee.kuusijarvi.example', timezone: 'Europe/Helsinki' } as Site,
  defaultLang: 'fi' as const,
  asOf: '2026-11-23',
  bodies: [
    entry<Body>('nuorisovaltuusto', {
      name: 'Kuusijärven nuorisovaltuusto',
      kind: 'youth-council',
      members: 17,
      cadence: 'kahdesti vuodessa',
    }),
  ],
};
const meetings = [
  entry<Meeting>('2026-11-nuorisovaltuusto', {
    body: 'nuorisovaltuusto',
    date: '2026-11-26',
    start: '17:00',
    end: '19:00',
    place: 'Kaupungintalo, valtuustosali',
    status: 'cancelled',
    agenda: ['Nuorisotilojen aukioloajat kesällä ja talvella, kun kouluvuosi alkaa'],
    online: undefined,
  }),
  entry<Meeting>('2027-04-nuorisovaltuusto', {
    body: 'nuorisovaltuusto',
    date: '2027-04-15',
    start: '17:00',
    end: undefined,
    place: 'Nuorisotalo',
    status: 'planned',
    agenda: [],
    online: undefined,
  }),
];
const ics = calendarOf(project, meetings, 'Kuusijärven kaupunki kuulee: kokoukset');
const lines = ics.replace(/\r\n /g, '').split('\r\n');

describe('the site calendar feeds', () => {
  it('writes CRLF lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('names events in the default language and says in the title when one is cancelled', () => {
    expect(lines).toContain('SUMMARY:PERUTTU – Kokous: Kuusijärven nuorisovaltuusto');
    expect(lines).toContain('SUMMARY:Kokous: Kuusijärven nuorisovaltuusto');
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it('links each event to its default-language meeting page and takes UIDs and DTSTAMP from the site and as-of date', () => {
    expect(lines).toContain('URL:https://kuulee.kuusijarvi.example/fi/meetings/2027-04-nuorisovaltuusto/');
    expect(lines).toContain('UID:2026-11-nuorisovaltuusto@kuulee.kuusijarvi.example');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual([
      'DTSTAMP:20261123T000000Z',
      'DTSTAMP:20261123T000000Z',
    ]);
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20261126T170000');
  });

  it('is the same text on every build', () => {
    expect(calendarOf(project, [...meetings].reverse(), 'Kuusijärven kaupunki kuulee: kokoukset')).toBe(ics);
  });

  it('writes Finnish time under either of its names (the site schema accepts no other zone)', () => {
    expect(calendarTimeZone('Europe/Helsinki')).toBe('Europe/Helsinki');
    expect(calendarTimeZone('Europe/Mariehamn')).toBe('Europe/Helsinki');
  });

  it('is served as text/calendar in UTF-8', () => {
    expect(calendarResponse(ics).headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
  });
});
