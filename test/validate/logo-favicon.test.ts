/**
 * `logo` and `favicon` in site.yaml: files in the site's public/ folder. The logo's alt text is
 * one text or one per language and defaults to the organisation's name; each mistake reaches the
 * author with the line, the value, what was expected and the fix.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { siteCopies } from '../support/site-copies.ts';

const copy = siteCopies('logo');

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';

/** The small site with `yaml` appended to its site.yaml and `files` put in public/. */
async function withSettings(yaml: string, files: string[] = []) {
  const root = copy();
  const file = path.join(root, 'content/site.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}${yaml}`);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, 'public', f)), { recursive: true });
    writeFileSync(path.join(root, 'public', f), SVG);
  }
  const result = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
  return { ...result, messages: (lang: 'fi' | 'en') => result.problems.map(formatIn(lang)) };
}

describe('logo and favicon in site.yaml', () => {
  it('takes a logo in public/ with its alt text per language, and a favicon', async () => {
    const result = await withSettings(
      'logo:\n  file: kuvat/vaakuna.svg\n  alt:\n    fi: Pikkulan vaakuna\n    sv: Pikkulas vapen\nfavicon: /kuvake.svg\n',
      ['kuvat/vaakuna.svg', 'kuvake.svg'],
    );
    expect(result.messages('en')).toEqual([]);
    // The English alt falls back to the default language's; a leading / is only a way of writing the folder.
    expect(result.project?.site.logo).toEqual({
      file: 'kuvat/vaakuna.svg',
      alt: { fi: 'Pikkulan vaakuna', sv: 'Pikkulas vapen', en: 'Pikkulan vaakuna' },
    });
    expect(result.project?.site.favicon).toBe('kuvake.svg');
  });

  it('names the logo after the organisation when no alt text is given, and has no logo or favicon unless told', async () => {
    const named = await withSettings('logo:\n  file: logo.svg\n', ['logo.svg']);
    expect(named.project?.site.logo?.alt).toEqual({ fi: 'Pikkulan kunta', sv: 'Pikkulan kunta', en: 'Pikkulan kunta' });
    const none = await withSettings('');
    expect(none.project?.site.logo).toBeUndefined();
    expect(none.project?.site.favicon).toBeUndefined();
  });

  it('says which file is missing from public/, on the line that names it', async () => {
    const result = await withSettings('logo:\n  file: vaakuna.svg\n  alt: Pikkulan vaakuna\nfavicon: kuvake.png\n');
    expect(result.messages('fi')).toEqual([
      'content/site.yaml:14:1  logo: file "vaakuna.svg": tiedostoa public/vaakuna.svg ei ole.\n' +
        '    kelpaa: tiedosto public/vaakuna.svg (kansio public/ on content/- ja data/-kansioiden vieressä)\n' +
        '    korjaus: lisää tiedosto kansioon public/ nimellä vaakuna.svg tai korjaa nimi',
      'content/site.yaml:16:1  favicon "kuvake.png": tiedostoa public/kuvake.png ei ole.\n' +
        '    kelpaa: tiedosto public/kuvake.png (kansio public/ on content/- ja data/-kansioiden vieressä)\n' +
        '    korjaus: lisää tiedosto kansioon public/ nimellä kuvake.png tai korjaa nimi',
    ]);
  });

  it('refuses an image format a browser may not show, and an address instead of a file', async () => {
    const result = await withSettings('logo:\n  file: logo.gif\nfavicon: https://pikkula.example/favicon.ico\n', [
      'logo.gif',
    ]);
    expect(result.messages('en')).toEqual([
      expect.stringMatching(
        /^content\/site\.yaml:14:\d+ +logo\.file "logo\.gif" is not a svg, png, jpg, jpeg, webp file\.\n {4}expected: a svg, png, jpg, jpeg, webp file\n {4}fix: save the image as svg or png and write the new name$/,
      ),
      expect.stringMatching(
        /^content\/site\.yaml:15:\d+ +favicon "https:\/\/pikkula\.example\/favicon\.ico" is not the name of a file in the public\/ folder\.\n {4}expected: the name of a file in the public\/ folder, e\.g\. logo\.svg\n {4}fix: copy the file into the public\/ folder and write its name here$/,
      ),
    ]);
  });

  it('asks for the alt text in the default language when it is given per language', async () => {
    const result = await withSettings('logo:\n  file: logo.svg\n  alt:\n    sv: Pikkulas vapen\n', ['logo.svg']);
    expect(result.messages('en')).toEqual([
      expect.stringMatching(
        /logo\.alt has no text alternative in fi, the default language\.\n {4}expected: a text alternative in fi\n {4}fix: add a line "fi: …" under alt:$/,
      ),
    ]);
  });
});
