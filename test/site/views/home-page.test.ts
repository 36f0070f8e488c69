/**
 * The home page's view on the small fixture site (built as of 23.11.2026, so the stated period is
 * 24.11.2025–23.11.2026): what residents said per theme and what was done in the same months.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/schemas/project.ts';
import { homePageView, LATEST } from '../../../src/site/views/home-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();

describe('homePageView', () => {
  it('counts "heard" and "did" over the same 12 months up to the as-of date', () => {
    const view = homePageView(project, 'fi');
    expect(view.name).toBe('Pikkulan kunta kuulee');
    expect(view.period).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    // Parks' feedback (1.7. and 20.11.2025) is older than the period: only the libraries' 1 + 3.
    expect(view.byTheme).toEqual([{ slug: 'kirjastot', title: 'Kirjastot', lang: 'fi', count: 4 }]);
    expect(view.heard).toBe(4);
    expect(view.didFigures).toEqual([
      { n: 1, label: 'toimenpide valmistui', href: '/fi/actions/status/done/' },
      { n: 3, label: 'uutta toimenpidettä', href: '/fi/actions/' },
      { n: 1, label: 'päätettiin jättää toteuttamatta, perustellen', href: '/fi/actions/status/declined/' },
      { n: 1, label: 'käynnissä nyt', href: '/fi/actions/status/in-progress/' },
      { n: 0, label: 'suunnitteilla nyt', href: '/fi/actions/status/planned/' },
    ]);
  });

  it('lists the latest change of each action, newest first, and the next meetings', () => {
    const view = homePageView(project, 'fi');
    expect(view.events.map((e) => [e.actionId, e.date, e.kind, e.status])).toEqual([
      ['A-2026-002', '2026-04-10', 'status', 'done'],
      ['A-2026-001', '2026-04-01', 'status', 'in-progress'],
      ['A-2025-004', '2025-12-01', 'opened', 'declined'],
      // No timeline: the day it was opened, with the status it has.
      ['A-2025-003', '2025-07-10', 'opened', 'done'],
    ]);
    expect(view.events.length).toBeLessThanOrEqual(LATEST);
    expect(view.meetings).toEqual(['2026-12-nuorisovaltuusto']);
  });

  it('names each theme in the reader’s language, and leaves out feedback on a theme without a page', () => {
    expect(homePageView(project, 'sv').byTheme).toEqual([
      { slug: 'kirjastot', title: 'Bibliotek', lang: 'sv', count: 4 },
    ]);
    expect(homePageView(project, 'sv').name).toBe('Pikkula kommun lyssnar');
    const p1 = project.feedback.find((f) => f.id === 'P-1')!;
    const drop: Project = { ...project, feedback: [...project.feedback, { ...p1, id: 'P-9', theme: 'uimahallit' }] };
    const view = homePageView(drop, 'en');
    expect(view.byTheme.map((c) => c.slug)).toEqual(['kirjastot']);
    expect(view.heard).toBe(4);
  });

  it('measures the service promise over the last four quarters when the site promises it in days', () => {
    const promised = { ...project, site: { ...project.site, answerWithinDays: 14 } };
    const { promise } = homePageView(promised, 'fi');
    expect(promise.days).toBe(14);
    expect(promise.quarters.map((q) => q.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(homePageView(project, 'fi').promise.quarters).toEqual([]);
  });
});
