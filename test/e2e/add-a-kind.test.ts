/**
 * ARCHITECTURE.md's walkthrough "adding a kind", done: in a copy of the repository this test
 * adds petitions (content/petitions/<lang>/<id>.mdx + data/petitions/<id>.csv) by writing
 * exactly the files the walkthrough names — no more — and then checks what the walkthrough
 * promises: the copy type-checks, its own unit tests of the view and of the registry pass, and
 * the small site built with it has the petition pages, menu link, search filter, sitemap entries
 * and open-data set. If the code comes to need one more file, or the walkthrough names a file
 * the code does not need, this fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChild, type ChildRun } from '../support/child.ts';
import { AS_OF_EPOCH, repoDir } from './support/build-site.ts';

/** The walkthrough's section of ARCHITECTURE.md, and the files it names in bold, by part. */
function walkthrough(): { code: string[]; tests: string[] } {
  const text = readFileSync(join(repoDir, 'ARCHITECTURE.md'), 'utf8');
  const start = text.indexOf('## Walkthrough: adding a kind');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end === -1 ? undefined : end);
  const named = (part: string) => [...part.matchAll(/\*\*`([^`]+)`\*\*/g)].map((m) => m[1]!);
  const [code = '', tests = ''] = section.split('### Its tests');
  return { code: named(code), tests: named(tests) };
}

type Edit = (text: string) => string;

/** `text` with `added` put in before `anchor` (which must be there once). */
function before(anchor: string, added: string): Edit {
  return (text) => {
    expect(text.split(anchor).length - 1, `anchor not found once: ${anchor}`).toBe(1);
    return text.replace(anchor, `${added}${anchor}`);
  };
}

/** `text` with `added` put in after `anchor`. */
function after(anchor: string, added: string): Edit {
  return (text) => {
    expect(text.split(anchor).length - 1, `anchor not found once: ${anchor}`).toBe(1);
    return text.replace(anchor, `${anchor}${added}`);
  };
}

const SCHEMA = `/**
 * Petitions: what is asked, in \`content/petitions/<lang>/<id>.mdx\`; the signatures per day in
 * \`data/petitions/<id>.csv\`.
 */
import * as z from 'zod';
import type { HeaderAliases } from './columns.ts';
import { integer, requiredDate, requiredText, type FieldDoc, type Lang } from './fields.ts';

const doc = {
  title: { fi: 'Mitä vetoomus pyytää.', sv: 'Vad namninsamlingen begär.', en: 'What the petition asks.' },
  closes: { fi: 'Viimeinen allekirjoituspäivä.', sv: 'Sista dagen att skriva under.', en: 'The last day to sign.' },
  date: { fi: 'Päivä.', sv: 'Dagen.', en: 'The day.' },
  signatures: { fi: 'Päivän allekirjoitukset.', sv: 'Dagens underskrifter.', en: 'The signatures of the day.' },
} satisfies Record<string, FieldDoc>;

export const PetitionSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
  closes: requiredDate(doc.closes),
});

export const PetitionTranslationSchema = z.object({
  title: requiredText(doc.title, { max: 200 }),
});

export type Petition = z.output<typeof PetitionSchema>;

export const PETITION_SIGNATURE_HEADERS: HeaderAliases = {
  fi: { päivä: 'date', allekirjoitukset: 'signatures' },
  sv: { datum: 'date', underskrifter: 'signatures' },
};

export function petitionSignatureRowSchema(_languages: readonly Lang[]) {
  return z.object({
    date: requiredDate(doc.date),
    signatures: integer(doc.signatures, { required: true, min: 0 }) as z.ZodType<number, unknown>,
  });
}
`;

const CONTENT_KIND = `  petitions: {
    schema: PetitionSchema,
    translation: PetitionTranslationSchema,
    singular: 'petition',
    words: {
      what: { fi: 'vetoomuksen', sv: 'en namninsamling', en: 'a petition' },
      translationWhat: { fi: 'vetoomuksen käännöksen', sv: 'en översättning av en namninsamling', en: 'a petition translation' },
      one: { fi: 'vetoomus', sv: 'en namninsamling', en: 'a petition' },
      many: { fi: 'vetoomuksia', sv: 'namninsamlingar', en: 'petitions' },
    },
    scanPersonalData: false,
    doc: { title: { fi: 'Vetoomukset', sv: 'Namninsamlingar', en: 'Petitions' }, name: 'id' },
    example: {
      slug: 'talvipyoraily',
      data: { title: 'Pyörätiet auki talvella', closes: '31.3.2027' },
      translation: { title: 'Cykelvägarna öppna på vintern' },
      rows: [{ date: '1.3.2027', signatures: '12' }],
    },
  },
`;

const DATA_FILE = `  'petition-signatures': {
    file: 'data/petitions/<petition id>.csv',
    rowSchema: petitionSignatureRowSchema,
    headers: PETITION_SIGNATURE_HEADERS,
    title: { fi: 'Vetoomusten allekirjoitukset', sv: 'Underskrifter', en: 'Petition signatures' },
    what: { fi: 'vetoomuksen allekirjoitustiedoston', sv: 'en fil med underskrifter', en: 'a petition signatures file' },
    rows: {
      key: 'signature days',
      one: { fi: 'allekirjoituspäivä', sv: 'underskriftsdag', en: 'signature day' },
      many: { fi: 'allekirjoituspäivää', sv: 'underskriftsdagar', en: 'signature days' },
    },
    perEntry: {
      kind: 'petitions',
      project: 'petitionSignatures',
      required: true,
      nouns: {
        one: { fi: 'vetoomus', sv: 'namninsamling', en: 'petition' },
        genitive: { fi: 'vetoomuksen', sv: 'namninsamling', en: 'petition' },
        illative: { fi: 'vetoomukseen', sv: 'namninsamling', en: 'petition' },
      },
      idDoc: {
        fi: 'Vetoomuksen tunnus (sama kuin vetoomussivun osoitteessa).',
        sv: 'Namninsamlingens id (samma som i sidans adress).',
        en: 'The petition id (as in the address of the petition page).',
      },
    },
  },
`;

const SECTION = `  petitions: {
    routes: (p) => [
      (l: Lang) => paths.kindIndex(l, 'petitions'),
      ...p.petitions.map((e) => (l: Lang) => paths.kindEntry(l, 'petitions', e.slug)),
    ],
    nav: { href: (l: Lang) => paths.kindIndex(l, 'petitions'), label: 'petitions.title' },
    search: { kind: 'petition', filter: 'petitions.searchFilter', type: 'petitions.searchType' },
  },
`;

const words = (title: string, one: string, intro: string, signatures: string, openData: string, about: string) => ({
  title,
  intro,
  searchFilter: title,
  searchType: one,
  signatures,
  openData,
  'openData.about': about,
});

const STRINGS = `${JSON.stringify(
  {
    fi: words(
      'Vetoomukset',
      'Vetoomus',
      'Asukkaiden vetoomukset.',
      'Allekirjoituksia',
      'Vetoomusten allekirjoitukset',
      'Yksi rivi päivää kohden.',
    ),
    sv: words(
      'Namninsamlingar',
      'Namninsamling',
      'Invånarnas namninsamlingar.',
      'Underskrifter',
      'Underskrifter',
      'En rad per dag.',
    ),
    en: words(
      'Petitions',
      'Petition',
      "Residents' petitions.",
      'Signatures',
      'Petition signatures',
      'One row per day.',
    ),
  },
  null,
  2,
)}\n`;

const VIEW = `/** What a petition's page and the petitions' index show, assembled without Astro. */
import type { Lang } from '../../schemas/fields.ts';
import type { Petition } from '../../schemas/petition.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import { localizeEntry, type LocalizedEntry } from '../localize.ts';

export interface PetitionPageView {
  petition: LocalizedEntry<Petition>;
  signatures: number;
}

export function petitionPageView(project: Project, item: Entry<Petition>, lang: Lang): PetitionPageView {
  const rows = project.petitionSignatures[item.slug] ?? [];
  return {
    petition: localizeEntry(item, lang, project.defaultLang),
    signatures: rows.reduce((n, r) => n + r.signatures, 0),
  };
}

export function petitionsIndexView(project: Project, lang: Lang): PetitionPageView[] {
  return project.petitions.map((item) => petitionPageView(project, item, lang));
}
`;

const INDEX_PAGE = `---
import type { InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../../i18n/index.ts';
import Layout from '../../../layouts/Layout.astro';
import { SECTIONS } from '../../../site/kinds.ts';
import { paths } from '../../../site/paths.ts';
import { getProject } from '../../../site/project-data.ts';
import { languagePaths } from '../../../site/static-paths.ts';
import { petitionsIndexView } from '../../../site/views/petition-page.ts';

export const getStaticPaths = languagePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
const { lang } = Astro.props;
const t = useTranslations(lang);
const petitions = petitionsIndexView(await getProject(), lang);
---
<Layout lang={lang} title={t('petitions.title')} description={t('petitions.intro')} route={(l) => paths.kindIndex(l, 'petitions')} searchKind={SECTIONS.petitions.search.kind} breadcrumbs={[{ label: t('common.home'), href: paths.home(lang) }, { label: t('petitions.title') }]}>
  <h1>{t('petitions.title')}</h1>
  <ul>
    {petitions.map((p) => <li><a href={paths.kindEntry(lang, 'petitions', p.petition.slug)}>{p.petition.data.title}</a></li>)}
  </ul>
</Layout>
`;

const ENTRY_PAGE = `---
import type { InferGetStaticPropsType } from 'astro';
import MdxBody from '../../../components/MdxBody.astro';
import { formatNumber } from '../../../domain/i18n-format.ts';
import { useTranslations } from '../../../i18n/index.ts';
import Layout from '../../../layouts/Layout.astro';
import { SECTIONS } from '../../../site/kinds.ts';
import { paths } from '../../../site/paths.ts';
import { getProject } from '../../../site/project-data.ts';
import { entryPaths } from '../../../site/static-paths.ts';
import { petitionPageView } from '../../../site/views/petition-page.ts';

export const getStaticPaths = () =>
  entryPaths(
    (p) => p.petitions,
    (e) => e.slug,
  );
type Props = InferGetStaticPropsType<typeof getStaticPaths>;
const { lang, item } = Astro.props;
const t = useTranslations(lang);
const { petition, signatures } = petitionPageView(await getProject(), item, lang);
---
<Layout lang={lang} title={petition.data.title} description={t('petitions.intro')} route={(l) => paths.kindEntry(l, 'petitions', item.slug)} searchKind={SECTIONS.petitions.search.kind} breadcrumbs={[{ label: t('common.home'), href: paths.home(lang) }, { label: t('petitions.title'), href: paths.kindIndex(lang, 'petitions') }, { label: petition.data.title, lang: petition.lang }]}>
  <h1>{petition.data.title}</h1>
  <p class="signatures">{t('petitions.signatures')}: {formatNumber(signatures, lang)}</p>
  <MdxBody entry={petition} lang={lang} />
</Layout>
`;

const VIEW_TEST = `import { describe, expect, it } from 'vitest';
import { petitionPageView } from '../../../src/site/views/petition-page.ts';
import { loadProject } from '../../../src/validate/load-project.ts';

const ROOT = new URL('../../fixtures/small-site/', import.meta.url).pathname;
const { project } = await loadProject(ROOT, { SOURCE_DATE_EPOCH: '1795392000' });

describe('petitionPageView', () => {
  it("adds up the petition's signatures from its file", () => {
    const item = project!.petitions.find((p) => p.slug === 'pyoratiet')!;
    expect(petitionPageView(project!, item, 'fi').signatures).toBe(19);
  });
});
`;

/** What the walkthrough's steps write, file by file: a new file's text or an edit of an existing one. */
const CODE: Record<string, string | Edit[]> = {
  'src/schemas/petition.ts': SCHEMA,
  'src/schemas/kinds.ts': [
    after(
      "import { VOTE_RESULT_HEADERS, voteResultRowSchema } from './vote-results.ts';\n",
      "import {\n  PETITION_SIGNATURE_HEADERS,\n  PetitionSchema,\n  PetitionTranslationSchema,\n  petitionSignatureRowSchema,\n} from './petition.ts';\n",
    ),
    before('} as const satisfies Record<string, ContentKindSpec>;', CONTENT_KIND),
    before('} as const satisfies Record<string, DataFileSpec>;', DATA_FILE),
  ],
  'src/site/kinds.ts': [before('} as const satisfies Record<SectionName, Section>;', SECTION)],
  'src/i18n/strings/petitions.json': STRINGS,
  'src/i18n/index.ts': [
    after(
      "import pagination from './strings/pagination.json' with { type: 'json' };\n",
      "import petitions from './strings/petitions.json' with { type: 'json' };\n",
    ),
    after('  pagination,\n', '  petitions,\n'),
  ],
  'src/site/views/petition-page.ts': VIEW,
  'src/pages/[lang]/petitions/index.astro': INDEX_PAGE,
  'src/pages/[lang]/petitions/[slug].astro': ENTRY_PAGE,
};

const TESTS: Record<string, string | Edit[]> = {
  'test/site/views/petition-page.test.ts': VIEW_TEST,
  'test/fixtures/small-site/content/petitions/fi/pyoratiet.mdx':
    '---\ntitle: Pyörätiet auki talvella\ncloses: 31.3.2027\n---\nPyydämme, että pyörätiet aurataan ennen autoteitä.\n',
  'test/fixtures/small-site/data/petitions/pyoratiet.csv': 'date;signatures\r\n1.11.2026;12\r\n2.11.2026;7\r\n',
  'test/site/kinds.test.ts': [
    after("      ['/fi/votes/', 'Äänestykset'],\n", "      ['/fi/petitions/', 'Vetoomukset'],\n"),
    after("      ['vote', 'Äänestykset'],\n", "      ['petition', 'Vetoomukset'],\n"),
  ],
};

function apply(root: string, files: Record<string, string | Edit[]>): void {
  for (const [file, change] of Object.entries(files)) {
    const path = join(root, file);
    if (typeof change === 'string') {
      expect(existsSync(path), `${file} is new in the walkthrough but exists`).toBe(false);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change);
    } else {
      writeFileSync(
        path,
        change.reduce((text, edit) => edit(text), readFileSync(path, 'utf8')),
      );
    }
  }
}

function run(cwd: string, command: string, args: string[]): Promise<ChildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: AS_OF_EPOCH, GITHUB_ACTIONS: '' };
  // The copy's own vitest must not think it runs inside this one.
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'NODE_OPTIONS' || key === 'FORCE_COLOR') delete env[key];
  env.NO_COLOR = '1';
  return runChild(command, args, { cwd, env });
}

let root: string;
const site = () => join(root, 'test/fixtures/small-site');
const dist = () => join(root, 'dist-petitions');
const read = (file: string) => readFileSync(join(dist(), file), 'utf8');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kuultu-add-a-kind-'));
  for (const part of ['src', 'scripts', 'test', 'templates', 'package.json', 'tsconfig.json'])
    cpSync(join(repoDir, part), join(root, part), { recursive: true });
  for (const file of ['astro.config.mjs', 'vitest.config.ts']) cpSync(join(repoDir, file), join(root, file));
  symlinkSync(join(repoDir, 'node_modules'), join(root, 'node_modules'));
  apply(root, CODE);
  apply(root, TESTS);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the walkthrough for adding a kind (ARCHITECTURE.md)', () => {
  it('names exactly the files this test writes, at most 8 of them code', () => {
    const { code, tests } = walkthrough();
    expect(code.sort()).toEqual(Object.keys(CODE).sort());
    expect(tests.sort()).toEqual(Object.keys(TESTS).sort());
    expect(code.length).toBeLessThanOrEqual(8);
  });

  it('type-checks with those files', async () => {
    const tsc = await run(root, join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.']);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  }, 300_000);

  it("passes the copy's registry, template and new view's tests, templates/ rewritten by npm run templates", async () => {
    const templates = await run(root, join(root, 'node_modules/.bin/node'), ['scripts/templates.ts']);
    expect(templates.code, templates.output).toBe(0);
    expect(existsSync(join(root, 'templates/content/petitions/fi/talvipyoraily.mdx'))).toBe(true);
    expect(readFileSync(join(root, 'templates/csv-fi/petition-signatures.csv'), 'utf8')).toBe(
      '\uFEFFpäivä;allekirjoitukset\r\n',
    );
    expect(readFileSync(join(root, 'templates/csv-sv/petition-signatures.csv'), 'utf8')).toBe(
      '\uFEFFdatum;underskrifter\r\n',
    );
    const vitest = await run(root, join(root, 'node_modules/.bin/vitest'), [
      'run',
      '--project',
      'unit',
      'test/site/kinds.test.ts',
      'test/docs/templates.test.ts',
      'test/site/views/petition-page.test.ts',
    ]);
    expect(vitest.code, vitest.output).toBe(0);
    expect(vitest.output).toMatch(/test\/site\/views\/petition-page\.test\.ts \(1 test\)/);
    expect(vitest.output).toMatch(/Test Files\s+3 passed/);
  }, 300_000);

  it('builds the petition pages, menu link, search filter, sitemap entries and open data', async () => {
    const node = join(root, 'node_modules/.bin/node');
    const build = await run(root, node, ['scripts/build.ts', '--root', site(), '--out', dist()]);
    expect(build.code, build.output).toBe(0);
    const page = read('fi/petitions/pyoratiet/index.html');
    expect(page).toContain('Pyörätiet auki talvella');
    expect(page).toContain('Pyydämme, että pyörätiet aurataan ennen autoteitä.');
    expect(page).toMatch(/Allekirjoituksia: 19/);
    expect(page).toContain('data-pagefind-filter="kind:petition"');
    expect(read('fi/petitions/index.html')).toContain('href="/fi/petitions/pyoratiet/"');
    expect(read('fi/index.html')).toMatch(/<a[^>]*href="\/fi\/petitions\/"[^>]*>Vetoomukset</);
    expect(read('fi/search/index.html')).toContain('Vetoomukset');
    const sitemap = read('sitemap.xml');
    for (const url of ['/fi/petitions/', '/fi/petitions/pyoratiet/']) expect(sitemap).toContain(url);
    expect(read('open-data/petition-signatures.csv')).toContain('petition;date;signatures');
    expect(read('open-data/datapackage.json')).toContain('petition-signatures');
    expect(read('fi/open-data/index.html')).toContain('Vetoomusten allekirjoitukset');
  }, 300_000);
});
