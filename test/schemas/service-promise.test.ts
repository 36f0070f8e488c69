/** The fields the service promise is measured from: `answered` in feedback, the promise in a theme and in site.yaml. */
import { same } from '../../src/core/lang.ts';
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { readCsv } from '../../src/csv/read.ts';
import { FEEDBACK_HEADER_ALIASES, FeedbackRowSchema, toFeedback } from '../../src/schemas/feedback.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { ThemeSchema } from '../../src/schemas/theme.ts';
import { readFrontmatter } from '../../src/validate/frontmatter.ts';
import { validateRows } from '../../src/validate/rows.ts';

function feedback(csv: string) {
  const read = readCsv('data/feedback/f.csv', new TextEncoder().encode(csv), { aliases: FEEDBACK_HEADER_ALIASES });
  return validateRows(read.table!, FeedbackRowSchema, { languages: ['fi'], what: same('a feedback file') });
}

/** A site.yaml with everything but a promise. */
const base = {
  name: 'Kuulee',
  organisation: 'Kunta',
  url: 'https://kuulee.example',
  languages: ['fi', 'sv'],
  contact: 'a@kunta.example',
  feedbackUrl: 'https://kunta.example/palaute',
  accessibility: { status: 'full', assessed: '2026-01-01', issues: [] },
};

describe('answered', () => {
  it('is read from a Finnish header and carried to the site', () => {
    const { rows, problems } = feedback(
      'Tunnus;Päivämäärä;Teema;Kanava;Tyyppi;Vastattu\nP-1;1.9.2026;kadut;web;idea;4.9.2026\n',
    );
    expect(problems).toEqual([]);
    expect(toFeedback(rows[0]!.value, 'fi')).toMatchObject({ id: 'P-1', date: '2026-09-01', answered: '2026-09-04' });
  });

  it('may not be before the day the feedback arrived', () => {
    const { problems } = feedback('id;date;theme;channel;type;answered\nP-1;5.9.2026;kadut;web;idea;4.9.2026\n');
    expect(problems.map(formatIn('fi'))).toEqual([
      'data/feedback/f.csv:2:6 (rivi 2, sarake F, P-1)  answered "4.9.2026" on ennen palautteen päivää (5.9.2026).\n    kelpaa: päivä 5.9.2026 tai sen jälkeen\n    korjaus: tarkista molemmat päivät: palautteeseen vastataan sen saapumispäivänä tai myöhemmin',
    ]);
  });
});

describe('the promise of a theme and of the site', () => {
  it('reads a theme’s promise and its days', () => {
    const { data, problems } = readFrontmatter(
      '---\ntitle: Lumityöt\nsummary: Aurauksesta.\npromise: Vastaamme viikossa.\nanswerWithinDays: 7\n---\n',
      ThemeSchema,
      { file: 'content/themes/fi/lumityot.mdx', what: same('a theme') },
    );
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ promise: 'Vastaamme viikossa.', answerWithinDays: 7 });
  });

  it('refuses days that are not a whole number of 1 or more', () => {
    const { problems } = readFrontmatter('---\ntitle: A\nsummary: B.\nanswerWithinDays: 0\n---\n', ThemeSchema, {
      file: 'content/themes/fi/a.mdx',
      what: same('a theme'),
    });
    expect(problems.map((p) => p.message.en)).toEqual(['answerWithinDays "0" is less than 1.']);
  });

  it('reads the site’s promise as one text or one per language', () => {
    const one = SiteSchema.parse({ ...base, promise: 'Vastaamme kahdessa viikossa.', answerWithinDays: 14 });
    expect(one).toMatchObject({ promise: { fi: 'Vastaamme kahdessa viikossa.' }, answerWithinDays: 14 });
    const each = SiteSchema.parse({ ...base, promise: { fi: 'Kahdessa viikossa.', sv: 'Inom två veckor.' } });
    expect(each.promise).toEqual({ fi: 'Kahdessa viikossa.', sv: 'Inom två veckor.' });
    expect(SiteSchema.parse(base).promise).toBeUndefined();
  });

  it('tells an author who left the promise empty what to write, with an example in the message’s own language', () => {
    const r = SiteSchema.safeParse({ ...base, promise: '' });
    expect(r.success).toBe(false);
    const fixes = r.error!.issues.map((i) => (i as unknown as { params: { fix: Record<string, string> } }).params.fix);
    expect(fixes).toEqual([
      {
        fi: 'kirjoita lupaus, esim. promise: Vastaamme kahdessa viikossa., tai poista rivi',
        sv: 'skriv löftet, t.ex. promise: Vi svarar inom två veckor., eller ta bort raden',
        en: 'write the promise, e.g. promise: We answer within two weeks., or delete the line',
      },
    ]);
  });
});
