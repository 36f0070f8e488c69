/**
 * The MDX body of a content file. MDX is a programming language that runs at build time with
 * the build's secrets (PRODUCT.md §6b), so authored content may use Markdown only: no
 * import/export, no `{expressions}`, no JSX/HTML tags, and links only to http(s), mailto and
 * tel. Meeting minutes are published, so they are also scanned for personal data (§6).
 *
 * The body is parsed with satteri, the compiler Astro itself uses, so "does not compile" here
 * means the build would fail too.
 */
import { mdxToMdast } from 'satteri';
import { truncate } from '../core/text.ts';
import { describePersonalData, findPersonalData, PERSONAL_DATA_EXPECTED } from './personal-data.ts';
import { isSafeUrl, urlScheme } from '../core/safe-links.ts';
import { error, warning, type Problem } from '../core/problem.ts';
import { same, type Text } from '../core/lang.ts';
import { SAFE_LINK_STARTS, unsafeLinkWords } from '../schemas/fields.ts';

export interface BodyCheckOptions {
  file: string;
  /** 1-based line in the file where the body starts (after the frontmatter). */
  firstLine: number;
  /** Published text such as meeting minutes: report e-mail addresses, phone numbers, HETUs, IBANs. */
  scanPersonalData?: boolean;
  /**
   * Where links to the site's own addresses (`/fi/themes/kirjastot/`) are collected: whether
   * such a page exists is known only to the site layer (src/site/own-links.ts), which checks them.
   */
  ownLinks?: OwnLink[];
}

/** A link from an MDX body to an address of the site itself, written from its root. */
export interface OwnLink {
  file: string;
  line: number;
  column: number;
  href: string;
}

interface Point {
  line: number;
  column: number;
}

/** The part of an mdast node this check reads; satteri's types are wider than we need. */
interface MdNode {
  type: string;
  position?: { start: Point };
  children?: MdNode[];
  value?: unknown;
  url?: unknown;
  /** An image's text alternative: `![this](kuva.jpg)`. */
  alt?: string | null;
  name?: string | null;
  attributes?: JsxAttribute[];
  /** Heading level, for `heading` nodes. */
  depth?: number;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Walk {
  opts: BodyCheckOptions;
  problems: Problem[];
}

const MARKDOWN_ONLY: Text = {
  fi: 'kuultu-sivuilla saa käyttää vain Markdownia',
  sv: 'kuultu-sidor får bara använda Markdown',
  en: 'kuultu pages may use Markdown only',
};
/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'xlink:href',
  'srcset',
  'background',
]);

/** Every problem in the body; never throws. */
export function checkMdxBody(body: string, opts: BodyCheckOptions): Problem[] {
  const walk: Walk = { opts, problems: [] };
  let tree: MdNode;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as MdNode;
  } catch (e) {
    return [compileProblem(e, opts)];
  }
  try {
    visit(tree, walk, false);
  } catch (e) {
    // A tree shape we did not expect must not hide the file's other problems behind a stack trace.
    walk.problems.push(
      error(
        { file: opts.file, line: opts.firstLine, column: 0 },
        'mdx.internal',
        {
          fi: `tekstiä ei voitu tarkistaa (${e instanceof Error ? e.message : String(e)}).`,
          sv: `texten kunde inte kontrolleras (${e instanceof Error ? e.message : String(e)}).`,
          en: `the text could not be checked (${e instanceof Error ? e.message : String(e)}).`,
        },
        {
          fix: {
            fi: 'ilmoita tästä sivustogeneraattorin ylläpitäjille',
            sv: 'rapportera det här till dem som underhåller webbplatsgeneratorn',
            en: 'report this to the people who maintain the site generator',
          },
        },
      ),
    );
  }
  return uniqueProblems(walk.problems);
}

/** An autolinked address is both a mailto: link and its own text; say it once. */
function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function at(node: MdNode, opts: BodyCheckOptions): { file: string; line: number; column: number } {
  const start = node.position?.start;
  return start
    ? { file: opts.file, line: start.line + opts.firstLine - 1, column: start.column }
    : { file: opts.file, line: opts.firstLine, column: 0 };
}

function visit(node: MdNode, walk: Walk, insideTag: boolean): void {
  const { opts, problems } = walk;
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push(esmProblem(node, opts));
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isOnlyComment(String(node.value ?? ''))) problems.push(expressionProblem(node, opts));
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // The outermost tag is the one to rewrite; reporting every nested tag would bury the fix.
      if (!insideTag) problems.push(tagProblem(node, opts));
      problems.push(...attributeProblems(node, opts));
      break;
    case 'heading':
      if (node.depth === 1) problems.push(topHeadingProblem(node, opts));
      break;
    case 'link':
    case 'image':
    case 'definition':
      problems.push(...linkProblems(node, opts), ...textAlternativeProblems(node, opts));
      break;
    case 'text':
    case 'inlineCode':
    case 'code':
      if (opts.scanPersonalData) problems.push(...personalDataProblems(node, opts));
      break;
  }
  const inTag = insideTag || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  for (const child of node.children ?? []) visit(child, walk, inTag);
}

/**
 * `{/* a note *\/}` is how MDX writes a comment; it runs nothing, so it may stay. A comment body
 * may not contain `*\/`, or `{/* a *\/ process.env.X /* b *\/}` would pass as "a comment" and run.
 */
function isOnlyComment(code: string): boolean {
  return /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/.test(code);
}

/** The page's title is its one main heading; a second one confuses screen-reader navigation. */
function topHeadingProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  return warning(
    at(node, opts),
    'mdx.heading',
    {
      fi: 'yhdellä #-merkillä kirjoitetusta otsikosta tulee sivulle toinen pääotsikko sivun otsikon jälkeen.',
      sv: 'en rubrik med ett # blir en andra huvudrubrik på sidan, efter sidans rubrik.',
      en: 'a heading written with one # becomes a second main heading on the page, after the title.',
    },
    {
      expected: {
        fi: 'väliotsikot merkeillä ## (ja niiden alla ###)',
        sv: 'mellanrubriker med ## (och ### under dem)',
        en: 'section headings written with ## (and ### below them)',
      },
      fix: { fi: 'kirjoita ## eikä #', sv: 'skriv ## i stället för #', en: 'write ## instead of #' },
    },
  );
}

function esmProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const code = String(node.value ?? '').split('\n')[0] ?? '';
  const isExport = /^\s*export\b/.test(code);
  const line = truncate(code);
  return error(
    at(node, opts),
    'mdx.esm',
    {
      fi: `rivi "${line}" on ${isExport ? 'export' : 'import'}-lause: import- ja export-rivit eivät ole sallittuja: ${MARKDOWN_ONLY.fi}.`,
      sv: `raden "${line}" är ${isExport ? 'en export' : 'en import'}: import och export är inte tillåtna: ${MARKDOWN_ONLY.sv}.`,
      en: `the line "${line}" is ${isExport ? 'an export' : 'an import'}: imports and exports are not allowed: ${MARKDOWN_ONLY.en}.`,
    },
    {
      expected: {
        fi: 'Markdown-tekstiä: otsikoita, kappaleita, luetteloita, linkkejä',
        sv: 'Markdown-text: rubriker, stycken, listor, länkar',
        en: 'Markdown text: headings, paragraphs, lists, links',
      },
      fix: {
        fi: 'poista rivi; jos tekstissä todella tarvitaan rivin alkuun sana "import" tai "export", kirjoita se kappaleen sisään',
        sv: 'ta bort raden; om texten verkligen behöver ett ord som börjar med "import" eller "export" i början av en rad, skriv det inne i stycket',
        en: 'remove the line; if the text really needs a word beginning "import" or "export" at the start of a line, write it inside the paragraph',
      },
    },
  );
}

function expressionProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const code = String(node.value ?? '');
  const shown = `"{${truncate(code, 40)}}"`;
  return error(
    at(node, opts),
    'mdx.expression',
    {
      fi: `${shown} on JavaScriptiä, joka ei ole sallittua: ${MARKDOWN_ONLY.fi}.`,
      sv: `${shown} är JavaScript, som inte är tillåtet: ${MARKDOWN_ONLY.sv}.`,
      en: `${shown} is JavaScript, which is not allowed: ${MARKDOWN_ONLY.en}.`,
    },
    {
      expected: {
        fi: 'Markdown-tekstiä ilman aaltosulkeita { }',
        sv: 'Markdown-text utan { }',
        en: 'Markdown text without { }',
      },
      fix: {
        fi: 'poista aaltosulkeet; tekstinä tarkoitettu { tai } kirjoitetaan \\{ tai \\}',
        sv: 'ta bort klammerparenteserna; en { eller } som ska synas som text skrivs \\{ eller \\}',
        en: 'remove the braces; a { or } meant as text must be written as \\{ or \\}',
      },
    },
  );
}

function tagProblem(node: MdNode, opts: BodyCheckOptions): Problem {
  const tag: Text = node.name
    ? { fi: `tagi <${node.name}>`, sv: `taggen <${node.name}>`, en: `the tag <${node.name}>` }
    : { fi: 'tyhjä tagi <>', sv: 'fragmentet <>', en: 'the fragment <>' };
  return error(
    at(node, opts),
    'mdx.tag',
    {
      fi: `${tag.fi} on HTML:ää, joka ei ole sallittua: ${MARKDOWN_ONLY.fi}.`,
      sv: `${tag.sv} är HTML, som inte är tillåtet: ${MARKDOWN_ONLY.sv}.`,
      en: `${tag.en} is HTML, which is not allowed: ${MARKDOWN_ONLY.en}.`,
    },
    {
      expected: {
        fi: 'Markdownia: **lihavointi**, *kursiivi*, [linkin teksti](https://…), ## otsikko, - luettelon kohta',
        sv: 'Markdown: **fetstil**, *kursiv*, [länktext](https://…), ## rubrik, - listpunkt',
        en: 'Markdown: **bold**, *italic*, [link text](https://…), ## heading, - list item',
      },
      fix: {
        fi: 'kirjoita Markdownia HTML:n sijaan; tekstinä tarkoitettu < kirjoitetaan \\<',
        sv: 'skriv Markdown i stället för HTML; ett < som ska synas som text skrivs \\<',
        en: 'write Markdown instead of HTML; a < meant as text must be written as \\<',
      },
    },
  );
}

function attributeProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name || !URL_ATTRIBUTES.has(attr.name.toLowerCase())) continue;
    const url = attributeText(attr.value);
    if (url !== undefined && !isSafeUrl(url))
      problems.push(
        unsafeLinkProblem(
          {
            fi: `${attr.name} tagissa <${node.name ?? ''}>`,
            sv: `${attr.name} i <${node.name ?? ''}>`,
            en: `${attr.name} in <${node.name ?? ''}>`,
          },
          url,
          node,
          opts,
        ),
      );
  }
  return problems;
}

/** The words of a node as a screen reader reads them: its text, and its images' text alternatives. */
function wordsOf(node: MdNode): string {
  if (node.type === 'image') return node.alt ?? '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(wordsOf).join('');
}

/** `IMG_1234.jpg`, `kartta.png`: a file's name, which a screen reader reads out as it is. */
const FILE_NAME = /^\S+\.(?:jpe?g|png|gif|svg|webp|avif|tiff?)$|^(?:IMG|DSC|DCIM|PXL)[_-]?\d+/i;

/**
 * An image needs words for what it shows and a link words for where it leads, or a screen reader
 * has nothing to say but a file name or an address (WCAG 1.1.1 and 2.4.4). Markdown cannot tell a
 * decorative image from a forgotten description, and on these pages images are photos, maps and
 * charts, so an empty `![]` is an error.
 */
function textAlternativeProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const url = truncate(typeof node.url === 'string' ? node.url.trim() : '');
  if (node.type === 'image') {
    const alt = (node.alt ?? '').trim();
    if (alt === '')
      return [
        error(
          at(node, opts),
          'image.alt',
          {
            fi: `kuvalla "${url}" ei ole tekstivastinetta, joten ruudunlukija ei voi kertoa, mitä kuvassa on (WCAG 1.1.1).`,
            sv: `bilden "${url}" har ingen alternativtext, så en skärmläsare kan inte berätta vad den visar (WCAG 1.1.1).`,
            en: `image "${url}" has no text alternative, so a screen reader cannot tell what it shows (WCAG 1.1.1).`,
          },
          {
            expected: {
              fi: `kuvaus hakasulkeissa: ![Mitä kuvassa näkyy](${url})`,
              sv: `en beskrivning inom hakparenteserna: ![Vad bilden visar](${url})`,
              en: `a description between the brackets: ![What the image shows](${url})`,
            },
            fix: {
              fi: 'kirjoita hakasulkeisiin lyhyesti, mitä kuvassa näkyy ja miksi se on sivulla',
              sv: 'skriv kort inom hakparenteserna vad bilden visar och varför den finns på sidan',
              en: 'write between the brackets, briefly, what the image shows and why it is on the page',
            },
          },
        ),
      ];
    if (FILE_NAME.test(alt))
      return [
        warning(
          at(node, opts),
          'image.alt-file-name',
          {
            fi: `kuvan "${url}" tekstivastine "${truncate(alt)}" on tiedoston nimi, ja ruudunlukija lukee sen sellaisenaan.`,
            sv: `bilden "${url}" har filnamnet "${truncate(alt)}" som alternativtext, och en skärmläsare läser upp det som det är.`,
            en: `image "${url}" has the file name "${truncate(alt)}" as its text alternative, which a screen reader reads out as it is.`,
          },
          {
            expected: {
              fi: 'kuvaus siitä, mitä kuvassa näkyy',
              sv: 'en beskrivning av vad bilden visar',
              en: 'a description of what the image shows',
            },
            fix: {
              fi: 'kirjoita hakasulkeisiin lyhyesti, mitä kuvassa näkyy',
              sv: 'skriv kort inom hakparenteserna vad bilden visar',
              en: 'write between the brackets, briefly, what the image shows',
            },
          },
        ),
      ];
    return [];
  }
  if (node.type === 'link' && wordsOf(node).trim() === '')
    return [
      error(
        at(node, opts),
        'link.text',
        {
          fi: `linkillä "${url}" ei ole tekstiä: sivulla ei näy mitään napsautettavaa, ja ruudunlukija lukee siitä korkeintaan osoitteen (WCAG 2.4.4).`,
          sv: `länken "${url}" har ingen text: på sidan syns inget att klicka på, och en skärmläsare läser högst upp adressen (WCAG 2.4.4).`,
          en: `link "${url}" has no text: the page shows nothing to click, and a screen reader reads out at most its address (WCAG 2.4.4).`,
        },
        {
          expected: {
            fi: `linkin teksti hakasulkeissa: [Minne linkki vie](${url})`,
            sv: `länkens text inom hakparenteserna: [Vart länken leder](${url})`,
            en: `the link's text between the brackets: [Where the link leads](${url})`,
          },
          fix: {
            fi: 'kirjoita hakasulkeisiin, minne linkki vie',
            sv: 'skriv inom hakparenteserna vart länken leder',
            en: 'write between the brackets where the link leads',
          },
        },
      ),
    ];
  return [];
}

/** The text of `href="…"`, or of `href={'…'}` when the expression is a single string literal. */
function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    const literal = /^\s*(['"`])([\s\S]*)\1\s*$/.exec(value.value);
    return literal ? literal[2] : undefined;
  }
  return undefined;
}

function linkProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const url = typeof node.url === 'string' ? node.url : '';
  const problems: Problem[] = [];
  if (!isSafeUrl(url))
    problems.push(
      unsafeLinkProblem(
        node.type === 'image' ? { fi: 'kuva', sv: 'bilden', en: 'image' } : { fi: 'linkki', sv: 'länken', en: 'link' },
        url,
        node,
        opts,
      ),
    );
  else if (node.type === 'link') {
    const incomplete = incompleteLinkProblem(url, node, opts);
    if (incomplete) problems.push(incomplete);
  }
  const href = url.trim();
  // Links from the root, and whole addresses: the site layer tells which of those are the site's own.
  if (
    opts.ownLinks &&
    isSafeUrl(href) &&
    ((href.startsWith('/') && !href.startsWith('//')) || /^https?:\/\//i.test(href))
  )
    opts.ownLinks.push({ ...at(node, opts), href });
  // A mailto:/tel: link publishes the address itself, not only its visible text.
  if (opts.scanPersonalData && /^(mailto|tel):/i.test(url.trim())) {
    problems.push(
      ...findPersonalData(decodeURIComponentSafe(url)).map((m) => personalDataProblem(m.kind, m.value, at(node, opts))),
    );
  }
  return problems;
}

/**
 * A link without a scheme is relative: on the published page `www.kuusijarvi.example/lomake` or
 * `liite.pdf` would lead to a page of this site that does not exist. Only the site's own
 * addresses (`/fi/themes/kirjastot/`) and in-page anchors (`#ohjeet`) may leave the scheme out.
 */
function incompleteLinkProblem(url: string, node: MdNode, opts: BodyCheckOptions): Problem | undefined {
  const link = url.trim();
  if (link === '' || urlScheme(link) !== undefined || link.startsWith('/') || link.startsWith('#')) return undefined;
  const shown = truncate(link);
  if (/^www\./i.test(link)) {
    const full = `https://${link}`;
    return error(
      at(node, opts),
      'link.www',
      {
        fi: `linkistä "${shown}" puuttuu alku https://, joten se johtaisi tämän sivuston olemattomalle sivulle.`,
        sv: `länken "${shown}" saknar https:// i början, så den skulle leda till en sida på den här webbplatsen som inte finns.`,
        en: `link "${shown}" lacks https:// at the start, so it would lead to a page of this site that does not exist.`,
      },
      {
        expected: SAFE_LINK_STARTS,
        fix: { fi: `kirjoita (${full})`, sv: `skriv (${full})`, en: `write (${full})` },
      },
    );
  }
  return error(
    at(node, opts),
    'link.relative',
    {
      fi: `linkki "${shown}" ei ole täydellinen verkko-osoite, joten julkaistulla sivulla se ei johtaisi minnekään.`,
      sv: `länken "${shown}" är inte en fullständig webbadress, så på den publicerade sidan skulle den inte leda någonstans.`,
      en: `link "${shown}" is not a full web address, so on the published page it would lead nowhere.`,
    },
    {
      expected: {
        fi: `${SAFE_LINK_STARTS.fi}, tai sivuston oma osoite, joka alkaa /, esim. /fi/themes/kirjastot/`,
        sv: `${SAFE_LINK_STARTS.sv}, eller webbplatsens egen adress som börjar med /, t.ex. /sv/themes/kirjastot/`,
        en: `${SAFE_LINK_STARTS.en}, or the site's own address starting with /, e.g. /en/themes/kirjastot/`,
      },
      fix: {
        fi: 'kirjoita koko osoite (https://…); tiedoston voi laittaa public/-kansioon ja linkittää muodossa /tiedosto.pdf',
        sv: 'skriv hela adressen (https://…); en fil kan läggas i mappen public/ och länkas som /fil.pdf',
        en: 'write the whole address (https://…); a file can go in the public/ folder and be linked as /file.pdf',
      },
    },
  );
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function unsafeLinkProblem(what: Text, url: string, node: MdNode, opts: BodyCheckOptions): Problem {
  const words = unsafeLinkWords(url);
  const shown = truncate(url);
  return error(
    at(node, opts),
    'link.unsafe',
    {
      fi: `${what.fi} "${shown}" ${words.predicate.fi}`,
      sv: `${what.sv} "${shown}" ${words.predicate.sv}`,
      en: `${what.en} "${shown}" ${words.predicate.en}`,
    },
    { expected: words.expected, fix: words.fix },
  );
}

function personalDataProblems(node: MdNode, opts: BodyCheckOptions): Problem[] {
  const text = String(node.value ?? '');
  const start = valueStart(node, opts);
  return findPersonalData(text).map((m) => personalDataProblem(m.kind, m.value, offsetPosition(start, text, m.index)));
}

function personalDataProblem(
  kind: Parameters<typeof describePersonalData>[0],
  value: string,
  where: { file: string; line: number; column: number },
): Problem {
  const what = describePersonalData(kind);
  return error(
    where,
    'personal-data',
    {
      fi: `teksti sisältää ${what.fi} "${value}", ja kokousten pöytäkirjat julkaistaan.`,
      sv: `texten innehåller ${what.sv} "${value}", och mötesprotokoll publiceras.`,
      en: `the text contains ${what.en} "${value}", and meeting minutes are published.`,
    },
    {
      expected: PERSONAL_DATA_EXPECTED,
      fix: { fi: 'poista se', sv: 'ta bort den', en: 'remove it' },
    },
  );
}

/** Where a node's text begins: after the backtick of `code`, on the line after a ``` fence. */
function valueStart(node: MdNode, opts: BodyCheckOptions): { file: string; line: number; column: number } {
  const start = at(node, opts);
  if (node.type === 'inlineCode') return { ...start, column: start.column + 1 };
  if (node.type === 'code') return { ...start, line: start.line + 1, column: 1 };
  return start;
}

/** Where `index` of a node's text stands in the file (text nodes may span lines). */
function offsetPosition(
  start: { file: string; line: number; column: number },
  text: string,
  index: number,
): { file: string; line: number; column: number } {
  const before = text.slice(0, index);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { ...start, column: start.column + index };
  return { ...start, line: start.line + newlines, column: index - before.lastIndexOf('\n') };
}

// ---------------------------------------------------------------------------------------------
// Compile errors

/** satteri: `3:1: Expected a closing tag for \`<div>\` (3:1) (mdx-jsx:unexpected-character)`. */
const COMPILE_ERROR = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/;

function compileProblem(e: unknown, opts: BodyCheckOptions): Problem {
  const raw = e instanceof Error ? e.message : String(e);
  const m = COMPILE_ERROR.exec(raw.trim());
  const line = m ? Number(m[1]) + opts.firstLine - 1 : opts.firstLine;
  const column = m ? Number(m[2]) : 0;
  const reason = plainReason(m ? m[3]! : raw, opts.firstLine);
  const told = reasonIn(reason);
  return error(
    { file: opts.file, line, column },
    'mdx.syntax',
    {
      fi: `teksti ei käänny MDX:ksi: ${told.fi}.`,
      sv: `texten går inte att kompilera som MDX: ${told.sv}.`,
      en: `the text does not compile as MDX: ${reason}.`,
    },
    {
      expected: { fi: 'Markdown-tekstiä', sv: 'Markdown-text', en: 'Markdown text' },
      fix: compileFix(reason),
    },
  );
}

/** Drops the parser's rule name and renumbers the positions it quotes to lines of the file. */
function plainReason(message: string, firstLine: number): string {
  return message
    .split('\n')[0]!
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(
      /\((\d+):(\d+)(?:-\d+:\d+)?\)/g,
      (_, l: string, c: string) => `(line ${Number(l) + firstLine - 1}, column ${c})`,
    )
    .replace(/\.$/, '');
}

/**
 * The compiler's reasons for the mistakes authors make, in the author's language (the compiler
 * speaks English only); any other reason is given as the compiler wrote it.
 */
const REASONS: { pattern: RegExp; text: (m: RegExpExecArray) => Omit<Text, 'en'> }[] = [
  {
    pattern: /^Expected a closing tag for `(<[^`]+>)`/,
    text: ([, tag]) => ({ fi: `tagille ${tag} ei ole lopputagia`, sv: `taggen ${tag} har ingen sluttagg` }),
  },
  {
    pattern: /^Unexpected closing tag `(<\/[^`]+>)`/,
    text: ([, tag]) => ({ fi: `lopputagille ${tag} ei ole alkutagia`, sv: `sluttaggen ${tag} har ingen starttagg` }),
  },
  {
    pattern: /^Unexpected character `!`.*comment/,
    text: () => ({ fi: 'HTML-kommentti <!-- … --> ei käy MDX:ssä', sv: 'en HTML-kommentar <!-- … --> går inte i MDX' }),
  },
  {
    pattern: /^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    text: () => ({ fi: 'aaltosulkeelle { ei ole paria }', sv: 'klammerparentesen { saknar sin }' }),
  },
  {
    pattern: /^Unexpected character after `<`, expected a valid JSX tag/,
    text: () => ({ fi: 'merkin < jälkeen ei ole tagia', sv: 'efter tecknet < kommer ingen tagg' }),
  },
];

function reasonIn(reason: string): Text {
  for (const { pattern, text } of REASONS) {
    const m = pattern.exec(reason);
    if (m) return { ...text(m), en: reason };
  }
  return same(reason);
}

function compileFix(reason: string): Text {
  if (/closing tag/i.test(reason))
    return {
      fi: 'kuultu-sivuilla käytetään vain Markdownia: poista tagi tai kirjoita tekstinä tarkoitettu < muodossa \\<',
      sv: 'kuultu-sidor använder bara Markdown: ta bort taggen, eller skriv ett < som ska synas som text som \\<',
      en: 'kuultu pages use Markdown only: remove the tag, or write a < meant as text as \\<',
    };
  if (/brace|expression/i.test(reason))
    return {
      fi: 'tekstinä tarkoitettu { kirjoitetaan \\{',
      sv: 'en { som ska synas som text skrivs \\{',
      en: 'a { meant as text must be written as \\{',
    };
  if (/comment/i.test(reason))
    return {
      fi: 'poista HTML-kommentti <!-- … --> tai kirjoita se muodossa {/* … */}',
      sv: 'ta bort HTML-kommentaren <!-- … -->, eller skriv den som {/* … */}',
      en: 'remove the HTML comment <!-- … -->, or write it as {/* … */}',
    };
  if (/after `?</i.test(reason))
    return {
      fi: 'tekstinä tarkoitettu < kirjoitetaan \\<',
      sv: 'ett < som ska synas som text skrivs \\<',
      en: 'a < meant as text must be written as \\<',
    };
  return {
    fi: 'tekstissä < ja { kirjoitetaan \\< ja \\{',
    sv: '< och { i text skrivs \\< och \\{',
    en: 'a < or { in text must be written as \\< or \\{',
  };
}
