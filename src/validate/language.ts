/**
 * Which language a command speaks to its author: `--lang fi|sv|en` when given, else the site's
 * default language (the first of `languages` in content/site.yaml), else Finnish. Every command
 * (validate, build, dev, new, import…) picks its language here, so one site's authors read one
 * language everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isLang, LANGUAGES, type Lang, type Text } from '../core/lang.ts';

/** When neither --lang nor site.yaml says: the authors kuultu is made for write Finnish. */
export const FALLBACK_LANG: Lang = 'fi';

/**
 * The first language in content/site.yaml, read leniently: a site.yaml with mistakes elsewhere
 * still names its language, and the messages about those mistakes should be in it.
 */
export function siteLanguage(root: string): Lang | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, 'content', 'site.yaml'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = parse(text, { schema: 'failsafe' });
    const languages = value && typeof value === 'object' ? (value as Record<string, unknown>)['languages'] : undefined;
    const first = Array.isArray(languages) ? languages[0] : languages;
    const lang = typeof first === 'string' ? first.trim().toLowerCase() : undefined;
    return isLang(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

export function authorLanguage(root: string, chosen?: Lang): Lang {
  return chosen ?? siteLanguage(root) ?? FALLBACK_LANG;
}

/** What `--lang` was given, read before anything else so even a mistake in the other options is told in it. */
export function langOption(argv: readonly string[]): { lang?: Lang; problem?: Text } {
  const i = argv.indexOf('--lang');
  if (i === -1) return {};
  const value = argv[i + 1];
  const lower = value?.toLowerCase();
  if (isLang(lower)) return { lang: lower };
  const shown = value ?? '';
  return {
    problem: {
      fi: `--lang-valitsimen arvo on ${LANGUAGES.join(', ')}${shown ? `, ei ${shown}` : ''}`,
      sv: `--lang tar ${LANGUAGES.join(', ')}${shown ? `, inte ${shown}` : ''}`,
      en: `--lang takes ${LANGUAGES.join(', ')}${shown ? `, not ${shown}` : ''}`,
    },
  };
}
