/**
 * What `npm run new -- <kind> …` writes: the files of a new theme, body, meeting, survey,
 * survey round, vote, free page or action, in every language of the site, valid as written.
 * The keys come from the schemas — a default-language file gets its schema's keys, a
 * translation exactly its translation schema's keys — so a key added to a schema reaches the
 * new files (and the templates built from them) without a list to update here. Pure: the
 * command reads the site, hands in what it knows, and writes what comes back.
 */
import type { Lang, Text } from '../core/lang.ts';
import { finnishDate } from '../core/dates.ts';
import { ACTION_COLUMNS } from '../schemas/action.ts';
import { actionUpdateRowSchema } from '../schemas/action-update.ts';
import { columnsOf } from '../schemas/columns.ts';
import type { BODY_KINDS } from '../schemas/body.ts';
import { ID_PATTERN, slugify } from '../schemas/fields.ts';
import { CONTENT_KINDS, type ContentKind } from '../schemas/kinds.ts';
import { SurveyResultRowSchema } from '../schemas/survey-results.ts';
import { voteResultRowSchema } from '../schemas/vote-results.ts';
import { addDays } from './periods.ts';

/** A frontmatter value: text, a list (`- item` lines) or a map (`id: text` lines); undefined writes an empty key. */
export type YamlValue = string | number | readonly string[] | Readonly<Record<string, string>> | undefined;

export interface NewFile {
  file: string;
  text: string;
}

/** A new CSV file, or rows for an existing one; cells by canonical column name. */
export interface CsvRows {
  file: string;
  /** Canonical columns in order, for a file that does not exist yet. */
  columns: readonly string[];
  rows: readonly Readonly<Record<string, string>>[];
}

export interface Scaffold {
  files: NewFile[];
  csv: CsvRows[];
  /** The file the author should open next. */
  next: string;
}

export interface SiteFacts {
  languages: readonly Lang[];
  asOf: string;
  themes: ReadonlySet<string>;
  bodies: ReadonlyMap<string, { kind: string }>;
  surveys: ReadonlyMap<string, { questions: readonly string[] }>;
  actionIds: readonly string[];
  /** The body's latest meeting, to take its place and times from. */
  lastMeeting: (body: string) => { start?: string; end?: string; place: Partial<Record<Lang, string>> } | undefined;
}

export type ScaffoldResult = { ok: true; scaffold: Scaffold } | { ok: false; problem: Text };

/** The keys of a kind's default-language file and of its translations, from the registry's schemas. */
function keysOf(kind: ContentKind): { main: readonly string[]; translation: readonly string[] } {
  const { schema, translation } = CONTENT_KINDS[kind];
  return { main: Object.keys(schema.shape), translation: Object.keys(translation.shape) };
}

function needsQuotes(text: string): boolean {
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text)) return false;
  return (
    text === '' ||
    /^[\s\d\-?!&*#|>%@`'"[\]{},]/.test(text) ||
    /[:#]\s|:$|\s$/.test(text) ||
    /^(yes|no|true|false|null|on|off|y|n|~)$/i.test(text)
  );
}

function scalar(text: string): string {
  return needsQuotes(text) ? JSON.stringify(text) : text;
}

/** Frontmatter in the schema's key order, then the body text. */
export function mdx(keys: readonly string[], values: Readonly<Record<string, YamlValue>>, body: string): string {
  const lines = ['---'];
  for (const key of keys) {
    const value = values[key];
    if (value === undefined) lines.push(`${key}:`);
    else if (typeof value === 'number') lines.push(`${key}: ${value}`);
    else if (typeof value === 'string') lines.push(`${key}: ${scalar(value)}`);
    else if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((v: string) => `  - ${scalar(v)}`));
    else lines.push(`${key}:`, ...Object.entries(value).map(([k, v]) => `  ${k}: ${scalar(v)}`));
  }
  lines.push('---', body, '');
  return lines.join('\n');
}

/** `lasten-parlamentti` → `Lasten parlamentti`: a title to start from when none was given. */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const P = {
  summary: {
    fi: 'Kirjoita tähän yksi virke, joka kertoo, mistä on kyse.',
    sv: 'Skriv här en mening som berättar vad det gäller.',
    en: 'Write one sentence here that says what this is about.',
  },
  themeBody: {
    fi: 'Kirjoita tähän, mitä teema koskee ja miten asukkaat voivat antaa siitä palautetta.',
    sv: 'Skriv här vad temat gäller och hur invånarna kan ge respons om det.',
    en: 'Write here what the theme covers and how residents can give feedback on it.',
  },
  cadence: { fi: 'kaksi kertaa vuodessa', sv: 'två gånger om året', en: 'twice a year' },
  bodyBody: {
    fi: 'Kirjoita tähän, keitä toimielimessä on ja miten siihen pääsee mukaan.',
    sv: 'Skriv här vilka som sitter i organet och hur man kommer med.',
    en: 'Write here who sits on the body and how to join.',
  },
  place: { fi: 'Kirjoita kokouspaikka', sv: 'Skriv mötesplatsen', en: 'Write the meeting place' },
  agenda: { fi: 'Ensimmäinen esityslistan asia', sv: 'Första ärendet på listan', en: 'The first agenda item' },
  meetingBody: {
    fi: 'Kirjoita tähän kokouksen jälkeen yhteenveto tai pöytäkirja.',
    sv: 'Skriv här efter mötet en sammanfattning eller protokollet.',
    en: 'After the meeting, write a summary or the minutes here.',
  },
  scale: {
    fi: ['Erittäin huono', 'Huono', 'Kohtalainen', 'Hyvä', 'Erittäin hyvä'],
    sv: ['Mycket dålig', 'Dålig', 'Varken bra eller dålig', 'Bra', 'Mycket bra'],
    en: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
  },
  question: {
    fi: 'Kirjoita tähän ensimmäinen kysymys?',
    sv: 'Skriv här den första frågan?',
    en: 'Write the first question here?',
  },
  surveyBody: {
    fi: 'Kirjoita tähän, kenelle kysely tehtiin ja milloin.',
    sv: 'Skriv här vem enkäten riktade sig till och när.',
    en: 'Write here who the survey was for and when.',
  },
  voteBody: {
    fi: 'Kirjoita tähän, mistä äänestettiin ja kuka sai äänestää.',
    sv: 'Skriv här vad omröstningen gällde och vem som fick rösta.',
    en: 'Write here what was voted on and who could vote.',
  },
  option: { fi: 'Vaihtoehto', sv: 'Alternativ', en: 'Option' },
  pageBody: {
    fi: 'Kirjoita sivun teksti tähän.',
    sv: 'Skriv sidans text här.',
    en: 'Write the text of the page here.',
  },
  actionTitle: {
    fi: 'Kirjoita toimenpiteen otsikko',
    sv: 'Skriv åtgärdens rubrik',
    en: 'Write the title of the action',
  },
  unit: { fi: 'Vastuuyksikkö', sv: 'Ansvarig enhet', en: 'Responsible unit' },
  actionNote: { fi: 'Toimenpide avattiin.', sv: 'Åtgärden inleddes.', en: 'The action was opened.' },
} satisfies Record<string, Text | Record<Lang, string[]>>;

const SCAFFOLD_PROBLEMS = {
  slug: {
    fi: 'nimi "{value}" ei kelpaa verkko-osoitteeseen: käytä kirjaimia a–z, numeroita ja viivoja, esim. {example}.',
    sv: 'namnet "{value}" duger inte i en webbadress: använd bokstäverna a–z, siffror och bindestreck, t.ex. {example}.',
    en: 'the name "{value}" cannot be used in a web address: use letters a–z, digits and hyphens, e.g. {example}.',
  },
  body: {
    fi: 'toimielintä "{value}" ei ole (content/bodies/{lang}/{value}.mdx puuttuu). Toimielimet: {known}. Luo ensin: npm run new -- body {value}',
    sv: 'organet "{value}" finns inte (content/bodies/{lang}/{value}.mdx saknas). Organ: {known}. Skapa det först: npm run new -- body {value}',
    en: 'there is no body "{value}" (no content/bodies/{lang}/{value}.mdx). Bodies: {known}. Create it first: npm run new -- body {value}',
  },
  theme: {
    fi: 'teemaa "{value}" ei ole (content/themes/{lang}/{value}.mdx puuttuu). Teemat: {known}.',
    sv: 'temat "{value}" finns inte (content/themes/{lang}/{value}.mdx saknas). Teman: {known}.',
    en: 'there is no theme "{value}" (no content/themes/{lang}/{value}.mdx). Themes: {known}.',
  },
  survey: {
    fi: 'kyselyä "{value}" ei ole (content/surveys/{lang}/{value}.mdx puuttuu). Kyselyt: {known}.',
    sv: 'enkäten "{value}" finns inte (content/surveys/{lang}/{value}.mdx saknas). Enkäter: {known}.',
    en: 'there is no survey "{value}" (no content/surveys/{lang}/{value}.mdx). Surveys: {known}.',
  },
  counts: {
    fi: 'kierroksen vastausmäärät puuttuvat: anna jokaiselle kysymykselle ({known}) viisi lukua n1–n5 pilkuin erotettuina, esim. npm run new -- survey-round {value} {date} {example}',
    sv: 'omgångens svarsantal saknas: ge för varje fråga ({known}) fem tal n1–n5 åtskilda med kommatecken, t.ex. npm run new -- survey-round {value} {date} {example}',
    en: "the round's answer counts are missing: give each question ({known}) five numbers n1–n5 separated by commas, e.g. npm run new -- survey-round {value} {date} {example}",
  },
  date: {
    fi: 'päivä "{value}" ei ole päivämäärä: kirjoita se muodossa p.k.vvvv, esim. 14.4.2027.',
    sv: 'dagen "{value}" är inte ett datum: skriv den som d.m.åååå, t.ex. 14.4.2027.',
    en: 'date "{value}" is not a date: write it as d.m.yyyy, e.g. 14.4.2027.',
  },
} satisfies Record<string, Text>;

export type ScaffoldProblem = keyof typeof SCAFFOLD_PROBLEMS;

function problem(kind: ScaffoldProblem, values: Readonly<Record<string, string>>): ScaffoldResult {
  const text = SCAFFOLD_PROBLEMS[kind];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
  return { ok: false, problem: { fi: fill(text.fi), sv: fill(text.sv), en: fill(text.en) } };
}

/** One file per language: the default with the schema's keys, each translation with its own keys. */
function perLanguage(
  facts: SiteFacts,
  kind: ContentKind,
  slug: string,
  keys: { main: readonly string[]; translation: readonly string[] },
  values: (lang: Lang) => Readonly<Record<string, YamlValue>>,
  body: (lang: Lang) => string,
): NewFile[] {
  return facts.languages.map((lang, i) => ({
    file: `content/${kind}/${lang}/${slug}.mdx`,
    text: mdx(i === 0 ? keys.main : keys.translation, values(lang), body(lang)),
  }));
}

function checkSlug(slug: string | undefined, example: string): ScaffoldResult | undefined {
  if (slug && ID_PATTERN.test(slug)) return undefined;
  return problem('slug', { value: slug ?? '', example: slugify(slug ?? '') || example });
}

const main = (facts: SiteFacts) => facts.languages[0] ?? 'fi';

export function newTheme(facts: SiteFacts, slug: string, title?: string): ScaffoldResult {
  const bad = checkSlug(slug, 'uimahallit');
  if (bad) return bad;
  const files = perLanguage(
    facts,
    'themes',
    slug,
    keysOf('themes'),
    (lang) => ({ title: title ?? titleFromSlug(slug), summary: P.summary[lang] }),
    (lang) => P.themeBody[lang],
  );
  return { ok: true, scaffold: { files, csv: [], next: files[0]!.file } };
}

/** A body's kind guessed from its name (`nuorisovaltuusto` → youth-council), else `other`. */
export function guessBodyKind(slug: string): (typeof BODY_KINDS)[number] {
  const s = slug.toLowerCase();
  if (/parlament/.test(s)) return 'children-parliament';
  if (/nuoriso|ungdom|youth/.test(s)) return 'youth-council';
  if (/asiakas|kund|customer/.test(s)) return 'customer-panel';
  if (/oppilas|elev|pupil/.test(s)) return 'pupil-council';
  if (/neuvosto|råd|council/.test(s)) return 'council';
  return 'other';
}

export function newBody(facts: SiteFacts, slug: string, name?: string): ScaffoldResult {
  const bad = checkSlug(slug, 'vammaisneuvosto');
  if (bad) return bad;
  const files = perLanguage(
    facts,
    'bodies',
    slug,
    keysOf('bodies'),
    (lang) => ({ name: name ?? titleFromSlug(slug), kind: guessBodyKind(slug), cadence: P.cadence[lang] }),
    (lang) => P.bodyBody[lang],
  );
  return { ok: true, scaffold: { files, csv: [], next: files[0]!.file } };
}

/** `2027-04-lasten-parlamentti`, as the example city names its meetings; a second one that month gets `-2`. */
export function meetingId(body: string, date: string, taken: (id: string) => boolean): string {
  const base = `${date.slice(0, 7)}-${body}`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function newMeeting(
  facts: SiteFacts,
  body: string,
  date: string,
  taken: (id: string) => boolean,
): ScaffoldResult {
  const lang0 = main(facts);
  if (!facts.bodies.has(body))
    return problem('body', { value: body, lang: lang0, known: [...facts.bodies.keys()].join(', ') || '–' });
  const slug = meetingId(body, date, taken);
  const last = facts.lastMeeting(body);
  const files = perLanguage(
    facts,
    'meetings',
    slug,
    keysOf('meetings'),
    (lang) => ({
      body,
      date: finnishDate(date),
      start: last?.start ?? '17:00',
      end: last?.end,
      place: last?.place[lang] ?? P.place[lang],
      status: date < facts.asOf ? 'held' : 'planned',
      agenda: [P.agenda[lang]],
    }),
    (lang) => (date < facts.asOf ? P.meetingBody[lang] : ''),
  );
  return { ok: true, scaffold: { files, csv: [], next: files[0]!.file } };
}

export function newSurvey(facts: SiteFacts, slug: string, title?: string): ScaffoldResult {
  const bad = checkSlug(slug, 'liikuntakysely-2027');
  if (bad) return bad;
  const files = perLanguage(
    facts,
    'surveys',
    slug,
    keysOf('surveys'),
    (lang) => ({
      title: title ?? titleFromSlug(slug),
      scale: P.scale[lang],
      questions: { kysymys1: P.question[lang] },
    }),
    (lang) => P.surveyBody[lang],
  );
  const columns = columnsOf(SurveyResultRowSchema.shape, facts.languages).map((c) => c.name);
  return {
    ok: true,
    scaffold: { files, csv: [{ file: `data/surveys/${slug}.csv`, columns, rows: [] }], next: files[0]!.file },
  };
}

/** One row per question of the survey, with the counts given for it (`10,20,40,25,5`). */
export function newSurveyRound(
  facts: SiteFacts,
  survey: string,
  round: string,
  counts: readonly string[],
): ScaffoldResult {
  const known = facts.surveys.get(survey);
  if (!known)
    return problem('survey', { value: survey, lang: main(facts), known: [...facts.surveys.keys()].join(', ') || '–' });
  const parsed = counts.map((c) => c.split(/[,;]/).map((n) => n.trim()));
  const valid =
    parsed.length === known.questions.length &&
    parsed.every((ns) => ns.length === 5 && ns.every((n) => /^\d+$/.test(n)));
  if (!valid)
    return problem('counts', {
      value: survey,
      date: finnishDate(round),
      known: known.questions.join(', '),
      example: known.questions.map(() => '10,20,40,25,5').join(' '),
    });
  const rows = known.questions.map((question, i) => {
    const [n1, n2, n3, n4, n5] = parsed[i]!;
    return { round: finnishDate(round), question, n1: n1!, n2: n2!, n3: n3!, n4: n4!, n5: n5! };
  });
  const columns = columnsOf(SurveyResultRowSchema.shape, facts.languages).map((c) => c.name);
  const file = `data/surveys/${survey}.csv`;
  return { ok: true, scaffold: { files: [], csv: [{ file, columns, rows }], next: file } };
}

export function newVote(
  facts: SiteFacts,
  slug: string,
  opens: string | undefined,
  closes: string | undefined,
  options: readonly string[],
): ScaffoldResult {
  const bad = checkSlug(slug, 'teemapaiva-2027');
  if (bad) return bad;
  const from = opens ?? facts.asOf;
  const to = closes ?? addDays(from, 14);
  const files = perLanguage(
    facts,
    'votes',
    slug,
    keysOf('votes'),
    () => ({ title: titleFromSlug(slug), opens: finnishDate(from), closes: finnishDate(to) }),
    (lang) => P.voteBody[lang],
  );
  const languages = facts.languages;
  const names = options.length > 0 ? options : ['1', '2'].map((n) => `${P.option[main(facts)]} ${n}`);
  const rows = names.map((name, i) => ({
    ...Object.fromEntries(
      languages.map((lang, l) => [
        `option_${lang}`,
        l === 0 ? name : options.length > 0 ? '' : `${P.option[lang]} ${i + 1}`,
      ]),
    ),
    votes: '0',
  }));
  const columns = columnsOf(voteResultRowSchema(languages).shape, languages).map((c) => c.name);
  return {
    ok: true,
    scaffold: { files, csv: [{ file: `data/votes/${slug}.csv`, columns, rows }], next: files[0]!.file },
  };
}

export function newPage(facts: SiteFacts, slug: string, title?: string): ScaffoldResult {
  const bad = checkSlug(slug, 'palautteen-kasittely');
  if (bad) return bad;
  const files = perLanguage(
    facts,
    'pages',
    slug,
    keysOf('pages'),
    (lang) => ({ title: title ?? titleFromSlug(slug), summary: P.summary[lang] }),
    (lang) => P.pageBody[lang],
  );
  return { ok: true, scaffold: { files, csv: [], next: files[0]!.file } };
}

/** The next free id of the as-of year: A-2026-017 after A-2026-016. */
export function nextActionId(ids: readonly string[], asOf: string): string {
  const year = asOf.slice(0, 4);
  const prefix = `A-${year}-`;
  const numbers = ids.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)) || 0);
  return `${prefix}${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

/** A planned action opened on the as-of date: a row in actions.csv and its first timeline row. */
export function newAction(facts: SiteFacts, theme: string, title?: string): ScaffoldResult {
  const lang0 = main(facts);
  if (!facts.themes.has(theme))
    return problem('theme', { value: theme, lang: lang0, known: [...facts.themes].join(', ') || '–' });
  const id = nextActionId(facts.actionIds, facts.asOf);
  const opened = finnishDate(facts.asOf);
  const row = {
    id,
    [`title_${lang0}`]: title ?? P.actionTitle[lang0],
    themes: theme,
    status: 'planned',
    opened,
    unit: P.unit[lang0],
    influence: 'own',
  };
  const update = { action: id, date: opened, status: 'planned', progress: '0', [`note_${lang0}`]: P.actionNote[lang0] };
  const languages = facts.languages;
  return {
    ok: true,
    scaffold: {
      files: [],
      csv: [
        { file: 'data/actions.csv', columns: ACTION_COLUMNS(languages), rows: [row] },
        {
          file: 'data/action-updates.csv',
          columns: columnsOf(actionUpdateRowSchema(languages).shape, languages).map((c) => c.name),
          rows: [update],
        },
      ],
      next: 'data/actions.csv',
    },
  };
}
