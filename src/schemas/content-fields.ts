/**
 * Field helpers that only frontmatter and site.yaml need: lists, maps of id → text, e-mail,
 * https links, optional slugs and time zones. They are built on `fields.ts` and report issues
 * the same way (`report`), so a frontmatter message reads like a CSV one:
 * `agenda "just text" is not a list.`
 */
import * as z from 'zod';
import {
  id,
  ID_CHARACTERS,
  ID_PATTERN,
  report,
  requiredText,
  text,
  url,
  type FieldDoc,
  type FieldMeta,
  type IssueWords,
} from './fields.ts';

type Ctx = { issues: z.core.$ZodRawIssue[] };

function withMeta<T extends z.ZodType>(type: T, m: FieldMeta): T {
  return type.meta(m) as T;
}

/** How a YAML value looks to an author, for "is text, not a list" messages. */
export function describeYamlValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of keys';
  return 'text';
}

/**
 * Any YAML value, still run when the key is absent: a bare `z.unknown()` key is "optional in",
 * and zod then refuses an absent key with its own wording before our transform can speak.
 */
export const yamlValue = z.preprocess((v) => v, z.unknown());

function shown(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

const TYPE_NOUNS: Readonly<Record<string, string>> = { string: 'text', object: 'a group of keys', array: 'a list' };

/**
 * Runs `item` on one element and re-reports its issues under `key`, so the message points
 * at `agenda item 3` or `questions.maku` rather than at the whole list.
 */
function parseItem<T>(
  item: z.ZodType<T, unknown>,
  value: unknown,
  key: PropertyKey,
  ctx: Ctx,
  itemNoun: string,
): T | undefined {
  const result = item.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [key, ...issue.path];
    if (issue.code === 'invalid_type') {
      const noun = TYPE_NOUNS[issue.expected] ?? issue.expected;
      report(
        ctx,
        `is ${describeYamlValue(value)}, not ${noun}.`,
        { code: 'type', expected: noun, fix: `write the ${itemNoun} as one line of text` },
        path,
      );
      continue;
    }
    const params = (issue.code === 'custom' ? issue.params : undefined) as IssueWords | undefined;
    const words =
      params?.code === 'required' ? { ...params, fix: `fill in the ${itemNoun}, or delete the line` } : params;
    ctx.issues.push({ code: 'custom', message: issue.message, input: words?.value, params: words, path });
  }
  return undefined;
}

export interface ListOptions {
  required?: boolean;
  /** Exactly this many items (a survey's five scale labels). */
  length?: number;
  /** "an agenda item", for messages. */
  itemNoun: string;
  example: string;
}

/** A YAML list (`- item` lines). A missing or empty value is `[]` unless required. */
export function listOf<T>(doc: FieldDoc, item: z.ZodType<T, unknown>, opts: ListOptions) {
  const kind = opts.length ? `a list of exactly ${opts.length} items` : 'a list';
  const type = yamlValue.transform((value, ctx): T[] => {
    if (!isGiven(value)) {
      if (opts.required)
        return report(ctx, 'is empty.', {
          code: 'required',
          expected: kind,
          fix: `write ${opts.itemNoun}s on their own lines starting with "- "`,
        });
      return [];
    }
    if (!Array.isArray(value)) {
      return report(ctx, `is ${describeYamlValue(value)}, not a list.`, {
        code: 'list.type',
        value: shown(value),
        expected: `${kind}: each ${opts.itemNoun} on its own line starting with "- ", e.g. ${opts.example}`,
        fix: `put each ${opts.itemNoun} on its own line under the key, starting with "- "`,
      });
    }
    if (opts.length !== undefined && value.length !== opts.length) {
      return report(ctx, `has ${value.length} ${value.length === 1 ? 'item' : 'items'}.`, {
        code: 'list.length',
        expected: `exactly ${opts.length} ${opts.itemNoun}s`,
        fix:
          value.length < opts.length
            ? `add ${opts.length - value.length} more`
            : `remove ${value.length - opts.length}`,
      });
    }
    const items = value.map((v, i) => parseItem(item, v, i, ctx, opts.itemNoun));
    return items.filter((v): v is T => v !== undefined);
  });
  return withMeta(type, { doc, kind, required: opts.required ?? false });
}

export interface MapOptions {
  /** "a question", for messages. */
  itemNoun: string;
  example: string;
}

/** A YAML map whose keys are ids used in web addresses and CSV cells (`maku: Miltä ruoka maistui?`). */
export function mapOf<T>(doc: FieldDoc, item: z.ZodType<T, unknown>, opts: MapOptions) {
  const kind = `${opts.itemNoun}s, one per line as id: text`;
  const type = yamlValue.transform((value, ctx): Record<string, T> => {
    if (!isGiven(value))
      return report(ctx, 'is empty.', {
        code: 'required',
        expected: kind,
        fix: `write ${opts.itemNoun}s indented under the key, e.g. ${opts.example}`,
      });
    if (Array.isArray(value) || typeof value !== 'object' || value === null) {
      return report(ctx, `is ${describeYamlValue(value)}, not ${opts.itemNoun}s with ids.`, {
        code: 'map.type',
        value: shown(value),
        expected: `${kind}, e.g. ${opts.example}`,
        fix: `write each ${opts.itemNoun} on its own indented line as id: text (without "- ")`,
      });
    }
    const out: Record<string, T> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!ID_PATTERN.test(key)) {
        report(
          ctx,
          'cannot be used as an id.',
          {
            code: 'id.format',
            expected: ID_CHARACTERS,
            fix: `rename it with ${ID_CHARACTERS}, and use the same id in the CSV`,
          },
          [key],
        );
        continue;
      }
      const parsed = parseItem(item, v, key, ctx, opts.itemNoun);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out;
  });
  return withMeta(type, { doc, kind, required: true });
}

/** One non-empty line of a list, e.g. an agenda item or a scale label. */
export function listItem(doc: FieldDoc, opts: { max?: number } = {}) {
  return requiredText(doc, opts);
}

const EMAIL = /^[^\s@<>():,;]+@[^\s@<>():,;]+\.[A-Za-z]{2,}$/;

export function email(doc: FieldDoc, opts: { required?: boolean } = {}) {
  const type = text(doc, { required: opts.required, max: 254 }).transform((t, ctx) =>
    t === undefined || EMAIL.test(t)
      ? t
      : report(ctx, 'is not an e-mail address.', {
          code: 'email.format',
          value: t,
          expected: 'an e-mail address, e.g. palaute@kunta.fi',
          fix: t.startsWith('mailto:')
            ? `write it without mailto: (${t.slice(7)})`
            : 'write the whole address, with @ and the domain',
        }),
  );
  return withMeta(type, { doc, kind: 'an e-mail address', required: opts.required ?? false }) as z.ZodType<
    string | undefined,
    unknown
  >;
}

/** An absolute https link: canonical addresses and online meetings must not be plain http. */
export function httpsUrl(doc: FieldDoc, opts: { required?: boolean } = {}) {
  const type = url(doc, { required: opts.required, absolute: true }).transform((t, ctx) =>
    t === undefined || /^https:\/\//i.test(t)
      ? t
      : report(ctx, 'is not a secure (https) address.', {
          code: 'url.https',
          value: t,
          expected: 'a web address starting with https://',
          fix: `write it as ${t.replace(/^http:/i, 'https:')}`,
        }),
  );
  return withMeta(type, {
    doc,
    kind: 'a web address starting with https://',
    required: opts.required ?? false,
  }) as z.ZodType<string | undefined, unknown>;
}

/**
 * An id that may be left out (`body:` on a vote, `kokous` in actions.csv). An empty or blank
 * value counts as left out: `id` itself is always required, so it never sees one.
 */
export function optionalId(doc: FieldDoc, example: string) {
  const type = z.preprocess(
    (v) => (isGiven(v) && !(typeof v === 'string' && v.trim() === '') ? v : undefined),
    id(doc, example).optional(),
  );
  return withMeta(type, { doc, kind: 'id', required: false }) as z.ZodType<string | undefined, unknown>;
}

/**
 * Finnish time under its two names (Åland's zone is the same clock). Meeting times are read in
 * it and the iCal feeds carry its rules; any other zone would need rules of its own, so it is
 * refused here rather than failing the build or publishing meetings at the wrong hour.
 */
export const TIME_ZONES = ['Europe/Helsinki', 'Europe/Mariehamn'] as const;
export type SiteTimeZone = (typeof TIME_ZONES)[number];

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Europe/Helsinki or Europe/Mariehamn, in any letter case; meeting times and iCal feeds are read in it. */
export function timeZone(doc: FieldDoc, fallback: SiteTimeZone) {
  const expected = 'Europe/Helsinki (Finnish time), or Europe/Mariehamn on Åland';
  const type = text(doc, { max: 100 }).transform((t, ctx) => {
    if (t === undefined) return fallback;
    const zone = TIME_ZONES.find((z) => z.toLowerCase() === t.toLowerCase());
    if (zone) return zone;
    if (isTimeZone(t)) {
      return report(ctx, 'is not Finnish time: kuultu writes meeting times and calendars in Finnish time only.', {
        code: 'timezone.unsupported',
        value: t,
        expected,
        fix: `write ${fallback}, or leave the key out`,
      });
    }
    return report(ctx, 'is not a time zone.', {
      code: 'timezone',
      value: t,
      expected,
      fix: `write ${fallback}, or leave the key out`,
    });
  });
  return withMeta(type, { doc, kind: 'Europe/Helsinki or Europe/Mariehamn', required: false }) as z.ZodType<
    SiteTimeZone,
    unknown
  >;
}
