/**
 * The author guide in every language: English (README.md), Finnish (docs/opas.md) and Swedish
 * (docs/guide-sv.md). Each guide's field reference is the schemas' own words in its language,
 * and each shows the team's commands with the output they print today on the example city, in
 * that language. Run `npm run author-guide` after changing a schema, a command's words or the
 * example city's data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { authorReference, withReference } from '../../src/docs/author-reference.ts';
import { GUIDES, outputNames, withOutputs } from '../../src/docs/guides.ts';
import { actionRowSchema } from '../../src/schemas/action.ts';
import { fieldMeta, LANGUAGES } from '../../src/schemas/fields.ts';
import { EXAMPLES, guideOutputs, shortenReport } from '../../scripts/lib/guide-examples.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(`${REPO}${file}`, 'utf8');

describe('the author guide in each language', () => {
  it('has a guide per language, and the README links to the Finnish and Swedish ones at its top', () => {
    expect(GUIDES.map((g) => g.lang).sort()).toEqual(['en', 'fi', 'sv']);
    const top = read('README.md').split('\n').slice(0, 4).join('\n');
    expect(top).toContain('Suomeksi: [Kirjoittajan opas](docs/opas.md)');
    expect(top).toContain('På svenska: [Skribentens guide](docs/guide-sv.md)');
    expect(read('docs/opas.md')).toMatch(/^# Kirjoittajan opas/);
    expect(read('docs/guide-sv.md')).toMatch(/^# Skribentens guide/);
  });

  for (const { lang, file } of GUIDES) {
    it(`${file} has the field reference the schemas generate, in ${lang} (run npm run author-guide)`, () => {
      const guide = read(file);
      expect(withReference(guide, lang)).toBe(guide);
    });

    it(`${file} shows every command example`, () => {
      expect(outputNames(read(file)).sort()).toEqual(EXAMPLES.map((e) => e.name).sort());
    });
  }

  it('writes each reference in its own language, from the field descriptions of the schemas', () => {
    const title = fieldMeta((actionRowSchema(LANGUAGES).shape as Record<string, z.ZodType>).title!)!;
    expect(authorReference('fi')).toContain('| sarake | pakollinen | arvo | merkitys |');
    expect(authorReference('fi')).toContain(
      `| \`title_fi\`, \`title_sv\`, \`title_en\` | kyllä | ${title.kindText.fi} | ${title.doc.fi} |`,
    );
    expect(authorReference('sv')).toContain('| kolumn | obligatorisk | värde | betydelse |');
    expect(authorReference('sv')).toContain(`| ${title.kindText.sv} | ${title.doc.sv} |`);
    expect(authorReference('sv')).toContain('#### Åtgärder — `data/actions.csv`');
    expect(authorReference('en')).toContain('#### Actions — `data/actions.csv`');
    expect(authorReference('fi')).not.toContain(title.doc.en);
  });

  it('cuts the report to two items a list, keeping every heading', () => {
    const report = [
      'Missing translations: Swedish (4)',
      '  - a',
      '      file a',
      '  - b',
      '      file b',
      '  - c',
      '      file c',
      '  … and 1 more (all of them in the HTML report)',
      '',
      'Overdue actions (0)',
      '  Nothing.',
    ].join('\n');
    expect(shortenReport(report)).toBe(
      [
        'Missing translations: Swedish (4)',
        '  - a',
        '      file a',
        '  - b',
        '      file b',
        '  …',
        '',
        'Overdue actions (0)',
        '  Nothing.',
      ].join('\n'),
    );
  });

  it('shows the commands with the output they print on the example city, in each guide’s language (run npm run author-guide)', async () => {
    const outputs = await Promise.all(GUIDES.map((g) => guideOutputs(REPO, g.lang)));
    GUIDES.forEach(({ file }, i) => {
      const guide = read(file);
      expect(withOutputs(guide, outputs[i]!), `${file} is out of date: run npm run author-guide`).toBe(guide);
    });
    const fi = outputs[GUIDES.findIndex((g) => g.lang === 'fi')]!;
    expect(fi.new).toContain('luotu: content/meetings/fi/2027-04-lasten-parlamentti.mdx');
    expect(fi.action).toContain('kirjattu: A-2025-002');
    expect(fi.validate).toContain('status "valmis" ei ole kelvollinen tila.');
    const sv = outputs[GUIDES.findIndex((g) => g.lang === 'sv')]!;
    expect(sv.new).toContain('$ npm run new -- meeting lasten-parlamentti 14.4.2027 --lang sv');
    expect(sv.report).toContain('~/kuulee/.kuultu/report.html');
  }, 300_000);
});
