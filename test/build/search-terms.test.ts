import { describe, expect, it } from 'vitest';
import { compoundTerms, indexedText, themeVocabulary } from '../../src/build/search-terms.ts';
import type { Lang } from '../../src/schemas/fields.ts';

const page = (lang: string, main: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title><script>var pääkirjasto = 1;</script></head><body><nav><a href="/fi/themes/kirjastot/">Lähikirjastot</a></nav><main id="main">${main}</main><footer>Omatoimikirjasto</footer></body></html>`;

describe('the text Pagefind indexes of a page', () => {
  it('is what is inside data-pagefind-body and outside data-pagefind-ignore', () => {
    const html = page(
      'fi',
      '<h1 data-pagefind-body>Hiljainen lukusali</h1><p class="as-of" data-pagefind-ignore>Tilanne 23.11.2026</p><div class="prose" data-pagefind-body><p>Teksti <strong>pääkirjastoon</strong>.</p><p data-pagefind-ignore>Piilossa</p><br><img src="a.png" alt="kuva"><p>Loppu</p></div><ul class="cards"><li>Kortti</li></ul>',
    );
    expect(indexedText(html).replace(/\s+/g, ' ').trim()).toBe('Hiljainen lukusali Teksti pääkirjastoon . Loppu');
  });

  it('skips scripts, styles and drawings inside the indexed part', () => {
    const html = page(
      'fi',
      '<div data-pagefind-body><svg><title>Kirjastoauto</title></svg><style>p{}</style>Sana</div>',
    );
    expect(indexedText(html).trim()).toBe('Sana');
  });

  it('is empty for a page with no searchable part', () => {
    expect(indexedText(page('fi', '<h1>Haku</h1>')).trim()).toBe('');
  });
});

describe('compound terms added for the index', () => {
  const themes = [
    { slug: 'kirjastot', translations: { fi: { data: { title: 'Kirjastot' } }, sv: { data: { title: 'Bibliotek' } } } },
  ] as unknown as Parameters<typeof themeVocabulary>[0]['themes'];
  const prepare = compoundTerms(themeVocabulary({ themes, languages: ['fi', 'sv', 'en'] as Lang[] }));

  it('lists the theme word found inside a compound of the indexed text, as metadata before </body>', () => {
    const out = prepare(page('fi', '<h1 data-pagefind-body>Hiljainen lukusali pääkirjastoon</h1>'));
    expect(out).toContain('<span hidden data-pagefind-meta="terms:kirjastot"></span></body>');
    const sv = prepare(page('sv', '<h1 data-pagefind-body>Söndagsöppet i huvudbiblioteket</h1>'));
    expect(sv).toContain('data-pagefind-meta="terms:bibliotek"');
  });

  it('leaves a page as it is when the word is only in its navigation, footer, scripts or ignored parts', () => {
    const html = page(
      'fi',
      '<h1 data-pagefind-body>Uimahalli</h1><ul data-pagefind-ignore><li>Pääkirjastoon</li></ul>',
    );
    expect(prepare(html)).toBe(html);
  });

  it('leaves English pages and pages in a language without themes as they are', () => {
    const html = page('en', '<h1 data-pagefind-body>pääkirjastoon</h1>');
    expect(prepare(html)).toBe(html);
  });
});
