/**
 * The theme page's view on the small fixture site (built as of 23.11.2026): kirjastot has files
 * in all three languages, three actions and four pieces of feedback this year; puistot is only in
 * Finnish. "No answer yet" and "more actions than the latest" are the fixture with rows added or
 * taken away, as an author's data drop would.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/schemas/project.ts';
import { LATEST_SHOWN, themePageView, themesIndexView } from '../../../src/site/views/theme-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const theme = (p: Project, slug: string) => p.themes.find((th) => th.slug === slug)!;

describe('themePageView', () => {
  it('answers first: the actions by status, the latest changed first, each with its outcome on one line', () => {
    const view = themePageView(project, theme(project, 'kirjastot'), 'fi');
    expect(view.theme.data.title).toBe('Kirjastot');
    expect(view.statusCounts).toEqual([
      { status: 'in-progress', count: 1 },
      { status: 'done', count: 1 },
      { status: 'declined', count: 1 },
    ]);
    expect(view.latest.map((a) => a.id)).toEqual(['A-2026-002', 'A-2026-001', 'A-2025-004']);
    expect(view.listsAll).toBe(false);
    expect(Object.fromEntries(view.outcomes)).toEqual({
      // No description: the latest update's note says what came of it.
      'A-2026-002': { value: 'Pelipäivä pidettiin.', lang: 'fi', fallback: false },
      // The description's first paragraph: its outcome.
      'A-2026-001': { value: 'Kokeilemme sunnuntaiaukioloa.', lang: 'fi', fallback: false },
      // Declined: why not.
      'A-2025-004': {
        value: 'Bussilinjoista päättää seudullinen joukkoliikenneviranomainen. Välitimme toiveen sille.',
        lang: 'fi',
        fallback: false,
      },
    });
    // Answered this year (an action is under way): no "no answer yet".
    expect(view.unanswered).toBeUndefined();
  });

  it('then what residents said: this year, over time, by type and channel, and the published quotes only', () => {
    const view = themePageView(project, theme(project, 'kirjastot'), 'fi');
    expect(view.trend.recent.count).toBe(4);
    expect(view.total).toBe(4);
    expect(view.overTime.reduce((n, p) => n + p.count, 0)).toBe(4);
    // Every type in the schema's order, zeros kept, so every theme's table has the same rows.
    expect(view.byType.map((c) => c.value)).toEqual(['praise', 'criticism', 'idea', 'question']);
    expect(view.byType.filter((c) => c.count > 0)).toEqual([
      { value: 'criticism', count: 3 },
      { value: 'idea', count: 1 },
    ]);
    expect(view.byChannel.filter((c) => c.count > 0).map((c) => c.value)).toEqual(['web', 'phone']);
    // P-2 is not for publishing (it has a phone number): only P-1 is quoted.
    expect(view.quotes.map((q) => [q.id, q.quote])).toEqual([['P-1', 'Sunnuntaiaukiolo olisi hieno.']]);
    expect(view.quoteTotal).toBe(1);
    expect(view.promise).toEqual({ quarters: [] });
  });

  it('shows the reader’s language where it exists and the default language, marked, where not', () => {
    const swedish = themePageView(project, theme(project, 'kirjastot'), 'sv');
    expect([swedish.theme.data.title, swedish.theme.lang, swedish.theme.fallback]).toEqual(['Bibliotek', 'sv', false]);
    expect(swedish.outcomes.get('A-2025-004')).toEqual({
      value: 'Busslinjerna beslutas av den regionala trafikmyndigheten.',
      lang: 'sv',
      fallback: false,
    });
    expect(swedish.outcomes.get('A-2026-002')).toEqual({ value: 'Pelipäivä pidettiin.', lang: 'fi', fallback: true });
    const parks = themePageView(project, theme(project, 'puistot'), 'sv');
    expect([parks.theme.data.title, parks.theme.lang, parks.theme.fallback]).toEqual([
      'Puistot ja leikkipaikat',
      'fi',
      true,
    ]);
  });

  it('says plainly when residents heard this year have no answer yet, and where to read how feedback is handled', () => {
    const drop: Project = {
      ...project,
      // Parks: new feedback this autumn, and the bus decision (the only answer this year) taken away.
      actions: project.actions.filter((a) => a.id !== 'A-2025-004'),
      feedback: [
        ...project.feedback,
        { ...project.feedback.find((f) => f.id === 'P-3')!, id: 'P-5', date: '2026-10-01' },
      ],
    };
    const view = themePageView(drop, theme(drop, 'puistot'), 'fi');
    expect(view.unanswered).toEqual({ feedback: 1 });
    expect(view.answerLink).toEqual({ href: 'https://pikkula.example/palaute', label: 'common.giveFeedback' });
    const withPage = { ...drop, site: { ...drop.site, feedbackPage: 'tietoa' } };
    expect(themePageView(withPage, theme(withPage, 'puistot'), 'sv').answerLink).toEqual({
      href: '/sv/pages/tietoa/',
      label: 'themes.howHandled',
    });
  });

  it(`opens with the ${LATEST_SHOWN} latest actions and lists them all below when there are more`, () => {
    const base = project.actions.find((a) => a.id === 'A-2026-002')!;
    const more = ['03', '04', '05', '06'].map((n) => ({ ...base, id: `A-2026-0${n}`, completed: `2026-05-${n}` }));
    const drop: Project = { ...project, actions: [...project.actions, ...more] };
    const view = themePageView(drop, theme(drop, 'kirjastot'), 'fi');
    expect(view.actions).toHaveLength(7);
    expect(view.latest.map((a) => a.id)).toEqual([
      'A-2026-006',
      'A-2026-005',
      'A-2026-004',
      'A-2026-003',
      'A-2026-002',
    ]);
    expect(view.listsAll).toBe(true);
    expect(view.statusCounts.find((s) => s.status === 'done')?.count).toBe(5);
  });
});

describe('themesIndexView', () => {
  it('lists every theme in its order with this year’s feedback, its direction and its number of actions', () => {
    const cards = themesIndexView(project, 'fi');
    expect(cards.map((c) => [c.theme.slug, c.theme.data.title, c.trend.recent.count, c.actionCount])).toEqual([
      ['kirjastot', 'Kirjastot', 4, 3],
      // Parks' feedback is from before the last 12 months; the bus to the library is a parks action too.
      ['puistot', 'Puistot ja leikkipaikat', 0, 2],
    ]);
    expect(cards[0]?.trend.few).toBe(true);
    const swedish = themesIndexView(project, 'sv');
    expect(swedish.map((c) => [c.theme.data.title, c.theme.lang])).toEqual([
      ['Bibliotek', 'sv'],
      ['Puistot ja leikkipaikat', 'fi'],
    ]);
  });
});
