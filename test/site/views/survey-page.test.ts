/**
 * The survey page's view on the small fixture site: a headline per question (the share answering
 * 4–5 now and in the first round), the segments and the mean's place on the 1–5 axis per round,
 * the trend sentence, and the actions naming the survey placed among its rounds.
 */
import { describe, expect, it } from 'vitest';
import { LIKERT_COLOURS } from '../../../src/site/likert.ts';
import { surveyPageView, surveysIndexView } from '../../../src/site/views/survey-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const survey = project.surveys.find((s) => s.slug === 'kirjastokysely')!;
/** Intl writes a no-break space before %; the page does too, the assertions read it as a space. */
const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('surveyPageView', () => {
  it('gives each question a headline: the share answering 4–5 in the latest round, and in the first', () => {
    const view = surveyPageView(project, survey, 'fi');
    const aukiolo = view.questions.find((q) => q.id === 'aukiolo')!;
    // 2025-11-30: 35 + 10 of 100; 2025-05-31: 25 + 5 of 100.
    expect(plain(aukiolo.headline?.share)).toBe('45 %');
    expect(plain(aukiolo.headline?.rest)).toBe(
      'vastasi myönteisesti (4–5) viimeisimmällä kierroksella (1. kierros: 30 %)',
    );
    const en = surveyPageView(project, survey, 'en').questions.find((q) => q.id === 'aukiolo')!;
    expect(`${en.headline?.share} ${en.headline?.rest}`).toBe(
      '45% answered positively (4–5) in the latest round (round 1: 30%)',
    );
  });

  it('gives each round its segments in scale order with the diverging colours, and the mean on the 1–5 axis', () => {
    const view = surveyPageView(project, survey, 'fi');
    const [first, last] = view.questions.find((q) => q.id === 'aukiolo')!.rounds;
    expect(first!.label).toBe('31.5.2025');
    expect(first!.segments.map((s) => s.share)).toEqual([10, 20, 40, 25, 5]);
    expect(first!.segments.map((s) => s.colour)).toEqual([...LIKERT_COLOURS]);
    expect(first!.segments.map((s) => [s.figure, plain(s.unit)])[0]).toEqual(['10', ' %']);
    // Mean 2.95 → 3.0 (weighted 295 / 100), at the middle of the 1–5 axis, not at 60 % of a 0–5 one.
    expect(first!.mean).toBe('3,0');
    expect(first!.meanAt).toBe(50);
    expect(last!.n).toBe('100');
    expect(last!.noAnswer).toBe('2');
    // The one action naming the survey came after the latest round: no round measured it yet.
    expect([first!.changesBefore, last!.changesBefore]).toEqual(['', '']);
    expect(view.scale.map((s) => s.label)).toEqual([
      '1 Erittäin huono',
      '2 Huono',
      '3 Kohtalainen',
      '4 Hyvä',
      '5 Erittäin hyvä',
    ]);
  });

  it('places the actions that name the survey among its rounds: one in progress after the latest round', () => {
    const view = surveyPageView(project, survey, 'fi');
    expect(view.changes).toEqual([
      {
        heading: 'Viimeisimmän kierroksen (30.11.2025) jälkeen: vaikutus näkyy aikaisintaan seuraavalla kierroksella',
        items: [
          {
            id: 'A-2026-001',
            href: '/fi/actions/A-2026-001/',
            title: { value: 'Kirjasto auki sunnuntaisin', lang: 'fi', fallback: false },
            made: 'aloitettiin 15.3.2026, käynnissä',
          },
        ],
      },
    ]);
    const sv = surveyPageView(project, survey, 'sv');
    expect(sv.changes[0]!.heading).toBe(
      'Efter den senaste omgången (30.11.2025): effekten syns tidigast i nästa omgång',
    );
    expect(sv.changes[0]!.items[0]!.title).toEqual({
      value: 'Biblioteket öppet på söndagar',
      lang: 'sv',
      fallback: false,
    });
  });

  it('shows a survey with no Swedish file in Finnish, marked as such, with the scale in Finnish', () => {
    const view = surveyPageView(project, survey, 'sv');
    expect(view.survey.fallback).toBe(true);
    expect(view.untranslated).toBe(false);
    expect(view.scale.every((s) => s.lang === 'fi')).toBe(true);
    expect(view.questions[0]!.textLang).toBe('fi');
    expect(view.questions[0]!.trend).toMatch(/^Mellan omgångarna 31\.5\.2025 och 30\.11\.2025/);
  });
});

describe('surveysIndexView', () => {
  it('gives each survey its rounds, latest round and number of questions, the most recently answered first', () => {
    expect(
      surveysIndexView(project, 'sv').map((c) => [c.survey.slug, c.survey.lang, c.rounds, c.latest, c.questionCount]),
    ).toEqual([['kirjastokysely', 'fi', ['2025-05-31', '2025-11-30'], '2025-11-30', 2]]);
    const fresh = { ...survey, slug: 'puistokysely' };
    const drop = {
      ...project,
      surveys: [fresh, ...project.surveys],
      surveyResults: { ...project.surveyResults, puistokysely: [] },
    };
    // Not yet answered: no latest round, so it comes after the answered one.
    expect(surveysIndexView(drop, 'fi').map((c) => [c.survey.slug, c.latest])).toEqual([
      ['kirjastokysely', '2025-11-30'],
      ['puistokysely', ''],
    ]);
  });
});
