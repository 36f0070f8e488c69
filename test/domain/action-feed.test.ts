import { describe, expect, it } from 'vitest';
import { actionFeedItems, eventGuid, feedEvents } from '../../src/domain/action-feed.ts';
import { actionEvents, countActionsByTheme, type ActionEvent } from '../../src/domain/actions.ts';
import { rssFeed } from '../../src/domain/rss.ts';

const events: ActionEvent[] = [
  { actionId: 'A-3', date: '2027-01-10', kind: 'opened', status: 'planned' },
  { actionId: 'A-1', date: '2026-11-20', kind: 'status', status: 'done', progress: 100, note: { fi: 'Valmis.' } },
  { actionId: 'A-2', date: '2026-11-20', kind: 'opened', status: 'planned' },
  { actionId: 'A-1', date: '2026-03-01', kind: 'opened', status: 'in-progress' },
];

const words = {
  title: (e: ActionEvent) => `${e.kind === 'opened' ? 'Uusi toimenpide' : e.status}: ${e.actionId}`,
  description: (e: ActionEvent) => e.note?.fi ?? '',
  link: (id: string) => `https://x.fi/fi/actions/${id}/`,
};

describe('feedEvents', () => {
  it('leaves out events after the as-of date', () => {
    expect(feedEvents(events, '2026-11-23').map((e) => e.actionId)).toEqual(['A-1', 'A-2', 'A-1']);
  });

  it('keeps the newest events up to the limit', () => {
    expect(feedEvents(events, '2027-12-31', 2).map((e) => `${e.actionId}/${e.date}`)).toEqual([
      'A-3/2027-01-10',
      'A-1/2026-11-20',
    ]);
  });

  it('sorts events given in any order newest first', () => {
    expect(feedEvents([...events].reverse(), '2026-11-23').map((e) => e.date)).toEqual([
      '2026-11-20',
      '2026-11-20',
      '2026-03-01',
    ]);
  });
});

describe('actionFeedItems', () => {
  it('links each item to the action page with a guid naming the event', () => {
    const [item] = actionFeedItems([events[1]!], words);
    expect(item).toEqual({
      title: 'done: A-1',
      link: 'https://x.fi/fi/actions/A-1/',
      guid: 'A-1/2026-11-20/status/done',
      date: '2026-11-20',
      description: 'Valmis.',
    });
  });

  it('gives the same guid in every build and language', () => {
    expect(eventGuid(events[0]!)).toBe('A-3/2027-01-10/opened/planned');
  });

  it('keeps guids unique when an action changes back and forth on one day', () => {
    const timeline = actionEvents(
      [{ id: 'A-9', themes: ['t'], status: 'in-progress', opened: '2026-01-01' }],
      [
        { action: 'A-9', date: '2026-01-01', status: 'planned' },
        { action: 'A-9', date: '2026-02-01', status: 'in-progress' },
        { action: 'A-9', date: '2026-02-01', status: 'planned' },
        { action: 'A-9', date: '2026-02-01', status: 'in-progress' },
      ],
    );
    const guids = actionFeedItems(timeline, words).map((i) => i.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids.slice(0, 3)).toEqual([
      'A-9/2026-02-01/status/in-progress#2',
      'A-9/2026-02-01/status/planned',
      'A-9/2026-02-01/status/in-progress',
    ]);
  });

  it('lists an action opened and done on one day with the later event first, in the feed as on the pages', () => {
    const timeline = actionEvents(
      [{ id: 'A-8', themes: ['t'], status: 'done', opened: '2026-05-04' }],
      [
        { action: 'A-8', date: '2026-05-04', status: 'in-progress' },
        { action: 'A-8', date: '2026-05-04', status: 'done' },
      ],
    );
    const xml = rssFeed({
      title: 't',
      link: 'l',
      feedUrl: 'f',
      description: 'd',
      lang: 'fi',
      items: actionFeedItems(feedEvents(timeline, '2026-12-31'), words),
    });
    const guids = [...xml.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((m) => m[1]);
    expect(guids).toEqual(['A-8/2026-05-04/status/done', 'A-8/2026-05-04/opened/in-progress']);
  });
});

describe('countActionsByTheme', () => {
  it('counts an action once for each of its themes', () => {
    const counts = countActionsByTheme([
      { id: 'A-1', themes: ['kouluruoka', 'liikunta'], status: 'done', opened: '2026-01-01' },
      { id: 'A-2', themes: ['kouluruoka'], status: 'planned', opened: '2026-01-01' },
      { id: 'A-3', themes: ['kouluruoka', 'kouluruoka'], status: 'planned', opened: '2026-01-01' },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ kouluruoka: 3, liikunta: 1 });
  });
});
