/**
 * Field helpers that only frontmatter and site.yaml need: lists, maps of id → text, e-mail,
 * https links, optional slugs and time zones. They are built on `fields.ts` and report issues
 * the same way (`report`), so a frontmatter message reads like a CSV one:
 * `agenda "just text" is not a list.`
 */
import * as z from 'zod';
import { each, same, type Text } from '../core/lang.ts';
import {
  EG,
  id,
  ID_CHARACTERS,
  ID_PATTERN,
  IS_EMPTY,
  ref,
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
export function describeYamlValue(value: unknown): Text {
  if (Array.isArray(value)) return TYPE_NOUNS.array!;
  if (value !== null && typeof value === 'object') return TYPE_NOUNS.object!;
  return TYPE_NOUNS.string!;
}

/** zod's type names in an author's words. */
export const TYPE_NOUNS: Readonly<Record<string, Text>> = {
  string: { fi: 'tekstiä', sv: 'text', en: 'text' },
  object: { fi: 'avainten ryhmä', sv: 'en grupp av nycklar', en: 'a group of keys' },
  record: { fi: 'avainten ryhmä', sv: 'en grupp av nycklar', en: 'a group of keys' },
  array: { fi: 'luettelo', sv: 'en lista', en: 'a list' },
};

/** `on tekstiä, ei luettelo.` */
export function isNot(value: unknown, noun: Text): Text {
  const d = describeYamlValue(value);
  return { fi: `on ${d.fi}, ei ${noun.fi}.`, sv: `är ${d.sv}, inte ${noun.sv}.`, en: `is ${d.en}, not ${noun.en}.` };
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

/** One item of a list or map, named in messages: "kieli", "kielet", "2 kieltä". */
export interface ItemNoun {
  one: Text;
  plural: Text;
  /** After a number other than one: Finnish takes the partitive ("5 kieltä"). */
  counted: Text;
}

/**
 * Runs `item` on one element and re-reports its issues under `key`, so the message points
 * at `agenda item 3` or `questions.maku` rather than at the whole list.
 */
function parseItem<T>(
  item: z.ZodType<T, unknown>,
  value: unknown,
  key: PropertyKey,
  ctx: Ctx,
  noun: ItemNoun,
): T | undefined {
  const result = item.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [key, ...issue.path];
    if (issue.code === 'invalid_type') {
      const expected = TYPE_NOUNS[issue.expected] ?? same(issue.expected);
      report(
        ctx,
        isNot(value, expected),
        {
          code: 'type',
          expected,
          fix: {
            fi: `kirjoita ${noun.one.fi} yhdelle riville tekstinä`,
            sv: `skriv ${noun.one.sv} som en rad text`,
            en: `write the ${noun.one.en} as one line of text`,
          },
        },
        path,
      );
      continue;
    }
    const params = (issue.code === 'custom' ? issue.params : undefined) as IssueWords | undefined;
    const words: IssueWords | undefined =
      params?.code === 'required'
        ? {
            ...params,
            fix: {
              fi: `kirjoita ${noun.one.fi} tai poista rivi`,
              sv: `fyll i ${noun.one.sv} eller ta bort raden`,
              en: `fill in the ${noun.one.en}, or delete the line`,
            },
          }
        : params;
    ctx.issues.push({ code: 'custom', message: issue.message, input: words?.value, params: words, path });
  }
  return undefined;
}

export interface ListOptions {
  required?: boolean;
  /** Exactly this many items (a survey's five scale labels). */
  length?: number;
  /** The agenda item, the language…, for messages. */
  itemNoun: ItemNoun;
  example: string;
}

/** A YAML list (`- item` lines). A missing or empty value is `[]` unless required. */
export function listOf<T>(doc: FieldDoc, item: z.ZodType<T, unknown>, opts: ListOptions) {
  const noun = opts.itemNoun;
  const n = opts.length;
  const kind: Text = n
    ? {
        fi: `luettelo, jossa on täsmälleen ${n} kohtaa`,
        sv: `en lista med exakt ${n} punkter`,
        en: `a list of exactly ${n} items`,
      }
    : TYPE_NOUNS.array!;
  const type = yamlValue.transform((value, ctx): T[] => {
    if (!isGiven(value)) {
      if (opts.required)
        return report(ctx, IS_EMPTY, {
          code: 'required',
          expected: kind,
          fix: {
            fi: `kirjoita ${noun.plural.fi} kukin omalle rivilleen, rivin alkuun "- "`,
            sv: `skriv ${noun.plural.sv} på var sin rad som börjar med "- "`,
            en: `write ${noun.plural.en} on their own lines starting with "- "`,
          },
        });
      return [];
    }
    if (!Array.isArray(value)) {
      return report(ctx, isNot(value, TYPE_NOUNS.array!), {
        code: 'list.type',
        value: shown(value),
        expected: {
          fi: `${kind.fi}: kukin ${noun.one.fi} omalla rivillään, alussa "- ", esim. ${opts.example}`,
          sv: `${kind.sv}: varje ${noun.one.sv} på en egen rad som börjar med "- ", t.ex. ${opts.example}`,
          en: `${kind.en}: each ${noun.one.en} on its own line starting with "- ", e.g. ${opts.example}`,
        },
        fix: {
          fi: `kirjoita kukin ${noun.one.fi} omalle rivilleen avaimen alle, rivin alkuun "- "`,
          sv: `skriv varje ${noun.one.sv} på en egen rad under nyckeln, med "- " först`,
          en: `put each ${noun.one.en} on its own line under the key, starting with "- "`,
        },
      });
    }
    if (n !== undefined && value.length !== n) {
      const has = value.length;
      const diff = Math.abs(n - has);
      return report(
        ctx,
        {
          fi: `sisältää ${has} ${has === 1 ? 'kohdan' : 'kohtaa'}.`,
          sv: `har ${has} ${has === 1 ? 'punkt' : 'punkter'}.`,
          en: `has ${has} ${has === 1 ? 'item' : 'items'}.`,
        },
        {
          code: 'list.length',
          expected: {
            fi: `täsmälleen ${n} ${noun.counted.fi}`,
            sv: `exakt ${n} ${noun.counted.sv}`,
            en: `exactly ${n} ${noun.counted.en}`,
          },
          fix:
            has < n
              ? { fi: `lisää ${diff} puuttuvaa`, sv: `lägg till ${diff} till`, en: `add ${diff} more` }
              : { fi: `poista ${diff} ylimääräistä`, sv: `ta bort ${diff}`, en: `remove ${diff}` },
        },
      );
    }
    const items = value.map((v, i) => parseItem(item, v, i, ctx, noun));
    return items.filter((v): v is T => v !== undefined);
  });
  return withMeta(type, {
    doc,
    kind: n ? `a list of exactly ${n} items` : 'a list',
    kindText: kind,
    required: opts.required ?? false,
  });
}

export interface MapOptions {
  /** The question, for messages. */
  itemNoun: ItemNoun;
  example: string;
}

/** A YAML map whose keys are ids used in web addresses and CSV cells (`maku: Miltä ruoka maistui?`). */
export function mapOf<T>(doc: FieldDoc, item: z.ZodType<T, unknown>, opts: MapOptions) {
  const noun = opts.itemNoun;
  const kind: Text = {
    fi: `${noun.plural.fi}, kukin omalla rivillään muodossa tunnus: teksti`,
    sv: `${noun.plural.sv}, var och en på en egen rad som id: text`,
    en: `${noun.plural.en}, one per line as id: text`,
  };
  const type = yamlValue.transform((value, ctx): Record<string, T> => {
    if (!isGiven(value))
      return report(ctx, IS_EMPTY, {
        code: 'required',
        expected: kind,
        fix: {
          fi: `kirjoita ${noun.plural.fi} sisennettyinä avaimen alle, esim. ${opts.example}`,
          sv: `skriv ${noun.plural.sv} indragna under nyckeln, t.ex. ${opts.example}`,
          en: `write ${noun.plural.en} indented under the key, e.g. ${opts.example}`,
        },
      });
    if (Array.isArray(value) || typeof value !== 'object' || value === null) {
      return report(
        ctx,
        isNot(value, {
          fi: `${noun.plural.fi} tunnuksineen`,
          sv: `${noun.plural.sv} med id`,
          en: `${noun.plural.en} with ids`,
        }),
        {
          code: 'map.type',
          value: shown(value),
          expected: each((l) => `${kind[l]}, ${EG[l]} ${opts.example}`),
          fix: {
            fi: `kirjoita kukin ${noun.one.fi} omalle sisennetylle rivilleen muodossa tunnus: teksti (ilman "- ")`,
            sv: `skriv varje ${noun.one.sv} på en egen indragen rad som id: text (utan "- ")`,
            en: `write each ${noun.one.en} on its own indented line as id: text (without "- ")`,
          },
        },
      );
    }
    const out: Record<string, T> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!ID_PATTERN.test(key)) {
        report(
          ctx,
          { fi: 'ei kelpaa tunnukseksi.', sv: 'kan inte användas som id.', en: 'cannot be used as an id.' },
          {
            code: 'id.format',
            expected: ID_CHARACTERS,
            fix: {
              fi: `nimeä se uudelleen: ${ID_CHARACTERS.fi}; käytä samaa tunnusta CSV-tiedostossa`,
              sv: `byt namn på det: ${ID_CHARACTERS.sv}; använd samma id i CSV-filen`,
              en: `rename it with ${ID_CHARACTERS.en}, and use the same id in the CSV`,
            },
          },
          [key],
        );
        continue;
      }
      const parsed = parseItem(item, v, key, ctx, noun);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out;
  });
  return withMeta(type, { doc, kind: `${noun.plural.en}, one per line as id: text`, kindText: kind, required: true });
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
      : report(
          ctx,
          { fi: 'ei ole sähköpostiosoite.', sv: 'är inte en e-postadress.', en: 'is not an e-mail address.' },
          {
            code: 'email.format',
            value: t,
            expected: {
              fi: 'sähköpostiosoite, esim. palaute@kunta.fi',
              sv: 'en e-postadress, t.ex. palaute@kunta.fi',
              en: 'an e-mail address, e.g. palaute@kunta.fi',
            },
            fix: t.startsWith('mailto:')
              ? {
                  fi: `kirjoita se ilman mailto:-alkua (${t.slice(7)})`,
                  sv: `skriv den utan mailto: (${t.slice(7)})`,
                  en: `write it without mailto: (${t.slice(7)})`,
                }
              : {
                  fi: 'kirjoita koko osoite, myös @ ja verkkotunnus',
                  sv: 'skriv hela adressen, med @ och domänen',
                  en: 'write the whole address, with @ and the domain',
                },
          },
        ),
  );
  return withMeta(type, {
    doc,
    kind: 'an e-mail address',
    kindText: { fi: 'sähköpostiosoite', sv: 'en e-postadress', en: 'an e-mail address' },
    required: opts.required ?? false,
  }) as z.ZodType<string | undefined, unknown>;
}

const HTTPS_ADDRESS: Text = {
  fi: 'verkko-osoite, joka alkaa https://',
  sv: 'en webbadress som börjar med https://',
  en: 'a web address starting with https://',
};

/** An absolute https link: canonical addresses and online meetings must not be plain http. */
export function httpsUrl(doc: FieldDoc, opts: { required?: boolean } = {}) {
  const type = url(doc, { required: opts.required, absolute: true }).transform((t, ctx) => {
    if (t === undefined || /^https:\/\//i.test(t)) return t;
    const secure = t.replace(/^http:/i, 'https:');
    return report(
      ctx,
      {
        fi: 'ei ole suojattu (https) osoite.',
        sv: 'är inte en säker (https) adress.',
        en: 'is not a secure (https) address.',
      },
      {
        code: 'url.https',
        value: t,
        expected: HTTPS_ADDRESS,
        fix: { fi: `kirjoita se muodossa ${secure}`, sv: `skriv den som ${secure}`, en: `write it as ${secure}` },
      },
    );
  });
  return withMeta(type, {
    doc,
    kind: 'a web address starting with https://',
    kindText: HTTPS_ADDRESS,
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
  return withMeta(type, {
    doc,
    kind: 'id',
    kindText: { fi: 'tunnus', sv: 'id', en: 'id' },
    required: false,
  }) as z.ZodType<string | undefined, unknown>;
}

/** An optional reference (`kokous` in actions.csv, `body:` on a vote): see `ref`. Blank counts as left out. */
export function optionalRef(doc: FieldDoc) {
  const type = z.preprocess(
    (v) => (isGiven(v) && !(typeof v === 'string' && v.trim() === '') ? v : undefined),
    ref(doc).optional(),
  );
  return withMeta(type, {
    doc,
    kind: 'id',
    kindText: { fi: 'tunnus', sv: 'id', en: 'id' },
    required: false,
  }) as z.ZodType<string | undefined, unknown>;
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
  const expected: Text = {
    fi: 'Europe/Helsinki (Suomen aika) tai Ahvenanmaalla Europe/Mariehamn',
    sv: 'Europe/Helsinki (finsk tid) eller Europe/Mariehamn på Åland',
    en: 'Europe/Helsinki (Finnish time), or Europe/Mariehamn on Åland',
  };
  const fix: Text = {
    fi: `kirjoita ${fallback} tai jätä avain pois`,
    sv: `skriv ${fallback} eller lämna bort nyckeln`,
    en: `write ${fallback}, or leave the key out`,
  };
  const type = text(doc, { max: 100 }).transform((t, ctx) => {
    if (t === undefined) return fallback;
    const zone = TIME_ZONES.find((z) => z.toLowerCase() === t.toLowerCase());
    if (zone) return zone;
    if (isTimeZone(t)) {
      return report(
        ctx,
        {
          fi: 'ei ole Suomen aika: kuultu kirjoittaa kokousajat ja kalenterit vain Suomen ajassa.',
          sv: 'är inte finsk tid: kuultu skriver mötestider och kalendrar bara i finsk tid.',
          en: 'is not Finnish time: kuultu writes meeting times and calendars in Finnish time only.',
        },
        { code: 'timezone.unsupported', value: t, expected, fix },
      );
    }
    return report(
      ctx,
      { fi: 'ei ole aikavyöhyke.', sv: 'är inte en tidszon.', en: 'is not a time zone.' },
      { code: 'timezone', value: t, expected, fix },
    );
  });
  return withMeta(type, {
    doc,
    kind: 'Europe/Helsinki or Europe/Mariehamn',
    kindText: {
      fi: 'Europe/Helsinki tai Europe/Mariehamn',
      sv: 'Europe/Helsinki eller Europe/Mariehamn',
      en: 'Europe/Helsinki or Europe/Mariehamn',
    },
    required: false,
  }) as z.ZodType<SiteTimeZone, unknown>;
}
