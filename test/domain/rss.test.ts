import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/core/xml.ts';
import { rfc822Date, rssFeed, type RssItem } from '../../src/domain/rss.ts';

// Newest first, as callers pass them; on 2026-03-01 the caller put A-3 before A-1.
const items: RssItem[] = [
  {
    title: 'Valmis: Katuvalot',
    link: 'https://x.fi/fi/actions/A-2/',
    guid: 'https://x.fi/fi/actions/A-2/',
    date: '2026-11-20',
    description: '"Valot" palavat',
  },
  {
    title: 'Aloitettu: Kirjasto',
    link: 'https://x.fi/fi/actions/A-3/',
    guid: 'A-3/in-progress',
    date: '2026-03-01',
    description: '',
  },
  {
    title: 'Uusi toimenpide: Kasvisruokaa <2 kertaa> viikossa',
    link: 'https://x.fi/fi/actions/A-1/',
    guid: 'A-1/opened',
    date: '2026-03-01',
    description: 'Koulut & päiväkodit',
  },
];

const feed = rssFeed({
  title: 'Toimenpiteet – Esimerkkilä',
  link: 'https://x.fi/fi/actions/',
  feedUrl: 'https://x.fi/fi/actions.xml',
  description: 'Mitä teimme',
  lang: 'fi',
  items,
});

describe('RSS feeds', () => {
  it('writes RFC 822 dates from ISO dates, with the right weekday', () => {
    expect(rfc822Date('2026-11-23')).toBe('Mon, 23 Nov 2026 00:00:00 +0000');
    expect(rfc822Date('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0000');
    expect(() => rfc822Date('23.11.2026')).toThrow();
  });

  it('escapes markup in every text', () => {
    expect(escapeXml(`<a href="x">'T&K'</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;T&amp;K&apos;&lt;/a&gt;');
    expect(feed).toContain('<title>Uusi toimenpide: Kasvisruokaa &lt;2 kertaa&gt; viikossa</title>');
    expect(feed).toContain('<description>Koulut &amp; päiväkodit</description>');
    expect(feed).not.toMatch(/<2 kertaa>|& p/);
  });

  it('lists the items in the order given, so same-day items keep the order the caller chose', () => {
    const guids = [...feed.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((m) => m[1]);
    expect(guids).toEqual(['https://x.fi/fi/actions/A-2/', 'A-3/in-progress', 'A-1/opened']);
    expect(feed).toContain('<guid isPermaLink="true">https://x.fi/fi/actions/A-2/</guid>');
    expect(feed).toContain('<guid isPermaLink="false">A-1/opened</guid>');
  });

  it('takes lastBuildDate from the newest item, never the clock', () => {
    expect(feed).toContain('<lastBuildDate>Fri, 20 Nov 2026 00:00:00 +0000</lastBuildDate>');
    expect(rssFeed({ title: 't', link: 'l', feedUrl: 'f', description: 'd', lang: 'fi', items: [] })).not.toContain(
      'lastBuildDate',
    );
  });

  it('declares itself with atom:link and the language', () => {
    expect(
      feed.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(feed).toContain('<atom:link href="https://x.fi/fi/actions.xml" rel="self" type="application/rss+xml"/>');
    expect(feed).toContain('<language>fi</language>');
    expect(feed.endsWith('</rss>\n')).toBe(true);
  });
});
