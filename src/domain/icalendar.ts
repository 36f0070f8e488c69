/**
 * iCalendar (RFC 5545) feeds of meetings, for `/meetings.ics` and one per body. Everything that
 * could vary between builds comes from the caller: UIDs from meeting slugs, DTSTAMP from the
 * as-of date, so two builds of the same content give the same bytes.
 */
import { isoParts } from '../core/dates.ts';
import { addDays } from './periods.ts';

/** What the calendar reads of a meeting. */
export interface CalendarMeeting {
  slug: string;
  body: string;
  date: string;
  /** HH:MM local time in Helsinki; without it the event is all-day. */
  start?: string;
  /** HH:MM, later than `start` on the same day: the meeting schema refuses an end at or before it. */
  end?: string;
  status: 'planned' | 'held' | 'cancelled';
  place: string;
  agenda: readonly string[];
  online?: string;
}

export interface MeetingsCalendarOptions<T extends CalendarMeeting> {
  /** The calendar's name in calendar apps (X-WR-CALNAME). */
  name: string;
  meetings: readonly T[];
  /** The site's absolute address, e.g. `https://osallistu.example.fi`. */
  siteUrl: string;
  lang: string;
  /** The host part of every UID, e.g. `osallistu.example.fi`. */
  host: string;
  timeZone: 'Europe/Helsinki';
  /** DTSTAMP for every event: `20261123T000000Z`, or an as-of date `2026-11-23` (its midnight UTC). */
  dtstamp: string;
  /** The event's title; by default the body slug. */
  summaryOf?: (meeting: T) => string;
  /** The meeting page's address; by default `<siteUrl>/<lang>/meetings/<slug>/`. */
  urlOf?: (meeting: T) => string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Europe/Helsinki since 1981: EET (UTC+2), EEST (UTC+3) from the last Sunday of March 03:00 to
 * the last Sunday of October 04:00 local time (both 01:00 UTC, the EU rule).
 */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1), continuation
 * lines starting with a space. Splits only between code points, so `ä` (2 octets in UTF-8) or
 * an emoji is never cut in half.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

function localDateTime(date: string, time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`"${time}" is not a time of day (HH:MM).`);
  return `${compact(date)}T${m[1]!.padStart(2, '0')}${m[2]}00`;
}

function stampOf(dtstamp: string): string {
  if (/^\d{8}T\d{6}Z$/.test(dtstamp)) return dtstamp;
  if (isoParts(dtstamp)) return `${compact(dtstamp)}T000000Z`;
  throw new RangeError(`DTSTAMP "${dtstamp}" is neither yyyymmddThhmmssZ nor an ISO date.`);
}

function compareMeetings(a: CalendarMeeting, b: CalendarMeeting): number {
  const key = (m: CalendarMeeting) => [m.date, m.start ?? '', m.slug];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

function eventLines<T extends CalendarMeeting>(
  meeting: T,
  options: MeetingsCalendarOptions<T>,
  stamp: string,
): string[] {
  const tz = options.timeZone;
  const summary = options.summaryOf ? options.summaryOf(meeting) : meeting.body;
  const url = options.urlOf
    ? options.urlOf(meeting)
    : `${options.siteUrl.replace(/\/+$/, '')}/${options.lang}/meetings/${meeting.slug}/`;
  const lines = ['BEGIN:VEVENT', `UID:${meeting.slug}@${options.host}`, `DTSTAMP:${stamp}`];
  if (meeting.start !== undefined) {
    lines.push(`DTSTART;TZID=${tz}:${localDateTime(meeting.date, meeting.start)}`);
    if (meeting.end !== undefined) lines.push(`DTEND;TZID=${tz}:${localDateTime(meeting.date, meeting.end)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compact(meeting.date)}`, `DTEND;VALUE=DATE:${compact(addDays(meeting.date, 1))}`);
  }
  lines.push(`SUMMARY:${escapeText(summary)}`, `LOCATION:${escapeText(meeting.place)}`);
  const description = [...meeting.agenda];
  if (meeting.online !== undefined) description.push(meeting.online);
  if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  lines.push(`URL:${url}`, `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** The calendar as text: CRLF line ends, folded lines, one VEVENT per meeting, oldest first. */
export function meetingsCalendar<T extends CalendarMeeting>(options: MeetingsCalendarOptions<T>): string {
  const stamp = stampOf(options.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kuultu//fi',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
    ...HELSINKI_VTIMEZONE,
    ...[...options.meetings].sort(compareMeetings).flatMap((m) => eventLines(m, options, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
