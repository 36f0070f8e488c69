/**
 * The action page's view on the small fixture site: what a resident reads on the page, in the
 * page's language or marked as shown in the default one, before any HTML is written.
 */
import { describe, expect, it } from 'vitest';
import { actionPageView, actionsIndexView, actionsStatusListView } from '../../../src/site/views/action-page.ts';
import type { Project } from '../../../src/schemas/project.ts';
import { statusListPaths } from '../../../src/site/action-lists.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const action = (id: string) => project.actions.find((a) => a.id === id)!;

describe('actionPageView', () => {
  it('gives the title, summary, status, meeting with its body, themes and timeline in the page language', () => {
    const view = actionPageView(project, action('A-2026-001'), 'fi');
    expect(view.title).toEqual({ value: 'Kirjasto auki sunnuntaisin', lang: 'fi', fallback: false });
    expect(view.summary).toBe('Kokeilemme sunnuntaiaukioloa.');
    expect(view.statusName).toBe('Käynnissä');
    expect(view.notes).toEqual({ title: false, said: false, description: false, reason: false });
    expect(view.meeting).toEqual({
      slug: '2026-03-nuorisovaltuusto',
      date: '2026-03-12',
      bodyName: 'Nuorisovaltuusto',
      bodyLang: 'fi',
    });
    expect(view.themes.map((th) => th.slug)).toEqual(['kirjastot']);
    expect(view.timeline.map((u) => [u.date, u.status, u.progress, u.note?.value])).toEqual([
      ['2026-03-15', 'planned', 0, 'Päätettiin nuorisovaltuuston kokouksessa.'],
      ['2026-04-01', 'in-progress', 40, 'Kokeilu alkoi.'],
    ]);
  });

  it('falls back to the default language, marked, where a translation is missing', () => {
    const view = actionPageView(project, action('A-2026-001'), 'sv');
    expect(view.title).toEqual({ value: 'Biblioteket öppet på söndagar', lang: 'sv', fallback: false });
    expect(view.description).toEqual({ value: expect.stringContaining('Kokeilemme'), lang: 'fi', fallback: true });
    // Only the description fell back: the note goes above it, not above the Swedish title.
    expect(view.notes).toEqual({ title: false, said: false, description: true, reason: false });
    expect(view.timeline[0]?.note).toEqual({
      value: 'Päätettiin nuorisovaltuuston kokouksessa.',
      lang: 'fi',
      fallback: true,
    });
    expect(view.timeline[1]?.note).toEqual({ value: 'Försöket började.', lang: 'sv', fallback: false });
  });

  it('says why a declined action was declined, and only then', () => {
    const declined = actionPageView(project, action('A-2025-004'), 'en');
    expect(declined.reason?.value).toBe(
      'Bus lines are decided by the regional transport authority. We passed the wish on.',
    );
    expect(declined.themes.map((th) => th.slug)).toEqual(['kirjastot', 'puistot']);
    expect(declined.meeting).toBeUndefined();
    expect(declined.timeline).toEqual([]);
    expect(actionPageView(project, action('A-2026-002'), 'en').reason).toBeUndefined();
  });

  it('tells the story: what residents said, and the feedback on its themes in the year before it opened', () => {
    const view = actionPageView(project, action('A-2026-002'), 'sv');
    expect(view.said).toEqual({ value: 'De unga önskade en speldag i biblioteket.', lang: 'sv', fallback: false });
    expect(view.before.from).toBe('2025-02-20');
    expect(view.before.to).toBe('2026-02-19');
    const counted = project.feedback
      .filter((f) => f.theme === 'kirjastot' && f.date >= '2025-02-20' && f.date <= '2026-02-19')
      .reduce((n, f) => n + f.count, 0);
    expect(view.before.total).toBe(counted);
    expect(view.before.byType.reduce((n, c) => n + c.count, 0)).toBe(counted);
    const english = actionPageView(project, action('A-2026-002'), 'en');
    expect(english.said).toEqual({ value: 'Nuoret toivoivat pelipäivää kirjastoon.', lang: 'fi', fallback: true });
    expect(english.notes.said).toBe(true);
  });

  it('names the survey the action answers, so its page links to where the next round shows the effect', () => {
    const view = actionPageView(project, action('A-2026-001'), 'fi');
    expect(view.survey?.slug).toBe('kirjastokysely');
    expect(view.survey?.data.title).toBe('Kirjastokysely');
    // No Swedish file: shown in Finnish, marked as such.
    expect(actionPageView(project, action('A-2026-001'), 'sv').survey?.lang).toBe('fi');
    expect(actionPageView(project, action('A-2026-002'), 'fi').survey).toBeUndefined();
  });
});

describe('actionsIndexView', () => {
  it('previews every status with its total, and counts the actions of each theme in the theme order', () => {
    const view = actionsIndexView(project, 'fi');
    expect(view.statusGroups.map((g) => [g.status, g.total, g.shown.map((a) => a.id)])).toEqual([
      ['in-progress', 1, ['A-2026-001']],
      ['planned', 0, []],
      ['done', 2, ['A-2026-002', 'A-2025-003']],
      ['declined', 1, ['A-2025-004']],
    ]);
    expect(view.themes.map((th) => [th.theme.slug, th.theme.data.title, th.count])).toEqual([
      ['kirjastot', 'Kirjastot', 3],
      ['puistot', 'Puistot ja leikkipaikat', 2],
    ]);
    expect(actionsIndexView(project, 'en').themes.map((th) => [th.theme.data.title, th.theme.lang])).toEqual([
      ['Libraries', 'en'],
      ['Puistot ja leikkipaikat', 'fi'],
    ]);
  });

  it('shows only the newest of a status with many, and says how many there are', () => {
    const base = action('A-2026-002');
    const many = Array.from({ length: 14 }, (_, i) => ({
      ...base,
      id: `A-2024-0${String(i + 10)}`,
      completed: `2024-05-${String(i + 10)}`,
    }));
    const view = actionsIndexView({ ...project, actions: [...project.actions, ...many] }, 'fi');
    const done = view.statusGroups.find((g) => g.status === 'done')!;
    expect(done.total).toBe(16);
    expect(done.shown).toHaveLength(12);
    expect(done.shown.slice(0, 2).map((a) => a.id)).toEqual(['A-2026-002', 'A-2025-003']);
  });
});

describe('actionsStatusListView', () => {
  const done = (p: Project) =>
    statusListPaths(p).filter((path) => path.props.lang === 'fi' && path.props.status === 'done');

  it('names the list, its order and its count on a list of one page', () => {
    const [only] = done(project);
    expect(actionsStatusListView(only!.props)).toEqual({
      heading: 'Tehdyt toimenpiteet',
      title: 'Tehdyt toimenpiteet',
      about: 'Toimenpiteet, jotka on toteutettu.',
      intro: 'Toimenpiteet, jotka on toteutettu. Viimeksi valmistuneet ensin.',
      position: '2 toimenpidettä',
    });
  });

  it('says which page of how many, and which actions of all, on a long list', () => {
    const base = action('A-2026-002');
    const many = Array.from({ length: 118 }, (_, i) => ({ ...base, id: `A-2023-${String(i + 100)}` }));
    const pages = done({ ...project, actions: [...project.actions, ...many] });
    expect(pages).toHaveLength(3);
    const second = actionsStatusListView(pages[1]!.props);
    expect(second.title).toBe('Tehdyt toimenpiteet, sivu 2/3');
    expect(second.position).toBe('Sivu 2/3 · toimenpiteet 51–100 (yhteensä 120)');
    const planned = statusListPaths(project).find((p) => p.props.lang === 'en' && p.props.status === 'planned')!;
    expect(actionsStatusListView(planned.props).intro).toBe(
      'Actions that have been agreed but not yet started. Most recently opened first.',
    );
  });
});
