/**
 * Decidim accountability results (the CSV Decidim's admin exports, `;`-separated, nested keys
 * flattened with `/`, one column per locale: `title/fi`, `status/name/fi`) → rows of
 * data/actions.csv. Decidim's id is kept as `reference` (`decidim:<id>`) so the next export
 * updates the same action instead of adding a copy.
 */
import { each, same, type Text } from '../core/lang.ts';
import { error, type Problem } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { ACTION_STATUSES, STATUS_SYNONYMS } from '../schemas/action.ts';
import type { Lang } from '../schemas/fields.ts';
import { exportDay } from './dates.ts';
import { redactPersonalData } from './guard.ts';
import { labelKey } from './likert.ts';
import { themeByName, type ThemeNames } from './open311.ts';
import type { Resolver } from './resolve.ts';
import { sheetAt, type Sheet } from './sheet.ts';

export const DECIDIM_REFERENCE_PREFIX = 'decidim:';

/** The Decidim fields of one action, as actions.csv columns; author-kept columns are not here. */
export interface DecidimAction {
  reference: string;
  line: number;
  values: Record<string, string>;
}

const NOT_DECIDIM = {
  fix: {
    fi: 'vie tulokset Decidimistä (Hallinta → Seuranta → Vie → CSV) ja tuo tiedosto muokkaamatta',
    sv: 'exportera resultaten ur Decidim (Administration → Uppföljning → Exportera → CSV) och importera filen utan att redigera den',
    en: 'export the results from Decidim (Admin → Accountability → Export → CSV) and import that file without editing it',
  },
} satisfies { fix: Text };

/** Decidim descriptions are HTML; actions.csv holds plain text with blank lines between paragraphs. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function statusByName(names: readonly string[]): string | undefined {
  for (const name of names) {
    const key = labelKey(name);
    if ((ACTION_STATUSES as readonly string[]).includes(key)) return key;
    const synonym = STATUS_SYNONYMS[key];
    if (synonym) return synonym;
  }
  return undefined;
}

const DECIDIM_HEADER: Text = {
  fi: 'Decidimin tulosviennin otsikkorivi',
  sv: 'rubrikraden i Decidims resultatexport',
  en: 'the header of a Decidim results export',
};

export function decidimActions(
  sheet: Sheet,
  options: {
    languages: readonly Lang[];
    themes: readonly ThemeNames[];
    resolver: Resolver;
    unit: string | undefined;
    influence: string | undefined;
    timeZone: string;
  },
): { actions: DecidimAction[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = new Map(sheet.header.map((h, i) => [h.trim().toLowerCase(), i] as const));
  const locales = [...index.keys()].filter((h) => h.startsWith('title/')).map((h) => h.slice('title/'.length));
  if (!index.has('id') || locales.length === 0) {
    problems.push(
      error(
        { file: sheet.file, line: 1, column: 0 },
        'decidim.not-export',
        {
          fi: 'tämä ei ole Decidimin seurantavienti: siinä ei ole sarakkeita id ja title/<kieli>.',
          sv: 'det här är inte en uppföljningsexport från Decidim: kolumnerna id och title/<språk> saknas.',
          en: 'this is not a Decidim accountability export: it has no id and title/<language> columns.',
        },
        {
          expected: each(
            (l) => `${DECIDIM_HEADER[l]}: id;category/id;…;title/fi;…;start_date;end_date;status/key;…;progress`,
          ),
          ...NOT_DECIDIM,
        },
      ),
    );
    return { actions: [], problems };
  }
  const defaultLang = options.languages[0] ?? 'fi';
  const actions: DecidimAction[] = [];
  for (const row of sheet.rows) {
    const cell = (name: string) => (index.has(name) ? (row.cells[index.get(name)!] ?? '').trim() : '');
    const id = cell('id');
    const at = (name: string) => sheetAt(sheet.file, row, (index.get(name) ?? -1) + 1, id);
    if (!/^\d+$/.test(id)) {
      problems.push(
        error(
          at('id'),
          'decidim.id',
          {
            fi: `id "${truncate(id)}" ei ole Decidimin tuloksen tunnus.`,
            sv: `id "${truncate(id)}" är inte ett resultat-id från Decidim.`,
            en: `id "${truncate(id)}" is not a Decidim result id.`,
          },
          {
            expected: {
              fi: 'numero, jonka Decidim antaa kullekin tulokselle',
              sv: 'numret som Decidim ger varje resultat',
              en: 'the number Decidim gives each result',
            },
            ...NOT_DECIDIM,
          },
        ),
      );
      continue;
    }
    const categoryNames = locales.map((l) => cell(`category/name/${l}`)).filter(Boolean);
    const categoryKey = cell('category/id') || categoryNames[0] || '(empty)';
    const theme = options.resolver.resolve(
      'themes',
      categoryKey,
      () => categoryNames.map((n) => themeByName(n, options.themes)).find(Boolean),
      { ...at('category/id'), note: categoryNames[0] ?? '' },
    );
    const statusNames = [cell('status/key'), ...locales.map((l) => cell(`status/name/${l}`))].filter(Boolean);
    const statusKey = cell('status/key') || statusNames[0] || '(empty)';
    const status = options.resolver.resolve('statuses', statusKey, () => statusByName(statusNames), {
      ...at('status/key'),
      note: statusNames.slice(1).join(' / '),
    });
    if (!theme || !status || !options.unit || !options.influence) continue;
    if (!(ACTION_STATUSES as readonly string[]).includes(status)) {
      problems.push(
        error(
          at('status/key'),
          'decidim.status',
          {
            fi: `tila "${statusKey}" on vastaavuustiedostossa "${status}", joka ei ole kuultun tila.`,
            sv: `status "${statusKey}" motsvarar "${status}", som inte är en status i kuultu.`,
            en: `status "${statusKey}" is mapped to "${status}", which is not a status of kuultu.`,
          },
          {
            expected: same(ACTION_STATUSES.join(', ')),
            fix: {
              fi: 'korjaa rivi vastaavuustiedostossa',
              sv: 'rätta raden i motsvarighetsfilen',
              en: 'correct the line in the mapping file',
            },
          },
        ),
      );
      continue;
    }
    const created = exportDay(cell('created_at'), options.timeZone);
    const start = exportDay(cell('start_date'), options.timeZone) ?? created;
    const end = exportDay(cell('end_date'), options.timeZone);
    if (!start) {
      problems.push(
        error(
          at('start_date'),
          'decidim.date',
          {
            fi: `tuloksella ${id} ei ole start_date- eikä created_at-päivää.`,
            sv: `resultat ${id} har varken start_date eller created_at.`,
            en: `result ${id} has neither a start_date nor a created_at date.`,
          },
          {
            expected: {
              fi: 'start_date, esimerkiksi 2025-03-01',
              sv: 'ett start_date, till exempel 2025-03-01',
              en: 'a start_date such as 2025-03-01',
            },
            ...NOT_DECIDIM,
          },
        ),
      );
      continue;
    }
    const values: Record<string, string> = {
      themes: theme,
      status,
      opened: start,
      due: status === 'done' ? '' : (end ?? ''),
      completed: status === 'done' ? (end ?? start) : '',
      progress: progressOf(cell('progress'), status),
      unit: options.unit,
      influence: options.influence,
    };
    for (const lang of options.languages) {
      if (!locales.includes(lang)) continue;
      values[`title_${lang}`] = cell(`title/${lang}`);
      values[`description_${lang}`] = redactPersonalData(htmlToText(cell(`description/${lang}`)), lang).text;
    }
    if (!values[`title_${defaultLang}`]) {
      problems.push(
        error(
          at(`title/${defaultLang}`),
          'decidim.title',
          {
            fi: `tuloksella ${id} ei ole otsikkoa sivuston oletuskielellä (${defaultLang}).`,
            sv: `resultat ${id} har ingen rubrik på webbplatsens standardspråk (${defaultLang}).`,
            en: `result ${id} has no title in ${defaultLang}, the site's default language.`,
          },
          {
            expected: {
              fi: `jokaiselle tulokselle title/${defaultLang}`,
              sv: `ett title/${defaultLang} för varje resultat`,
              en: `a title/${defaultLang} for every result`,
            },
            fix: {
              fi: `kirjoita otsikko kielellä ${defaultLang} Decidimiin ja vie uudelleen`,
              sv: `skriv rubriken på ${defaultLang} i Decidim och exportera igen`,
              en: `write the ${defaultLang} title in Decidim and export again`,
            },
          },
        ),
      );
      continue;
    }
    actions.push({ reference: `${DECIDIM_REFERENCE_PREFIX}${id}`, line: row.line, values });
  }
  return { actions, problems };
}

/** Decidim's progress is a decimal per cent; a done action is 100. */
function progressOf(text: string, status: string): string {
  if (status === 'done') return '100';
  const n = Number(text.replace(',', '.'));
  return text === '' || Number.isNaN(n) ? '' : String(Math.min(100, Math.max(0, Math.round(n))));
}
