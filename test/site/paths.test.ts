import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, paths, pathsUnder, underBase } from '../../src/site/paths.ts';

describe('the base a site is served from', () => {
  it('is the path of the site address, ending in /', () => {
    expect(basePath('https://kuulee.kuusijarvi.example')).toBe('/');
    expect(basePath('https://kuulee.kuusijarvi.example/')).toBe('/');
    expect(basePath('https://kuusijarvi.github.io/kuulee')).toBe('/kuulee/');
    expect(basePath('https://kuusijarvi.github.io/kuulee/')).toBe('/kuulee/');
    expect(basePath('https://example.fi/kunta/kuulee/')).toBe('/kunta/kuulee/');
    expect(basePath(undefined)).toBe('/');
  });

  it('goes in front of every address of the site', () => {
    const under = pathsUnder('/kuulee/');
    expect(under.home('fi')).toBe('/kuulee/fi/');
    expect(under.theme('sv', 'kirjastot')).toBe('/kuulee/sv/themes/kirjastot/');
    expect(under.actionsByStatus('fi', 'done', 2)).toBe('/kuulee/fi/actions/status/done/2/');
    expect(under.calendar()).toBe('/kuulee/meetings.ics');
    expect(under.sitemap()).toBe('/kuulee/sitemap.xml');
    expect(Object.keys(under)).toEqual(Object.keys(paths));
  });

  it('leaves addresses at the root when the site is', () => {
    expect(paths.theme('fi', 'kirjastot')).toBe('/fi/themes/kirjastot/');
  });

  it("puts the base on an author's link to the site's own page, and leaves other links alone", () => {
    expect(underBase('/kuulee/', '/fi/themes/kirjastot/')).toBe('/kuulee/fi/themes/kirjastot/');
    expect(underBase('/kuulee/', 'https://kuusijarvi.example/')).toBe('https://kuusijarvi.example/');
    expect(underBase('/kuulee/', '//cdn.example/x.png')).toBe('//cdn.example/x.png');
    expect(underBase('/kuulee/', 'mailto:palaute@kuusijarvi.example')).toBe('mailto:palaute@kuusijarvi.example');
    expect(underBase('/kuulee/', '#vastaus')).toBe('#vastaus');
  });

  it('makes absolute addresses from the host of the site and a path that carries the base', () => {
    expect(absoluteUrl('https://kuusijarvi.github.io/kuulee/', '/kuulee/fi/')).toBe(
      'https://kuusijarvi.github.io/kuulee/fi/',
    );
    expect(absoluteUrl('https://kuulee.kuusijarvi.example', '/fi/')).toBe('https://kuulee.kuusijarvi.example/fi/');
  });
});
