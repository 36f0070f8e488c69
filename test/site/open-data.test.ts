import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.ts';
import type { Entry } from '../../src/schemas/project.ts';
import { actionRowSchema, toAction, type Action } from '../../src/schemas/action.ts';
import { FeedbackRowSchema, toFeedback } from '../../src/schemas/feedback.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Survey } from '../../src/schemas/survey.ts';
import type { Vote } from '../../src/schemas/vote.ts';
import {
  actionsDataSet,
  actionUpdatesDataSet,
  dataSetCsv,
  dataSetJson,
  feedbackDataSet,
  kindWords,
  meetingsDataSet,
  surveyResultsDataSet,
  buildDataSet,
  DATA_SET_NAMES,
  perEntryDataSet,
  type OpenDataSource,
} from '../../src/site/open-data.ts';
import { formatIn } from '../../src/core/problem.ts';
import { CONTENT_KIND_NAMES, DATA_FILES, PER_ENTRY_NAMES } from '../../src/schemas/kinds.ts';
import { validateRows } from '../../src/validate/rows.ts';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

function feedbackRow(cells: Record<string, string>) {
  return toFeedback(
    FeedbackRowSchema.parse({
      id: 'P-1',
      date: '3.1.2026',
      theme: 'kouluruoka',
      channel: 'web',
      type: 'idea',
      ...cells,
    }),
    'fi',
  );
}

/** A source with nothing in it but what a test gives: every kind and per-entry set of the registry empty. */
function source(given: Partial<OpenDataSource> = {}): OpenDataSource {
  const empty = {
    languages: LANGS,
    feedback: [],
    actions: [],
    actionUpdates: [],
    ...Object.fromEntries(CONTENT_KIND_NAMES.map((k) => [k, []])),
    ...Object.fromEntries(PER_ENTRY_NAMES.map((n) => [DATA_FILES[n].perEntry.project, {}])),
  };
  return { ...empty, ...given } as OpenDataSource;
}

function entry<F>(slug: string, data: F, translations: Entry<F>['translations'] = {}): Entry<F> {
  return {
    slug,
    data,
    translations: { fi: { lang: 'fi', file: `x/fi/${slug}.mdx`, data, hasBody: false }, ...translations },
    positions: {},
  };
}

describe('feedback open data', () => {
  it('never carries the text of a row whose publish is no', () => {
    const feedback = [
      feedbackRow({ id: 'P-1', text: 'Salainen asia: soittakaa minulle', publish: 'no' }),
      feedbackRow({ id: 'P-2', text: 'Hiljainen toive', publish: '' }),
      feedbackRow({ id: 'P-3', text: 'Kiitos ruoasta!', publish: 'yes' }),
    ];
    const set = feedbackDataSet(feedback);
    const csv = dataSetCsv(set);
    const json = dataSetJson(set, '2026-11-23');
    for (const out of [csv, json]) {
      expect(out).not.toContain('Salainen');
      expect(out).not.toContain('Hiljainen');
      expect(out).toContain('Kiitos ruoasta!');
    }
    expect(set.columns).toEqual([
      'id',
      'date',
      'theme',
      'channel',
      'type',
      'service',
      'count',
      'text',
      'lang',
      'answered',
    ]);
    expect(set.columns).not.toContain('publish');
  });

  it('documents every published column from the schema, and not publish', () => {
    const set = feedbackDataSet([]);
    expect(set.fields.map((f) => f.columns.join())).toEqual(set.columns);
    expect(set.fields.find((f) => f.columns[0] === 'date')).toMatchObject({ kind: 'date', required: true });
    expect(set.fields.every((f) => f.doc.fi && f.doc.sv && f.doc.en)).toBe(true);
  });

  it('neutralises a formula in published text', () => {
    const csv = dataSetCsv(feedbackDataSet([feedbackRow({ text: '=HYPERLINK("x")', publish: 'yes' })]));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('actions open data', () => {
  const base: Action = {
    id: 'A-2025-001',
    title: { fi: 'Kasvisruokaa', sv: 'Vegetarisk mat' },
    said: {},
    description: {},
    themes: ['kouluruoka'],
    status: 'planned',
    opened: '2025-02-03',
    unit: 'Ruokapalvelut',
    influence: 'own',
    reason: {},
  };
  const actions: Action[] = [
    {
      ...base,
      id: 'A-2025-002',
      status: 'done',
      completed: '2025-06-01',
      progress: 100,
      due: '2025-05-31',
      title: { fi: 'Valaistus, "uusi"', en: 'Lighting' },
      description: { fi: 'Ensimmäinen kappale.\n\nToinen, pilkulla.' },
      themes: ['liikenne', 'puistot'],
      meeting: 'nuva-2025-01',
    },
    { ...base, status: 'declined', reason: { fi: 'Ei rahaa; ehkä ensi vuonna.', sv: 'Inga pengar.' } },
    { ...base, id: 'A-2025-003', status: 'in-progress', progress: 40, unit: 'Tekninen toimi' },
    // Written out with a formula-escaping ' that the reader must take off again.
    {
      ...base,
      id: 'A-2025-004',
      title: { fi: '-20 % jonoissa', sv: '=Kortare köer', en: '@library; +2 hours' },
      description: { fi: 'Jonot; lyheni, "paljon".' },
    },
  ];

  it('round-trips through readCsv and the actions.csv schema into the same actions', () => {
    const csv = dataSetCsv(actionsDataSet(actions, LANGS));
    const read = readCsv('data/actions.csv', new TextEncoder().encode(csv));
    expect(read.problems.map(formatIn('en'))).toEqual([]);
    const { rows, problems } = validateRows(read.table!, actionRowSchema(LANGS), {
      languages: LANGS,
      what: same('actions.csv'),
    });
    expect(problems.map(formatIn('en'))).toEqual([]);
    const back = rows.map((r) => toAction(r.value));
    const byId = (a: Action, b: Action) => (a.id < b.id ? -1 : 1);
    expect(back).toEqual([...actions].sort(byId));
  });

  it('has exactly the columns of actions.csv, documented in the same order', () => {
    const set = actionsDataSet([], ['fi', 'sv']);
    expect(set.columns.slice(0, 5)).toEqual(['id', 'title_fi', 'title_sv', 'description_fi', 'description_sv']);
    expect(set.fields.flatMap((f) => f.columns)).toEqual(set.columns);
  });
});

describe('other data sets', () => {
  it('spreads update notes into one column per language', () => {
    const set = actionUpdatesDataSet(
      [{ action: 'A-1', date: '2025-01-01', status: 'in-progress', progress: 10, note: { fi: 'Aloitettu' } }],
      ['fi', 'sv'],
    );
    expect(set.columns).toEqual(['action', 'date', 'status', 'progress', 'note_fi', 'note_sv']);
    expect(dataSetCsv(set).split('\r\n')[1]).toBe('A-1;2025-01-01;in-progress;10;Aloitettu;');
  });

  it('gives meetings with only the translations that exist', () => {
    const meeting: Meeting = {
      body: 'nuva',
      date: '2025-03-01',
      start: '17:00',
      end: undefined,
      online: undefined,
      place: 'Kaupungintalo',
      status: 'held',
      agenda: ['Budjetti', 'Puistot'],
    };
    const set = meetingsDataSet(
      [entry('nuva-1', meeting, { sv: { lang: 'sv', file: 'x', data: { place: 'Stadshuset' }, hasBody: false } })],
      LANGS,
    );
    expect(set.rows[0]).toMatchObject({
      id: 'nuva-1',
      place_fi: 'Kaupungintalo',
      place_sv: 'Stadshuset',
      place_en: undefined,
      agenda_fi: 'Budjetti\nPuistot',
    });
    expect(set.fields.flatMap((f) => f.columns)).toEqual(set.columns);
  });

  it('names the survey and the question text of each result row', () => {
    const survey: Survey = { title: 'Kouluruoka', scale: ['1', '2', '3', '4', '5'], questions: { maku: 'Maistuiko?' } };
    const set = surveyResultsDataSet(
      [entry('ruoka', survey)],
      { ruoka: [{ round: '2025-05-31', question: 'maku', n1: 1, n2: 2, n3: 3, n4: 4, n5: 5, no_answer: undefined }] },
      ['fi', 'sv'],
    );
    expect(dataSetCsv(set).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFsurvey;round;question;question_text_fi;question_text_sv;n1;n2;n3;n4;n5;no_answer',
      'ruoka;2025-05-31;maku;Maistuiko?;;1;2;3;4;5;',
    ]);
    expect(set.fields.flatMap((f) => f.columns)).toEqual(set.columns);
  });

  it('keeps vote options in the order voters saw them', () => {
    const vote: Vote = {
      title: 'Ruokaviikko',
      body: undefined,
      opens: '2025-01-01',
      closes: '2025-01-10',
      electorate: undefined,
      action: undefined,
    };
    const set = perEntryDataSet(
      'vote-results',
      source({
        languages: ['fi'],
        votes: [entry('viikko', vote)],
        voteResults: {
          viikko: [
            { option: { fi: 'Pizza' }, votes: 5 },
            { option: { fi: 'Keitto' }, votes: 9 },
          ],
        },
      }),
    );
    expect(set.columns).toEqual(['vote', 'option_fi', 'votes']);
    expect(set.textColumns).toEqual(['option_fi']);
    expect(set.rows).toEqual([
      { vote: 'viikko', option_fi: 'Pizza', votes: 5 },
      { vote: 'viikko', option_fi: 'Keitto', votes: 9 },
    ]);
    expect(set.fields.flatMap((f) => f.columns)).toEqual(set.columns);
  });
});

describe('kinds of value in the reader language', () => {
  it('has words for every kind the exported data sets use', () => {
    const sets = DATA_SET_NAMES.map((name) => buildDataSet(name, source()));
    const missing = sets.flatMap((s) => s.fields.map((f) => f.kind)).filter((k) => !kindWords(k));
    expect(missing).toEqual([]);
  });

  it('keeps the values of a list of choices and the limits of a number', () => {
    expect(kindWords('one of web, email')).toEqual({ key: 'opendata.kind.oneOf', params: { values: 'web, email' } });
    expect(kindWords('a whole number from 0 to 100')).toEqual({
      key: 'opendata.kind.intRange',
      params: { min: '0', max: '100' },
    });
  });
});
