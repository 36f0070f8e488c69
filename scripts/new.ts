/**
 * `npm run new -- <kind> …` [--root DIR] [--lang fi|sv|en]: start a theme, body, meeting,
 * survey, survey round, vote, free page or action in one step. The files are written in every
 * language of the site, pre-filled and valid as written (the validator checks them before
 * anything is written), an existing file is never overwritten, and the command says which
 * file to edit next.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { count, type Lang, type Text } from '../src/core/lang.ts';
import { parseDate } from '../src/core/dates.ts';
import { appendRecord, encodeCsv, openCsv, type CsvLayout } from '../src/csv/edit.ts';
import { readCsv } from '../src/csv/read.ts';
import {
  newAction,
  newBody,
  newMeeting,
  newPage,
  newSurvey,
  newSurveyRound,
  newTheme,
  newVote,
  type CsvRows,
  type ScaffoldResult,
  type SiteFacts,
} from '../src/domain/scaffold.ts';
import { allAliases, headerIn, type HeaderAliases } from '../src/schemas/columns.ts';
import { DATA_FILES } from '../src/schemas/kinds.ts';
import type { Project } from '../src/schemas/project.ts';
import { siteHeaderLanguage } from '../src/validate/data-files.ts';
import { loadProject } from '../src/validate/load-project.ts';
import { fill, formatProblems, newErrors, parseCommand, runCommand, type CommandIo } from './lib/command.ts';

const USAGE: Text = {
  fi: `käyttö: npm run new -- <laji> …, jossa laji on
  theme <tunnus> ["Otsikko"]          teema
  body <tunnus> ["Nimi"]              toimielin
  meeting <toimielin> <päivä>          kokous, esim. npm run new -- meeting lasten-parlamentti 14.4.2027
  survey <tunnus> ["Otsikko"]         kysely
  survey-round <kysely> <päivä> <n1,n2,n3,n4,n5 joka kysymykselle>   kyselykierros
  vote <tunnus> [avautuu] [sulkeutuu] ["Vaihtoehto" …]   äänestys
  page <tunnus> ["Otsikko"]           vapaa sivu
  action <teema> ["Otsikko"]          toimenpide`,
  sv: `användning: npm run new -- <typ> …, där typ är
  theme <id> ["Rubrik"]               tema
  body <id> ["Namn"]                  organ
  meeting <organ> <dag>               möte, t.ex. npm run new -- meeting lasten-parlamentti 14.4.2027
  survey <id> ["Rubrik"]              enkät
  survey-round <enkät> <dag> <n1,n2,n3,n4,n5 för varje fråga>   enkätomgång
  vote <id> [öppnar] [stänger] ["Alternativ" …]   omröstning
  page <id> ["Rubrik"]                fri sida
  action <tema> ["Rubrik"]            åtgärd`,
  en: `usage: npm run new -- <kind> …, where kind is
  theme <slug> ["Title"]
  body <slug> ["Name"]
  meeting <body> <date>               e.g. npm run new -- meeting lasten-parlamentti 14.4.2027
  survey <slug> ["Title"]
  survey-round <survey> <date> <n1,n2,n3,n4,n5 for each question>
  vote <slug> [opens] [closes] ["Option" …]
  page <slug> ["Title"]               a free page
  action <theme> ["Title"]`,
};

const W = {
  invalid: {
    fi: 'uutta ei voi lisätä, kun tiedostoissa on virheitä; korjaa ensin nämä:',
    sv: 'inget nytt kan läggas till medan filerna har fel; rätta först dessa:',
    en: 'nothing new can be added while the files have errors; fix these first:',
  },
  exists: {
    fi: '{file} on jo olemassa, eikä sitä kirjoiteta yli. Valitse toinen tunnus, tai muokkaa tiedostoa.',
    sv: '{file} finns redan och skrivs inte över. Välj ett annat id, eller redigera filen.',
    en: '{file} already exists and is not overwritten. Choose another name, or edit that file.',
  },
  date: {
    fi: 'päivä "{value}" ei ole päivämäärä: kirjoita se muodossa p.k.vvvv, esim. 14.4.2027.',
    sv: 'dagen "{value}" är inte ett datum: skriv den som d.m.åååå, t.ex. 14.4.2027.',
    en: 'date "{value}" is not a date: write it as d.m.yyyy, e.g. 14.4.2027.',
  },
  refused: {
    fi: 'tiedostoja ei kirjoitettu, koska tarkistus hylkäisi ne (vika kuultussa, ei sinun tiedoissasi):',
    sv: 'filerna skrevs inte, eftersom kontrollen skulle avvisa dem (ett fel i kuultu, inte i dina data):',
    en: 'nothing was written, because the validator would refuse it (a bug in kuultu, not in your data):',
  },
  created: { fi: 'luotu', sv: 'skapad', en: 'created' },
  next: { fi: 'Muokkaa seuraavaksi: {file}', sv: 'Redigera härnäst: {file}', en: 'Edit next: {file}' },
} satisfies Record<string, Text>;

const ROWS = {
  one: { fi: 'rivi lisätty', sv: 'rad tillagd', en: 'row added' },
  many: { fi: 'riviä lisätty', sv: 'rader tillagda', en: 'rows added' },
};

const ACTIONS_FILE = DATA_FILES.actions.file;

/** The headers of the registry's data set a file belongs to (`data/surveys/<survey id>.csv` matches data/surveys/x.csv). */
function headersOf(file: string): HeaderAliases {
  const pattern = (spec: string) => new RegExp(`^${spec.replace(/[.]/g, '\\.').replace(/<[^>]+>|\*/g, '[^/]+')}$`);
  return Object.values(DATA_FILES).find((s) => pattern(s.file).test(file))?.headers ?? { fi: {}, sv: {} };
}

const aliasesOf = (file: string) => allAliases(headersOf(file));

/** How Finnish Excel saves a CSV, for files the site does not have yet (unless actions.csv shows another way). */
const EXCEL: CsvLayout = { delimiter: ';', lineEnd: '\r\n', encoding: 'utf-8', bom: true, finalNewline: true };

/**
 * How a file the site does not have yet is written: as the site's actions.csv is — its separator,
 * line ends and byte-order mark, and its headings' language (a team that heads its columns in
 * Finnish gets `kierros;kysymys;…`, as in templates/csv-fi/) — else as Finnish Excel saves, in English.
 */
function siteStyle(root: string): { layout: CsvLayout; lang: Lang } {
  const path = join(root, ACTIONS_FILE);
  const bytes = existsSync(path) ? readFileSync(path) : undefined;
  const layout = bytes && openCsv(bytes)?.layout;
  if (!layout) return { layout: EXCEL, lang: 'en' };
  return { layout: { ...layout, encoding: 'utf-8' }, lang: siteHeaderLanguage(root) };
}

/** A new file of `change`'s data set: its header line, written in the site's style. */
function headerOnly(root: string, change: CsvRows) {
  const { layout, lang } = siteStyle(root);
  const header = change.columns.map((c) => headerIn(c, headersOf(change.file), lang));
  return openCsv(encodeCsv(appendRecord({ text: '', layout }, header), layout));
}

/** The bytes of a CSV with the rows added: appended to the file as it is, or a new file with a header. */
function csvBytes(root: string, change: CsvRows): Uint8Array {
  const path = join(root, change.file);
  const aliases = aliasesOf(change.file);
  const existing = existsSync(path) ? readFileSync(path) : undefined;
  const csv = existing ? openCsv(existing) : headerOnly(root, change);
  const bytes = existing ?? encodeCsv(csv!.text, csv!.layout);
  const table = readCsv(change.file, bytes, { aliases }).table;
  if (!csv || !table) throw new Error(`${change.file} could not be read`);
  const width = csv.records[0]?.cells.length ?? change.columns.length;
  let text = csv.text;
  for (const row of change.rows) {
    const cells = Array.from({ length: width }, () => '');
    for (const [column, value] of Object.entries(row)) {
      const number = table.columnNumber[column];
      if (number !== undefined) cells[number - 1] = value;
    }
    text = appendRecord({ text, layout: csv.layout }, cells);
  }
  return encodeCsv(text, csv.layout);
}

function facts(project: Project): SiteFacts {
  const lang = project.defaultLang;
  return {
    languages: project.languages,
    asOf: project.asOf,
    themes: new Set(project.themes.map((t) => t.slug)),
    bodies: new Map(project.bodies.map((b) => [b.slug, { kind: b.data.kind }])),
    surveys: new Map(project.surveys.map((s) => [s.slug, { questions: Object.keys(s.data.questions) }])),
    actionIds: project.actions.map((a) => a.id),
    lastMeeting: (body) => {
      const last = project.meetings
        .filter((m) => m.data.body === body)
        .sort((a, b) => (a.data.date < b.data.date ? -1 : 1))
        .at(-1);
      if (!last) return undefined;
      const place: Partial<Record<Lang, string>> = { [lang]: last.data.place };
      for (const l of project.languages) {
        const translated = last.translations[l]?.data.place;
        if (l !== lang && translated) place[l] = translated;
      }
      const out: { start?: string; end?: string; place: Partial<Record<Lang, string>> } = { place };
      if (last.data.start) out.start = last.data.start;
      if (last.data.end) out.end = last.data.end;
      return out;
    },
  };
}

type DateArg = { ok: true; iso: string | undefined } | { ok: false; value: string };

function dateArg(value: string | undefined): DateArg {
  if (value === undefined) return { ok: true, iso: undefined };
  const parsed = parseDate(value);
  return parsed.ok ? { ok: true, iso: parsed.iso } : { ok: false, value };
}

function scaffoldFor(
  kind: string,
  args: readonly string[],
  site: SiteFacts,
  root: string,
): ScaffoldResult | DateArg | 'usage' {
  const [a, b, ...rest] = args;
  const taken = (id: string) => site.languages.some((l) => existsSync(join(root, `content/meetings/${l}/${id}.mdx`)));
  switch (kind) {
    case 'theme':
      return a ? newTheme(site, a, b) : 'usage';
    case 'body':
      return a ? newBody(site, a, b) : 'usage';
    case 'page':
      return a ? newPage(site, a, b) : 'usage';
    case 'survey':
      return a ? newSurvey(site, a, b) : 'usage';
    case 'action':
      return a ? newAction(site, a, b) : 'usage';
    case 'meeting': {
      const date = dateArg(b);
      if (!a || !b) return 'usage';
      return date.ok ? newMeeting(site, a, date.iso!, taken) : date;
    }
    case 'survey-round': {
      const date = dateArg(b);
      if (!a || !b) return 'usage';
      return date.ok ? newSurveyRound(site, a, date.iso!, rest) : date;
    }
    case 'vote': {
      if (!a) return 'usage';
      const dates = [b, rest[0]].filter((d) => d !== undefined && /^\d/.test(d));
      const opens = dateArg(dates[0]);
      const closes = dateArg(dates[1]);
      if (!opens.ok) return opens;
      if (!closes.ok) return closes;
      const options = [b, ...rest].filter((o): o is string => o !== undefined && !dates.includes(o));
      return newVote(site, a, opens.iso, closes.iso, options);
    }
    default:
      return 'usage';
  }
}

/** `survey round`, `free-page`, `sivu`: the spellings an author may reach for. */
function kindOf(words: readonly string[]): { kind: string; args: string[] } {
  const [first = '', second, ...rest] = words;
  const k = first.toLowerCase();
  if ((k === 'survey' || k === 'kysely') && (second === 'round' || second === 'kierros'))
    return { kind: 'survey-round', args: rest };
  const names: Record<string, string> = {
    teema: 'theme',
    toimielin: 'body',
    kokous: 'meeting',
    kysely: 'survey',
    kyselykierros: 'survey-round',
    'survey-round': 'survey-round',
    äänestys: 'vote',
    sivu: 'page',
    'free-page': 'page',
    toimenpide: 'action',
  };
  return { kind: names[k] ?? k, args: [second, ...rest].filter((w): w is string => w !== undefined) };
}

export async function main(io: CommandIo): Promise<number> {
  const parsed = parseCommand(io.argv, io.env, io.cwd);
  if (!parsed.ok) {
    io.print(`kuultu: ${parsed.message}`);
    return 1;
  }
  const { root, lang, words } = parsed.args;
  const { kind, args } = kindOf(words);
  const loaded = await loadProject(root, io.env);
  if (!loaded.project) {
    io.print(`kuultu: ${W.invalid[lang]}\n`);
    io.print(
      formatProblems(
        loaded.problems.filter((p) => p.severity === 'error'),
        lang,
      ),
    );
    return 1;
  }
  const result = scaffoldFor(kind, args, facts(loaded.project), root);
  if (result === 'usage') {
    io.print(`kuultu: ${USAGE[lang]}`);
    return 1;
  }
  if ('value' in result) {
    io.print(`kuultu: ${fill(lang, W.date, { value: result.value })}`);
    return 1;
  }
  if (!('scaffold' in result)) {
    io.print(`kuultu: ${'problem' in result ? result.problem[lang] : USAGE[lang]}`);
    return 1;
  }
  const { scaffold } = result;
  for (const f of scaffold.files) {
    if (existsSync(join(root, f.file))) {
      io.print(`kuultu: ${fill(lang, W.exists, { file: f.file })}`);
      return 1;
    }
  }
  const changes = new Map<string, Uint8Array>();
  for (const f of scaffold.files) changes.set(f.file, new TextEncoder().encode(f.text));
  for (const c of scaffold.csv) changes.set(c.file, csvBytes(root, c));
  const refused = await newErrors(root, changes, io.env);
  if (refused.length > 0) {
    io.print(`kuultu: ${W.refused[lang]}\n\n${formatProblems(refused, lang)}`);
    return 1;
  }
  const lines: string[] = [];
  for (const [file, bytes] of changes) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    const existed = existsSync(join(root, file));
    writeFileSync(join(root, file), bytes);
    const rows = scaffold.csv.find((c) => c.file === file)?.rows.length ?? 0;
    lines.push(`  ${existed ? count(rows, ROWS, lang) : W.created[lang]}: ${file}`);
  }
  io.print(`kuultu:\n${lines.join('\n')}\n${fill(lang, W.next, { file: scaffold.next })}`);
  return 0;
}

if (import.meta.main) process.exitCode = await runCommand(main);
