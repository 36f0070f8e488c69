import { describe, expect, it } from 'vitest';
import { votePhase, voteResult, type VoteRowLike } from '../../src/domain/votes.ts';

describe('vote results', () => {
  it('sorts by votes, gives shares adding up to 100 and the turnout', () => {
    const rows: VoteRowLike[] = [
      { option: { fi: 'Skeittipaikka', sv: 'Skatepark' }, votes: 120 },
      { option: { fi: 'Uimaranta' }, votes: 300 },
      { option: { fi: 'Frisbeegolf' }, votes: 80 },
    ];
    const result = voteResult(rows, 2000);
    expect(result.options.map((o) => [o.option.fi, o.votes, o.share])).toEqual([
      ['Uimaranta', 300, 60],
      ['Skeittipaikka', 120, 24],
      ['Frisbeegolf', 80, 16],
    ]);
    expect(result.total).toBe(500);
    expect(result.winners.map((w) => w.option.fi)).toEqual(['Uimaranta']);
    expect(result.turnout).toBe(0.25);
  });

  it('names every option tied for the most votes as a winner, tied options in alphabetical order', () => {
    const result = voteResult([
      { option: { fi: 'Öljyvärit' }, votes: 10 },
      { option: { fi: 'Akvarellit' }, votes: 10 },
      { option: { fi: 'Hiilet' }, votes: 10 },
      { option: { fi: 'Liidut' }, votes: 3 },
    ]);
    expect(result.winners.map((w) => w.option.fi)).toEqual(['Akvarellit', 'Hiilet', 'Öljyvärit']);
    expect(result.options.map((o) => o.option.fi)).toEqual(['Akvarellit', 'Hiilet', 'Öljyvärit', 'Liidut']);
    expect(result.options.map((o) => o.share).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('orders tied options by the default language chosen', () => {
    const rows: VoteRowLike[] = [
      { option: { fi: 'A-vaihtoehto', sv: 'Ö-alternativ' }, votes: 1 },
      { option: { fi: 'B-vaihtoehto', sv: 'Ä-alternativ' }, votes: 1 },
    ];
    expect(voteResult(rows, undefined, 'sv').options.map((o) => o.option.fi)).toEqual(['B-vaihtoehto', 'A-vaihtoehto']);
    expect(voteResult(rows).options.map((o) => o.option.fi)).toEqual(['A-vaihtoehto', 'B-vaihtoehto']);
  });

  it('has no winner and no turnout when nobody voted and the electorate is unknown', () => {
    const result = voteResult([
      { option: { fi: 'A' }, votes: 0 },
      { option: { fi: 'B' }, votes: 0 },
    ]);
    expect(result.total).toBe(0);
    expect(result.winners).toEqual([]);
    expect(result.turnout).toBeUndefined();
    expect(result.options.map((o) => o.share)).toEqual([0, 0]);
  });
});

describe('votePhase', () => {
  it('is upcoming before the opening day, open on both end days, closed after', () => {
    expect(votePhase('2026-02-02', '2026-02-13', '2026-02-01')).toBe('upcoming');
    expect(votePhase('2026-02-02', '2026-02-13', '2026-02-02')).toBe('open');
    expect(votePhase('2026-02-02', '2026-02-13', '2026-02-13')).toBe('open');
    expect(votePhase('2026-02-02', '2026-02-13', '2026-02-14')).toBe('closed');
  });
});
