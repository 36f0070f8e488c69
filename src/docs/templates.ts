/**
 * `templates/`, generated from the schemas (`npm run templates`; a test fails when the folder is
 * out of date): a CSV per data kind, with English, Finnish and Swedish headers, in the form Finnish
 * Excel opens on double-click and saves back (`;`, UTF-8 with a byte-order mark, CRLF); and an
 * MDX per content kind and language where the body text explains every key, since a YAML
 * comment is one more thing an author can break. The MDX files are what `npm run new` writes.
 */
import type * as z from 'zod';
import type { Lang, Text } from '../core/lang.ts';
import { columnsOf, headerIn } from '../schemas/columns.ts';
import { fieldMeta, LANGUAGES } from '../schemas/fields.ts';
import {
  CONTENT_KIND_NAMES,
  CONTENT_KINDS,
  DATA_FILES,
  PER_ENTRY_NAMES,
  type ContentKind,
  type ContentKindSpec,
} from '../schemas/kinds.ts';
import {
  newBody,
  newMeeting,
  newPage,
  newSurvey,
  newTheme,
  newVote,
  mdx,
  type CsvRows,
  type ScaffoldResult,
  type SiteFacts,
} from '../domain/scaffold.ts';
import { objectShape } from '../validate/frontmatter.ts';

export interface TemplateFile {
  /** Under templates/, e.g. `csv-fi/actions.csv`. */
  path: string;
  text: string;
  /** Written with a byte-order mark (the CSV files). */
  bom: boolean;
}

/** Each data set of the registry, with where its template goes in a site. */
export const CSV_KINDS = Object.entries(DATA_FILES).map(([name, spec]) => ({
  name,
  target: spec.file,
  schema: spec.rowSchema(LANGUAGES),
  headers: spec.headers,
}));

/** The CSV templates' folders, by the language of their headers. */
export const CSV_VARIANTS = { en: 'csv-en', fi: 'csv-fi', sv: 'csv-sv' } as const satisfies Record<Lang, string>;

export function csvColumns(schema: z.ZodObject): string[] {
  return columnsOf(schema.shape as Record<string, z.ZodType>, LANGUAGES).map((c) => c.name);
}

const EXAMPLE_FACTS: SiteFacts = {
  languages: LANGUAGES,
  asOf: '2027-01-15',
  themes: new Set(['kirjastot']),
  bodies: new Map([['nuorisovaltuusto', { kind: 'youth-council' }]]),
  surveys: new Map(),
  actionIds: [],
  lastMeeting: () => ({
    start: '17:00',
    end: '19:00',
    place: { fi: 'Kunnantalo, valtuustosali', sv: 'Kommunhuset, fullmäktigesalen', en: 'Town hall, council chamber' },
  }),
};

/**
 * The example each content kind's template is made from: `npm run new` with these arguments; a
 * kind that `npm run new` does not make gives its `example` in the registry instead.
 */
const EXAMPLES: { [K in ContentKind]?: () => ScaffoldResult } = {
  themes: () => newTheme(EXAMPLE_FACTS, 'uimahallit', 'Uimahallit'),
  bodies: () => newBody(EXAMPLE_FACTS, 'vammaisneuvosto', 'Vammaisneuvosto'),
  meetings: () => newMeeting(EXAMPLE_FACTS, 'nuorisovaltuusto', '2027-04-14', () => false),
  surveys: () => newSurvey(EXAMPLE_FACTS, 'liikuntakysely', 'Liikuntakysely'),
  votes: () => newVote(EXAMPLE_FACTS, 'teemapaiva-2027', '2027-02-01', '2027-02-15', []),
  pages: () => newPage(EXAMPLE_FACTS, 'palautteen-kasittely', 'Palautteen käsittely'),
};

/** The name part of a path, in the file's language (an MDX body cannot hold a bare `<id>`). */
const ID_WORD: Text = { fi: 'tunnus', sv: 'id', en: 'id' };

const WORDS = {
  intro: {
    fi: 'Tämä on mallitiedosto. Tallenna se nimellä {file}, jossa tiedoston nimi on sivun tunnus (se näkyy verkko-osoitteessa), ja kirjoita tämän tekstin tilalle sivun oma teksti. Avaimet yllä:',
    sv: 'Det här är en mallfil. Spara den som {file}, där filnamnet är sidans id (det syns i webbadressen), och skriv sidans egen text i stället för den här texten. Nycklarna ovan:',
    en: "This is a template. Save it as {file}, where the file name is the page's id (it shows in the web address), and write the page's own text instead of this one. The keys above:",
  },
  translationIntro: {
    fi: 'Tämä on käännöksen mallitiedosto: sillä on vain avaimet, jotka käännös voi antaa; muut tulevat oletuskielen tiedostosta, jolla on sama nimi. Avaimet yllä:',
    sv: 'Det här är en mall för en översättning: den har bara de nycklar som en översättning kan ge; resten kommer från filen på standardspråket med samma namn. Nycklarna ovan:',
    en: 'This is a template for a translation: it has only the keys a translation may give; the rest come from the default-language file of the same name. The keys above:',
  },
  required: { fi: 'pakollinen', sv: 'obligatorisk', en: 'required' },
  optional: { fi: 'voi jättää tyhjäksi', sv: 'kan lämnas tom', en: 'may be left empty' },
} satisfies Record<string, Text>;

function docOf(type: z.ZodType): { doc?: Text; required: boolean } {
  const inner = 'unwrap' in type && typeof type.unwrap === 'function' ? (type.unwrap() as z.ZodType) : type;
  const meta = fieldMeta(type) ?? fieldMeta(inner);
  return { doc: meta?.doc, required: (fieldMeta(type)?.required ?? false) && meta !== undefined };
}

/** The body of a template: what the file is, then each key of the frontmatter, in the file's language. */
function explanation(schema: z.ZodType, lang: Lang, file: string, translation: boolean): string {
  const shape = objectShape(schema) ?? {};
  const intro = (translation ? WORDS.translationIntro : WORDS.intro)[lang].replace('{file}', file);
  const keys = Object.entries(shape).map(([key, type]) => {
    const { doc, required } = docOf(type);
    return `- \`${key}\` (${(required ? WORDS.required : WORDS.optional)[lang]}): ${doc?.[lang] ?? ''}`;
  });
  return [intro, '', ...keys].join('\n');
}

function readme(): string {
  const variants = Object.values(CSV_VARIANTS);
  const rows = CSV_KINDS.map(
    (c) => `| ${variants.map((v) => `\`${v}/${c.name}.csv\``).join(', ')} | \`${c.target}\` |`,
  );
  return [
    '# Templates',
    '',
    'Generated from the schemas by `npm run templates`: do not edit by hand.',
    '',
    'CSV files open in Finnish Excel with a double-click and save back in the same form (`;` between',
    'cells, UTF-8 with a byte-order mark, CRLF). `csv-en/` has the English column names, `csv-fi/` the',
    'Finnish ones and `csv-sv/` the Swedish ones; all three are read the same, and a file may mix them.',
    'Delete the `_sv` or `_en` columns of a language your site does not have. Copy a file to where it',
    'belongs:',
    '',
    '| template | goes to |',
    '|---|---|',
    ...rows,
    '',
    '`content/` holds one MDX file per kind and language, laid out as in a site: the Finnish file has',
    'every key of its kind, the Swedish and English ones exactly the keys a translation may give. The',
    'text below each frontmatter explains every key. `npm run new -- <kind> …` writes the same files',
    'for you, named and dated.',
    '',
    'Mallitiedostot: CSV-tiedostot aukeavat suomenkielisessä Excelissä kaksoisnapsautuksella, ja',
    'Excel tallentaa ne samassa muodossa. `csv-fi/` sisältää suomenkieliset sarakkeiden nimet.',
    '`content/`-kansion MDX-tiedostoissa jokainen avain on selitetty tiedoston tekstissä.',
    '',
    'Mallfiler: CSV-filerna öppnas i Excel med ett dubbelklick och sparas i samma form. `csv-sv/` har',
    'svenska kolumnnamn. I MDX-filerna i `content/` förklaras varje nyckel i filens text.',
    '',
  ].join('\n');
}

/** A kind's example entry: its scaffold, else the registry's `example`; a kind with neither fails the templates test. */
export function exampleOf(kind: ContentKind): ScaffoldResult {
  const scaffold = EXAMPLES[kind];
  if (scaffold) return scaffold();
  const spec: ContentKindSpec = CONTENT_KINDS[kind];
  const example = spec.example;
  if (!example)
    throw new Error(
      `the ${kind} template has no example: give the kind an \`example\` in src/schemas/kinds.ts, or a scaffold in src/domain/scaffold.ts`,
    );
  const keys = {
    main: Object.keys(objectShape(spec.schema) ?? {}),
    translation: Object.keys(objectShape(spec.translation) ?? {}),
  };
  const files = LANGUAGES.map((lang, i) => ({
    file: `content/${kind}/${lang}/${example.slug}.mdx`,
    text: mdx(i === 0 ? keys.main : keys.translation, i === 0 ? example.data : example.translation, ''),
  }));
  const data = PER_ENTRY_NAMES.find((name) => DATA_FILES[name].perEntry.kind === kind);
  const csv = data
    ? [
        {
          file: `data/${kind}/${example.slug}.csv`,
          columns: csvColumns(CSV_KINDS.find((c) => c.name === data)!.schema),
          rows: example.rows ?? [],
        },
      ]
    : [];
  return { ok: true, scaffold: { files, csv, next: files[0]!.file } };
}

/** The data files the template entries need to validate, as `npm run new` writes them with the entries. */
export function templateDataFiles(): CsvRows[] {
  return CONTENT_KIND_NAMES.flatMap((kind) => {
    const made = exampleOf(kind);
    return made.ok ? made.scaffold.csv : [];
  });
}

export function templateFiles(): TemplateFile[] {
  const files: TemplateFile[] = [{ path: 'README.md', text: readme(), bom: false }];
  for (const csv of CSV_KINDS) {
    const columns = csvColumns(csv.schema);
    for (const [lang, variant] of Object.entries(CSV_VARIANTS) as [Lang, string][]) {
      const header = columns.map((c) => headerIn(c, csv.headers, lang));
      files.push({ path: `${variant}/${csv.name}.csv`, text: `${header.join(';')}\r\n`, bom: true });
    }
  }
  for (const kind of CONTENT_KIND_NAMES) {
    const made = exampleOf(kind);
    if (!made.ok) throw new Error(`the ${kind} template could not be made: ${made.problem.en}`);
    const { schema, translation } = CONTENT_KINDS[kind];
    made.scaffold.files.forEach((f, i) => {
      const lang = LANGUAGES[i]!;
      const front = f.text.slice(0, f.text.indexOf('\n---\n') + 5);
      const place = `\`content/${kind}/${lang}/${ID_WORD[lang]}.mdx\``;
      const body = explanation(i === 0 ? schema : translation, lang, place, i > 0);
      files.push({ path: f.file, text: `${front}${body}\n`, bom: false });
    });
  }
  return files;
}
