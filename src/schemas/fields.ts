/**
 * Field types for authored data. Every field takes the text an author wrote (a CSV cell or a
 * frontmatter value) and either gives the typed value or reports an issue whose words are the
 * author-facing message: what is wrong, what was expected, and how to fix it. The zod schemas
 * built from these are the single source of the data's shape, its error messages and the
 * open-data field documentation.
 */
import * as z from 'zod';
import {
  DATE_FORMATS,
  daysInMonth,
  finnishDate,
  parseClockTime,
  parseDate,
  parseInteger,
  parsePercent,
  type DateParts,
} from '../core/dates.ts';
import { each, LANGUAGES, same, type Lang, type Text } from '../core/lang.ts';
import { linksInPlainText } from '../core/plain-links.ts';
import { isSafeUrl, urlScheme } from '../core/safe-links.ts';

export { LANGUAGES, type Lang };

/** A field's description for the open-data documentation, in every UI language. */
export type FieldDoc = Record<Lang, string>;

/** What a field helper records about itself (read by column checks and the open-data page). */
export interface FieldMeta {
  doc: FieldDoc;
  /** The column must exist and every row must fill it. */
  required: boolean;
  /** A human name for the kind of value, e.g. "date", "one of planned, done" (English; a stable key). */
  kind: string;
  /** One of these values (oneOf): the open data's Table Schema `enum`. */
  values?: readonly string[];
  /** A whole number's bounds (integer): the Table Schema's `minimum` / `maximum`. */
  min?: number;
  max?: number;
  /** A text's longest length: the Table Schema's `maxLength`. */
  maxLength?: number;
  /** The kind in every language, for messages and the author guide. */
  kindText: Text;
  [key: string]: unknown;
}

/** The words of one problem, carried on a zod issue through `params`. */
export interface IssueWords {
  /** The offending value as written; omitted when empty. */
  value?: string;
  expected?: Text | undefined;
  fix?: Text | undefined;
  /** A stable machine-readable kind, e.g. `enum`. */
  code: string;
  /** The sentence after the column name and value, in every language (set by `report`). */
  predicate?: Text;
}

/** The issue's predicate as Text; zod's own issues (no `report`) fall back to its English message. */
export function predicateOf(issue: z.core.$ZodIssue): Text {
  const params = (issue as { params?: IssueWords }).params;
  return params?.predicate ?? { fi: issue.message, sv: issue.message, en: issue.message };
}

type Ctx = { issues: z.core.$ZodRawIssue[] };

/**
 * Report a problem on the current field. `predicate` completes the sentence that starts with
 * the column name and value: `status "valmis"` + ` is not a status.`
 */
export function report(ctx: Ctx, predicate: Text, words: IssueWords, path?: PropertyKey[]): typeof z.NEVER {
  ctx.issues.push({
    code: 'custom',
    // zod wants one string; the author's language is picked when the problem is printed.
    message: predicate.en,
    input: words.value,
    params: { ...words, predicate },
    ...(path ? { path } : {}),
  });
  return z.NEVER;
}

function meta<T extends z.ZodType>(type: T, m: FieldMeta): T {
  return type.meta(m) as T;
}

/**
 * Trimmed text, handed on to `then`; empty means "not given". Frontmatter numbers/dates arrive
 * as strings too; anything else gets the issue z.string would give (invalid_type, expected
 * string, "is not text."). One transform rather than preprocess → string → transform: it runs
 * for every CSV cell, and each zod step costs calls and a payload per cell.
 */
function cell<T>(then: (text: string, ctx: Ctx) => T) {
  return z.transform((v: unknown, ctx): T => {
    const t =
      v === undefined || v === null
        ? ''
        : typeof v === 'string'
          ? v.trim()
          : typeof v === 'number' || typeof v === 'boolean'
            ? String(v)
            : v;
    if (typeof t === 'string') return then(t, ctx);
    ctx.issues.push({
      expected: 'string',
      code: 'invalid_type',
      input: t,
      message: 'is not text.',
      params: { predicate: { fi: 'ei ole tekstiä.', sv: 'är inte text.', en: 'is not text.' } },
    });
    return z.NEVER;
  });
}

/** Ids and slugs appear in web addresses: letters, digits, `-` and `_`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** `ID_PATTERN` in the words of every message about an id, a slug or a content file's name. */
export const ID_CHARACTERS: Text = {
  fi: 'kirjaimia a–z tai A–Z, numeroita, - ja _, ensimmäisenä kirjain tai numero',
  sv: 'bokstäverna a–z eller A–Z, siffror, - och _, med en bokstav eller siffra först',
  en: 'letters a–z or A–Z, digits, - and _, starting with a letter or digit',
};

/** "e.g." in each language, for `expected` texts that end with an example. */
export const EG: Text = { fi: 'esim.', sv: 't.ex.', en: 'e.g.' };

/** The fix that gives the exact value to write: "kirjoita 20:00". */
export function writeValue(value: string): Text {
  return { fi: `kirjoita ${value}`, sv: `skriv ${value}`, en: `write ${value}` };
}

/** The kind of value a field holds: its name in messages and the author guide, in every language. */
export interface Kind {
  /** The English name, also a stable key (the open-data page reads it). */
  key: string;
  text: Text;
}

const DATE_KIND: Kind = { key: 'date', text: { fi: 'päivämäärä', sv: 'datum', en: 'date' } };
const ID_KIND: Kind = { key: 'id', text: { fi: 'tunnus', sv: 'id', en: 'id' } };
const TEXT_KIND: Kind = { key: 'text', text: { fi: 'teksti', sv: 'text', en: 'text' } };
const TIME_KIND: Kind = { key: 'time', text: { fi: 'kellonaika', sv: 'klockslag', en: 'time' } };

/** What an empty required value should have held: the kind, and its format where it has one. */
function emptyWords(kind: Kind): { expected: Text; fix: Text } {
  if (kind === DATE_KIND)
    return {
      expected: DATE_FORMATS,
      fix: {
        fi: 'kirjoita päivämäärä, esim. 3.1.2026',
        sv: 'fyll i datumet, t.ex. 3.1.2026',
        en: 'fill in the date, e.g. 3.1.2026',
      },
    };
  if (kind === ID_KIND)
    return {
      expected: each((l) => `${ID_KIND.text[l]}: ${ID_CHARACTERS[l]}`),
      fix: { fi: 'kirjoita tunnus', sv: 'fyll i id:t', en: 'fill in the id' },
    };
  return {
    expected: kind.text,
    fix: each((l) => `${{ fi: 'kirjoita', sv: 'fyll i', en: 'fill in' }[l]} ${kind.text[l]}`),
  };
}

/** The predicate of every "is empty" message. */
export const IS_EMPTY: Text = { fi: 'on tyhjä.', sv: 'är tom.', en: 'is empty.' };

function requireValue<T>(parse: (text: string, ctx: Ctx) => T, kind: Kind): (text: string, ctx: Ctx) => T {
  const words = emptyWords(kind);
  return (text, ctx) => {
    if (text === '') return report(ctx, IS_EMPTY, { code: 'required', ...words }) as T;
    return parse(text, ctx);
  };
}

function field<T>(
  doc: FieldDoc,
  kind: Kind,
  required: boolean,
  parse: (text: string, ctx: Ctx) => T,
  extra: Record<string, unknown> = {},
) {
  const run = required
    ? requireValue(parse, kind)
    : (text: string, ctx: Ctx) => (text === '' ? undefined : parse(text, ctx));
  return meta(
    cell((text, ctx) => run(text, ctx) as T),
    { doc, kind: kind.key, kindText: kind.text, required, ...extra },
  );
}

/**
 * The `'` our open-data CSV puts before a text that starts like a formula (src/domain/open-data.ts),
 * so a downloaded actions CSV saved back as data/actions.csv reads as the same titles.
 */
const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

/**
 * The first link in a text the team writes for the site (a description, what residents said, a
 * reason, a timeline note): kuultu publishes CSV text as plain paragraphs, so a Markdown link
 * would show its brackets, and an address without https:// is only half an address.
 */
function proseLinkProblem(t: string, ctx: Ctx): typeof z.NEVER | undefined {
  const [link] = linksInPlainText(t);
  if (!link) return undefined;
  const expected: Text = {
    fi: 'tavallista tekstiä, jossa verkko-osoite on kirjoitettu kokonaan, alkaen https://',
    sv: 'vanlig text där webbadressen är skriven i sin helhet, med https:// först',
    en: 'plain text with the web address written in full, starting https://',
  };
  const fix: Text = link.rewrite
    ? writeValue(link.rewrite)
    : {
        fi: 'kirjoita linkin teksti ja sen perään koko osoite (https://…); linkin sivuston omalle sivulle voi kirjoittaa MDX-sivulle',
        sv: 'skriv länktexten och efter den hela adressen (https://…); en länk till en egen sida på webbplatsen kan skrivas på en MDX-sida',
        en: 'write the link text followed by the whole address (https://…); a link to a page of the site itself can go on an MDX page',
      };
  const predicate: Text =
    link.kind === 'markdown'
      ? {
          fi: 'on Markdown-linkki, mutta CSV-tiedoston tekstit julkaistaan sellaisinaan: sivulla näkyisivät hakasulkeet eikä linkkiä syntyisi.',
          sv: 'är en Markdown-länk, men texter i en CSV-fil publiceras som de är: sidan skulle visa hakparenteserna och ingen länk.',
          en: 'is a Markdown link, but the texts of a CSV file are published as they are: the page would show the brackets and no link.',
        }
      : {
          fi: 'on verkko-osoite, josta puuttuu alku https://.',
          sv: 'är en webbadress som saknar https:// i början.',
          en: 'is a web address without https:// at the start.',
        };
  return report(ctx, predicate, { code: `text.link-${link.kind}`, value: link.written, expected, fix });
}

export function text(doc: FieldDoc, opts: { required?: boolean; max?: number; prose?: boolean } = {}) {
  const max = opts.max ?? 10_000;
  return field(
    doc,
    TEXT_KIND,
    opts.required ?? false,
    (written, ctx) => {
      const t = written.charCodeAt(0) === 39 ? written.replace(FORMULA_ESCAPE, '') : written;
      if (opts.prose) {
        const problem = proseLinkProblem(t, ctx);
        if (problem !== undefined) return problem;
      }
      return t.length > max
        ? report(
            ctx,
            {
              fi: `on ${t.length} merkkiä pitkä.`,
              sv: `är ${t.length} tecken lång.`,
              en: `is ${t.length} characters long.`,
            },
            {
              code: 'text.long',
              value: `${t.slice(0, 40)}…`,
              expected: { fi: `enintään ${max} merkkiä`, sv: `högst ${max} tecken`, en: `at most ${max} characters` },
              fix: { fi: 'lyhennä tekstiä', sv: 'korta av texten', en: 'shorten it' },
            },
          )
        : t;
    },
    { maxLength: max },
  );
}

export function requiredText(doc: FieldDoc, opts: { max?: number } = {}) {
  return text(doc, { ...opts, required: true }) as z.ZodType<string, unknown>;
}

/** Ids and slugs appear in URLs: see `ID_PATTERN`. */
export function id(doc: FieldDoc, example: string) {
  return field(doc, ID_KIND, true, (t, ctx) => {
    if (ID_PATTERN.test(t)) return t;
    const suggestion = JSON.stringify(slugify(t) || example);
    return report(
      ctx,
      {
        fi: 'ei kelpaa verkko-osoitteeseen.',
        sv: 'kan inte användas i en webbadress.',
        en: 'cannot be used in a web address.',
      },
      {
        code: 'id.format',
        value: t,
        expected: each((l) => `${ID_CHARACTERS[l]}, ${EG[l]} ${example}`),
        fix: {
          fi: `kirjoita se muodossa ${suggestion}`,
          sv: `skriv det som ${suggestion}`,
          en: `write it as ${suggestion}`,
        },
      },
    );
  }) as z.ZodType<string, unknown>;
}

/**
 * The id of something defined elsewhere (a theme, body, meeting or action). Its spelling is
 * left to the reference check, which knows what exists: an author who writes the title
 * ("Lumityöt") is then told the slug it names, instead of a web-address rule whose suggested
 * spelling would fail the next run.
 */
export function ref(doc: FieldDoc) {
  return field(doc, ID_KIND, true, (t) => t) as z.ZodType<string, unknown>;
}

export function slugify(t: string): string {
  return t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function date(doc: FieldDoc, opts: { required?: boolean } = {}) {
  return field(doc, DATE_KIND, opts.required ?? false, (t, ctx) => {
    const r = parseDate(t);
    if (r.ok) return r.iso;
    if (r.reason === 'impossible') {
      const detail = impossibleDetail(r.parts);
      return report(
        ctx,
        {
          fi: `ei ole oikea päivämäärä${detail.fi}.`,
          sv: `finns inte i kalendern${detail.sv}.`,
          en: `is not a date that exists${detail.en}.`,
        },
        {
          code: 'date.impossible',
          value: t,
          expected: { fi: 'todellinen kalenteripäivä', sv: 'ett verkligt datum', en: 'a real calendar date' },
          fix: {
            fi: 'tarkista päivä ja kuukausi',
            sv: 'kontrollera dagen och månaden',
            en: 'check the day and the month',
          },
        },
      );
    }
    const guess = guessDate(t);
    return report(
      ctx,
      { fi: 'ei ole päivämäärä.', sv: 'är inte ett datum.', en: 'is not a date.' },
      {
        code: 'date.format',
        value: t,
        expected: DATE_FORMATS,
        fix: guess
          ? guessFix(guess)
          : {
              fi: 'kirjoita päivämäärä muodossa p.k.vvvv, esim. 3.1.2026',
              sv: 'skriv datumet som d.m.åååå, t.ex. 3.1.2026',
              en: 'write the date as d.m.yyyy, e.g. 3.1.2026',
            },
      },
    );
  }) as z.ZodType<string | undefined, unknown>;
}

/** What a date written another way most likely was, and why it was not read as one. */
interface DateGuess {
  date: string;
  /** `serial`: Excel's day number; `year`: a two-digit year; `time`: a clock time after the date. */
  why?: 'serial' | 'year' | 'time';
  written?: string;
}

/** Excel counts days from 30.12.1899: 45658 is 1.1.2025. Numbers in this range are the days of 1954–2146. */
const EXCEL_SERIAL = /^[2-8]\d{4}$/;
/** A clock time after a date, as Excel and feedback systems export one: `2.1.2025 12:00`, `2025-01-02T12:00:00`. */
const WITH_TIME = /^(\S+?)(?:[ T](?:klo )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$/i;

/**
 * `2025/1/3` or `3/1/2025` → `3.1.2025`, when the author's intent is plain; also what Excel
 * writes when a date column is formatted as a number (45658), a date with a two-digit year
 * (1.1.25, taken as 2000s) or with a time of day.
 */
function guessDate(t: string): DateGuess | undefined {
  const text = t.trim();
  if (EXCEL_SERIAL.test(text)) {
    const day = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
    return { date: finnishDate(day), why: 'serial', written: text };
  }
  const timed = WITH_TIME.exec(text);
  if (timed) {
    const day = parseDate(timed[1]!);
    const date = day.ok ? finnishDate(day.iso) : guessDate(timed[1]!)?.date;
    return date === undefined ? undefined : { date, why: 'time' };
  }
  const short = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2})$/.exec(text);
  if (short) {
    const candidate = `${Number(short[1])}.${Number(short[2])}.20${short[3]}`;
    return parseDate(candidate).ok ? { date: candidate, why: 'year' } : undefined;
  }
  const dmy = /^(\d{1,2})\s*[/\-. ]\s*(\d{1,2})\s*[/\-. ]\s*(\d{4})$/.exec(text);
  const ymd = /^(\d{4})[/. ](\d{1,2})[/. ](\d{1,2})$/.exec(text);
  const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : undefined;
  if (!parts) return undefined;
  const candidate = parts.map(Number).join('.');
  return parseDate(candidate).ok ? { date: candidate } : undefined;
}

function guessFix({ date, why, written }: DateGuess): Text {
  if (why === 'serial')
    return {
      fi: `kirjoita ${date}: ${written} on Excelin sisäinen numero päivälle ${date}, kun sarake on muotoiltu luvuksi (Excelissä: Muotoile solut > Päivämäärä)`,
      sv: `skriv ${date}: ${written} är Excels interna nummer för dagen ${date} när kolumnen är formaterad som tal (i Excel: Formatera celler > Datum)`,
      en: `write ${date}: ${written} is Excel's own number for the day ${date} when the column is formatted as a number (in Excel: Format Cells > Date)`,
    };
  if (why === 'year')
    return {
      fi: `kirjoita vuosi neljällä numerolla: ${date}`,
      sv: `skriv året med fyra siffror: ${date}`,
      en: `write the year with four digits: ${date}`,
    };
  if (why === 'time')
    return {
      fi: `kirjoita pelkkä päivämäärä ilman kellonaikaa: ${date}`,
      sv: `skriv bara datumet, utan klockslag: ${date}`,
      en: `write the date alone, without the time: ${date}`,
    };
  return writeValue(date);
}

function impossibleDetail({ month, year }: DateParts): Text {
  if (month < 1 || month > 12)
    return {
      fi: ` (kuukautta ${month} ei ole)`,
      sv: ` (det finns ingen månad ${month})`,
      en: ` (there is no month ${month})`,
    };
  const days = daysInMonth(year, month);
  return {
    // Every Finnish month name ends in -kuu, so its inessive is the name + ssa: "helmikuussa".
    fi: ` (${monthName('fi', year, month)}ssa ${year} on ${days} päivää)`,
    sv: ` (${monthName('sv', year, month)} ${year} har ${days} dagar)`,
    en: ` (month ${month} of ${year} has ${days} days)`,
  };
}

/** A month's name as a sentence writes it: `helmikuu`, `februari`. */
function monthName(lang: 'fi' | 'sv', year: number, month: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

export function requiredDate(doc: FieldDoc) {
  return date(doc, { required: true }) as z.ZodType<string, unknown>;
}

/** The time a team wrote as it speaks it: `klo 20`, `kello 17.30`, `kl. 18`, `17` → 20:00, 17:30, 18:00, 17:00. */
function meantClockTime(t: string): string | undefined {
  const m = /^(?:klo|kello|kl\.?)?\s*(\d{1,2})(?:[:.](\d{2}))?$/i.exec(t.trim());
  return m ? parseClockTime(`${m[1]}:${m[2] ?? '00'}`) : undefined;
}

export function clockTime(doc: FieldDoc) {
  return field(doc, TIME_KIND, false, (t, ctx) => {
    const time = parseClockTime(t);
    if (time) return time;
    const meant = meantClockTime(t);
    return report(
      ctx,
      { fi: 'ei ole kellonaika.', sv: 'är inte ett klockslag.', en: 'is not a time of day.' },
      {
        code: 'time.format',
        value: t,
        expected: { fi: 'HH:MM, esim. 17:30', sv: 'HH:MM, t.ex. 17:30', en: 'HH:MM, e.g. 17:30' },
        fix: meant
          ? writeValue(meant)
          : { fi: 'kirjoita aika muodossa 17:30', sv: 'skriv tiden som 17:30', en: 'write the time as 17:30' },
      },
    );
  }) as z.ZodType<string | undefined, unknown>;
}

/** What to write instead of a cell that is not a whole number, as near to what was written as can be said. */
function formatFix(t: string, days: boolean, percent: boolean): Text {
  const inDays = days ? daysIn(t) : undefined;
  if (inDays) return inDays;
  // A survey tool's report gives each answer's share beside its count; these columns count.
  if (!percent && /\d\s*%\s*$/.test(t))
    return {
      fi: 'kirjoita lukumäärä, ei prosenttiosuutta (kyselytyökalun raportissa määrät ovat osuuksien vieressä omassa sarakkeessaan)',
      sv: 'skriv antalet, inte andelen i procent (i enkätverktygets rapport står antalen i en egen kolumn bredvid andelarna)',
      en: "write the count, not the share in per cent (a survey tool's report gives the counts in a column of their own beside the shares)",
    };
  const whole = zeroDecimals(t);
  // "2,0": Excel shows a number format's decimals; the number is whole already.
  if (whole)
    return {
      fi: `kirjoita ${whole} ilman desimaaleja (Excelissä: Muotoile solut > Luku, desimaalien määrä 0)`,
      sv: `skriv ${whole} utan decimaler (i Excel: Formatera celler > Tal, antal decimaler 0)`,
      en: `write ${whole} without decimals (in Excel: Format Cells > Number, decimal places 0)`,
    };
  if (/[.,]\d/.test(t))
    return { fi: 'pyöristä se kokonaisluvuksi', sv: 'avrunda det till ett heltal', en: 'round it to a whole number' };
  // "noin 3900", "612 ääntä", "n. 40 hlöä": one number among words, the words the only mistake.
  const numbers = t.match(/\d[\d\s\u00a0\u202f]*\d|\d/g);
  if (numbers?.length === 1 && /\p{L}/u.test(t)) return writeValue(numbers[0]!.replace(/[\s\u00a0\u202f]/g, ''));
  return {
    fi: 'kirjoita pelkkiä numeroita, esim. 3',
    sv: 'skriv bara siffror, t.ex. 3',
    en: 'write digits only, e.g. 3',
  };
}

/** A number of days written with its unit, as a promise is spoken: `2 viikkoa`, `14 päivää`, `3 veckor`. */
function daysIn(t: string): Text | undefined {
  const m = /^(\d+)\s*(päivää|päivä|pv|vrk|dagar|dag|days?|viikkoa|viikko|vk|veckor|vecka|weeks?)\.?$/i.exec(t.trim());
  if (!m) return undefined;
  const days = Number(m[1]) * (/^(viik|vk|veck|week)/i.test(m[2]!) ? 7 : 1);
  return {
    fi: `kirjoita ${days} (${t.trim()} = ${days} päivää)`,
    sv: `skriv ${days} (${t.trim()} = ${days} dagar)`,
    en: `write ${days} (${t.trim()} = ${days} days)`,
  };
}

/** The whole number a cell such as `2,0` or `1 200.00` writes with zero decimals, else undefined. */
function zeroDecimals(t: string): string | undefined {
  return /^([+-]?[\d\s\u00a0\u202f]*\d)[.,]0+$/.exec(t.trim())?.[1];
}

/**
 * A whole number. With `percent`, a per cent sign after it is allowed (`50 %`): a cell Excel
 * formats as a percentage is saved that way, and a team that writes progress as "50 %" means 50.
 */
export function integer(
  doc: FieldDoc,
  opts: { required?: boolean; min?: number; max?: number; percent?: boolean; days?: boolean } = {},
) {
  const { min, max } = opts;
  const range: Kind =
    min !== undefined && max !== undefined
      ? {
          key: `a whole number from ${min} to ${max}`,
          text: {
            fi: `kokonaisluku ${min}–${max}`,
            sv: `ett heltal från ${min} till ${max}`,
            en: `a whole number from ${min} to ${max}`,
          },
        }
      : min !== undefined
        ? {
            key: `a whole number, ${min} or more`,
            text: {
              fi: `kokonaisluku, vähintään ${min}`,
              sv: `ett heltal, minst ${min}`,
              en: `a whole number, ${min} or more`,
            },
          }
        : { key: 'a whole number', text: { fi: 'kokonaisluku', sv: 'ett heltal', en: 'a whole number' } };
  return field(
    doc,
    range,
    opts.required ?? false,
    (t, ctx) => {
      const n = opts.percent ? parsePercent(t) : parseInteger(t);
      if (n === undefined) {
        return report(
          ctx,
          { fi: 'ei ole kokonaisluku.', sv: 'är inte ett heltal.', en: 'is not a whole number.' },
          {
            code: 'integer.format',
            value: t,
            expected: range.text,
            fix: formatFix(t, opts.days ?? false, opts.percent ?? false),
          },
        );
      }
      if (min !== undefined && n < min)
        return report(
          ctx,
          { fi: `on pienempi kuin ${min}.`, sv: `är mindre än ${min}.`, en: `is less than ${min}.` },
          {
            code: 'integer.min',
            value: t,
            expected: range.text,
            fix:
              min === 1
                ? {
                    fi: 'kirjoita 1 tai enemmän, tai jätä solu tyhjäksi, jolloin arvo on 1',
                    sv: 'skriv 1 eller mer, eller lämna cellen tom för 1',
                    en: 'write 1 or more, or leave the cell empty for 1',
                  }
                : { fi: `kirjoita ${min} tai enemmän`, sv: `skriv ${min} eller mer`, en: `write ${min} or more` },
          },
        );
      if (max !== undefined && n > max)
        return report(
          ctx,
          { fi: `on suurempi kuin ${max}.`, sv: `är större än ${max}.`, en: `is more than ${max}.` },
          {
            code: 'integer.max',
            value: t,
            expected: range.text,
            fix: { fi: `kirjoita ${max} tai vähemmän`, sv: `skriv ${max} eller mindre`, en: `write ${max} or less` },
          },
        );
      return n;
    },
    { min, max },
  ) as z.ZodType<number | undefined, unknown>;
}

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be what the author meant. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Written in another case (a-2023-002): that one, not the first candidate one edit away.
    if (c.toLowerCase() === v) return c;
    const d = c.toLowerCase().startsWith(v) || v.startsWith(c.toLowerCase()) ? 1 : editDistance(v, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** "did you mean "x"?" in each language. */
export function didYouMeanText(guess: string): Text {
  return { fi: `tarkoititko "${guess}"?`, sv: `menade du "${guess}"?`, en: `did you mean "${guess}"?` };
}

/**
 * One of a fixed list of English values. `synonyms` maps what Finnish and Swedish authors
 * naturally write (`valmis`, `klar`) to the value, so the fix can say exactly what to write.
 * `noun` names the kind of value for "is not a status.": `{ fi: 'toimenpiteen tila', … }`.
 */
export function oneOf<const V extends readonly [string, ...string[]]>(
  doc: FieldDoc,
  noun: Text,
  values: V,
  opts: {
    required?: boolean;
    synonyms?: Readonly<Record<string, V[number]>>;
    /**
     * What else a value needs, added to the fix that suggests it: `done` needs a completed date
     * too, and saying so now saves the author a second round.
     */
    notes?: Readonly<Partial<Record<V[number], Text>>>;
  } = {},
) {
  const list = values.join(', ');
  const kind: Kind = {
    key: `one of ${list}`,
    text: { fi: `jokin näistä: ${list}`, sv: `en av ${list}`, en: `one of ${list}` },
  };
  return field(
    doc,
    kind,
    opts.required ?? true,
    (t, ctx) => {
      if ((values as readonly string[]).includes(t)) return t as V[number];
      const lower = t.toLowerCase();
      const exact = values.find((v) => v === lower);
      const synonym = opts.synonyms?.[lower];
      const guess = exact ?? didYouMean(lower, values);
      const meant = exact ?? synonym ?? guess;
      const note = meant === undefined ? undefined : opts.notes?.[meant as V[number]];
      const suggestion: Text = exact
        ? {
            fi: `kirjoita "${exact}" pienillä kirjaimilla`,
            sv: `skriv "${exact}" med små bokstäver`,
            en: `write "${exact}" in lower case`,
          }
        : synonym
          ? {
              fi: `kirjoita "${synonym}" (${lower} = ${synonym})`,
              sv: `skriv "${synonym}" (${lower} = ${synonym})`,
              en: `write "${synonym}" (${lower} = ${synonym})`,
            }
          : guess
            ? didYouMeanText(guess)
            : { fi: `kirjoita jokin näistä: ${list}`, sv: `skriv en av ${list}`, en: `write one of ${list}` };
      const fix = note ? each((l) => `${suggestion[l]}; ${note[l]}`) : suggestion;
      return report(
        ctx,
        { fi: `ei ole ${noun.fi}.`, sv: `är inte ${noun.sv}.`, en: `is not ${noun.en}.` },
        { code: 'enum', value: t, expected: same(list), fix },
      );
    },
    { values },
  ) as z.ZodType<V[number], unknown>;
}

/** A field holding the text of one value in every configured language: `title_fi`, `title_sv` … */
export function localized(
  languages: readonly Lang[],
  doc: FieldDoc,
  opts: { required?: boolean; max?: number; prose?: boolean } = {},
) {
  const shape: Record<string, z.ZodType> = {};
  languages.forEach((lang, i) => {
    shape[lang] = text(doc, { required: i === 0 && (opts.required ?? false), max: opts.max, prose: opts.prose });
  });
  return z
    .object(shape)
    .transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Localized)
    .meta({
      doc,
      kind: 'text, one column per language',
      kindText: {
        fi: 'teksti, yksi sarake kullekin kielelle',
        sv: 'text, en kolumn per språk',
        en: 'text, one column per language',
      },
      required: opts.required ?? false,
      localized: true,
    } satisfies FieldMeta) as z.ZodType<Localized, unknown>;
}

/** Text in some of the site's languages; the default language's is always there when required. */
export type Localized = Partial<Record<Lang, string>>;

// Excel writes a true or false value (a formula's, a check box's) in its own language: TOSI and
// EPÄTOSI in Finnish Excel, SANT and FALSKT in Swedish.
const YES = ['yes', 'y', 'kyllä', 'kylla', 'k', 'ja', 'true', 'tosi', 'sant', '1', 'x'];
const NO = ['no', 'n', 'ei', 'e', 'nej', 'false', 'epätosi', 'falskt', '0'];

/**
 * What a yes/no cell says: true, false, or undefined when it says neither (an empty cell too).
 * The one reading of these words, for the validator and for anything that keeps an author's
 * choice (an import keeps a quote the author chose to publish).
 */
export function yesNoValue(t: string): boolean | undefined {
  const lower = t.trim().toLowerCase();
  if (YES.includes(lower)) return true;
  if (NO.includes(lower)) return false;
  return undefined;
}

export function yesNo(doc: FieldDoc, fallback: boolean) {
  const empty: Text = fallback
    ? { fi: 'tyhjä tarkoittaa yes', sv: 'tom betyder yes', en: 'empty means yes' }
    : { fi: 'tyhjä tarkoittaa no', sv: 'tom betyder no', en: 'empty means no' };
  return meta(
    cell((t, ctx) => {
      if (t === '') return fallback;
      const value = yesNoValue(t);
      if (value !== undefined) return value;
      return report(
        ctx,
        { fi: 'ei ole yes tai no.', sv: 'är inte yes eller no.', en: 'is not yes or no.' },
        {
          code: 'yesno',
          value: t,
          expected: {
            fi: `yes tai no (myös kyllä tai ei; ${empty.fi})`,
            sv: `yes eller no (även ja eller nej; ${empty.sv})`,
            en: `yes or no (${empty.en})`,
          },
          fix: { fi: 'kirjoita yes tai no', sv: 'skriv yes eller no', en: 'write yes or no' },
        },
      ) as boolean;
    }),
    {
      doc,
      kind: 'yes or no',
      kindText: { fi: 'yes tai no (kyllä/ei)', sv: 'yes eller no (ja/nej)', en: 'yes or no' },
      required: false,
    },
  ) as z.ZodType<boolean, unknown>;
}

/** `a|b|c` → ['a','b','c']: Excel users cannot put lists in a cell any other way. */
export function slugList(doc: FieldDoc, example: string) {
  const kind: Kind = {
    key: `one or more slugs separated by |, e.g. ${example}`,
    text: {
      fi: `yksi tai useampi tunnus merkillä | erotettuna, esim. ${example}`,
      sv: `en eller flera id:n åtskilda med |, t.ex. ${example}`,
      en: `one or more slugs separated by |, e.g. ${example}`,
    },
  };
  return field(doc, kind, true, (t, ctx) => {
    const parts = t
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length === 0)
      return report(
        ctx,
        { fi: 'ei nimeä yhtään tunnusta.', sv: 'anger inget id.', en: 'names no slug.' },
        {
          code: 'required',
          value: t,
          expected: each((l) => `${EG[l]} ${example}`),
          fix: { fi: 'kirjoita vähintään yksi tunnus', sv: 'skriv minst ett id', en: 'write at least one slug' },
        },
      );
    // Whether each part names a theme is the reference check's to say (with the titles it
    // knows); a , or ; between slugs is a mistake of the list itself.
    if (parts.some((p) => /[,;]/.test(p))) {
      // The list as it should be written, so the fix can be copied as it is.
      const list = t
        .split(/[|,;]/)
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .join('|');
      return report(
        ctx,
        {
          fi: 'erottaa tunnukset pilkulla tai puolipisteellä.',
          sv: 'skiljer id:na åt med komma eller semikolon.',
          en: 'separates the slugs with a comma or a semicolon.',
        },
        {
          code: 'slug.format',
          value: t,
          expected: kind.text,
          fix: {
            fi: `kirjoita ${list} (tunnusten väliin merkki |)`,
            sv: `skriv ${list} (tecknet | mellan id:na)`,
            en: `write ${list} (| between the slugs)`,
          },
        },
      );
    }
    return parts;
  }) as z.ZodType<string[], unknown>;
}

const URL_KIND: Kind = {
  key: 'a web address starting with https://',
  text: {
    fi: 'verkko-osoite, joka alkaa https://',
    sv: 'en webbadress som börjar med https://',
    en: 'a web address starting with https://',
  },
};

/** What a link may start with, in every message about links (CSV, frontmatter and MDX alike). */
export const SAFE_LINK_STARTS: Text = {
  fi: 'linkki, joka alkaa https://, http://, mailto: tai tel:',
  sv: 'en länk som börjar med https://, http://, mailto: eller tel:',
  en: 'a link starting with https://, http://, mailto: or tel:',
};

/** The problem with a `javascript:` (or other unsafe) link: one wording wherever links are written. */
export function unsafeLinkWords(link: string): { predicate: Text; expected: Text; fix: Text } {
  const scheme = urlScheme(link);
  return {
    predicate: scheme
      ? {
          fi: `on ${scheme}:-linkki, jollaista kuultu ei koskaan julkaise.`,
          sv: `är en ${scheme}:-länk, som kuultu aldrig publicerar.`,
          en: `is a ${scheme}: link, which kuultu never publishes.`,
        }
      : {
          fi: 'on vaarallinen linkki, jollaista kuultu ei koskaan julkaise.',
          sv: 'är en osäker länk, som kuultu aldrig publicerar.',
          en: 'is a unsafe: link, which kuultu never publishes.',
        },
    expected: SAFE_LINK_STARTS,
    fix: {
      fi: 'korvaa se https://-osoitteella tai poista se',
      sv: 'ersätt den med en https://-adress eller ta bort den',
      en: 'replace it with an https:// address, or remove it',
    },
  };
}

/** A link residents will follow: only http(s), mailto and tel, never `javascript:`. */
export function url(doc: FieldDoc, opts: { required?: boolean; absolute?: boolean } = {}) {
  return field(doc, URL_KIND, opts.required ?? false, (t, ctx) => {
    if (!isSafeUrl(t)) {
      const words = unsafeLinkWords(t);
      return report(ctx, words.predicate, { code: 'link.unsafe', value: t, expected: words.expected, fix: words.fix });
    }
    if (opts.absolute && !/^https?:\/\//i.test(t)) {
      const full = `https://${t.replace(/^\/+/, '')}`;
      return report(
        ctx,
        {
          fi: 'ei ole täydellinen verkko-osoite.',
          sv: 'är inte en fullständig webbadress.',
          en: 'is not a full web address.',
        },
        {
          code: 'url.absolute',
          value: t,
          expected: URL_KIND.text,
          fix: { fi: `kirjoita se muodossa ${full}`, sv: `skriv den som ${full}`, en: `write it as ${full}` },
        },
      );
    }
    return t;
  }) as z.ZodType<string | undefined, unknown>;
}

export function fieldMeta(type: z.ZodType): FieldMeta | undefined {
  return type.meta() as FieldMeta | undefined;
}

export { finnishDate };
