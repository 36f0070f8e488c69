/**
 * `npm run import -- <source> <file> … [--survey ID] [--round DATE] [--root DIR] [--lang fi|sv|en]`:
 * reads an export, maps its values with the source's mapping file, writes kuultu's data file,
 * and validates the result like `npm run validate`. Nothing is written unless the whole export
 * can be read and placed; the only exception is the first mapping file, which is what the
 * author fills in to make the next run succeed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDate } from '../core/dates.ts';
import { each, same, type Lang, type Text } from '../core/lang.ts';
import { error, formatProblem, sortProblems, type Problem } from '../core/problem.ts';
import { truncate } from '../core/text.ts';
import { normaliseHeader } from '../csv/read.ts';
import { ACTION_HEADER_ALIASES, ACTION_HEADERS, INFLUENCES } from '../schemas/action.ts';
import { headerLanguage, headingsIn, type HeaderAliases } from '../schemas/columns.ts';
import { FEEDBACK_HEADER_ALIASES, FEEDBACK_HEADERS, FEEDBACK_TYPES } from '../schemas/feedback.ts';
import type { Project } from '../schemas/project.ts';
import { SURVEY_RESULT_HEADER_ALIASES, SURVEY_RESULT_HEADERS } from '../schemas/survey-results.ts';
import { fails, renderReport } from '../validate/cli.ts';
import { authorLanguage, langOption } from '../validate/language.ts';
import { siteHeaderLanguage } from '../validate/data-files.ts';
import { loadProject } from '../validate/load-project.ts';
import { decidimActions } from './decidim.ts';
import {
  emptyMapping,
  lineToAdd,
  MAPPING_KEYS,
  parseMapping,
  renderMapping,
  type Mapping,
  type MappingSetting,
} from './mapping.ts';
import {
  dropDuplicateRequests,
  HELSINKI_CSV_COLUMNS,
  parseOpen311Csv,
  parseOpen311Json,
  requestsToFeedback,
  type ServiceRequest,
  type ThemeNames,
} from './open311.ts';
import { Resolver, type Unmapped } from './resolve.ts';
import { sheetFromCsv, sheetFromXlsx, type SheetResult } from './sheet.ts';
import { isSource, SOURCE_NAMES, SOURCES, type SourceName } from './sources.ts';
import { countResponses, type RoundCounts, type SurveyQuestions } from './surveys.ts';
import { mergeActions, mergeFeedback, mergeSurvey, newTable, readTable, renderTable, type Table } from './tables.ts';
import { PERSONAL_DATA_WORDS, say } from './words.ts';

export interface ImportOptions {
  source: SourceName;
  files: string[];
  survey?: string;
  round?: string;
  root: string;
  lang?: Lang;
}

const USAGE: Text = {
  fi: `käyttö: npm run import -- <lähde> <tiedosto> … [--survey TUNNUS] [--round PÄIVÄ] [--root KANSIO] [--lang fi|sv|en]; lähteet: ${SOURCE_NAMES.join(', ')}`,
  sv: `användning: npm run import -- <källa> <fil> … [--survey ID] [--round DATUM] [--root MAPP] [--lang fi|sv|en]; källor: ${SOURCE_NAMES.join(', ')}`,
  en: `usage: npm run import -- <source> <file> … [--survey ID] [--round DATE] [--root DIR] [--lang fi|sv|en]; sources: ${SOURCE_NAMES.join(', ')}`,
};

export type ParsedImportArgs =
  | { ok: true; options: ImportOptions & { lang: Lang } }
  | { ok: false; message: Text; lang: Lang };

export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ParsedImportArgs {
  let source: string | undefined;
  const files: string[] = [];
  const rootAt = argv.indexOf('--root');
  const root = (rootAt !== -1 ? argv[rootAt + 1] : undefined) ?? env.KUULTU_ROOT ?? cwd;
  const chosen = langOption(argv);
  const lang = authorLanguage(root, chosen.lang);
  const fail = (message: Text): ParsedImportArgs => ({ ok: false, message, lang });
  if (chosen.problem) return fail(chosen.problem);
  const options: Partial<ImportOptions> = { root, lang };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i];
    if (arg === '--survey') {
      const v = value();
      if (!v)
        return fail({
          fi: '--survey tarvitsee kyselyn tunnuksen (sen tiedoston nimen kansiossa content/surveys/)',
          sv: '--survey behöver enkätens id (dess filnamn i content/surveys/)',
          en: '--survey needs the survey id (its file name in content/surveys/)',
        });
      options.survey = v;
    } else if (arg === '--round') {
      const v = value() ?? '';
      const d = parseDate(v);
      if (!d.ok)
        return fail({
          fi: `--round-valitsimen arvo on päivämäärä, esimerkiksi 31.3.2026, ei "${v}"`,
          sv: `--round tar ett datum, till exempel 31.3.2026, inte "${v}"`,
          en: `--round takes a date such as 31.3.2026, not "${v}"`,
        });
      options.round = d.iso;
    } else if (arg === '--root') {
      if (!value())
        return fail({ fi: '--root tarvitsee kansion', sv: '--root behöver en mapp', en: '--root needs a folder' });
    } else if (arg === '--lang') value();
    else if (arg.startsWith('--'))
      return fail(
        each(
          (l) =>
            `${{ fi: 'tuntematon valitsin', sv: 'okänt alternativ', en: 'unknown option' }[l]} ${arg} (${USAGE[l]})`,
        ),
      );
    else if (source === undefined) source = arg;
    else files.push(arg);
  }
  if (source === undefined) return fail(USAGE);
  if (!isSource(source))
    return fail({
      fi: `lähdettä "${source}" ei ole: käytä jotakin näistä: ${SOURCE_NAMES.join(', ')}`,
      sv: `källan "${source}" finns inte: använd en av ${SOURCE_NAMES.join(', ')}`,
      en: `there is no source "${source}": use one of ${SOURCE_NAMES.join(', ')}`,
    });
  if (files.length === 0)
    return fail({
      fi: `anna tuotava tiedosto lähteen ${source} jälkeen (${USAGE.fi})`,
      sv: `ange filen som ska importeras efter ${source} (${USAGE.sv})`,
      en: `give the file to import after ${source} (${USAGE.en})`,
    });
  const spec = SOURCES[source];
  if (spec.kind === 'survey' && !options.survey)
    return fail({
      fi: `${source} tuo vastauksia kyselyyn: lisää --survey <tunnus>, kyselyn tiedoston nimi kansiossa content/surveys/`,
      sv: `${source} importerar svar till en enkät: lägg till --survey <id>, enkätens filnamn i content/surveys/`,
      en: `${source} imports answers into a survey: add --survey <id>, the survey's file name in content/surveys/`,
    });
  if (spec.kind !== 'survey' && (options.survey || options.round))
    return fail({
      fi: `--survey ja --round ovat vain kyselylähteille, eivät lähteelle ${source}`,
      sv: `--survey och --round gäller bara enkätkällor, inte ${source}`,
      en: `--survey and --round are for survey sources only, not ${source}`,
    });
  return { ok: true, options: { ...options, source, files, lang } as ImportOptions & { lang: Lang } };
}

/** A problem the mapping file answers (a value to map, a setting to fill in), not one of the export itself. */
const isMappingProblem = (p: Problem): boolean => p.code.startsWith('mapping.');

/** The mapping file's place: beside the data it explains, one per source (and per survey). */
export function mappingPath(options: Pick<ImportOptions, 'source' | 'survey'>): string {
  return `data/mappings/${options.source}${options.survey ? `-${options.survey}` : ''}.yaml`;
}

function themeNames(project: Project): ThemeNames[] {
  return project.themes.map((t) => ({
    slug: t.slug,
    titles: [t.data.title, ...Object.values(t.translations).flatMap((tr) => (tr?.data.title ? [tr.data.title] : []))],
  }));
}

/** The survey's questions as [id, text], the text in `lang` where the survey is translated. */
function questionList(project: Project, id: string | undefined, lang: Lang): [string, string][] {
  const entry = project.surveys.find((s) => s.slug === id);
  if (!entry) return [];
  const texts = lang === project.defaultLang ? undefined : entry.translations[lang]?.data.questions;
  return Object.entries(entry.data.questions).map(([qid, text]) => [qid, texts?.[qid] ?? text]);
}

function surveyQuestions(project: Project, id: string): SurveyQuestions | undefined {
  const entry = project.surveys.find((s) => s.slug === id);
  if (!entry) return undefined;
  const translations = Object.values(entry.translations).filter((t) => t !== undefined);
  return {
    ids: Object.keys(entry.data.questions),
    texts: [entry.data.questions, ...translations.map((t) => t.data.questions ?? {})].flatMap((qs) =>
      Object.entries(qs).map(([qid, text]) => ({ id: qid, text })),
    ),
    scales: [entry.data.scale, ...translations.flatMap((t) => (t.data.scale ? [t.data.scale] : []))],
  };
}

/** What the author adds for a value nobody has mapped: the line, with an example meaning. */
const UNMAPPED_WORDS: Record<
  Unmapped['section'],
  { what: Text; meaning: Text; expected: (p: Project, survey: string | undefined) => Text }
> = {
  themes: {
    what: { fi: 'koodia tai luokkaa', sv: 'koden eller kategorin', en: 'the code or category' },
    meaning: { fi: '<teeman tunnus>', sv: '<temats id>', en: '<theme slug>' },
    expected: (p) => each((l) => `${ONE_OF[l]} ${p.themes.map((t) => t.slug).join(', ')}`),
  },
  questions: {
    what: { fi: 'saraketta', sv: 'kolumnen', en: 'the column' },
    meaning: { fi: '<kysymyksen tunnus tai ohita>', sv: '<frågans id eller hoppa över>', en: '<question id, or skip>' },
    // The ids with their texts, so the author can pick one without opening the survey's file.
    expected: (p, survey) =>
      each((l) => {
        const list = questionList(p, survey, l);
        const named = list.map(([qid, text]) => `${qid} ("${truncate(text, 50)}")`);
        return named.length > 0 ? `${ONE_OF[l]} ${named.join(', ')}; ${OR_SKIP[l]}` : NO_QUESTIONS[l];
      }),
  },
  answers: {
    what: { fi: 'vastausta', sv: 'svaret', en: 'the answer' },
    meaning: { fi: '<1–5 tai ei vastausta>', sv: '<1–5 eller inget svar>', en: '<1–5, or no answer>' },
    expected: () => ({
      fi: 'arvo 1–5 tai ei vastausta',
      sv: 'ett värde 1–5 eller inget svar',
      en: 'a value from 1 to 5, or no answer',
    }),
  },
  statuses: {
    what: { fi: 'tilaa', sv: 'statusen', en: 'the status' },
    meaning: { fi: '<tila>', sv: '<status>', en: '<status>' },
    expected: () => same('planned, in-progress, done, declined'),
  },
};

const ONE_OF: Text = { fi: 'jokin näistä:', sv: 'en av', en: 'one of' };
const OR_SKIP: Text = { fi: 'tai ohita', sv: 'eller hoppa över', en: 'or skip' };
const NO_QUESTIONS: Text = {
  fi: 'kysymyksen tunnus kyselyn questions-kohdasta, tai ohita',
  sv: 'ett fråge-id från enkätens questions, eller hoppa över',
  en: "a question id from the survey's questions, or skip",
};

/** A value nobody has mapped: where it is, and the line the author adds to the mapping file. */
function unmappedProblem(
  u: Unmapped,
  mapping: string,
  project: Project,
  survey: string | undefined,
  /** The file has the line with its meaning empty (the first import writes it so): fill it, do not add it. */
  inFile: boolean,
): Problem {
  const words = UNMAPPED_WORDS[u.section];
  const key = MAPPING_KEYS[u.section];
  const line = (l: Lang) => lineToAdd(u.key, words.meaning[l]);
  const value = `"${u.key}"${u.note ? ` (${u.note})` : ''}`;
  return error(
    u.at,
    `mapping.${u.section}`,
    {
      fi: `vastaavuustiedostossa ei ole ${words.what.fi} ${value}, eikä kuultu arvaa.`,
      sv: `motsvarighetsfilen har inte ${words.what.sv} ${value}, och kuultu gissar inte.`,
      en: `${words.what.en} ${value} is not in the mapping file, and kuultu does not guess.`,
    },
    {
      expected: words.expected(project, survey),
      fix: inFile
        ? {
            fi: `täydennä tiedostossa ${mapping} kohdan ${key.fi}: rivi  ${line('fi')}`,
            sv: `fyll i raden  ${line('sv')}  under ${key.sv}: i ${mapping}`,
            en: `fill in the line  ${line('en')}  under ${key.en}: in ${mapping}`,
          }
        : {
            fi: `lisää tiedostoon ${mapping} kohdan ${key.fi}: alle rivi  ${line('fi')}`,
            sv: `lägg till raden  ${line('sv')}  under ${key.sv}: i ${mapping}`,
            en: `add the line  ${line('en')}  under ${key.en}: in ${mapping}`,
          },
    },
  );
}

function settingProblem(
  setting: MappingSetting,
  mapping: string,
  allowed: readonly string[],
  value: string | undefined,
): Problem {
  const key = MAPPING_KEYS[setting];
  const list = allowed.join(', ');
  return error(
    { file: mapping, line: 0, column: 0 },
    `mapping.${setting}`,
    value
      ? {
          fi: `${key.fi} "${value}" ei ole mikään näistä: ${list}.`,
          sv: `${key.sv} "${value}" är inte en av ${list}.`,
          en: `${key.en} "${value}" is not one of ${list}.`,
        }
      : { fi: `kohta ${key.fi} on täyttämättä.`, sv: `${key.sv} är inte ifyllt.`, en: `${key.en} is not filled in.` },
    {
      expected: each((l) => `${ONE_OF[l]} ${list}`),
      fix: {
        fi: `kirjoita tiedostoon ${mapping} kohdan ${key.fi}: perään jokin näistä: ${list}`,
        sv: `skriv en av ${list} efter ${key.sv}: i ${mapping}`,
        en: `write one of ${list} after ${key.en}: in ${mapping}`,
      },
    },
  );
}

async function readSheet(file: string, bytes: Uint8Array, xlsx: boolean): Promise<SheetResult> {
  return xlsx ? sheetFromXlsx(file, bytes) : sheetFromCsv(file, bytes);
}

interface Planned {
  /** Repository-relative path → new content. */
  writes: Map<string, string>;
  /** What was read and skipped, and why. */
  summary: string[];
  /** What was written: printed only when the import goes through. */
  wrote: string[];
  problems: Problem[];
}

function readExisting(
  root: string,
  file: string,
  aliases: Readonly<Record<string, string>>,
  problems: Problem[],
): Table | undefined | 'broken' {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const read = readTable(file, readFileSync(path), aliases);
  problems.push(...read.problems);
  return read.table ?? 'broken';
}

/**
 * The table to merge into, with a heading for each column the import may add: in the language
 * the file already heads its columns in, or for a new file in the site's (its actions.csv's), so a
 * Finnish team's file gets `vastattu` beside `Julkaistaan`, not `answered`.
 */
function headed(root: string, table: Table | undefined, headers: HeaderAliases): Table {
  const lang = table
    ? headerLanguage(Object.values(table.written).map(normaliseHeader), headers)
    : siteHeaderLanguage(root);
  const base = table ?? newTable();
  return { ...base, written: { ...headingsIn(headers, lang), ...base.written } };
}

function planWrite(root: string, file: string, table: Table, planned: Planned): boolean {
  const text = renderTable(table);
  const path = join(root, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  planned.writes.set(file, text);
  return true;
}

export async function runImport(
  argv: readonly string[],
  print: (text: string) => void = (t) => console.log(t),
  env: NodeJS.ProcessEnv = process.env,
  /** The folder relative paths start from: the terminal's. */
  cwd: string = process.cwd(),
): Promise<number> {
  const args = parseImportArgs(argv, env, cwd);
  if (!args.ok) {
    print(`kuultu: ${args.message[args.lang]}`);
    return 1;
  }
  const { options } = args;
  const { lang } = options;
  if (!existsSync(join(options.root, 'content'))) {
    print(
      `kuultu: ${
        {
          fi: `kansiossa ${options.root} ei ole content/-kansiota: anna --root-valitsimelle kansio, jossa ovat content/ ja data/`,
          sv: `mappen ${options.root} har ingen content/: ge --root mappen som innehåller content/ och data/`,
          en: `there is no content/ in ${options.root}: give --root the folder that holds content/ and data/`,
        }[lang]
      }`,
    );
    return 1;
  }
  const loaded = await loadProject(options.root, env);
  const cli = {
    root: options.root,
    strict: false,
    format: 'text' as const,
    github: env.GITHUB_ACTIONS === 'true',
    lang,
  };
  if (!loaded.project) {
    print(renderReport(loaded.problems, { counts: loaded.counts }, cli));
    print(`kuultu: ${say(lang, 'projectInvalid')}`);
    return 1;
  }
  const project = loaded.project;
  const mappingFile = mappingPath(options);
  const mappingAbs = join(options.root, mappingFile);
  const firstImport = !existsSync(mappingAbs);
  let mapping: Mapping = emptyMapping();
  if (!firstImport) {
    const parsed = parseMapping(mappingFile, readFileSync(mappingAbs, 'utf8'));
    if (parsed.problems.length > 0) {
      print(
        sortProblems(parsed.problems)
          .map((p) => formatProblem(p, lang))
          .join('\n\n'),
      );
      print(`kuultu: ${say(lang, 'nothingWritten')}`);
      return 1;
    }
    mapping = parsed.mapping;
  }
  const resolver = new Resolver(mapping);
  const planned: Planned = { writes: new Map(), summary: [], wrote: [], problems: [] };
  const files = options.files.join(', ');
  const settings: Partial<Record<MappingSetting, string>> = {};
  const source = SOURCES[options.source];

  const inputs: { file: string; bytes: Uint8Array }[] = [];
  for (const file of options.files) {
    try {
      inputs.push({ file, bytes: readFileSync(file) });
    } catch {
      planned.problems.push(
        error(
          { file, line: 0, column: 0 },
          'import.file',
          {
            fi: 'tuotavaa tiedostoa ei ole.',
            sv: 'filen som ska importeras finns inte.',
            en: 'there is no such file to import.',
          },
          {
            expected: {
              fi: 'viedyn tiedoston polku siitä kansiosta, jossa komento ajetaan',
              sv: 'sökvägen till den exporterade filen från mappen där kommandot körs',
              en: 'the path of the exported file, from the folder you run the command in',
            },
            fix: {
              fi: 'tarkista tiedoston nimi ja kansio',
              sv: 'kontrollera filens namn och mapp',
              en: 'check the file name and folder',
            },
          },
        ),
      );
    }
  }

  if (source.kind === 'feedback' && planned.problems.length === 0) {
    const requests: ServiceRequest[] = [];
    for (const { file, bytes } of inputs) {
      const text = new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .trimStart();
      if (/\.json$/i.test(file) || text.startsWith('[') || text.startsWith('{')) {
        const parsed = parseOpen311Json(file, text);
        requests.push(...parsed.requests);
        planned.problems.push(...parsed.problems);
      } else {
        const read = sheetFromCsv(file, bytes, HELSINKI_CSV_COLUMNS);
        planned.problems.push(...read.problems);
        if (read.sheet) {
          const parsed = parseOpen311Csv(read.sheet);
          requests.push(...parsed.requests);
          planned.problems.push(...parsed.problems);
        }
      }
    }
    const unique = dropDuplicateRequests(requests);
    const type = mapping.settings.type;
    settings.type = type ?? '';
    if (!type || !(FEEDBACK_TYPES as readonly string[]).includes(type))
      planned.problems.push(settingProblem('type', mappingFile, FEEDBACK_TYPES, type));
    const converted = requestsToFeedback(unique.requests, {
      themes: themeNames(project),
      resolver,
      type,
      timeZone: project.site.timezone,
      // The placeholder is part of the data, so it is in the site's language, not the message language.
      lang: project.defaultLang,
    });
    planned.problems.push(...converted.problems);
    const read = [say(lang, 'requests', { n: requests.length })];
    if (unique.duplicates > 0) read.push(say(lang, 'duplicates', { n: unique.duplicates }));
    planned.summary.push(say(lang, 'read', { files, what: read.join(', ') }));
    const redacted = Object.values(converted.redacted).reduce((n, k) => n + k, 0);
    if (redacted > 0)
      planned.summary.push(
        say(lang, 'redacted', {
          n: redacted,
          kinds: Object.keys(converted.redacted)
            .map((k) => PERSONAL_DATA_WORDS[k]?.[lang] ?? k)
            .join(', '),
        }),
      );
    if (converted.cut > 0) planned.summary.push(say(lang, 'cut', { n: converted.cut }));
    const target = `data/feedback/${options.source}.csv`;
    const existing = readExisting(options.root, target, FEEDBACK_HEADER_ALIASES, planned.problems);
    if (existing !== 'broken' && planned.problems.every((p) => p.severity !== 'error')) {
      const merged = mergeFeedback(headed(options.root, existing, FEEDBACK_HEADERS), converted.rows);
      if (planWrite(options.root, target, merged.table, planned))
        planned.wrote.push(
          say(lang, 'wrote', {
            file: target,
            added: merged.added,
            replaced: merged.replaced,
            unchanged: merged.unchanged,
          }),
        );
      else planned.wrote.push(say(lang, 'unchanged', { file: target }));
    }
  }

  if (source.kind === 'survey' && planned.problems.length === 0) {
    const spec = (source as { survey: NonNullable<(typeof SOURCES)['forms']['survey']> }).survey;
    const questions = surveyQuestions(project, options.survey!);
    if (!questions) {
      planned.problems.push(
        error(
          { file: `content/surveys/${project.defaultLang}/${options.survey}.mdx`, line: 0, column: 0 },
          'import.survey',
          {
            fi: `kyselyä "${options.survey}" ei ole.`,
            sv: `enkäten "${options.survey}" finns inte.`,
            en: `there is no survey "${options.survey}".`,
          },
          {
            expected: each((l) => `${ONE_OF[l]} ${project.surveys.map((s) => s.slug).join(', ') || '–'}`),
            fix: {
              fi: `kirjoita ensin kyselyn kysymykset tiedostoon content/surveys/${project.defaultLang}/${options.survey}.mdx tai korjaa --survey`,
              sv: `skriv först enkätens frågor i content/surveys/${project.defaultLang}/${options.survey}.mdx, eller rätta --survey`,
              en: `write the survey's questions in content/surveys/${project.defaultLang}/${options.survey}.mdx first, or correct --survey`,
            },
          },
        ),
      );
    } else {
      const totals = new Map<string, RoundCounts>();
      let respondents = 0;
      let incomplete = 0;
      let latest: string | undefined;
      let earliest: string | undefined;
      const personal = new Set<string>();
      const skipped = new Set<string>();
      for (const { file, bytes } of inputs) {
        const xlsx = source.format === 'xlsx' || (source.format === 'xlsx-or-csv' && /\.xlsx$/i.test(file));
        if (source.format === 'xlsx' && !/\.xlsx$/i.test(file)) {
          planned.problems.push(
            error(
              { file, line: 0, column: 0 },
              'import.not-xlsx',
              {
                fi: `${spec.tool} vie vastaukset Excel-työkirjana (.xlsx), ja tämä tiedosto ei ole sellainen.`,
                sv: `${spec.tool} exporterar svaren som Excel-arbetsbok (.xlsx), och den här filen är ingen sådan.`,
                en: `${spec.tool} exports are Excel workbooks (.xlsx), and this file is not one.`,
              },
              {
                expected: {
                  fi: 'Vastaukset-välilehden ”Avaa Excelissä” -toiminnon .xlsx-tiedosto',
                  sv: '.xlsx-filen från ”Öppna i Excel” på fliken Svar',
                  en: 'the .xlsx file from "Open in Excel" on the Responses tab',
                },
                fix: {
                  fi: 'lataa vastaukset uudelleen Excel-muodossa ja anna tuonnille se tiedosto',
                  sv: 'ladda ner svaren igen som Excel och ge importen den filen',
                  en: 'download the responses again as Excel and give that file to the import',
                },
              },
            ),
          );
          continue;
        }
        const read = await readSheet(file, bytes, xlsx);
        planned.problems.push(...read.problems);
        if (!read.sheet) continue;
        const counted = countResponses(read.sheet, spec, questions, resolver, { timeZone: project.site.timezone });
        planned.problems.push(...counted.problems);
        respondents += counted.respondents;
        incomplete += counted.incomplete;
        for (const h of counted.personal) personal.add(h);
        for (const h of counted.skipped) skipped.add(h);
        if (counted.latest && (!latest || counted.latest > latest)) latest = counted.latest;
        if (counted.earliest && (!earliest || counted.earliest < earliest)) earliest = counted.earliest;
        for (const c of counted.counts) {
          const t = totals.get(c.question) ?? { question: c.question, n1: 0, n2: 0, n3: 0, n4: 0, n5: 0, no_answer: 0 };
          for (const k of ['n1', 'n2', 'n3', 'n4', 'n5', 'no_answer'] as const) t[k] += c[k];
          totals.set(c.question, t);
        }
      }
      const read = [say(lang, 'respondents', { n: respondents })];
      if (incomplete > 0) read.push(say(lang, 'incomplete', { n: incomplete }));
      planned.summary.push(say(lang, 'read', { files, what: read.join(', ') }));
      if (personal.size > 0) planned.summary.push(say(lang, 'personal', { columns: [...personal].join(', ') }));
      if (skipped.size > 0) planned.summary.push(say(lang, 'skippedColumns', { columns: [...skipped].join(', ') }));
      const round = options.round ?? latest;
      if (!round && planned.problems.every((p) => p.severity !== 'error')) {
        planned.problems.push(
          error(
            { file: options.files[0]!, line: 1, column: 0 },
            'import.round',
            {
              fi: 'viennissä ei ole vastausaikoja, joten kuultu ei tiedä kierroksen päivää.',
              sv: 'exporten har inga svarstider, så kuultu vet inte omgångens datum.',
              en: 'the export has no completion times, so kuultu cannot tell the date of the round.',
            },
            {
              expected: {
                fi: 'vastausaikasarake tai --round',
                sv: 'en kolumn med svarstiden, eller --round',
                en: 'a column with the response time, or --round',
              },
              fix: {
                fi: 'lisää --round ja kierroksen päättymispäivä, esimerkiksi --round 31.3.2026',
                sv: 'lägg till --round med dagen då omgången stängdes, till exempel --round 31.3.2026',
                en: 'add --round with the day the round closed, e.g. --round 31.3.2026',
              },
            },
          ),
        );
      }
      const target = `data/surveys/${options.survey}.csv`;
      const existing = readExisting(options.root, target, SURVEY_RESULT_HEADER_ALIASES, planned.problems);
      if (round && existing !== 'broken' && planned.problems.every((p) => p.severity !== 'error')) {
        const counts = questions.ids.filter((id) => totals.has(id)).map((id) => totals.get(id)!);
        const merged = mergeSurvey(
          headed(options.root, existing, SURVEY_RESULT_HEADERS),
          round,
          { from: earliest ?? round, to: latest ?? round },
          counts,
          questions.ids,
        );
        const replaced = merged.replacedRounds.filter((r) => r !== round);
        if (planWrite(options.root, target, merged.table, planned)) {
          planned.wrote.push(say(lang, 'wroteRound', { file: target, round, questions: counts.length }));
          if (replaced.length > 0) planned.wrote.push(say(lang, 'replacedRounds', { rounds: replaced.join(', ') }));
        } else planned.wrote.push(say(lang, 'unchanged', { file: target }));
      }
    }
  }

  if (source.kind === 'actions' && planned.problems.length === 0) {
    settings.unit = mapping.settings.unit ?? project.site.organisation[project.defaultLang] ?? '';
    settings.influence = mapping.settings.influence ?? '';
    const influence = mapping.settings.influence;
    if (!influence || !(INFLUENCES as readonly string[]).includes(influence))
      planned.problems.push(settingProblem('influence', mappingFile, INFLUENCES, influence));
    let results = 0;
    const actions = [];
    for (const { file, bytes } of inputs) {
      const read = sheetFromCsv(file, bytes);
      planned.problems.push(...read.problems);
      if (!read.sheet) continue;
      const converted = decidimActions(read.sheet, {
        languages: project.languages,
        themes: themeNames(project),
        resolver,
        unit: settings.unit,
        influence,
        timeZone: project.site.timezone,
      });
      planned.problems.push(...converted.problems);
      actions.push(...converted.actions);
      // A file that is not a Decidim export has rows, but no results.
      if (!converted.problems.some((p) => p.code === 'decidim.not-export')) results += read.sheet.rows.length;
    }
    planned.summary.push(say(lang, 'read', { files, what: say(lang, 'results', { n: results }) }));
    const target = 'data/actions.csv';
    const existing = readExisting(options.root, target, ACTION_HEADER_ALIASES, planned.problems);
    if (existing !== 'broken' && planned.problems.every((p) => p.severity !== 'error')) {
      const merged = mergeActions(headed(options.root, existing, ACTION_HEADERS), actions, project.languages);
      if (planWrite(options.root, target, merged.table, planned))
        planned.wrote.push(
          say(lang, 'wrote', {
            file: target,
            added: merged.added,
            replaced: merged.replaced,
            unchanged: merged.unchanged,
          }),
        );
      else planned.wrote.push(say(lang, 'unchanged', { file: target }));
    }
  }

  // A wrong export (not the tool's, a 7 on a 1–5 scale, a request without its id) writes nothing,
  // the mapping file included: its values would be a wrong file's. On the first import its mapping
  // lines are not asked for either — there is no file to write them in yet — only the export's errors.
  const exportWrong = planned.problems.some((p) => p.severity === 'error' && !isMappingProblem(p));
  const writesMapping = firstImport && !exportWrong;
  if (firstImport && exportWrong) {
    planned.problems = planned.problems.filter((p) => !isMappingProblem(p));
    planned.summary.push(say(lang, 'mappingLater', { file: mappingFile }));
  } else
    for (const u of resolver.unmapped)
      planned.problems.push(
        unmappedProblem(u, mappingFile, project, options.survey, writesMapping || resolver.blank(u.section, u.key)),
      );

  if (writesMapping) {
    const text = renderMapping(lang, options.source, mappingFile, resolver.lines, settings, {
      questions: questionList(project, options.survey, lang).map(([qid, text]) => `${qid}: ${text}`),
    });
    mkdirSync(dirname(mappingAbs), { recursive: true });
    writeFileSync(mappingAbs, text);
    planned.summary.push(say(lang, 'mappingWritten', { file: mappingFile }));
  }

  const errors = planned.problems.filter((p) => p.severity === 'error');
  if (planned.problems.length > 0)
    print(
      sortProblems(planned.problems)
        .map((p) => formatProblem(p, lang))
        .join('\n\n'),
    );
  if (errors.length > 0) {
    if (planned.summary.length > 0) print(planned.summary.map((l) => `kuultu: ${l}`).join('\n'));
    print(`kuultu: ${say(lang, 'nothingWritten')}`);
    return 1;
  }
  for (const [file, text] of planned.writes) {
    const path = join(options.root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }
  print([...planned.summary, ...planned.wrote].map((l) => `kuultu: ${l}`).join('\n'));
  print(`kuultu: ${say(lang, 'validating')}`);
  const after = await loadProject(options.root, env);
  print(renderReport(after.problems, { counts: after.counts }, cli));
  return after.project && !fails(after.problems, false) ? 0 : 1;
}
