import { describe, expect, it } from 'vitest';
import { SECTION_NAMES, type SectionName, type SectionSource } from '../../src/site/kinds.ts';
import { paths } from '../../src/site/paths.ts';
import { robotsTxt, sitemapRoutes, sitemapXml } from '../../src/site/sitemap.ts';

describe('sitemap', () => {
  const xml = sitemapXml(
    'https://kuulee.example/',
    ['fi', 'sv'],
    [paths.themes, paths.home, (l) => paths.theme(l, 'kouluruoka')],
  );

  it('lists every language of every page, sorted, with absolute URLs', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://kuulee.example/fi/',
      'https://kuulee.example/fi/themes/',
      'https://kuulee.example/fi/themes/kouluruoka/',
      'https://kuulee.example/sv/',
      'https://kuulee.example/sv/themes/',
      'https://kuulee.example/sv/themes/kouluruoka/',
    ]);
  });

  it('gives each page its alternates in every language and x-default', () => {
    const entry = xml
      .split('<url>')
      .find((u) => u.includes('<loc>https://kuulee.example/sv/themes/kouluruoka/</loc>'))!;
    expect(entry).toContain(
      '<xhtml:link rel="alternate" hreflang="fi" href="https://kuulee.example/fi/themes/kouluruoka/"/>',
    );
    expect(entry).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://kuulee.example/fi/themes/kouluruoka/"/>',
    );
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ),
    ).toBe(true);
  });

  it('lists the actions overview and the first page of each status list', () => {
    const none: SectionSource = Object.fromEntries(SECTION_NAMES.map((n) => [n, []])) as Record<SectionName, never[]>;
    const fi = sitemapRoutes(none).map((route) => route('fi'));
    expect(fi).toEqual(
      expect.arrayContaining([
        '/fi/actions/',
        '/fi/actions/status/in-progress/',
        '/fi/actions/status/planned/',
        '/fi/actions/status/done/',
        '/fi/actions/status/declined/',
      ]),
    );
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://kuulee.example')).toContain('Sitemap: https://kuulee.example/sitemap.xml');
  });
});
