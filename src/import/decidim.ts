/**
 * Decidim accountability results (the CSV Decidim's admin exports, `;`-separated, nested keys
 * flattened with `/`, one column per locale: `title/fi`, `status/name/fi`) → rows of
 * data/actions.csv. Decidim's id is kept as `reference` (`decidim:<id>`) so the next export
 * updates the same action instead of adding a copy.
 */
import { error, type Problem } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { ACTION_STATUSES, INFLUENCES, STATUS_SYNONYMS } from '../schemas/action.ts';
import type { Lang } from '../schemas/fields.ts';
import { exportDay } from './dates.ts';
import { redactPersonalData } from './guard.ts';
import { labelKey } from './likert.ts';
import { themeByName, type ThemeNames } from './open311.ts';
import type { Resolver } from './resolve.ts';
import type { Sheet } from './sheet.ts';

export const DECIDIM_REFERENCE_PREFIX = 'decidim:';

/** The Decidim fields of one action, as actions.csv columns; author-kept columns are not here. */
export interface DecidimAction {
  reference: string;
  line: number;
  values: Record<string, string>;
}

const NOT_DECIDIM = {
  fix: 'export the results from Decidim (Admin → Accountability → Export → CSV) and import that file without editing it',
};

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
        'this is not a Decidim accountability export: it has no id and title/<language> columns.',
        {
          expected:
            'the header of a Decidim results export: id;category/id;…;title/fi;…;start_date;end_date;status/key;…;progress',
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
    const at = (name: string) => ({ file: sheet.file, line: row.line, column: (index.get(name) ?? -1) + 1 });
    const id = cell('id');
    if (!/^\d+$/.test(id)) {
      problems.push(
        error(at('id'), 'decidim.id', `id "${truncate(id)}" in row ${row.line} is not a Decidim result id.`, {
          expected: 'the number Decidim gives each result',
          ...NOT_DECIDIM,
        }),
      );
      continue;
    }
    const categoryNames = locales.map((l) => cell(`category/name/${l}`)).filter(Boolean);
    const categoryKey = cell('category/id') || categoryNames[0] || '(empty)';
    const theme = options.resolver.resolve(
      'themes',
      categoryKey,
      () => categoryNames.map((n) => themeByName(n, options.themes)).find(Boolean),
      {
        file: sheet.file,
        line: row.line,
        column: (index.get('category/id') ?? -1) + 1,
        note: categoryNames[0] ?? '',
      },
    );
    const statusNames = [cell('status/key'), ...locales.map((l) => cell(`status/name/${l}`))].filter(Boolean);
    const statusKey = cell('status/key') || statusNames[0] || '(empty)';
    const status = options.resolver.resolve('statuses', statusKey, () => statusByName(statusNames), {
      file: sheet.file,
      line: row.line,
      column: (index.get('status/key') ?? -1) + 1,
      note: statusNames.slice(1).join(' / '),
    });
    if (!theme || !status || !options.unit || !options.influence) continue;
    if (!(ACTION_STATUSES as readonly string[]).includes(status)) {
      problems.push(
        error(
          at('status/key'),
          'decidim.status',
          `status "${statusKey}" is mapped to "${status}", which is not a status of kuultu.`,
          {
            expected: ACTION_STATUSES.join(', '),
            fix: 'correct the line in the mapping file',
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
        error(at('start_date'), 'decidim.date', `result ${id} has neither a start_date nor a created_at date.`, {
          expected: 'a start_date such as 2025-03-01',
          ...NOT_DECIDIM,
        }),
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
          `result ${id} has no title in ${defaultLang}, the site's default language.`,
          {
            expected: `a title/${defaultLang} for every result`,
            fix: `write the ${defaultLang} title in Decidim and export again`,
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

export function isInfluence(v: string | undefined): boolean {
  return v !== undefined && (INFLUENCES as readonly string[]).includes(v);
}
