/**
 * The RSS feeds of actions (PRODUCT.md §7 Feeds): one per language for all actions, one per
 * language and theme. Both show the same events; only which actions count differs.
 */
import { memo } from '../core/collections.ts';
import { actionFeedItems, feedEvents } from '../domain/action-feed.ts';
import { actionEvents, type ActionEvent } from '../domain/actions.ts';
import { formatPercent } from '../domain/i18n-format.ts';
import { rssFeed } from '../domain/rss.ts';
import { paragraphsOf } from '../domain/text.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Lang } from '../schemas/fields.ts';
import type { Project } from '../schemas/project.ts';
import { indexesOf } from './indexes.ts';
import { pickText } from './localize.ts';
import { absoluteUrl, paths } from './paths.ts';

const once = memo<Project, ActionEvent[]>();

/** Every action's events in the order of `actionEvents`, computed once per build and shared by every feed and page that lists them. */
export function allActionEvents(project: Project): ActionEvent[] {
  return once(project, 'events', () => actionEvents(project.actions, project.actionUpdates));
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The site page the feed stands for, e.g. `/fi/actions/`. */
  pagePath: string;
  /** The feed's own path, e.g. `/fi/actions.xml`. */
  feedPath: string;
}

/** The feed of `events` (newest first, as `allActionEvents` gives them; only those up to the as-of date are shown) in `lang`. */
export function actionsFeed(
  project: Project,
  lang: Lang,
  events: readonly ActionEvent[],
  channel: FeedChannel,
): string {
  const t = useTranslations(lang);
  const { actionsById } = indexesOf(project);
  const titleOf = (id: string) => {
    const action = actionsById.get(id);
    return action ? (pickText(action.title, lang, project.defaultLang)?.value ?? id) : id;
  };
  const statusSentence = (e: ActionEvent) => t('feeds.description.status', { status: t(`actions.status.${e.status}`) });
  const items = actionFeedItems(feedEvents(events, project.asOf), {
    title: (e) =>
      e.kind === 'opened'
        ? t('feeds.item.opened', { title: titleOf(e.actionId) })
        : t('feeds.item.status', { status: t(`actions.status.${e.status}`), title: titleOf(e.actionId) }),
    description: (e) => {
      const parts = [statusSentence(e)];
      if (e.progress !== undefined)
        parts.push(t('feeds.description.progress', { percent: formatPercent(e.progress / 100, lang) }));
      if (e.kind === 'opened') {
        const action = actionsById.get(e.actionId);
        const description = action ? pickText(action.description, lang, project.defaultLang) : undefined;
        const first = paragraphsOf(description?.value)[0];
        if (first) parts.push(first);
      } else if (e.note) {
        const note = pickText(e.note, lang, project.defaultLang);
        if (note) parts.push(note.value);
      }
      return parts.join(' ');
    },
    link: (id) => absoluteUrl(project.site.url, paths.action(lang, id)),
  });
  return rssFeed({
    title: channel.title,
    link: absoluteUrl(project.site.url, channel.pagePath),
    feedUrl: absoluteUrl(project.site.url, channel.feedPath),
    description: channel.description,
    lang,
    items,
  });
}

export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
