/**
 * A free page's view on the small fixture site: tietoa exists in Finnish only, so the Swedish
 * and English pages show the Finnish text, marked; a translation that leaves out the summary
 * shows the Finnish summary marked as Finnish under its own title.
 */
import { describe, expect, it } from 'vitest';
import { freePageView } from '../../../src/site/views/free-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const tietoa = project.pages.find((p) => p.slug === 'tietoa')!;

describe('freePageView', () => {
  it('shows the page’s title, summary and text in its language', () => {
    const view = freePageView(project, tietoa, 'fi');
    expect([view.page.data.title, view.page.lang, view.page.fallback]).toEqual(['Tietoa palvelusta', 'fi', false]);
    expect(view.summary).toEqual({ text: 'Mikä tämä sivusto on.', lang: 'fi' });
    expect(view.page.bodyFile).toMatch(/content\/pages\/fi\/tietoa\.mdx$/);
  });

  it('falls back to the default language, marked, where the page has no file in the reader’s', () => {
    const view = freePageView(project, tietoa, 'sv');
    expect([view.page.data.title, view.page.lang, view.page.fallback]).toEqual(['Tietoa palvelusta', 'fi', true]);
    expect(view.summary).toEqual({ text: 'Mikä tämä sivusto on.', lang: 'fi' });
  });

  it('marks a summary the translation left out as the default language’s', () => {
    const fi = tietoa.translations.fi!;
    const translated = {
      ...tietoa,
      translations: {
        ...tietoa.translations,
        en: { ...fi, lang: 'en' as const, data: { title: 'About the service' } },
      },
    };
    const view = freePageView(project, translated, 'en');
    expect([view.page.data.title, view.page.lang]).toEqual(['About the service', 'en']);
    expect(view.summary).toEqual({ text: 'Mikä tämä sivusto on.', lang: 'fi' });
  });
});
