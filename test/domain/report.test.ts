import { describe, expect, it } from 'vitest';
import {
  isQuiet,
  meetingGaps,
  missingTranslations,
  overdueActions,
  risingUnanswered,
  teamReport,
  unpublishedText,
  type ReportAction,
  type ReportFeedback,
  type ReportInput,
} from '../../src/domain/report.ts';

const at = (file: string, line = 2, column = 1) => ({ file, line, column });

function fb(date: string, count = 1, extra: Partial<ReportFeedback> = {}): ReportFeedback {
  return {
    theme: 'puistot',
    date,
    count,
    hasText: false,
    publishDecided: false,
    at: at('data/feedback/f.csv'),
    ...extra,
  };
}

function action(extra: Partial<ReportAction>): ReportAction {
  return { id: 'A-1', themes: ['puistot'], status: 'planned', at: at('data/actions.csv'), missingTitles: [], ...extra };
}

function input(extra: Partial<ReportInput>): ReportInput {
  return {
    asOf: '2026-11-23',
    languages: ['fi', 'sv'],
    themes: [{ slug: 'puistot', title: 'Puistot', file: 'content/themes/fi/puistot.mdx' }],
    feedback: [],
    actions: [],
    meetings: [],
    entries: [],
    ...extra,
  };
}

describe('themes whose feedback rose without an answer', () => {
  const rising = [fb('2026-06-01'), fb('2026-08-23'), fb('2026-08-24', 3), fb('2026-11-23')];

  it('compares the last 3 months, ending on the as-of date, with the 3 months before', () => {
    const { windows, themes } = risingUnanswered(input({ feedback: rising }));
    expect(windows).toEqual({
      previous: { from: '2026-05-24', to: '2026-08-23' },
      latest: { from: '2026-08-24', to: '2026-11-23' },
    });
    expect(themes.map((t) => [t.theme.slug, t.previous, t.latest])).toEqual([['puistot', 2, 4]]);
    expect(themes[0]!.at).toEqual({ file: 'content/themes/fi/puistot.mdx', line: 1, column: 1 });
  });

  it('stays silent when feedback did not rise, or an action is open, or one was completed within 12 months', () => {
    expect(risingUnanswered(input({ feedback: [fb('2026-07-01', 4), fb('2026-10-01', 4)] })).themes).toEqual([]);
    expect(risingUnanswered(input({ feedback: rising, actions: [action({ status: 'in-progress' })] })).themes).toEqual(
      [],
    );
    const doneRecently = action({ status: 'done', completed: '2025-11-24' });
    expect(risingUnanswered(input({ feedback: rising, actions: [doneRecently] })).themes).toEqual([]);
  });

  it('still lists the theme when its only answers are declined, or done more than 12 months ago', () => {
    const old = action({ status: 'done', completed: '2025-11-23' });
    const declined = action({ id: 'A-2', status: 'declined' });
    expect(risingUnanswered(input({ feedback: rising, actions: [old, declined] })).themes).toHaveLength(1);
  });
});

describe('the other lists', () => {
  it('overdue: planned or in progress with due before the as-of date, latest first', () => {
    const actions = [
      action({ id: 'A-1', due: '2026-11-22' }),
      action({ id: 'A-2', due: '2026-11-23' }),
      action({ id: 'A-3', due: '2026-01-01', status: 'in-progress' }),
      action({ id: 'A-4', due: '2026-01-01', status: 'done', completed: '2026-02-01' }),
    ];
    expect(overdueActions(input({ actions })).map((a) => [a.id, a.daysLate])).toEqual([
      ['A-3', 326],
      ['A-1', 1],
    ]);
  });

  it('meetings: held without minutes up to the as-of date; planned ones whose day has passed', () => {
    const m = (slug: string, status: 'planned' | 'held' | 'cancelled', date: string, hasMinutes = false) => ({
      slug,
      status,
      date,
      hasMinutes,
      at: at(`content/meetings/fi/${slug}.mdx`, 6),
    });
    const gaps = meetingGaps(
      input({
        meetings: [
          m('held-empty', 'held', '2026-10-01'),
          m('held-minutes', 'held', '2026-10-01', true),
          m('planned-past', 'planned', '2026-11-22'),
          m('planned-today', 'planned', '2026-11-23'),
          m('cancelled', 'cancelled', '2026-01-01'),
        ],
      }),
    );
    expect(gaps.heldWithoutMinutes.map((g) => g.slug)).toEqual(['held-empty']);
    expect(gaps.plannedInThePast.map((g) => g.slug)).toEqual(['planned-past']);
  });

  it('translations: per non-default language, the files to create and the action titles to fill', () => {
    const result = missingTranslations(
      input({
        languages: ['fi', 'sv', 'en'],
        entries: [{ kind: 'themes', slug: 'puistot', languages: ['fi', 'sv'], file: 'content/themes/fi/puistot.mdx' }],
        actions: [action({ missingTitles: [{ lang: 'sv', at: at('data/actions.csv', 3, 3) }] })],
      }),
    );
    expect(result.map((r) => [r.lang, r.items.map((i) => `${i.at.file}:${i.at.line}`)])).toEqual([
      ['sv', ['data/actions.csv:3']],
      ['en', ['content/themes/en/puistot.mdx:0']],
    ]);
  });

  it('undecided text: text given and publish empty, by theme, weighted by count', () => {
    const feedback = [
      fb('2026-01-01', 3, { hasText: true }),
      fb('2026-01-02', 1, { hasText: true, publishDecided: true }),
      fb('2026-01-03', 1, { hasText: false }),
      fb('2026-01-04', 1, { hasText: true, theme: 'kirjastot' }),
    ];
    expect(unpublishedText(input({ feedback })).map((u) => [u.theme, u.count, u.rows.length])).toEqual([
      ['puistot', 3, 1],
      ['kirjastot', 1, 1],
    ]);
  });

  it('a site with nothing open is quiet', () => {
    expect(isQuiet(teamReport(input({})))).toBe(true);
    expect(isQuiet(teamReport(input({ actions: [action({ due: '2026-01-01' })] })))).toBe(false);
  });
});
