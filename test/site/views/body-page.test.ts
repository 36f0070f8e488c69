/** The body page's view on the small fixture site (built as of 23.11.2026). */
import { describe, expect, it } from 'vitest';
import { bodiesIndexView, bodyPageView } from '../../../src/site/views/body-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const body = project.bodies.find((b) => b.slug === 'nuorisovaltuusto')!;

describe('bodyPageView', () => {
  it('puts the next meeting first, with its place, and splits the meetings into upcoming and past', () => {
    const view = bodyPageView(project, body, 'fi');
    expect(view.body.data.name).toBe('Nuorisovaltuusto');
    expect(view.next?.meeting.slug).toBe('2026-12-nuorisovaltuusto');
    expect(view.next?.entry.data.place).toBe('Kunnantalo');
    expect(view.upcoming.map((m) => m.slug)).toEqual(['2026-12-nuorisovaltuusto']);
    expect(view.past.map((m) => m.slug)).toEqual(['2026-03-nuorisovaltuusto']);
  });

  it('shows the Finnish place, marked as Finnish, where the meeting has no English file', () => {
    const view = bodyPageView(project, body, 'en');
    expect([view.next?.entry.data.place, view.next?.entry.lang]).toEqual(['Kunnantalo', 'fi']);
  });
});

describe('bodiesIndexView', () => {
  it('gives each body its next meeting, and orders the bodies as the reader’s alphabet does', () => {
    expect(bodiesIndexView(project, 'fi').map((c) => [c.body.slug, c.next?.slug])).toEqual([
      ['nuorisovaltuusto', '2026-12-nuorisovaltuusto'],
    ]);
    // A second body, named with Ä: after N in Finnish and Swedish, with the A's in English.
    const other = { ...body, slug: 'aldreradet', data: { ...body.data, name: 'Äldrerådet' }, translations: {} };
    const drop = { ...project, bodies: [...project.bodies, other] };
    expect(bodiesIndexView(drop, 'fi').map((c) => c.body.slug)).toEqual(['nuorisovaltuusto', 'aldreradet']);
    expect(bodiesIndexView(drop, 'sv').map((c) => c.body.slug)).toEqual(['nuorisovaltuusto', 'aldreradet']);
    expect(bodiesIndexView(drop, 'en').map((c) => c.body.slug)).toEqual(['aldreradet', 'nuorisovaltuusto']);
    expect(bodiesIndexView(drop, 'en')[0]?.next).toBeUndefined();
  });
});
