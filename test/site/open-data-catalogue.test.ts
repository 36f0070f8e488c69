import { describe, expect, it } from 'vitest';
import { FeedbackRowSchema, toFeedback } from '../../src/schemas/feedback.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import { dataFileFacts, formatFileSize, lastChange, tableSchema } from '../../src/site/open-data-catalogue.ts';
import { actionsDataSet, buildDataSet, dataSetCsv, dataSetJson, feedbackDataSet } from '../../src/site/open-data.ts';
import { smallProject } from '../support/small-project.ts';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const feedback = (id: string, date: string, answered?: string) =>
  toFeedback(
    FeedbackRowSchema.parse({ id, date, theme: 'kouluruoka', channel: 'web', type: 'idea', answered: answered ?? '' }),
    'fi',
  );

describe('a data file’s facts', () => {
  it('dates the file by its newest date up to the as-of date, never by a date after it', () => {
    const set = feedbackDataSet([feedback('P-1', '3.1.2026', '20.1.2026'), feedback('P-2', '5.1.2026')]);
    expect(lastChange(set, '2026-11-23')).toBe('2026-01-20');
    expect(lastChange(set, '2026-01-10')).toBe('2026-01-05');
    expect(lastChange(feedbackDataSet([]), '2026-11-23')).toBe('2026-11-23');
  });

  it('counts the bytes of the files as written (BOM and ä included) and their rows', async () => {
    const project = await smallProject();
    const set = buildDataSet('feedback', project);
    expect(dataSetCsv(set)).toMatch(/^\uFEFF[\s\S]*ä/);
    const facts = dataFileFacts(project, set);
    expect(facts.rows).toBe(project.feedback.length);
    expect(facts.csvBytes).toBe(Buffer.byteLength(dataSetCsv(set)));
    expect(facts.jsonBytes).toBe(Buffer.byteLength(dataSetJson(set, project.asOf)));
  });

  it('writes sizes as each language does', () => {
    expect(formatFileSize(357_419, 'fi').replace(/\s/g, ' ')).toBe('357,4 kt');
    expect(formatFileSize(357_419, 'sv').replace(/\s/g, ' ')).toBe('357,4 kB');
    expect(formatFileSize(357_419, 'en')).toBe('357.4 kB');
    expect(formatFileSize(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatFileSize(975, 'en')).toBe('1 kB');
    expect(formatFileSize(20, 'fi').replace(/\s/g, ' ')).toBe('0,1 kt');
  });
});

describe('the Table Schema', () => {
  it('follows the CSV columns and takes types, enums and bounds from the zod schemas', () => {
    const set = actionsDataSet([], LANGS);
    const schema = tableSchema(set, 'en');
    expect(schema.fields.map((f) => f.name)).toEqual(set.columns);
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field('status').constraints).toMatchObject({
      required: true,
      enum: expect.arrayContaining(['planned', 'done']),
    });
    expect(field('progress')).toMatchObject({ type: 'integer', constraints: { minimum: 0, maximum: 100 } });
    expect(field('opened')).toMatchObject({ type: 'date' });
    // Only the default language's title must be filled; the others fall back to it.
    expect(field('title_fi').constraints?.required).toBe(true);
    expect(field('title_sv').constraints?.required).toBeUndefined();
    expect(field('title_en').description).toMatch(/\w/);
  });
});
