/**
 * RSS 2.0 feeds (actions per language, per theme). Dates come from the items, never from the
 * clock, so the same content gives the same feed.
 */
import { escapeXml } from '../core/xml.ts';
import { isoParts } from '../core/dates.ts';

export interface RssItem {
  title: string;
  link: string;
  /** Stable and unique, e.g. `A-2025-014/opened` or the item's URL. */
  guid: string;
  /** ISO `yyyy-mm-dd`. */
  date: string;
  description: string;
}

export interface RssFeedOptions {
  title: string;
  /** The site page the feed stands for. */
  link: string;
  /** The feed's own address, for `<atom:link rel="self">`. */
  feedUrl: string;
  description: string;
  /** e.g. `fi`. */
  lang: string;
  /**
   * Newest first, in the order the feed lists them: the caller's order is kept, because only it
   * knows how same-day items go (`actionEvents` puts an action's later event first).
   */
  items: readonly RssItem[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` → `Mon, 23 Nov 2026 00:00:00 +0000` (RFC 822 with a four-digit year). */
export function rfc822Date(iso: string): string {
  const p = isoParts(iso);
  if (!p) throw new RangeError(`"${iso}" is not an ISO date (yyyy-mm-dd).`);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  // The day and year as the ISO text writes them (two and four digits).
  return `${DAYS[date.getUTCDay()]}, ${iso.slice(8, 10)} ${MONTHS[date.getUTCMonth()]} ${iso.slice(0, 4)} 00:00:00 +0000`;
}

export function rssFeed(options: RssFeedOptions): string {
  const items = options.items;
  const newest = items[0];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(options.title)}</title>`,
    `<link>${escapeXml(options.link)}</link>`,
    `<atom:link href="${escapeXml(options.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(options.description)}</description>`,
    `<language>${escapeXml(options.lang)}</language>`,
    ...(newest ? [`<lastBuildDate>${rfc822Date(newest.date)}</lastBuildDate>`] : []),
    ...items.flatMap((item) => [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.link)}</link>`,
      `<guid isPermaLink="${item.guid === item.link ? 'true' : 'false'}">${escapeXml(item.guid)}</guid>`,
      `<pubDate>${rfc822Date(item.date)}</pubDate>`,
      `<description>${escapeXml(item.description)}</description>`,
      '</item>',
    ]),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
