import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/validate/mdx-body.ts';
import { formatIn } from '../../src/core/problem.ts';

const FILE = 'content/pages/fi/tietoa.mdx';
/** Bodies in these tests start on line 5 of their file, after a three-key frontmatter. */
const FIRST_LINE = 5;

function check(body: string, scanPersonalData = false): string[] {
  return checkMdxBody(body, { file: FILE, firstLine: FIRST_LINE, scanPersonalData }).map(formatIn('en'));
}

describe('MDX bodies', () => {
  it('accepts Markdown: headings, lists, emphasis, safe links, escaped < and {', () => {
    const body = [
      '## Miten palaute käsitellään',
      '',
      'Luemme **jokaisen** palautteen. Lue [lisää](https://kuusijarvi.example/palaute) tai soita [vaihteeseen](tel:+358401234567).',
      '',
      '- Vastaamme viikon kuluessa',
      '- Kirjoita \\{ ja \\< sellaisinaan',
      '',
      '{/* Muistiinpano toimittajalle: päivitä syksyllä. */}',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('reports an unclosed <div> at its line in the file', () => {
    expect(check('Teksti.\n\n<div>\nJatkuu\n')).toEqual([
      `${FILE}:7:1  the text does not compile as MDX: Expected a closing tag for \`<div>\` (line 7, column 1).\n` +
        '    expected: Markdown text\n' +
        '    fix: kuultu pages use Markdown only: remove the tag, or write a < meant as text as \\<',
    ]);
  });

  it('reports a stray { as a compile error with the escape to use', () => {
    expect(check('Hinta on { noin 5 euroa.\n')).toEqual([
      `${FILE}:5:10  the text does not compile as MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`.\n` +
        '    expected: Markdown text\n' +
        '    fix: a { meant as text must be written as \\{',
    ]);
  });

  it('says in Finnish and Swedish what the compiler says only in English, for the mistakes authors make', () => {
    const reasons = (body: string, lang: 'fi' | 'sv') =>
      checkMdxBody(body, { file: FILE, firstLine: FIRST_LINE, scanPersonalData: false })
        .map(formatIn(lang))
        .map((m) => m.split('\n')[0]!.replace(/^\S+\s+/, ''));
    const cases: [string, string, string][] = [
      ['Teksti <div>auki.\n', 'tagille <div> ei ole lopputagia', 'taggen <div> har ingen sluttagg'],
      ['Väärä </p> tagi.\n', 'lopputagille </p> ei ole alkutagia', 'sluttaggen </p> har ingen starttagg'],
      [
        'Piilossa <!-- tämä --> tässä.\n',
        'HTML-kommentti <!-- … --> ei käy MDX:ssä',
        'en HTML-kommentar <!-- … --> går inte i MDX',
      ],
      ['Hinta { noin 5 €.\n', 'aaltosulkeelle { ei ole paria }', 'klammerparentesen { saknar sin }'],
      ['Jos a<b niin.\n', 'merkin < jälkeen ei ole tagia', 'efter tecknet < kommer ingen tagg'],
    ];
    for (const [body, fi, sv] of cases) {
      expect(reasons(body, 'fi')).toEqual([`teksti ei käänny MDX:ksi: ${fi}.`]);
      expect(reasons(body, 'sv')).toEqual([`texten går inte att kompilera som MDX: ${sv}.`]);
    }
  });

  it("asks for the words an image or a link needs for a screen reader, in the file's place", () => {
    expect(check('Kartta:\n\n![](/kuvat/kartta.png)\n\nLomake on [](https://kuusijarvi.example/lomake).\n')).toEqual([
      `${FILE}:7:1  image "/kuvat/kartta.png" has no text alternative, so a screen reader cannot tell what it shows (WCAG 1.1.1).\n` +
        '    expected: a description between the brackets: ![What the image shows](/kuvat/kartta.png)\n' +
        '    fix: write between the brackets, briefly, what the image shows and why it is on the page',
      `${FILE}:9:11  link "https://kuusijarvi.example/lomake" has no text: the page shows nothing to click, and a screen reader reads out at most its address (WCAG 2.4.4).\n` +
        "    expected: the link's text between the brackets: [Where the link leads](https://kuusijarvi.example/lomake)\n" +
        '    fix: write between the brackets where the link leads',
    ]);
    expect(check('![IMG_2041.jpg](/kuvat/raati.jpg)\n').map((m) => m.split('\n')[0])).toEqual([
      `${FILE}:5:1  warning: image "/kuvat/raati.jpg" has the file name "IMG_2041.jpg" as its text alternative, which a screen reader reads out as it is.`,
    ]);
    // An image inside a link gives the link its words; a described image needs nothing more.
    expect(
      check(
        '[![Kuusijärven vaakuna](/vaakuna.svg)](https://kuusijarvi.example/)\n\n![Raadin jäsenet kävelykierroksella](/kuvat/raati.jpg)\n',
      ),
    ).toEqual([]);
  });

  it('reports import and export lines', () => {
    expect(check("import Kartta from '../kartta.astro'\n\nexport const vuosi = 2026\n\nTeksti.\n")).toEqual([
      `${FILE}:5:1  the line "import Kartta from '../kartta.astro'" is an import: imports and exports are not allowed: kuultu pages may use Markdown only.\n` +
        '    expected: Markdown text: headings, paragraphs, lists, links\n' +
        '    fix: remove the line; if the text really needs a word beginning "import" or "export" at the start of a line, write it inside the paragraph',
      `${FILE}:7:1  the line "export const vuosi = 2026" is an export: imports and exports are not allowed: kuultu pages may use Markdown only.\n` +
        '    expected: Markdown text: headings, paragraphs, lists, links\n' +
        '    fix: remove the line; if the text really needs a word beginning "import" or "export" at the start of a line, write it inside the paragraph',
    ]);
  });

  it('reports a {expression}', () => {
    expect(check('Vuonna {new Date().getFullYear()} kuulimme paljon.\n')).toEqual([
      `${FILE}:5:8  "{new Date().getFullYear()}" is JavaScript, which is not allowed: kuultu pages may use Markdown only.\n` +
        '    expected: Markdown text without { }\n' +
        '    fix: remove the braces; a { or } meant as text must be written as \\{ or \\}',
    ]);
  });

  it('reports code hidden between two comments, which would run at build time', () => {
    expect(check('{/* a */ process.env.HOME /* b */}\n').map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:5:1  "{/* a */ process.env.HOME /* b */}" is JavaScript, which is not allowed: kuultu pages may use Markdown only.`,
    ]);
  });

  it('warns that a # heading would be a second main heading on the page', () => {
    expect(check('# Tietoa\n\nTeksti.\n')).toEqual([
      `${FILE}:5:1  warning: a heading written with one # becomes a second main heading on the page, after the title.\n` +
        '    expected: section headings written with ## (and ### below them)\n' +
        '    fix: write ## instead of #',
    ]);
  });

  it('reports a link written without https:// (www.…) with the full address to write, in Finnish', () => {
    const [problem] = checkMdxBody('Täytä [lomakkeella](www.kuusijarvi.example/lomake).\n', {
      file: FILE,
      firstLine: FIRST_LINE,
    });
    expect(problem && formatIn('fi')(problem)).toBe(
      `${FILE}:5:7  linkistä "www.kuusijarvi.example/lomake" puuttuu alku https://, joten se johtaisi tämän sivuston olemattomalle sivulle.\n` +
        '    kelpaa: linkki, joka alkaa https://, http://, mailto: tai tel:\n' +
        '    korjaus: kirjoita (https://www.kuusijarvi.example/lomake)',
    );
  });

  it("reports a relative link such as a bare file name, and allows the site's own addresses and anchors", () => {
    expect(check('Katso [liite](liite.pdf).\n')).toEqual([
      `${FILE}:5:7  link "liite.pdf" is not a full web address, so on the published page it would lead nowhere.\n` +
        "    expected: a link starting with https://, http://, mailto: or tel:, or the site's own address starting with /, e.g. /en/themes/kirjastot/\n" +
        '    fix: write the whole address (https://…); a file can go in the public/ folder and be linked as /file.pdf',
    ]);
    expect(
      check('[Kirjastot](/fi/themes/kirjastot/), [ohje](#ohje), [liite](/liite.pdf), [x](https://a.example/)\n'),
    ).toEqual([]);
  });

  it('reports a javascript: link in Markdown', () => {
    expect(check('Katso [tästä](javascript:alert(document.cookie)).\n')).toEqual([
      `${FILE}:5:7  link "javascript:alert(document.cookie)" is a javascript: link, which kuultu never publishes.\n` +
        '    expected: a link starting with https://, http://, mailto: or tel:\n' +
        '    fix: replace it with an https:// address, or remove it',
    ]);
  });

  it('reports unsafe images and link definitions too', () => {
    const problems = check('![kuva](data:text/html,x)\n\n[ohje]: vbscript:msgbox\n');
    expect(problems.map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:5:1  image "data:text/html,x" is a data: link, which kuultu never publishes.`,
      `${FILE}:7:1  link "vbscript:msgbox" is a vbscript: link, which kuultu never publishes.`,
    ]);
  });

  it('reports an HTML tag, and a javascript: href in it, in one run', () => {
    expect(check('<a href="javascript:void(0)">Lähetä</a>\n')).toEqual([
      `${FILE}:5:1  the tag <a> is HTML, which is not allowed: kuultu pages may use Markdown only.\n` +
        '    expected: Markdown: **bold**, *italic*, [link text](https://…), ## heading, - list item\n' +
        '    fix: write Markdown instead of HTML; a < meant as text must be written as \\<',
      `${FILE}:5:1  href in <a> "javascript:void(0)" is a javascript: link, which kuultu never publishes.\n` +
        '    expected: a link starting with https://, http://, mailto: or tel:\n' +
        '    fix: replace it with an https:// address, or remove it',
    ]);
  });

  it('reads a javascript: href written as a JSX string expression', () => {
    expect(check("<a href={'javascript:x'}>y</a>\n").map((p) => p.split('\n')[0])).toContain(
      `${FILE}:5:1  href in <a> "javascript:x" is a javascript: link, which kuultu never publishes.`,
    );
  });

  it('reports only the outermost tag of nested HTML', () => {
    expect(check('<div>\n<p>Teksti</p>\n</div>\n').map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:5:1  the tag <div> is HTML, which is not allowed: kuultu pages may use Markdown only.`,
    ]);
  });

  it('reports every problem in the file, not only the first', () => {
    expect(check('{x}\n\nimport a from "b"\n\n[l](javascript:x)\n')).toHaveLength(3);
  });
});

describe('personal data in meeting minutes', () => {
  const minutes = [
    'Läsnä: puheenjohtaja ja sihteeri.',
    '',
    'Yhteyshenkilö Matti Meikäläinen, matti.meikalainen@example.fi, puh. 040 123 4567.',
    'Hakemuksen tunnus oli 131052-308T.',
  ].join('\n');

  it('reports an e-mail address, a phone number and a HETU at their line and column', () => {
    expect(check(minutes, true)).toEqual([
      `${FILE}:7:34  the text contains an e-mail address "matti.meikalainen@example.fi", and meeting minutes are published.\n` +
        '    expected: no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text\n' +
        '    fix: remove it',
      `${FILE}:7:69  the text contains a phone number "040 123 4567", and meeting minutes are published.\n` +
        '    expected: no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text\n' +
        '    fix: remove it',
      `${FILE}:8:23  the text contains a Finnish personal identity code "131052-308T", and meeting minutes are published.\n` +
        '    expected: no e-mail addresses, phone numbers, personal identity codes or bank account numbers in published text\n' +
        '    fix: remove it',
    ]);
  });

  it('does not scan text that is not published minutes', () => {
    expect(check(minutes, false)).toEqual([]);
  });

  it('does not take a HETU-shaped code with a wrong check character for a HETU', () => {
    expect(check('Asia 131052-308A käsiteltiin.', true)).toEqual([]);
  });

  it('finds an address hidden in a mailto: link', () => {
    expect(check('[Ota yhteyttä](mailto:liisa.virtanen@example.fi)', true).map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:5:1  the text contains an e-mail address "liisa.virtanen@example.fi", and meeting minutes are published.`,
    ]);
  });
});
