import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, meetingsCalendar, type CalendarMeeting } from '../../src/domain/icalendar.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

const longAgenda =
  'Kouluruokailun kehittäminen: ehdotukset kasvisruokapäivien lisäämisestä, välipalojen hinnoittelusta ja ruokasalin äänimaailmasta – käsittely ja päätös';

const meetings: CalendarMeeting[] = [
  {
    slug: 'nuva-2026-07',
    body: 'nuorisovaltuusto',
    date: '2026-07-01',
    start: '17:00',
    end: '19:00',
    status: 'planned',
    place: 'Kaupungintalo, sali 2; 2. krs',
    agenda: ['Kesätyöt', longAgenda],
  },
  {
    slug: 'nuva-2026-01',
    body: 'nuorisovaltuusto',
    date: '2026-01-15',
    start: '17:00',
    end: '18:30',
    status: 'held',
    place: 'Nuorisotalo',
    agenda: [],
  },
  {
    slug: 'vane-2026-03',
    body: 'vanhusneuvosto',
    date: '2026-03-10',
    status: 'cancelled',
    place: 'Kirjasto',
    agenda: ['Esteettömyys'],
    online: 'https://meet.example.fi/vane',
  },
];

function calendar(list: CalendarMeeting[] = meetings) {
  return meetingsCalendar({
    name: 'Kokoukset, Esimerkkilä',
    meetings: list,
    siteUrl: 'https://osallistu.example.fi/',
    lang: 'fi',
    host: 'osallistu.example.fi',
    timeZone: 'Europe/Helsinki',
    dtstamp: '2026-11-23',
    summaryOf: (m) => (m.body === 'nuorisovaltuusto' ? 'Nuorisovaltuuston kokous' : 'Vanhusneuvoston kokous'),
  });
}

/** Unfolds physical lines back into content lines (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds a long Finnish line at 75 octets without cutting ä in half', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    // 'DESCRIPTION:' is 12 octets; 31 ä fill 62 more, one more would make 76.
    expect(physical[0]).toBe(`DESCRIPTION:${'ä'.repeat(31)}`);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(physical[1]))).toBe(physical[1]);
  });

  it('leaves a short line alone and never splits an emoji', () => {
    expect(foldLine('SUMMARY:Kokous')).toBe('SUMMARY:Kokous');
    const folded = foldLine(`SUMMARY:${'😀'.repeat(30)}`);
    for (const p of folded.split('\r\n')) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('the meetings calendar', () => {
  const ics = calendar();
  const lines = unfold(ics);

  it('ends every line with CRLF and keeps every physical line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of ics.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('has the calendar header and a Helsinki time zone with summer and winter rules', () => {
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kuultu//fi']);
    expect(lines).toContain('X-WR-CALNAME:Kokoukset\\, Esimerkkilä');
    const tz = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(tz).toContain('TZID:Europe/Helsinki');
    expect(tz).toMatch(
      /BEGIN:DAYLIGHT\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0300\r\nTZNAME:EEST\r\nDTSTART:19700329T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/,
    );
    expect(tz).toMatch(
      /BEGIN:STANDARD\r\nTZOFFSETFROM:\+0300\r\nTZOFFSETTO:\+0200\r\nTZNAME:EET\r\nDTSTART:19701025T040000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/,
    );
  });

  it('writes summer and winter meetings in local Helsinki time with TZID', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20260701T170000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20260701T190000');
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20260115T170000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20260115T183000');
    expect(lines.filter((l) => l.startsWith('DTSTART:') && !l.startsWith('DTSTART:1970'))).toEqual([]);
  });

  it('makes one event per meeting, oldest first, with stable UIDs and the given DTSTAMP', () => {
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:nuva-2026-01@osallistu.example.fi',
      'UID:vane-2026-03@osallistu.example.fi',
      'UID:nuva-2026-07@osallistu.example.fi',
    ]);
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T000000Z')).toHaveLength(3);
    expect(calendar([...meetings].reverse())).toBe(ics);
  });

  it('writes a meeting without a start time as an all-day event', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20260310');
    expect(lines).toContain('DTEND;VALUE=DATE:20260311');
  });

  it('marks cancelled meetings and confirms the others', () => {
    expect(lines.filter((l) => l.startsWith('STATUS:'))).toEqual([
      'STATUS:CONFIRMED',
      'STATUS:CANCELLED',
      'STATUS:CONFIRMED',
    ]);
  });

  it('writes place, agenda lines and the link back to the meeting page, escaped', () => {
    expect(lines).toContain('LOCATION:Kaupungintalo\\, sali 2\\; 2. krs');
    expect(lines).toContain(`DESCRIPTION:Kesätyöt\\n${longAgenda.replace(/,/g, '\\,')}`);
    expect(lines).toContain('DESCRIPTION:Esteettömyys\\nhttps://meet.example.fi/vane');
    expect(lines).toContain('URL:https://osallistu.example.fi/fi/meetings/nuva-2026-07/');
    expect(lines).toContain('SUMMARY:Vanhusneuvoston kokous');
    // The long agenda line really was folded, and folding kept every ä whole.
    expect(ics).toMatch(/\r\n /);
    expect(ics).not.toContain('\uFFFD');
  });

  it('refuses a DTSTAMP it cannot read', () => {
    expect(() =>
      meetingsCalendar({
        name: 'x',
        meetings: [],
        siteUrl: 'https://x',
        lang: 'fi',
        host: 'x',
        timeZone: 'Europe/Helsinki',
        dtstamp: 'now',
      }),
    ).toThrow(/DTSTAMP/);
  });
});
