import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { navSections } from '../../src/site/kinds.ts';
import { mainMenu } from '../../src/site/navigation.ts';

const marked = (lang: 'fi' | 'sv' | 'en', path: string) =>
  mainMenu(lang, path)
    .filter((l) => l.current)
    .map((l) => [l.href, l.current]);

describe('mainMenu', () => {
  it("lists the registry's sections, meetings among them, and search last, in the page's language", () => {
    const t = useTranslations('sv');
    const menu = mainMenu('sv', '/sv/');
    expect(menu.map((l) => [l.href, t(l.label)])).toEqual([
      ...navSections().map((s) => [s.href('sv'), t(s.label)]),
      ['/sv/search/', 'Sök'],
    ]);
    expect(menu.map((l) => t(l.label))).toContain('Möten');
  });

  it('marks a section\'s own index "page" and every page within it "true"', () => {
    expect(marked('fi', '/fi/meetings/')).toEqual([['/fi/meetings/', 'page']]);
    expect(marked('fi', '/fi/meetings/2026-11-nuorisovaltuusto/')).toEqual([['/fi/meetings/', 'true']]);
    expect(marked('en', '/en/actions/status/done/2/')).toEqual([['/en/actions/', 'true']]);
    // An address written without its last slash is still the index.
    expect(marked('fi', '/fi/themes')).toEqual([['/fi/themes/', 'page']]);
  });

  it('marks nothing on pages outside the sections, and never a section in another language', () => {
    expect(marked('fi', '/fi/')).toEqual([]);
    expect(marked('fi', '/fi/accessibility/')).toEqual([]);
    expect(marked('fi', '/sv/themes/')).toEqual([]);
  });
});
