/**
 * Everything authored in `content/`: `site.yaml` and the MDX files of themes, bodies,
 * meetings, surveys, votes and pages (PRODUCT.md §2–3). Each file is checked where it stands,
 * what its frontmatter says and what its body contains; the result is typed entries with the
 * position of every key, so the central cross-reference checks can point at `body:` or
 * `action:` in the file that names them.
 */
import { readFileSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as z from 'zod';
import { definedOnly } from '../core/collections.ts';
import type { ContentEntries, ContentKind, Entry, EntryTranslation, SourcePosition } from '../schemas/project.ts';
import {
  didYouMean,
  finnishDate,
  ID_CHARACTERS,
  ID_PATTERN,
  LANGUAGES,
  slugify,
  type Lang,
} from '../schemas/fields.ts';
import { CONTENT_KIND_NAMES, CONTENT_KINDS as CONTENT_KINDS_SPEC } from '../schemas/kinds.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import type { Text } from '../core/lang.ts';
import {
  filePlace,
  normalizeSource,
  parseYaml,
  readFrontmatter,
  validateYaml,
  type DefaultsFrom,
} from './frontmatter.ts';
import { checkMdxBody, type OwnLink } from './mdx-body.ts';
import { error, unreadableFile, warning, type Problem } from '../core/problem.ts';

export const CONTENT_DIR = 'content';
export const SITE_FILE = 'content/site.yaml';

// ---------------------------------------------------------------------------------------------
// site.yaml

/** Synchronous: the site's languages and time zone are needed before anything else is read. */
export function readSite(root: string): { site?: Site; problems: Problem[] } {
  const text = readTextSync(root, SITE_FILE);
  if (text.problem) return { problems: [missingSiteProblem(root, text.problem)] };
  const parsed = parseYaml(text.value, { file: SITE_FILE, firstLine: 1 });
  const { data, problems } = validateYaml(SiteSchema, parsed, {
    file: SITE_FILE,
    what: { fi: 'site.yaml-tiedoston', sv: 'site.yaml', en: 'site.yaml' },
    blockLine: 0,
    where: filePlace(SITE_FILE),
  });
  return { site: data, problems };
}

function missingSiteProblem(root: string, problem: Problem): Problem {
  if (problem.code !== 'file.missing') return problem;
  const yml = readTextSync(root, 'content/site.yml');
  if (!yml.problem)
    return error(
      { file: 'content/site.yml', line: 0, column: 0 },
      'file.place',
      {
        fi: 'tiedosto väärässä paikassa: sivuston asetusten tiedoston nimi on site.yaml.',
        sv: 'en fil på fel ställe: webbplatsens inställningar ska heta site.yaml.',
        en: 'a file in the wrong place: the site settings must be named site.yaml.',
      },
      {
        fix: {
          fi: 'nimeä content/site.yml uudelleen: content/site.yaml',
          sv: 'byt namn på content/site.yml till content/site.yaml',
          en: 'rename content/site.yml to content/site.yaml',
        },
      },
    );
  return error(
    { file: SITE_FILE, line: 0, column: 0 },
    'site.missing',
    {
      fi: 'sivuston asetustiedosto content/site.yaml puuttuu.',
      sv: 'webbplatsens inställningsfil content/site.yaml saknas.',
      en: 'the site settings file content/site.yaml is missing.',
    },
    {
      expected: {
        fi: 'content/site.yaml, jossa ovat name, organisation, url, languages, contact, feedbackUrl ja accessibility',
        sv: 'content/site.yaml med name, organisation, url, languages, contact, feedbackUrl och accessibility',
        en: 'content/site.yaml with name, organisation, url, languages, contact, feedbackUrl and accessibility',
      },
      fix: {
        fi: 'luo content/site.yaml; ohjeessa (docs/opas.md) on esimerkki',
        sv: 'skapa content/site.yaml; guiden (docs/guide-sv.md) har ett exempel',
        en: 'create content/site.yaml; the author guide in README.md has an example',
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Where files belong

/** How one kind's files are read: its schemas and wording, from the registry (src/schemas/kinds.ts). */
interface KindSpec<F> {
  schema: z.ZodType<F, unknown>;
  translation: z.ZodType<Partial<F>, unknown>;
  singular: string;
  words: { what: Text; translationWhat: Text };
  scanPersonalData: boolean;
}

/** The kinds' folder names, in the registry's order (messages list them so). */
export const CONTENT_KINDS: readonly ContentKind[] = CONTENT_KIND_NAMES;

export interface PlacedFile {
  kind: ContentKind;
  lang: Lang;
  slug: string;
  /** Repository-relative, e.g. `content/themes/fi/kirjastot.mdx`. */
  file: string;
}

const KIND_LIST = CONTENT_KINDS.join(', ');
const EXPECTED_PLACE: Text = {
  fi: `content/site.yaml tai content/<laji>/<kieli>/<nimi>.mdx, jossa laji on jokin näistä: ${KIND_LIST}`,
  sv: `content/site.yaml, eller content/<typ>/<språk>/<namn>.mdx där typ är en av ${KIND_LIST}`,
  en: `content/site.yaml, or content/<kind>/<language>/<name>.mdx with kind one of ${KIND_LIST}`,
};
const STATIC_FILE = /\.(png|jpe?g|gif|svg|webp|avif|pdf|docx?|xlsx?|pptx?|odt|ods|mp3|mp4|webm)$/i;

function misplaced(file: string, reason: Text, fix: Text): Problem {
  return error(
    { file, line: 0, column: 0 },
    'file.place',
    {
      fi: `tiedosto väärässä paikassa: ${reason.fi}.`,
      sv: `en fil på fel ställe: ${reason.sv}.`,
      en: `a file in the wrong place: ${reason.en}.`,
    },
    { expected: EXPECTED_PLACE, fix },
  );
}

/**
 * Where a file under `content/` belongs: its kind, language and slug, or the problem that
 * says where to move it. `rel` is relative to `content/`, with forward slashes.
 */
export function placeContentFile(rel: string, languages: readonly Lang[]): PlacedFile | Problem {
  const file = `${CONTENT_DIR}/${rel}`;
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  const defaultLang = languages[0] ?? 'fi';
  const ext = path.posix.extname(name).toLowerCase();
  const base = ext ? name.slice(0, -ext.length) : name;
  const [kindPart, langPart] = parts;
  const kindGuess =
    parts.length > 1
      ? (CONTENT_KINDS as readonly string[]).includes(kindPart!)
        ? kindPart
        : didYouMean(kindPart!, CONTENT_KINDS)
      : undefined;
  const langGuess =
    parts.length === 3 && (languages as readonly string[]).includes(langPart!) ? langPart! : defaultLang;
  const target = `${CONTENT_DIR}/${kindGuess ?? '<kind>'}/${langGuess}/${slugify(base) || base}.mdx`;

  if (rel === 'site.yml')
    return misplaced(
      file,
      {
        fi: 'sivuston asetusten tiedoston nimi on site.yaml',
        sv: 'webbplatsens inställningar ska heta site.yaml',
        en: 'the site settings must be named site.yaml',
      },
      {
        fi: 'nimeä se uudelleen: content/site.yaml',
        sv: 'byt namn på den till content/site.yaml',
        en: 'rename it to content/site.yaml',
      },
    );
  if (STATIC_FILE.test(name))
    return misplaced(
      file,
      {
        fi: `${ext}-tiedostoja ei lueta kansiosta content/`,
        sv: `${ext}-filer läses inte från content/`,
        en: `${ext} files are not read from content/`,
      },
      {
        fi: `siirrä se kansioon public/ ja linkitä siihen tekstissä osoitteella /${name}`,
        sv: `flytta den till public/ och länka till den i texten som /${name}`,
        en: `move it to public/ and link to it from the text as /${name}`,
      },
    );
  if (ext === '.md' || ext === '.markdown')
    return misplaced(
      file,
      {
        fi: `${ext}-tiedostoja ei lueta; kuultu lukee .mdx-tiedostot`,
        sv: `${ext}-filer läses inte; kuultu läser .mdx-filer`,
        en: `${ext} files are not read; kuultu reads .mdx files`,
      },
      { fi: `nimeä se uudelleen: ${target}`, sv: `byt namn på den till ${target}`, en: `rename it to ${target}` },
    );
  if (ext !== '.mdx')
    return misplaced(
      file,
      ext
        ? {
            fi: `kuultu ei lue ${ext}-tiedostoja kansiossa content/`,
            sv: `kuultu läser inte ${ext}-filer i content/`,
            en: `kuultu does not read ${ext} files in content/`,
          }
        : {
            fi: 'kuultu ei lue päätteettömiä tiedostoja kansiossa content/',
            sv: 'kuultu läser inte filer utan filändelse i content/',
            en: 'kuultu does not read extensionless files in content/',
          },
      parts.length === 1 && (ext === '.yaml' || ext === '.yml')
        ? {
            fi: 'asetukset ovat vain tiedostossa content/site.yaml: siirrä nämä sinne tai poista tiedosto',
            sv: 'bara content/site.yaml innehåller inställningar: flytta dessa dit eller ta bort filen',
            en: 'only content/site.yaml holds settings: move these into it, or delete the file',
          }
        : {
            fi: 'poista se tai siirrä se pois kansiosta content/',
            sv: 'ta bort den eller flytta den ut ur content/',
            en: 'delete it, or move it out of content/',
          },
    );
  if (parts.length === 1)
    return misplaced(
      file,
      {
        fi: 'sivun on oltava lajinsa ja kielensä kansiossa',
        sv: 'en sida måste ligga i en mapp för sin typ och sitt språk',
        en: 'a page must be in a folder for its kind and language',
      },
      {
        fi: `siirrä se kansioon content/<laji>/${defaultLang}/${name}, jossa <laji> on jokin näistä: ${KIND_LIST}`,
        sv: `flytta den till content/<typ>/${defaultLang}/${name}, där <typ> är en av ${KIND_LIST}`,
        en: `move it to content/<kind>/${defaultLang}/${name}, where <kind> is one of ${KIND_LIST}`,
      },
    );
  if (!kindGuess || kindGuess !== kindPart) {
    const hint: Text = kindGuess
      ? {
          fi: `tarkoititko ${kindGuess}? Siirrä se: ${target}`,
          sv: `menade du ${kindGuess}? Flytta den till ${target}`,
          en: `did you mean ${kindGuess}? Move it to ${target}`,
        }
      : {
          fi: `siirrä se: ${target}, jossa <laji> on jokin näistä: ${KIND_LIST}`,
          sv: `flytta den till ${target}, där <typ> är en av ${KIND_LIST}`,
          en: `move it to ${target}, where <kind> is one of ${KIND_LIST}`,
        };
    return misplaced(
      file,
      {
        fi: `"${kindPart}" ei ole sisällön laji`,
        sv: `"${kindPart}" är inte en typ av innehåll`,
        en: `"${kindPart}" is not a kind of content`,
      },
      hint,
    );
  }
  if (parts.length === 2)
    return misplaced(
      file,
      {
        fi: `kansion ${kindPart} tiedostojen on oltava kielensä kansiossa`,
        sv: `${kindPart} måste ligga i en mapp för sitt språk`,
        en: `${kindPart} must be in a folder for their language`,
      },
      { fi: `siirrä se: ${target}`, sv: `flytta den till ${target}`, en: `move it to ${target}` },
    );
  if (parts.length > 3) {
    const to = `${CONTENT_DIR}/${kindPart}/${langGuess}/${name}`;
    return misplaced(
      file,
      { fi: 'se on liian syvällä kansioissa', sv: 'den ligger i en för djup mapp', en: 'it is in a folder too deep' },
      { fi: `siirrä se: ${to}`, sv: `flytta den till ${to}`, en: `move it to ${to}` },
    );
  }
  if (!(languages as readonly string[]).includes(langPart!))
    return languageProblem(file, langPart!, languages, kindPart!, name);
  if (!ID_PATTERN.test(base)) {
    const slug = slugify(base);
    return error(
      { file, line: 0, column: 0 },
      'file.name',
      {
        fi: `tiedostonimi "${name}" ei kelpaa verkko-osoitteeseen.`,
        sv: `filnamnet "${name}" kan inte användas i en webbadress.`,
        en: `the file name "${name}" cannot be used in a web address.`,
      },
      {
        expected: {
          fi: `tiedostonimi, jossa on ${ID_CHARACTERS.fi}, esim. kouluruoka.mdx`,
          sv: `ett filnamn av ${ID_CHARACTERS.sv}, t.ex. kouluruoka.mdx`,
          en: `a file name of ${ID_CHARACTERS.en}, e.g. kouluruoka.mdx`,
        },
        fix: slug
          ? {
              fi: `nimeä se uudelleen: ${slug}.mdx`,
              sv: `byt namn på den till ${slug}.mdx`,
              en: `rename it to ${slug}.mdx`,
            }
          : {
              fi: `nimeä se uudelleen käyttäen merkkejä: ${ID_CHARACTERS.fi}`,
              sv: `byt namn på den med ${ID_CHARACTERS.sv}`,
              en: `rename it with ${ID_CHARACTERS.en}`,
            },
      },
    );
  }
  return { kind: kindPart as ContentKind, lang: langPart as Lang, slug: base, file };
}

function languageProblem(file: string, lang: string, languages: readonly Lang[], kind: string, name: string): Problem {
  const configured = languages.join(', ');
  if ((LANGUAGES as readonly string[]).includes(lang)) {
    return misplaced(
      file,
      {
        fi: `${lang} ei ole sivuston kieliä (${configured})`,
        sv: `${lang} är inte ett av webbplatsens språk (${configured})`,
        en: `${lang} is not one of the site's languages (${configured})`,
      },
      {
        fi: `lisää ${lang} tiedoston ${SITE_FILE} kohtaan languages tai poista tiedosto`,
        sv: `lägg till ${lang} under languages i ${SITE_FILE}, eller ta bort filen`,
        en: `add ${lang} to languages in ${SITE_FILE}, or remove the file`,
      },
    );
  }
  const guess = didYouMean(lang, languages);
  const to = `${CONTENT_DIR}/${kind}/${guess ?? languages[0] ?? 'fi'}/${name}`;
  return misplaced(
    file,
    {
      fi: `"${lang}" ei ole kielikansio (sivuston kielet ovat ${configured})`,
      sv: `"${lang}" är inte en språkmapp (webbplatsens språk är ${configured})`,
      en: `"${lang}" is not a language folder (the site's languages are ${configured})`,
    },
    guess
      ? {
          fi: `tarkoititko ${guess}? Siirrä se: ${to}`,
          sv: `menade du ${guess}? Flytta den till ${to}`,
          en: `did you mean ${guess}? Move it to ${to}`,
        }
      : {
          fi: `siirrä se: ${to} tai oman kielensä kansioon`,
          sv: `flytta den till ${to}, eller till mappen för sitt språk`,
          en: `move it to ${to}, or to the folder of its language`,
        },
  );
}

// ---------------------------------------------------------------------------------------------
// Reading files

type ReadText = { value: string; problem?: undefined } | { value?: undefined; problem: Problem };

function readFailure(file: string, e: unknown): ReadText {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    return {
      problem: error({ file, line: 0, column: 0 }, 'file.missing', {
        fi: 'tiedosto puuttuu.',
        sv: 'filen saknas.',
        en: 'the file is missing.',
      }),
    };
  return { problem: unreadableFile(file, e) };
}

/** Strict UTF-8: a file saved as Windows-1252 would otherwise publish mangled å, ä, ö. */
function decodeText(file: string, bytes: Uint8Array): ReadText {
  try {
    return { value: normalizeSource(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return {
      problem: error(
        { file, line: 0, column: 0 },
        'file.encoding',
        { fi: 'tiedosto ei ole UTF-8-tekstiä.', sv: 'filen är inte UTF-8-text.', en: 'the file is not UTF-8 text.' },
        {
          expected: {
            fi: 'UTF-8-merkistöllä tallennettu teksti',
            sv: 'text sparad som UTF-8',
            en: 'text saved as UTF-8',
          },
          fix: {
            fi: 'avaa tiedosto editorissa ja tallenna se merkistöllä UTF-8',
            sv: 'öppna filen i redigeraren och spara den med teckenkodningen UTF-8',
            en: 'open it in your editor and save it with the encoding UTF-8',
          },
        },
      ),
    };
  }
}

async function readText(root: string, file: string): Promise<ReadText> {
  try {
    return decodeText(file, await readFile(path.join(root, file)));
  } catch (e) {
    return readFailure(file, e);
  }
}

function readTextSync(root: string, file: string): ReadText {
  try {
    return decodeText(file, readFileSync(path.join(root, file)));
  } catch (e) {
    return readFailure(file, e);
  }
}

/** Every file under `content/`, relative to it, sorted so runs are deterministic. Dotfiles are skipped. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), `${rel}/`)));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

interface ParsedFile<T> {
  data?: T;
  positions: Record<string, SourcePosition>;
  values?: Readonly<Record<string, unknown>>;
  hasBody: boolean;
  problems: Problem[];
}

async function readMdx<T>(
  root: string,
  file: string,
  schema: z.ZodType<T, unknown>,
  opts: { what: Text; scanPersonalData: boolean; defaultsFrom?: DefaultsFrom; ownLinks: OwnLink[] },
): Promise<ParsedFile<T>> {
  const text = await readText(root, file);
  if (text.problem) return { positions: {}, hasBody: false, problems: [text.problem] };
  const fm = readFrontmatter(text.value, schema, { file, what: opts.what, defaultsFrom: opts.defaultsFrom });
  const body = fm.body ?? '';
  const bodyProblems =
    fm.body === undefined
      ? []
      : checkMdxBody(body, {
          file,
          firstLine: fm.bodyLine,
          scanPersonalData: opts.scanPersonalData,
          ownLinks: opts.ownLinks,
        });
  return {
    data: fm.data,
    positions: fm.positions,
    ...(fm.values ? { values: fm.values } : {}),
    hasBody: body.trim() !== '',
    problems: [...fm.problems, ...bodyProblems],
  };
}

// ---------------------------------------------------------------------------------------------
// Entries

export interface Content extends ContentEntries {
  /** How many files under content/ were looked at, site.yaml excluded (for the summary line). */
  fileCount: number;
  /**
   * Slugs with a default-language file, valid or not: a reference to a meeting whose own file
   * has a mistake is not also "a meeting that does not exist".
   */
  existing: Readonly<Record<ContentKind, ReadonlySet<string>>>;
  /** Links from MDX bodies from the root or as whole addresses, for the site layer to check those that are its own. */
  ownLinks: readonly OwnLink[];
  problems: Problem[];
}

/** The files of one kind, by slug and then language. */
type Grouped = Map<string, Map<Lang, PlacedFile>>;

/**
 * Reads every file under content/ except site.yaml. `languages` come from site.yaml (the first
 * is the default); `asOf` is the build's "today" as an ISO date: meetings before it are past.
 */
export async function readContent(root: string, languages: readonly Lang[], asOf: string): Promise<Content> {
  const problems: Problem[] = [];
  const groups = new Map<ContentKind, Grouped>(CONTENT_KINDS.map((k) => [k, new Map()]));
  const files = (await listFiles(path.join(root, CONTENT_DIR))).filter((rel) => rel !== 'site.yaml');
  for (const rel of files) {
    const placed = placeContentFile(rel, languages);
    if ('code' in placed) {
      problems.push(placed);
      continue;
    }
    const bySlug = groups.get(placed.kind)!;
    if (!bySlug.has(placed.slug)) bySlug.set(placed.slug, new Map());
    bySlug.get(placed.slug)!.set(placed.lang, placed);
  }
  const ownLinks: OwnLink[] = [];
  const read = <F>(kind: ContentKind, spec: KindSpec<F>) =>
    readKind(root, spec, groups.get(kind)!, languages, ownLinks);
  const kinds = await Promise.all(
    CONTENT_KINDS.map((kind) => read(kind, CONTENT_KINDS_SPEC[kind] as KindSpec<unknown>)),
  );
  for (const kind of kinds) problems.push(...kind.problems);
  // Each kind was read with its own schema, so its entries have its type; a loop over the
  // kinds cannot tell TypeScript which type belongs to which key.
  const entries = Object.fromEntries(
    CONTENT_KINDS.map((kind, i) => [kind, kinds[i]!.entries]),
  ) as unknown as ContentEntries;
  const { meetings } = entries;
  problems.push(...meetings.flatMap((m) => missingMinutes(m, languages[0] ?? 'fi', asOf)));
  const defaultLang = languages[0] ?? 'fi';
  const existing = Object.fromEntries(
    CONTENT_KINDS.map((kind) => [
      kind,
      new Set([...groups.get(kind)!].filter(([, byLang]) => byLang.has(defaultLang)).map(([slug]) => slug)),
    ]),
  ) as Record<ContentKind, Set<string>>;
  return {
    ...entries,
    fileCount: files.length,
    existing,
    ownLinks,
    problems,
  };
}

async function readKind<F>(
  root: string,
  spec: KindSpec<F>,
  bySlug: Grouped,
  languages: readonly Lang[],
  ownLinks: OwnLink[],
): Promise<{ entries: Entry<F>[]; problems: Problem[] }> {
  const slugs = [...bySlug.keys()].sort();
  const results = await Promise.all(
    slugs.map((slug) => readEntry(root, spec, slug, bySlug.get(slug)!, languages, slugs, bySlug, ownLinks)),
  );
  return { entries: results.flatMap((r) => (r.entry ? [r.entry] : [])), problems: results.flatMap((r) => r.problems) };
}

async function readEntry<F>(
  root: string,
  spec: KindSpec<F>,
  slug: string,
  files: Map<Lang, PlacedFile>,
  languages: readonly Lang[],
  slugs: readonly string[],
  bySlug: Grouped,
  ownLinks: OwnLink[],
): Promise<{ entry?: Entry<F>; problems: Problem[] }> {
  const defaultLang = languages[0] ?? 'fi';
  const defaultFile = files.get(defaultLang);
  const translations = languages.filter((l) => l !== defaultLang && files.has(l)).map((l) => files.get(l)!);
  if (!defaultFile) {
    const withDefault = slugs.filter((s) => bySlug.get(s)?.has(defaultLang));
    return { problems: translations.map((t) => orphanProblem(t, defaultLang, withDefault)) };
  }
  const main = await readMdx(root, defaultFile.file, spec.schema, {
    what: spec.words.what,
    scanPersonalData: spec.scanPersonalData,
    ownLinks,
  });
  const problems = [...main.problems];
  const entryTranslations: Partial<Record<Lang, EntryTranslation<F>>> = {};
  if (main.data !== undefined)
    entryTranslations[defaultLang] = {
      lang: defaultLang,
      file: defaultFile.file,
      data: main.data,
      hasBody: main.hasBody,
    };
  for (const t of translations) {
    const parsed = await readMdx(root, t.file, spec.translation, {
      what: spec.words.translationWhat,
      scanPersonalData: spec.scanPersonalData,
      ownLinks,
      defaultsFrom: {
        schema: spec.schema,
        file: defaultFile.file,
        lang: defaultLang,
        ...(main.values ? { values: main.values } : {}),
      },
    });
    problems.push(...parsed.problems);
    // A translation's left-out keys are absent, not `undefined`, so spreading it over the default keeps the default.
    if (parsed.data !== undefined)
      entryTranslations[t.lang] = {
        lang: t.lang,
        file: t.file,
        data: definedOnly(parsed.data),
        hasBody: parsed.hasBody,
      };
  }
  if (main.data === undefined) return { problems };
  return { entry: { slug, data: main.data, translations: entryTranslations, positions: main.positions }, problems };
}

function orphanProblem(t: PlacedFile, defaultLang: Lang, slugsWithDefault: readonly string[]): Problem {
  const expectedFile = `${CONTENT_DIR}/${t.kind}/${defaultLang}/${t.slug}.mdx`;
  const guess = didYouMean(t.slug, slugsWithDefault);
  const renamed = `${t.kind}/${t.lang}/${guess}.mdx`;
  return error(
    { file: t.file, line: 0, column: 0 },
    'translation.orphan',
    {
      fi: `tällä käännöksellä (${t.lang}) ei ole kielen ${defaultLang} tiedostoa (${expectedFile}).`,
      sv: `den här översättningen (${t.lang}) har ingen fil på ${defaultLang} (${expectedFile}).`,
      en: `this ${t.lang} translation has no ${defaultLang} file (${expectedFile}).`,
    },
    {
      expected: {
        fi: `samanniminen tiedosto oletuskielellä ${defaultLang} (ensimmäinen kieli kohdassa languages tiedostossa ${SITE_FILE})`,
        sv: `en fil med samma namn på standardspråket ${defaultLang} (det första under languages i ${SITE_FILE})`,
        en: `a file in the default language ${defaultLang} (the first of languages in ${SITE_FILE}) with the same name`,
      },
      fix: guess
        ? {
            fi: `tarkoititko ${guess}? Nimeä se uudelleen: ${renamed}`,
            sv: `menade du ${guess}? Byt namn på den till ${renamed}`,
            en: `did you mean ${guess}? Rename it to ${renamed}`,
          }
        : {
            fi: `lisää ${expectedFile} tai anna tälle tiedostolle sen kielen ${defaultLang} tiedoston nimi, jonka käännös se on`,
            sv: `lägg till ${expectedFile}, eller ge den här filen namnet på filen på ${defaultLang} som den översätter`,
            en: `add ${expectedFile}, or give this file the name of the ${defaultLang} file it translates`,
          },
    },
  );
}

/** A held meeting in the past with no minutes is a promise of "we did" not kept (PRODUCT.md §3.5). */
function missingMinutes(meeting: Entry<Meeting>, defaultLang: Lang, asOf: string): Problem[] {
  const main = meeting.translations[defaultLang];
  if (!main || main.hasBody || meeting.data.status !== 'held' || meeting.data.date >= asOf) return [];
  const at = meeting.positions['status'] ?? { file: main.file, line: 0, column: 0 };
  return [
    warning(
      at,
      'meeting.no-minutes',
      {
        fi: `kokous ${finnishDate(meeting.data.date)} on pidetty (held), mutta siitä ei ole pöytäkirjaa.`,
        sv: `mötet ${finnishDate(meeting.data.date)} är hållet (held) men har inget protokoll.`,
        en: `the meeting of ${finnishDate(meeting.data.date)} is held but has no minutes.`,
      },
      {
        expected: {
          fi: 'yhteenveto tai pöytäkirja tekstinä alkutiedot päättävän rivin --- alla',
          sv: 'en sammanfattning eller protokollet som text under den avslutande raden --- i frontmatter',
          en: 'a summary or the minutes as text below the closing --- of the frontmatter',
        },
        fix: {
          fi: 'kirjoita alkutietojen alle, mitä käsiteltiin ja päätettiin, tai korjaa tila, jos kokousta ei pidetty',
          sv: 'skriv under frontmatter vad som diskuterades och beslutades, eller rätta status om mötet inte hölls',
          en: 'write what was discussed and decided below the frontmatter, or correct the status if the meeting was not held',
        },
      },
    ),
  ];
}
