/**
 * The dates exports write: ISO date-times with an offset (Open311), Excel date cells (Forms),
 * and the spreadsheet locale's own way (Google Forms: `14.3.2026 10.22.31` in Finnish,
 * `3/14/2026 10:22:31` in US English, `2026/03/14 10:22:31 EET` in others). kuultu keeps the
 * day in the site's time zone: a request sent at 00:30 in Helsinki belongs to that day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayIn(date: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(date);
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day of a date or date-time, or `undefined` when the text is not one. A date-time with an
 * offset or `Z` is moved into `timeZone`; one without is taken as already local.
 */
export function exportDay(text: string, timeZone: string): string | undefined {
  const t = text.trim();
  const isoDate =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (isoDate) {
    const [, y, m, d, , , , zone] = isoDate;
    if (zone) {
      const date = new Date(t.replace(' ', 'T'));
      return Number.isNaN(date.getTime()) ? undefined : dayIn(date, timeZone);
    }
    return iso(Number(y), Number(m), Number(d));
  }
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s|$)/.exec(t);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s|$)/.exec(t);
  if (dmy) return iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  // A slash with the year last is the US order, month first: Google's en-US spreadsheets.
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(t);
  if (mdy) return iso(Number(mdy[3]), Number(mdy[1]), Number(mdy[2]));
  return undefined;
}

/**
 * An Excel date cell as exceljs gives it: a Date whose UTC fields are the wall-clock time the
 * sheet shows (Excel stores no zone), so the day is read in UTC.
 */
export function excelDay(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
