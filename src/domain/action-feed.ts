/**
 * The actions feeds (PRODUCT.md §7 Feeds): which of the action events go into a feed and how
 * each becomes an RSS item. The words and addresses come from the caller, so this stays pure.
 */
import type { ActionEvent } from './actions.ts';
import type { RssItem } from './rss.ts';

/** Feed readers only look at the newest items; a city's full history would make a huge file. */
export const FEED_ITEM_LIMIT = 100;

/**
 * The events a feed published on `asOf` shows: none dated after it (an action opened "next
 * month" in the data has not happened yet), newest first, at most `limit`.
 */
export function feedEvents(events: readonly ActionEvent[], asOf: string, limit = FEED_ITEM_LIMIT): ActionEvent[] {
  return events
    .filter((e) => e.date <= asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, limit);
}

/** Stable across builds and languages: what the event is, not where it is shown. */
export function eventGuid(event: ActionEvent): string {
  return `${event.actionId}/${event.date}/${event.kind}/${event.status}`;
}

export interface FeedItemWords {
  /** e.g. "Tehty: Lohikeitto palaa ruokalistalle". */
  title: (event: ActionEvent) => string;
  description: (event: ActionEvent) => string;
  /** The absolute address of the action's page. */
  link: (actionId: string) => string;
}

/**
 * One RSS item per event, in the order given: newest first, as `feedEvents` gives them, which is
 * the order `rssFeed` lists them in. An action that went back and forth on one day
 * would give two events with the same guid; counting from the oldest, the later ones get `#2`,
 * `#3`, so every guid stays unique and an item keeps its guid when newer ones arrive.
 */
export function actionFeedItems(events: readonly ActionEvent[], words: FeedItemWords): RssItem[] {
  const seen = new Map<string, number>();
  const guids = [...events]
    .reverse()
    .map((event) => {
      const base = eventGuid(event);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}#${n}`;
    })
    .reverse();
  return events.map((event, i) => ({
    title: words.title(event),
    link: words.link(event.actionId),
    guid: guids[i]!,
    date: event.date,
    description: words.description(event),
  }));
}
