import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/core/problem.ts';
import { fingerprint, isPageRequest } from '../../src/integrations/dev-preview.ts';
import { internalErrorPage, problemPage } from '../../src/site/problem-page.ts';

const broken = error(
  { file: 'data/actions.csv', line: 115, column: 17, row: 87, id: 'A-2026-016' },
  'enum',
  {
    fi: 'status "valmis" ei ole tila.',
    sv: 'status "valmis" är ingen status.',
    en: 'status "valmis" is not a status.',
  },
  {
    expected: {
      fi: 'planned, in-progress, done, declined',
      sv: 'planned, in-progress, done, declined',
      en: 'planned, in-progress, done, declined',
    },
    fix: { fi: 'kirjoita "done"', sv: 'skriv "done"', en: 'write "done"' },
  },
);
const late = warning({ file: 'content/themes/fi/a.mdx', line: 3, column: 1 }, 'x', same('a <b>warning</b>'));

describe('the problem page of the live preview', () => {
  const html = problemPage([late, broken], { lang: 'fi', css: '.card{}' });

  it("names the place as Excel shows it, the value, what is accepted and the fix, in the author's language", () => {
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('<code>data/actions.csv:115:17 (rivi 87, sarake Q, A-2026-016)</code>');
    expect(html).toContain('<strong>status &quot;valmis&quot; ei ole tila.</strong>');
    expect(html).toContain('<p>Kelpaa: planned, in-progress, done, declined</p>');
    expect(html).toContain('<p>Korjaus: kirjoita &quot;done&quot;</p>');
  });

  it('lists the errors before the warnings, with their counts', () => {
    expect(html.indexOf('<h2>Virheet (1)</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2>Virheet (1)</h2>')).toBeLessThan(html.indexOf('<h2>Varoitukset (1)</h2>'));
  });

  it("escapes the author's text and inlines the site's stylesheet", () => {
    expect(html).toContain('a &lt;b&gt;warning&lt;/b&gt;');
    expect(html).toContain('<style>.card{}</style>');
  });

  it('speaks Swedish when asked, and says an internal failure in one sentence', () => {
    expect(problemPage([broken], { lang: 'sv', css: '' })).toContain('<p>Åtgärd: skriv &quot;done&quot;</p>');
    const internal = internalErrorPage('/fi/themes/', { lang: 'en', css: '' });
    expect(internal).toContain('a bug in kuultu, not in your data: /fi/themes/');
  });
});

describe('what the live preview guards', () => {
  it('takes pages, feeds and data files as pages, and leaves Vite its own requests', () => {
    for (const url of [
      '/fi/',
      '/kuulee/fi/themes/kirjastot/',
      '/meetings.ics',
      '/open-data/actions.csv',
      '/sitemap.xml',
    ])
      expect(isPageRequest(url), url).toBe(true);
    for (const url of [
      '/@vite/client',
      '/@fs/x/y.mdx',
      '/src/styles/global.css',
      '/node_modules/.vite/deps/x.js',
      '/_astro/a.css',
      '/x.ts?import',
    ])
      expect(isPageRequest(url), url).toBe(false);
  });

  it('sees a saved file in the fingerprint of the content root', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'kuultu-fingerprint-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/actions.csv'), 'id\n');
    const before = fingerprint(root);
    expect(before).toContain('data/actions.csv');
    writeFileSync(join(root, 'data/actions.csv'), 'id\nA-1\n');
    expect(fingerprint(root)).not.toBe(before);
    writeFileSync(join(root, 'data/notes.txt'), 'not read by kuultu');
    const after = fingerprint(root);
    writeFileSync(join(root, 'data/notes.txt'), 'still not read');
    expect(fingerprint(root)).toBe(after);
  });
});
