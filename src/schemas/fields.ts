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
  type DateParts,
} from '../core/dates.ts';
import { LANGUAGES, type Lang, type Text } from '../core/lang.ts';
import type { Words } from '../core/problem.ts';
import { isSafeUrl, urlScheme } from '../core/safe-links.ts';

export { LANGUAGES, type Lang };

/** A field's description for the open-data documentation, in every UI language. */
export type FieldDoc = Record<Lang, string>;

/** What a field helper records about itself (read by column checks and the open-data page). */
export interface FieldMeta {
  doc: FieldDoc;
  /** The column must exist and every row must fill it. */
  required: boolean;
  /** A human name for the kind of value, e.g. "date", "one of planned, done". */
  kind: string;
  /** One of these values (oneOf): the open data's Table Schema `enum`. */
  values?: readonly string[];
  /** A whole number's bounds (integer): the Table Schema's `minimum` / `maximum`. */
  min?: number;
  max?: number;
  /** A text's longest length: the Table Schema's `maxLength`. */
  maxLength?: number;
  [key: string]: unknown;
}

/** The words of one problem, carried on a zod issue through `params`. */
export interface IssueWords {
  /** The offending value as written; omitted when empty. */
  value?: string;
  expected?: Words;
  fix?: Words;
  /** A stable machine-readable kind, e.g. `enum`. */
  code: string;
  /** The sentence after the column name and value, in every language (set by `report`). */
  predicate?: Words;
}

/** The issue's predicate as Text; zod's own issues (no `report`) fall back to its English message. */
export function predicateOf(issue: z.core.$ZodIssue): Text {
  const p = issue.code === 'custom' ? (issue.params as IssueWords | undefined)?.predicate : undefined;
  const words = p ?? issue.message;
  return typeof words === 'string' ? { fi: words, sv: words, en: words } : words;
}

type Ctx = { issues: z.core.$ZodRawIssue[] };

/**
 * Report a problem on the current field. `predicate` completes the sentence that starts with
 * the column name and value: `status "valmis"` + ` is not a status.`
 */
export function report(ctx: Ctx, predicate: Words, words: IssueWords, path?: PropertyKey[]): typeof z.NEVER {
  ctx.issues.push({
    code: 'custom',
    // zod wants one string; the author's language is picked when the problem is printed.
    message: typeof predicate === 'string' ? predicate : predicate.en,
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
    ctx.issues.push({ expected: 'string', code: 'invalid_type', input: t, message: 'is not text.' });
    return z.NEVER;
  });
}

/** Ids and slugs appear in web addresses: letters, digits, `-` and `_`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** `ID_PATTERN` in the words of every message about an id, a slug or a content file's name. */
export const ID_CHARACTERS = 'letters a–z or A–Z, digits, - and _, starting with a letter or digit';

/** What an empty required value should have held: the kind, and its format where it has one. */
function emptyWords(kind: string): { expected: string; fix: string } {
  if (kind === 'date') return { expected: DATE_FORMATS, fix: 'fill in the date, e.g. 3.1.2026' };
  if (kind === 'id') return { expected: `an id of ${ID_CHARACTERS}`, fix: 'fill in the id' };
  return { expected: kind, fix: `fill in ${kind}` };
}

function requireValue<T>(parse: (text: string, ctx: Ctx) => T, noun: string): (text: string, ctx: Ctx) => T {
  const words = emptyWords(noun);
  return (text, ctx) => {
    if (text === '') return report(ctx, 'is empty.', { code: 'required', ...words }) as T;
    return parse(text, ctx);
  };
}

function field<T>(
  doc: FieldDoc,
  kind: string,
  required: boolean,
  parse: (text: string, ctx: Ctx) => T,
  extra: Record<string, unknown> = {},
) {
  const run = required
    ? requireValue(parse, kind)
    : (text: string, ctx: Ctx) => (text === '' ? undefined : parse(text, ctx));
  return meta(
    cell((text, ctx) => run(text, ctx) as T),
    { doc, kind, required, ...extra },
  );
}

/**
 * The `'` our open-data CSV puts before a text that starts like a formula (src/domain/open-data.ts),
 * so a downloaded actions CSV saved back as data/actions.csv reads as the same titles.
 */
const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

export function text(doc: FieldDoc, opts: { required?: boolean; max?: number } = {}) {
  const max = opts.max ?? 10_000;
  return field(
    doc,
    'text',
    opts.required ?? false,
    (written, ctx) => {
      const t = written.charCodeAt(0) === 39 ? written.replace(FORMULA_ESCAPE, '') : written;
      return t.length > max
        ? report(ctx, `is ${t.length} characters long.`, {
            code: 'text.long',
            value: `${t.slice(0, 40)}…`,
            expected: `at most ${max} characters`,
            fix: 'shorten it',
          })
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
  return field(doc, 'id', true, (t, ctx) =>
    ID_PATTERN.test(t)
      ? t
      : report(ctx, 'cannot be used in a web address.', {
          code: 'id.format',
          value: t,
          expected: `${ID_CHARACTERS}, e.g. ${example}`,
          fix: `write it as ${JSON.stringify(slugify(t) || example)}`,
        }),
  ) as z.ZodType<string, unknown>;
}

export function slugify(t: string): string {
  return t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function date(doc: FieldDoc, opts: { required?: boolean } = {}) {
  return field(doc, 'date', opts.required ?? false, (t, ctx) => {
    const r = parseDate(t);
    if (r.ok) return r.iso;
    if (r.reason === 'impossible') {
      return report(ctx, `is not a date that exists${impossibleDetail(r.parts)}.`, {
        code: 'date.impossible',
        value: t,
        expected: 'a real calendar date',
        fix: 'check the day and the month',
      });
    }
    const guess = guessDate(t);
    return report(ctx, 'is not a date.', {
      code: 'date.format',
      value: t,
      expected: DATE_FORMATS,
      fix: guess ? `write ${guess}` : 'write the date as d.m.yyyy, e.g. 3.1.2026',
    });
  }) as z.ZodType<string | undefined, unknown>;
}

/** `2025/1/3` or `3/1/2025` → `3.1.2025`, when the author's intent is plain. */
function guessDate(t: string): string | undefined {
  const dmy = /^(\d{1,2})[/\-. ](\d{1,2})[/\-. ](\d{4})$/.exec(t.trim());
  const ymd = /^(\d{4})[/. ](\d{1,2})[/. ](\d{1,2})$/.exec(t.trim());
  const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : undefined;
  if (!parts) return undefined;
  const candidate = parts.map(Number).join('.');
  return parseDate(candidate).ok ? candidate : undefined;
}

function impossibleDetail({ month, year }: DateParts): string {
  if (month < 1 || month > 12) return ` (there is no month ${month})`;
  return ` (month ${month} of ${year} has ${daysInMonth(year, month)} days)`;
}

export function requiredDate(doc: FieldDoc) {
  return date(doc, { required: true }) as z.ZodType<string, unknown>;
}

export function clockTime(doc: FieldDoc) {
  return field(
    doc,
    'time',
    false,
    (t, ctx) =>
      parseClockTime(t) ??
      report(ctx, 'is not a time of day.', {
        code: 'time.format',
        value: t,
        expected: 'HH:MM, e.g. 17:30',
        fix: 'write the time as 17:30',
      }),
  ) as z.ZodType<string | undefined, unknown>;
}

export function integer(doc: FieldDoc, opts: { required?: boolean; min?: number; max?: number } = {}) {
  const { min, max } = opts;
  const range =
    min !== undefined && max !== undefined
      ? `a whole number from ${min} to ${max}`
      : min !== undefined
        ? `a whole number, ${min} or more`
        : 'a whole number';
  return field(
    doc,
    range,
    opts.required ?? false,
    (t, ctx) => {
      const n = parseInteger(t);
      if (n === undefined) {
        return report(ctx, 'is not a whole number.', {
          code: 'integer.format',
          value: t,
          expected: range,
          fix: /[.,]\d/.test(t) ? 'round it to a whole number' : 'write digits only, e.g. 3',
        });
      }
      if (min !== undefined && n < min)
        return report(ctx, `is less than ${min}.`, {
          code: 'integer.min',
          value: t,
          expected: range,
          fix: min === 1 ? 'write 1 or more, or leave the cell empty for 1' : `write ${min} or more`,
        });
      if (max !== undefined && n > max)
        return report(ctx, `is more than ${max}.`, {
          code: 'integer.max',
          value: t,
          expected: range,
          fix: `write ${max} or less`,
        });
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
    const d = c.toLowerCase().startsWith(v) || v.startsWith(c.toLowerCase()) ? 1 : editDistance(v, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * One of a fixed list of English values. `synonyms` maps what Finnish and Swedish authors
 * naturally write (`valmis`, `klar`) to the value, so the fix can say exactly what to write.
 */
export function oneOf<const V extends readonly [string, ...string[]]>(
  doc: FieldDoc,
  noun: string,
  values: V,
  opts: { required?: boolean; synonyms?: Readonly<Record<string, V[number]>> } = {},
) {
  const list = values.join(', ');
  return field(
    doc,
    `one of ${list}`,
    opts.required ?? true,
    (t, ctx) => {
      if ((values as readonly string[]).includes(t)) return t as V[number];
      const lower = t.toLowerCase();
      const exact = values.find((v) => v === lower);
      const synonym = opts.synonyms?.[lower];
      const guess = exact ?? didYouMean(lower, values);
      const fix = exact
        ? `write "${exact}" in lower case`
        : synonym
          ? `write "${synonym}" (${lower} = ${synonym})`
          : guess
            ? `did you mean "${guess}"?`
            : `write one of ${list}`;
      return report(ctx, `is not ${noun}.`, { code: 'enum', value: t, expected: list, fix });
    },
    { values },
  ) as z.ZodType<V[number], unknown>;
}

/** A field holding the text of one value in every configured language: `title_fi`, `title_sv` … */
export function localized(languages: readonly Lang[], doc: FieldDoc, opts: { required?: boolean; max?: number } = {}) {
  const shape: Record<string, z.ZodType> = {};
  languages.forEach((lang, i) => {
    shape[lang] = text(doc, { required: i === 0 && (opts.required ?? false), max: opts.max });
  });
  return z
    .object(shape)
    .transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Localized)
    .meta({
      doc,
      kind: 'text, one column per language',
      required: opts.required ?? false,
      localized: true,
    } satisfies FieldMeta) as z.ZodType<Localized, unknown>;
}

/** Text in some of the site's languages; the default language's is always there when required. */
export type Localized = Partial<Record<Lang, string>>;

const YES = ['yes', 'kyllä', 'kylla', 'k', 'ja', 'true', '1', 'x'];
const NO = ['no', 'ei', 'e', 'nej', 'false', '0'];

export function yesNo(doc: FieldDoc, fallback: boolean) {
  return meta(
    cell((t, ctx) => {
      if (t === '') return fallback;
      const lower = t.toLowerCase();
      if (YES.includes(lower)) return true;
      if (NO.includes(lower)) return false;
      return report(ctx, 'is not yes or no.', {
        code: 'yesno',
        value: t,
        expected: `yes or no (empty means ${fallback ? 'yes' : 'no'})`,
        fix: 'write yes or no',
      }) as boolean;
    }),
    { doc, kind: 'yes or no', required: false },
  ) as z.ZodType<boolean, unknown>;
}

/** `a|b|c` → ['a','b','c']: Excel users cannot put lists in a cell any other way. */
export function slugList(doc: FieldDoc, example: string) {
  return field(doc, `one or more slugs separated by |, e.g. ${example}`, true, (t, ctx) => {
    const parts = t
      .split('|')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length === 0)
      return report(ctx, 'names no slug.', {
        code: 'required',
        value: t,
        expected: `e.g. ${example}`,
        fix: 'write at least one slug',
      });
    const bad = parts.find((p) => !ID_PATTERN.test(p));
    if (bad) {
      return report(ctx, `contains "${bad}", which is not a slug.`, {
        code: 'slug.format',
        value: t,
        expected: `slugs separated by |, e.g. ${example}`,
        fix: /[,;]/.test(t)
          ? 'separate the slugs with | (not , or ;)'
          : 'use the file names of the themes, without .mdx',
      });
    }
    return parts;
  }) as z.ZodType<string[], unknown>;
}

/** A link residents will follow: only http(s), mailto and tel, never `javascript:`. */
export function url(doc: FieldDoc, opts: { required?: boolean; absolute?: boolean } = {}) {
  return field(doc, 'a web address starting with https://', opts.required ?? false, (t, ctx) => {
    if (!isSafeUrl(t)) {
      return report(ctx, `is a ${urlScheme(t) ?? 'unsafe'}: link, which kuultu never publishes.`, {
        code: 'link.unsafe',
        value: t,
        expected: 'a link starting with https://, http://, mailto: or tel:',
        fix: 'replace it with an https:// address, or remove it',
      });
    }
    if (opts.absolute && !/^https?:\/\//i.test(t)) {
      return report(ctx, 'is not a full web address.', {
        code: 'url.absolute',
        value: t,
        expected: 'a web address starting with https://',
        fix: `write it as https://${t.replace(/^\/+/, '')}`,
      });
    }
    return t;
  }) as z.ZodType<string | undefined, unknown>;
}

export function fieldMeta(type: z.ZodType): FieldMeta | undefined {
  return type.meta() as FieldMeta | undefined;
}

export { finnishDate };
