/**
 * The meeting page's view on the small fixture site (built as of 23.11.2026): a held meeting in
 * March with an English file, a planned one in December with only a Finnish file. A cancelled or
 * overdue meeting is the March one with its status changed, as an author would change it.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Entry } from '../../../src/schemas/project.ts';
import { meetingPageView, meetingsIndexView } from '../../../src/site/views/meeting-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const meeting = (slug: string) => project.meetings.find((m) => m.slug === slug)!;
const held = meeting('2026-03-nuorisovaltuusto');
const planned = meeting('2026-12-nuorisovaltuusto');
const withData = (entry: Entry<Meeting>, data: Partial<Meeting>): Entry<Meeting> => ({
  ...entry,
  data: { ...entry.data, ...data },
});

describe('meetingPageView', () => {
  it('names the body and the day, and reports what a held meeting decided', () => {
    const view = meetingPageView(project, held, 'fi');
    expect(view.title).toBe('Nuorisovaltuusto, kokous 12.3.2026');
    expect(view.meetingOn).toBe('kokous 12.3.2026');
    expect([view.state, view.stateName]).toEqual(['held', 'Pidetty']);
    expect(view.body.slug).toBe('nuorisovaltuusto');
    expect(view.meeting.data.place).toBe('Kunnantalo, valtuustosali');
    expect(view.agenda).toEqual({ topics: ['Kirjaston aukioloajat', 'Puistojen penkit'], lang: 'fi', note: false });
    expect(view.isFuture).toBe(false);
    expect(view.showsMinutes).toBe(true);
    expect(view.showsDecided).toBe(true);
    expect(view.actions.map((a) => a.id)).toEqual(['A-2026-001']);
  });

  it('shows the English file where there is one, and the Finnish one, marked, where there is not', () => {
    const english = meetingPageView(project, held, 'en');
    expect(english.meeting.fallback).toBe(false);
    expect(english.meeting.data.place).toBe('Town hall, council chamber');
    expect(english.agenda).toEqual({ topics: ['Library opening hours', 'Park benches'], lang: 'en', note: false });
    // The body has no English file: its name stays Finnish, in the title too.
    expect([english.body.data.name, english.body.lang]).toEqual(['Nuorisovaltuusto', 'fi']);
    expect(english.title).toBe('Nuorisovaltuusto, meeting on 12 March 2026');

    const swedish = meetingPageView(project, held, 'sv');
    expect(swedish.meeting.fallback).toBe(true);
    // One note at the top of the page says it; the agenda gets no second one.
    expect(swedish.agenda).toEqual({ topics: ['Kirjaston aukioloajat', 'Puistojen penkit'], lang: 'fi', note: false });
  });

  it('marks the agenda alone when a translation leaves it out', () => {
    const { en, ...others } = held.translations;
    const noAgenda = { ...held, translations: { ...others, en: { ...en!, data: { place: 'Town hall' } } } };
    const view = meetingPageView(project, noAgenda, 'en');
    expect(view.meeting.fallback).toBe(false);
    expect(view.agenda).toEqual({ topics: ['Kirjaston aukioloajat', 'Puistojen penkit'], lang: 'fi', note: true });
  });

  it('invites to a coming meeting: minutes later, nothing decided yet', () => {
    const view = meetingPageView(project, planned, 'fi');
    expect([view.state, view.isFuture]).toEqual(['planned', true]);
    expect(view.showsMinutes).toBe(true);
    expect(view.actions).toEqual([]);
    expect(view.showsDecided).toBe(false);
  });

  it('leaves out the online link, the minutes and the decisions of a cancelled meeting', () => {
    const cancelled = withData(planned, { status: 'cancelled', online: 'https://pikkula.example/etana' });
    const view = meetingPageView(project, cancelled, 'fi');
    expect([view.state, view.stateName]).toEqual(['cancelled', 'Peruttu']);
    expect(view.online).toBeUndefined();
    expect(view.showsMinutes).toBe(false);
    expect(view.showsDecided).toBe(false);
    const online = meetingPageView(project, withData(planned, { online: 'https://pikkula.example/etana' }), 'fi');
    expect(online.online).toBe('https://pikkula.example/etana');
    // A cancelled meeting whose file has text keeps it: the text says why.
    expect(meetingPageView(project, withData(held, { status: 'cancelled' }), 'fi').showsMinutes).toBe(true);
  });

  it('says a past meeting still marked planned is overdue, and that nothing was decided there', () => {
    const overdue = withData(planned, { date: '2026-11-01' });
    const view = meetingPageView(project, overdue, 'fi');
    expect(view.state).toBe('overdue');
    expect(view.isFuture).toBe(false);
    expect(view.showsDecided).toBe(true);
    expect(view.actions).toEqual([]);
  });
});

describe('meetingsIndexView', () => {
  it('lists the coming meetings, then the past ones, each by year', () => {
    expect(meetingsIndexView(project)).toEqual([
      {
        id: 'upcoming',
        heading: 'meetings.upcoming',
        empty: 'meetings.noUpcoming',
        years: [{ year: '2026', slugs: ['2026-12-nuorisovaltuusto'] }],
      },
      {
        id: 'past',
        heading: 'meetings.past',
        empty: 'meetings.noPast',
        years: [{ year: '2026', slugs: ['2026-03-nuorisovaltuusto'] }],
      },
    ]);
  });

  it('keeps a cancelled coming meeting among the coming ones, and starts a new year where the dates do', () => {
    const drop = {
      ...project,
      meetings: [
        ...project.meetings,
        withData({ ...planned, slug: '2027-01-nuorisovaltuusto' }, { date: '2027-01-14', status: 'cancelled' }),
        withData({ ...held, slug: '2025-10-nuorisovaltuusto' }, { date: '2025-10-02' }),
      ],
    };
    const [upcoming, past] = meetingsIndexView(drop);
    expect(upcoming?.years).toEqual([
      { year: '2026', slugs: ['2026-12-nuorisovaltuusto'] },
      { year: '2027', slugs: ['2027-01-nuorisovaltuusto'] },
    ]);
    // Newest first.
    expect(past?.years).toEqual([
      { year: '2026', slugs: ['2026-03-nuorisovaltuusto'] },
      { year: '2025', slugs: ['2025-10-nuorisovaltuusto'] },
    ]);
  });
});
