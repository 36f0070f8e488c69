/**
 * The vote page's view on the small fixture site: the winner sentence, shares, turnout,
 * organiser and the action taken, in the page's language or marked as shown in the default one.
 */
import { describe, expect, it } from 'vitest';
import { votePageView, votesIndexView } from '../../../src/site/views/vote-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const vote = project.votes.find((v) => v.slug === 'teemapaiva-2026')!;

describe('votePageView', () => {
  it('names the winner in a whole translated sentence, with the turnout and the action taken', () => {
    const view = votePageView(project, vote, 'fi');
    expect(view.phase).toBe('closed');
    expect(view.total).toBe(246);
    expect(view.turnout).toBeCloseTo(246 / 400);
    expect(view.winnerSentence.winners).toEqual([{ value: 'Pelipäivä', lang: 'fi', fallback: false }]);
    expect(`${view.winnerSentence.before}Pelipäivä${view.winnerSentence.after}`).toMatch(/Pelipäivä.*120/);
    expect(view.options.map((o) => [o.text.value, o.votes])).toEqual([
      ['Pelipäivä', 120],
      ['Sarjakuvapäivä', 95],
      ['Runopäivä', 31],
    ]);
    expect(view.body?.slug).toBe('nuorisovaltuusto');
    expect(view.action?.action.id).toBe('A-2026-002');
    expect(view.action?.title.value).toBe('Pelipäivä kirjastossa');
  });

  it('shows an option without a Swedish name in Finnish, marked as Finnish', () => {
    const view = votePageView(project, vote, 'sv');
    expect(view.options.map((o) => [o.text.value, o.text.lang])).toEqual([
      ['Speldag', 'sv'],
      ['Seriedag', 'sv'],
      ['Runopäivä', 'fi'],
    ]);
    expect(view.vote.fallback).toBe(true);
  });
});

describe('votesIndexView', () => {
  it('gives each vote its period, winner and number of votes, the winner in the reader’s language', () => {
    const { votes, anyOpen } = votesIndexView(project, 'en');
    expect(votes.map((v) => [v.vote.slug, v.opens, v.closes, v.phase, v.total])).toEqual([
      ['teemapaiva-2026', '2026-02-01', '2026-02-15', 'closed', 246],
    ]);
    expect(votes[0]?.winners).toEqual([{ value: 'Games day', lang: 'en', fallback: false }]);
    // No English file: the title is the Finnish one.
    expect([votes[0]?.vote.data.title, votes[0]?.vote.lang]).toEqual(['Kirjaston teemapäivä 2026', 'fi']);
    expect(anyOpen).toBe(false);
  });

  it('puts the vote closing last first, and says when one is still open', () => {
    const open = {
      ...vote,
      slug: 'puistopaiva-2026',
      data: { ...vote.data, opens: '2026-11-01', closes: '2026-12-15' },
    };
    const { votes, anyOpen } = votesIndexView({ ...project, votes: [...project.votes, open] }, 'fi');
    expect(votes.map((v) => [v.vote.slug, v.phase])).toEqual([
      ['puistopaiva-2026', 'open'],
      ['teemapaiva-2026', 'closed'],
    ]);
    // Its file has no results yet: no winner, no votes.
    expect([votes[0]?.total, votes[0]?.winners]).toEqual([0, []]);
    expect(anyOpen).toBe(true);
  });
});
