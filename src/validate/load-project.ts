import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { same, type Text } from '../core/lang.ts';
import type * as z from 'zod';
import { cellOf } from '../core/position.ts';
import { rowId } from '../csv/read.ts';
import { ACTION_STATUSES, actionRowSchema, STATUS_SYNONYMS, toAction, type ActionStatus } from '../schemas/action.ts';
import { parseDate } from '../core/dates.ts';
import { FeedbackRowSchema, toFeedback } from '../schemas/feedback.ts';
import { finnishDate, LANGUAGES, type Lang } from '../schemas/fields.ts';
import type { ContentEntries, ContentKind, Project } from '../schemas/project.ts';
import {
  CONTENT_KIND_NAMES,
  CONTENT_KINDS,
  DATA_FILE_NAMES,
  DATA_FILES,
  type EntryDataSets,
} from '../schemas/kinds.ts';

export type { Project };
import { asOfDate } from './as-of.ts';
import { readContent, readSite, type Content } from './content.ts';
import type { CsvCache } from './csv-cache.ts';
import { readDataFiles, type CsvFileResult, type DataFiles } from './data-files.ts';
import type { OwnLink } from './mdx-body.ts';

export type { OwnLink };
import { describePersonalData, findPersonalData, PERSONAL_DATA_EXPECTED } from './personal-data.ts';
import { error, warning, type Problem, type ProblemAt } from '../core/problem.ts';
import { checkReference, checkUniqueIds, ID_NOUNS, type Target } from './references.ts';
import type { Located } from '../core/position.ts';
import { checkEntryData, entryDataSets } from './entry-data.ts';
import { otherLanguage } from './text-language.ts';
import { ACTION_TEXTS, checkTeamTexts, UPDATE_TEXTS } from './team-texts.ts';
import { checkTimelines, type TimelineAction } from './timelines.ts';

export interface LoadResult {
  project?: Project;
  problems: Problem[];
  /** What was read, for the summary line. */
  counts: Record<string, number>;
  /** Links from MDX written from the root or as whole addresses: src/site/own-links.ts checks those that are the site's own. */
  ownLinks?: readonly OwnLink[];
  /**
   * When the files have errors (and site.yaml could be read): the project as far as it could be
   * read, for the site's own checks (src/site/own-links.ts), so that their problems come in the
   * same round as the others. Never built into a site.
   */
  partial?: PartialProject;
}

/** A project read from files with errors, and what of it could not be read. */
export interface PartialProject {
  /** Every entry and row that had no errors of its own. */
  project: Project;
  /** Per content kind, the slugs whose default-language file exists but could not be read. */
  unreadEntries: Readonly<Record<ContentKind, ReadonlySet<string>>>;
  /** The ids of action rows with errors; `all` when data/actions.csv could not be read at all. */
  unreadActions: ReadonlySet<string> | 'all';
}

function at(file: string, line: number, column: number | undefined): ProblemAt {
  return { file, line, column: column ?? 0 };
}

/** The kinds an entry's frontmatter or a CSV row can name by slug. */
type TargetKind = 'themes' | 'meetings' | 'bodies' | 'pages' | 'surveys';

/**
 * What a slug may name: every entry with a default-language file, even one with its own
 * mistakes, with the titles authors know them by ("Kirjastot" for kirjastot).
 */
function targetOf(
  content: Pick<Content, 'existing' | 'themes' | 'bodies' | 'meetings' | 'pages' | 'surveys'>,
  kind: TargetKind,
  lang: Lang,
): Target {
  const bodyNames = new Map(content.bodies.map((b) => [b.slug, b.data.name]));
  const titles = new Map<string, string>(
    kind === 'themes'
      ? content.themes.map((t) => [t.slug, t.data.title])
      : kind === 'pages'
        ? content.pages.map((p) => [p.slug, p.data.title])
        : kind === 'surveys'
          ? content.surveys.map((p) => [p.slug, p.data.title])
          : kind === 'bodies'
            ? bodyNames
            : content.meetings.map((m) => [
                m.slug,
                `${bodyNames.get(m.data.body) ?? m.data.body} ${finnishDate(m.data.date)}`,
              ]),
  );
  // How messages name the kind comes from the registry.
  const { singular, words } = CONTENT_KINDS[kind];
  return {
    code: singular,
    noun: words.one,
    genitive: words.what.fi,
    plural: words.many,
    known: content.existing[kind],
    titles,
    definedIn: (slug) => same(`content/${kind}/${lang}/${slug}.mdx`),
    idIs: {
      fi: `sen tiedoston nimi kansiossa content/${kind}/${lang}/ ilman .mdx-päätettä`,
      sv: `namnet på dess fil i content/${kind}/${lang}/ utan .mdx`,
      en: `the name of its file in content/${kind}/${lang}/ without .mdx`,
    },
  };
}

function push(problems: Problem[], problem: Problem | undefined): void {
  if (problem) problems.push(problem);
}

/** A language's name as a message in each language says "the text seems to be in …" and "read as …". */
const LANGUAGE_WORDS: Record<Lang, { in: Text; as: Text }> = {
  fi: { in: { fi: 'suomea', sv: 'finska', en: 'Finnish' }, as: { fi: 'suomeksi', sv: 'på finska', en: 'as Finnish' } },
  sv: {
    in: { fi: 'ruotsia', sv: 'svenska', en: 'Swedish' },
    as: { fi: 'ruotsiksi', sv: 'på svenska', en: 'as Swedish' },
  },
  en: {
    in: { fi: 'englantia', sv: 'engelska', en: 'English' },
    as: { fi: 'englanniksi', sv: 'på engelska', en: 'as English' },
  },
};

/** A published text that seems to be in another language than the row says (or the default it falls back to). */
function checkTextLanguage(row: Located<{ text?: string; lang?: Lang }>, defaultLang: Lang, problems: Problem[]): void {
  const declared = row.value.lang ?? defaultLang;
  const guess = otherLanguage(row.value.text ?? '', declared);
  if (!guess) return;
  const said = guess.words.map((w) => `"${w}"`).join(', ');
  const seems = LANGUAGE_WORDS[guess.lang].in;
  const readAs = LANGUAGE_WORDS[declared].as;
  const because: Text = row.value.lang
    ? { fi: `lang on ${declared}`, sv: `lang är ${declared}`, en: `lang is ${declared}` }
    : {
        fi: `lang on tyhjä (= ${declared})`,
        sv: `lang är tom (= ${declared})`,
        en: `lang is empty (= ${declared})`,
      };
  problems.push(
    warning(
      cellOf(row, 'text'),
      'feedback.lang',
      {
        fi: `text näyttää olevan ${seems.fi} (${said}), mutta ${because.fi}: ruudunlukija lukisi sen ${readAs.fi}.`,
        sv: `text verkar vara på ${seems.sv} (${said}), men ${because.sv}: en skärmläsare skulle läsa den ${readAs.sv}.`,
        en: `text seems to be in ${seems.en} (${said}), but ${because.en}: a screen reader would read it ${readAs.en}.`,
      },
      {
        expected: {
          fi: 'sarakkeessa lang kieli, jolla asukas kirjoitti: fi, sv tai en',
          sv: 'språket invånaren skrev på i kolumnen lang: fi, sv eller en',
          en: 'the language the resident wrote in, in the lang column: fi, sv or en',
        },
        // A file without the column (most exports) needs it added first.
        fix:
          row.columns['lang'] === undefined
            ? {
                fi: `lisää tiedostoon sarake lang (suomeksi Kieli) ja kirjoita tälle riville ${guess.lang}, jos teksti on ${seems.fi}; muille riveille se voi jäädä tyhjäksi`,
                sv: `lägg till kolumnen lang (på finska Kieli) i filen och skriv ${guess.lang} på den här raden, om texten är på ${seems.sv}; för andra rader kan den vara tom`,
                en: `add a lang column (Finnish Kieli) to the file and write ${guess.lang} on this row, if the text is ${seems.en}; other rows may leave it empty`,
              }
            : {
                fi: `kirjoita tämän rivin lang-sarakkeeseen ${guess.lang}, jos teksti on ${seems.fi}`,
                sv: `skriv ${guess.lang} i kolumnen lang på raden, om texten är på ${seems.sv}`,
                en: `write ${guess.lang} in this row's lang column, if the text is ${seems.en}`,
              },
      },
    ),
  );
}

/** Residents' words go on a public page only without personal data in them (PRODUCT.md §6), and marked with their language. */
function checkPublishedFeedbackText(
  row: Located<{ text?: string; publish: boolean; lang?: Lang }>,
  defaultLang: Lang,
  problems: Problem[],
): void {
  const text = row.value.text;
  if (!row.value.publish || !text) return;
  checkTextLanguage(row, defaultLang, problems);
  for (const match of findPersonalData(text)) {
    problems.push(
      error(
        cellOf(row, 'text'),
        `personal-data.${match.kind}`,
        {
          fi: `text sisältää ${describePersonalData(match.kind).fi} ("${match.value}"), ja publish on yes.`,
          sv: `text innehåller ${describePersonalData(match.kind).sv} ("${match.value}"), och publish är yes.`,
          en: `text contains ${describePersonalData(match.kind).en} ("${match.value}"), and publish is yes.`,
        },
        {
          expected: PERSONAL_DATA_EXPECTED,
          fix: {
            fi: 'poista se tekstistä tai merkitse publish-sarakkeeseen no',
            sv: 'ta bort den ur texten, eller sätt publish till no',
            en: 'remove it from the text, or set publish to no',
          },
        },
      ),
    );
  }
}

/** The dated thing a future date is on, for the message. */
interface DatedNoun {
  what: Text;
  fix: Text;
}

const FEEDBACK_DATE: DatedNoun = {
  what: { fi: 'palaute', sv: 'responsen', en: 'the feedback' },
  fix: {
    fi: 'tarkista päivämäärä (esim. vuosi tai päivän ja kuukauden järjestys)',
    sv: 'kontrollera datumet (t.ex. året, eller ordningen på dag och månad)',
    en: 'check the date (e.g. the year, or the order of day and month)',
  },
};

const UPDATE_DATE: DatedNoun = {
  what: { fi: 'tilannepäivitys', sv: 'lägesuppdateringen', en: 'the update' },
  fix: {
    fi: 'tarkista päivämäärä; kirjaa tuleva muutos vasta, kun se on tapahtunut, ja kerro suunnitelmasta toimenpiteen due-sarakkeessa',
    sv: 'kontrollera datumet; för in en kommande ändring först när den har skett, och ange planen i åtgärdens kolumn due',
    en: 'check the date; record a change once it has happened, and put plans in the due column of the action',
  },
};

/**
 * Feedback or an update dated after the data's own date is a typo (2062 for 2026, 1.12 for 12.1)
 * or a plan written as fact; published, it would read as something that already happened.
 */
function futureDate(row: Located<{ date: string }>, asOf: string, noun: DatedNoun): Problem | undefined {
  if (row.value.date <= asOf) return undefined;
  const day = finnishDate(row.value.date);
  const today = finnishDate(asOf);
  return warning(
    cellOf(row, 'date'),
    'date.future',
    {
      fi: `date "${day}" on tilannepäivän ${today} jälkeen: ${noun.what.fi} näkyisi sivustolla jo tapahtuneena.`,
      sv: `date "${day}" är efter lägesdatumet ${today}: ${noun.what.sv} skulle visas som om den redan hänt.`,
      en: `date "${day}" is after the date of this data, ${today}: ${noun.what.en} would be published as if it had happened.`,
    },
    {
      expected: {
        fi: `päivämäärä ${today} tai aiemmin`,
        sv: `ett datum den ${today} eller tidigare`,
        en: `a date on or before ${today}`,
      },
      fix: noun.fix,
    },
  );
}

/**
 * Rows of actions.csv left out for problems of their own whose id and status still read: their
 * timeline is checked in the same run, so marking an action done needs one round of fixes, not
 * one for the row and another for its timeline.
 */
function provisionalActions(file: DataFiles['actions']): Located<TimelineAction>[] {
  const out: Located<TimelineAction>[] = [];
  for (const row of file?.rejected ?? []) {
    const id = row.values['id'] ?? '';
    const written = (row.values['status'] ?? '').toLowerCase();
    const status = (ACTION_STATUSES as readonly string[]).includes(written)
      ? (written as ActionStatus)
      : STATUS_SYNONYMS[written];
    if (id === '' || !status) continue;
    const value: TimelineAction = { id, status };
    const completed = parseDate(row.values['completed'] ?? '');
    if (completed.ok) value.completed = completed.iso;
    const opened = parseDate(row.values['opened'] ?? '');
    if (opened.ok) value.opened = opened.iso;
    out.push({ value, file: file!.file, line: row.line, row: row.row, id, columns: file!.columns });
  }
  return out;
}

/** Ids of rows left out for problems of their own: they exist, the author just has to fix the row. */
function rejectedIds(
  file: { rejected: readonly { values: Readonly<Record<string, string>> }[] } | undefined,
): Set<string> {
  return new Set((file?.rejected ?? []).map((row) => row.values['id'] ?? '').filter((id) => id !== ''));
}

/** A column that names an entry by slug (a list column names several), and what it must name. */
interface Reference {
  key: string;
  target: Target;
}

/** Each slug a row's parsed cell names, checked against what exists. */
function checkReferences(
  located: Pick<Located<unknown>, 'file' | 'line' | 'columns' | 'row' | 'id'>,
  cell: (key: string) => unknown,
  refs: readonly Reference[],
  problems: Problem[],
): void {
  for (const { key, target } of refs) {
    const value = cell(key);
    for (const slug of Array.isArray(value) ? value : [value])
      if (typeof slug === 'string' && slug !== '')
        push(problems, checkReference({ value: slug, key, at: cellOf(located, key) }, target));
  }
}

/**
 * A data set's references in its valid rows, and in the rows left out for problems of their own
 * where the cell itself reads: a row with a progress of 150 and a misspelt theme gets both
 * messages in the same round, not the theme's only after the progress is fixed.
 */
function checkFileReferences<T extends object>(
  file: Pick<CsvFileResult<T>, 'file' | 'rows' | 'rejected' | 'columns'> | undefined,
  shape: Readonly<Record<string, z.ZodType>>,
  refs: readonly Reference[],
  problems: Problem[],
): void {
  if (!file) return;
  for (const row of file.rows)
    checkReferences(row, (key) => (row.value as Record<string, unknown>)[key], refs, problems);
  for (const row of file.rejected) {
    const id = rowId(row.values);
    const located = { file: file.file, line: row.line, row: row.row, columns: file.columns, ...(id && { id }) };
    const cell = (key: string) => {
      const parsed = shape[key]?.safeParse(row.values[key] ?? '');
      return parsed?.success ? parsed.data : undefined;
    };
    checkReferences(located, cell, refs, problems);
  }
}

function checkData(
  data: DataFiles,
  content: Content,
  languages: readonly Lang[],
  asOf: string,
  problems: Problem[],
): void {
  const lang = languages[0] ?? 'fi';
  const themes = targetOf(content, 'themes', lang);
  const meetings = targetOf(content, 'meetings', lang);
  const surveys = targetOf(content, 'surveys', lang);
  for (const file of data.feedback)
    checkFileReferences(file, FeedbackRowSchema.shape, [{ key: 'theme', target: themes }], problems);
  checkFileReferences(
    data.actions,
    actionRowSchema(languages).shape,
    [
      { key: 'themes', target: themes },
      { key: 'meeting', target: meetings },
      { key: 'survey', target: surveys },
    ],
    problems,
  );

  const feedbackRows = data.feedback.flatMap((f) => f.rows);
  problems.push(
    ...checkUniqueIds(
      feedbackRows.map((r) => ({ id: r.value.id, at: cellOf(r, 'id') })),
      ID_NOUNS.feedback,
    ),
  );
  for (const row of feedbackRows) {
    checkPublishedFeedbackText(row, lang, problems);
    push(problems, futureDate(row, asOf, FEEDBACK_DATE));
  }

  const actionRows = data.actions?.rows ?? [];
  problems.push(
    ...checkUniqueIds(
      actionRows.map((r) => ({ id: r.value.id, at: cellOf(r, 'id') })),
      ID_NOUNS.action,
    ),
  );
  for (const row of data['action-updates']?.rows ?? []) push(problems, futureDate(row, asOf, UPDATE_DATE));
  problems.push(
    ...checkTeamTexts(actionRows, ACTION_TEXTS, languages),
    ...checkTeamTexts(data['action-updates']?.rows ?? [], UPDATE_TEXTS, languages),
  );
  // An unreadable actions.csv, or an action row with its own problems, is already reported;
  // checking those actions' updates now would add a misleading "not an action" per update.
  if (data['action-updates'] && (!data.actions || data.actions.readable)) {
    const provisional = provisionalActions(data.actions);
    const rejected = rejectedIds(data.actions);
    const readableStatus = new Set(provisional.map((a) => a.value.id));
    const updates = data['action-updates'].rows.filter(
      (u) => !rejected.has(u.value.action) || readableStatus.has(u.value.action),
    );
    problems.push(
      ...checkTimelines(updates, [...actionRows.map((r) => ({ ...r, value: toAction(r.value) })), ...provisional]),
    );
  }

  checkEntryData(data, content, lang, asOf, problems);
}

function checkContentReferences(
  content: Pick<Content, 'meetings' | 'votes' | 'existing' | 'themes' | 'bodies' | 'pages' | 'surveys'>,
  actionIds: ReadonlySet<string>,
  lang: Lang,
  problems: Problem[],
): void {
  const bodies = targetOf(content, 'bodies', lang);
  const actions: Target = {
    code: 'action',
    noun: { fi: 'toimenpide', sv: 'en åtgärd', en: 'an action' },
    genitive: 'toimenpiteen',
    plural: { fi: 'toimenpiteitä', sv: 'åtgärder', en: 'actions' },
    known: actionIds,
    definedIn: (id) => ({
      fi: `rivi, jonka id on ${id}, tiedostoon data/actions.csv`,
      sv: `en rad med id ${id} i data/actions.csv`,
      en: `a row with id ${id} in data/actions.csv`,
    }),
    idIs: {
      fi: 'sen id-sarakkeen arvo tiedostossa data/actions.csv',
      sv: 'dess värde i kolumnen id i data/actions.csv',
      en: 'its value in the id column of data/actions.csv',
    },
  };
  for (const meeting of content.meetings) {
    const pos = meeting.positions['body'];
    if (pos) push(problems, checkReference({ value: meeting.data.body, key: 'body', at: pos }, bodies));
  }
  for (const vote of content.votes) {
    const bodyPos = vote.positions['body'];
    if (vote.data.body && bodyPos)
      push(problems, checkReference({ value: vote.data.body, key: 'body', at: bodyPos }, bodies));
    const actionPos = vote.positions['action'];
    if (vote.data.action && actionPos)
      push(problems, checkReference({ value: vote.data.action, key: 'action', at: actionPos }, actions));
  }
}

/**
 * The logo and favicon site.yaml names must be in the site's public/ folder, next to content/
 * and data/: Astro copies that folder to the site as it is, and a missing file would be a broken
 * image in every page's header.
 */
function checkPublicFiles(root: string, site: { logo?: { file: string }; favicon?: string }): Problem[] {
  const files: [key: string, line: string, file: string | undefined][] = [
    ['logo', 'file', site.logo?.file],
    ['favicon', 'favicon', site.favicon],
  ];
  const problems: Problem[] = [];
  for (const [key, line, file] of files) {
    if (file === undefined) continue;
    const path = join(root, 'public', file);
    if (existsSync(path) && statSync(path).isFile()) continue;
    const where = `public/${file}`;
    const lineNo = key === line ? keyLine(root, 'content/site.yaml', key) : subKeyLine(root, key, line);
    problems.push(
      error(
        at('content/site.yaml', lineNo, 1),
        'public-file.missing',
        {
          fi: `${key === 'logo' ? 'logo: file' : key} "${file}": tiedostoa ${where} ei ole.`,
          sv: `${key === 'logo' ? 'logo: file' : key} "${file}": filen ${where} finns inte.`,
          en: `${key === 'logo' ? 'logo: file' : key} "${file}": there is no file ${where}.`,
        },
        {
          expected: {
            fi: `tiedosto ${where} (kansio public/ on content/- ja data/-kansioiden vieressä)`,
            sv: `filen ${where} (mappen public/ ligger bredvid content/ och data/)`,
            en: `the file ${where} (the public/ folder is next to content/ and data/)`,
          },
          fix: {
            fi: `lisää tiedosto kansioon public/ nimellä ${file} tai korjaa nimi`,
            sv: `lägg filen i mappen public/ med namnet ${file}, eller rätta namnet`,
            en: `add the file to the public/ folder as ${file}, or correct the name`,
          },
        },
      ),
    );
  }
  return problems;
}

/** The line of `sub:` indented under the top-level `key:` of site.yaml (the key's own line if not found). */
function subKeyLine(root: string, key: string, sub: string): number {
  const top = keyLine(root, 'content/site.yaml', key);
  try {
    const lines = readFileSync(join(root, 'content/site.yaml'), 'utf8').split(/\r?\n/);
    const below = lines.slice(top).findIndex((l) => new RegExp(`^\\s+${sub}:`).test(l) || /^\S/.test(l));
    return below >= 0 && /^\s/.test(lines[top + below]!) ? top + below + 1 : top;
  } catch {
    return top;
  }
}

/** The line a top-level YAML key is written on (0 when it cannot be found): site.yaml keys carry no positions. */
function keyLine(root: string, file: string, key: string): number {
  try {
    const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    return lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
  } catch {
    return 0;
  }
}

function entriesOf(content: Content): ContentEntries {
  return Object.fromEntries(CONTENT_KIND_NAMES.map((kind) => [kind, content[kind]])) as ContentEntries;
}

function sum(rows: readonly { rows: readonly unknown[] }[]): number {
  return rows.reduce((n, f) => n + f.rows.length, 0);
}

export interface LoadOptions {
  /** Keeps validated CSV files for the next load (`npm run build` gives one: src/validate/csv-cache.ts). */
  csvCache?: CsvCache;
}

export async function loadProject(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const problems: Problem[] = [];
  const siteResult = readSite(root);
  problems.push(...siteResult.problems);
  const site = siteResult.site;
  // Without readable settings every language is allowed: one typo in site.yaml must not turn
  // each Swedish and English file into a second, misleading problem.
  const languages: readonly Lang[] = site?.languages ?? LANGUAGES;
  const lang = languages[0] ?? 'fi';

  const asOf = asOfDate(root, site?.timezone ?? 'Europe/Helsinki', env);
  const content = await readContent(root, languages, asOf?.date ?? '9999-12-31');
  problems.push(...content.problems);
  const data = readDataFiles(root, languages, problems, options.csvCache);

  checkData(data, content, languages, asOf?.date ?? '9999-12-31', problems);
  if (site?.feedbackPage) {
    const at = { file: 'content/site.yaml', line: keyLine(root, 'content/site.yaml', 'feedbackPage'), column: 1 };
    push(
      problems,
      checkReference({ value: site.feedbackPage, key: 'feedbackPage', at }, targetOf(content, 'pages', lang)),
    );
  }
  if (site) problems.push(...checkPublicFiles(root, site));
  const actionIds = new Set([...(data.actions?.rows ?? []).map((r) => r.value.id), ...rejectedIds(data.actions)]);
  if (data.actions?.readable) checkContentReferences(content, actionIds, lang, problems);
  else if (!data.actions) {
    problems.push(
      warning(
        at('data/actions.csv', 0, 0),
        'actions.missing',
        {
          fi: 'tiedostoa data/actions.csv ei ole, joten sivustolla ei näy toimenpiteitä ("me teimme").',
          sv: 'data/actions.csv finns inte, så webbplatsen visar inga åtgärder ("vi gjorde").',
          en: 'there is no data/actions.csv, so the site shows no actions ("we did").',
        },
        {
          expected: same('data/actions.csv'),
          fix: {
            fi: 'lisää data/actions.csv, jossa ovat palautteen perusteella tehdyt toimenpiteet',
            sv: 'lägg till data/actions.csv med de åtgärder som vidtagits utifrån responsen',
            en: 'add data/actions.csv with the actions taken on feedback',
          },
        },
      ),
    );
  }

  const feedbackRows = data.feedback.flatMap((f) => f.rows);
  const dataDates = feedbackRows.map((r) => r.value.date).sort();
  if (!asOf) {
    problems.push(
      warning(
        at('content/site.yaml', 0, 0),
        'as-of.unknown',
        {
          fi: 'kuultu ei saanut selville tilannepäivää: SOURCE_DATE_EPOCH ei ole asetettu eikä kansio ole git-kopio, joten "nyt" on uusimman palautteen päivä.',
          sv: 'kuultu kunde inte avgöra lägesdatumet: SOURCE_DATE_EPOCH är inte satt och mappen är ingen git-kopia, så "nu" blir datumet för den senaste responsen.',
          en: 'kuultu could not tell the date of this data: SOURCE_DATE_EPOCH is not set and the folder is not a git checkout, so "now" is taken as the newest feedback date.',
        },
        {
          expected: {
            fi: 'git-kopio tai SOURCE_DATE_EPOCH Unix-aikana',
            sv: 'en git-kopia, eller SOURCE_DATE_EPOCH satt till en Unix-tid',
            en: 'a git checkout, or SOURCE_DATE_EPOCH set to a Unix time',
          },
          fix: {
            fi: 'rakenna sivusto git-kopiosta tai aseta SOURCE_DATE_EPOCH',
            sv: 'bygg från en git-kopia, eller sätt SOURCE_DATE_EPOCH',
            en: 'build from a git clone, or set SOURCE_DATE_EPOCH',
          },
        },
      ),
    );
  }
  const counts: Record<string, number> = { 'content files': content.fileCount };
  for (const name of DATA_FILE_NAMES) {
    const read:
      | CsvFileResult<unknown>
      | readonly CsvFileResult<unknown>[]
      | ReadonlyMap<string, CsvFileResult<unknown>>
      | undefined = data[name];
    counts[DATA_FILES[name].rows.key] = sum(read === undefined ? [] : 'rows' in read ? [read] : [...read.values()]);
  }
  if (!site) return { problems, counts };
  const project: Project = {
    root,
    site,
    languages,
    defaultLang: lang,
    asOf: asOf?.date ?? dataDates.at(-1) ?? '1970-01-01',
    // Every content kind of the registry, as read: `themes`, `bodies` …
    ...entriesOf(content),
    feedback: feedbackRows.map((r) => toFeedback(r.value, lang)),
    actions: (data.actions?.rows ?? []).map((r) => toAction(r.value)),
    actionUpdates: (data['action-updates']?.rows ?? []).map((r) => r.value),
    // The registry's per-entry sets, each read with its own schema: `surveyResults`, `voteResults` …
    ...(entryDataSets(data) as EntryDataSets),
  };
  const ownLinks = content.ownLinks;
  if (!problems.some((p) => p.severity === 'error')) return { project, problems, counts, ownLinks };
  const unreadEntries = Object.fromEntries(
    CONTENT_KIND_NAMES.map((kind) => {
      const read = new Set<string>(project[kind].map((e) => e.slug));
      return [kind, new Set([...content.existing[kind]].filter((slug) => !read.has(slug)))];
    }),
  ) as Record<ContentKind, Set<string>>;
  const unreadActions = data.actions && !data.actions.readable ? 'all' : rejectedIds(data.actions);
  return { problems, counts, ownLinks, partial: { project, unreadEntries, unreadActions } };
}
