/**
 * UI strings are data: one JSON file per area of the site (`strings/<area>.json`), each holding
 * all three languages side by side so a missing Swedish string is visible in review. They are
 * checked when this module loads, so a missing translation fails the build, not the reader.
 *
 * A value is a string with `{name}` placeholders, or `{ "one": …, "other": … }` chosen by
 * `Intl.PluralRules` from the `n` parameter (which is printed as a localized number).
 */
import { formatNumber } from '../domain/i18n-format.ts';
import type { Lang } from '../schemas/fields.ts';
import { LANGUAGES } from '../schemas/fields.ts';
import accessibility from './strings/accessibility.json' with { type: 'json' };
import actions from './strings/actions.json' with { type: 'json' };
import bodies from './strings/bodies.json' with { type: 'json' };
import common from './strings/common.json' with { type: 'json' };
import feeds from './strings/feeds.json' with { type: 'json' };
import home from './strings/home.json' with { type: 'json' };
import meetings from './strings/meetings.json' with { type: 'json' };
import opendata from './strings/opendata.json' with { type: 'json' };
import pagination from './strings/pagination.json' with { type: 'json' };
import posters from './strings/posters.json' with { type: 'json' };
import promise from './strings/promise.json' with { type: 'json' };
import search from './strings/search.json' with { type: 'json' };
import surveys from './strings/surveys.json' with { type: 'json' };
import themes from './strings/themes.json' with { type: 'json' };
import votes from './strings/votes.json' with { type: 'json' };

type Plural = { one: string; other: string };
type Value = string | Plural;
type AreaStrings = Record<Lang, Record<string, Value>>;

/**
 * Every area, imported by name rather than globbed, so TypeScript knows each key: `UiKey` below
 * is derived from these files, and a misspelled key fails type-checking, not the build.
 * test/i18n/ui-keys.test.ts fails if a file in strings/ is missing here.
 */
export const AREAS = {
  accessibility,
  actions,
  bodies,
  common,
  feeds,
  home,
  meetings,
  opendata,
  pagination,
  posters,
  promise,
  search,
  surveys,
  themes,
  votes,
} satisfies Record<string, AreaStrings>;

type Areas = typeof AREAS;
/** Every UI string key, `area.key`, as written in the default-language (fi) block of its file. */
export type UiKey = { [A in keyof Areas]: `${A}.${Extract<keyof Areas[A]['fi'], string>}` }[keyof Areas];

export interface Catalogue {
  get(lang: Lang, key: string): Value | undefined;
  keys(): string[];
}

/** Every key must exist in every language with the same placeholders; returns the problems. */
export function checkCatalogue(areas: Readonly<Record<string, AreaStrings>>): string[] {
  const problems: string[] = [];
  for (const [area, strings] of Object.entries(areas)) {
    const keys = new Set(LANGUAGES.flatMap((lang) => Object.keys(strings[lang] ?? {})));
    for (const key of keys) {
      const values = LANGUAGES.map((lang) => strings[lang]?.[key]);
      LANGUAGES.forEach((lang, i) => {
        if (values[i] === undefined) problems.push(`${area}.${key} has no ${lang} translation`);
      });
      const placeholders = values.filter((v) => v !== undefined).map((v) => placeholdersOf(v!));
      if (placeholders.some((p) => p !== placeholders[0]))
        problems.push(`${area}.${key} uses different {placeholders} in different languages`);
    }
  }
  return problems;
}

function placeholdersOf(value: Value): string {
  const text = typeof value === 'string' ? value : `${value.one} ${value.other}`;
  return [...new Set(text.match(/\{\w+\}/g) ?? [])]
    .filter((p) => p !== '{n}' || typeof value === 'string')
    .sort()
    .join(',');
}

const areas: Readonly<Record<string, AreaStrings>> = AREAS;
const catalogueProblems = checkCatalogue(areas);
if (catalogueProblems.length > 0) {
  throw new Error(`kuultu's own UI translations are incomplete:\n  ${catalogueProblems.join('\n  ')}`);
}

const pluralRules = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Intl.PluralRules(lang)])) as Record<
  Lang,
  Intl.PluralRules
>;

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: UiKey, params?: Params) => string;

function interpolate(template: string, lang: Lang, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** `t('themes.title')`, `t('feedback.count', { n: 1234 })` → `1 234 palautetta`. */
export function useTranslations(lang: Lang): Translate {
  return (key, params = {}) => {
    const dot = key.indexOf('.');
    const value = areas[key.slice(0, dot)]?.[lang]?.[key.slice(dot + 1)];
    if (value === undefined) throw new Error(`kuultu has no UI string "${key}"`);
    if (typeof value === 'string') return interpolate(value, lang, params);
    const n = Number(params.n ?? 0);
    return interpolate(pluralRules[lang].select(n) === 'one' ? value.one : value.other, lang, params);
  };
}

/** The name of each language in that language, for the language switch and fall-back notes. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
