import { describe, expect, it } from 'vitest';
import { BodySchema } from '../../src/schemas/body.ts';
import { MeetingSchema, MeetingTranslationSchema } from '../../src/schemas/meeting.ts';
import { SiteSchema, TRAFICOM } from '../../src/schemas/site.ts';
import { SurveySchema } from '../../src/schemas/survey.ts';
import { ThemeSchema, ThemeTranslationSchema } from '../../src/schemas/theme.ts';
import { VoteSchema } from '../../src/schemas/vote.ts';
import {
  keyLabel,
  parseYaml,
  readFrontmatter,
  splitFrontmatter,
  validateYaml,
  filePlace,
} from '../../src/validate/frontmatter.ts';
import { formatIn } from '../../src/core/problem.ts';
import { same, type Text } from '../../src/core/lang.ts';
import type * as z from 'zod';

const MEETING = 'content/meetings/fi/nuva-2025-10.mdx';

function messages(source: string, schema: z.ZodType, what: Text = same('a meeting'), file = MEETING): string[] {
  return readFrontmatter(source, schema, { file, what }).problems.map(formatIn('en'));
}

const meeting = (lines: string[]) => ['---', ...lines, '---', '', 'Pöytäkirja.'].join('\n');
const goodMeeting = [
  'body: nuorisovaltuusto',
  'date: 12.10.2025',
  'start: "18:00"',
  'end: "19:30"',
  'place: Nuorisotila Kipinä',
  'status: held',
  'agenda:',
  '  - Kouluruoka',
  '  - Skeittipaikka',
];

describe('splitting the frontmatter off an MDX file', () => {
  it('gives the YAML, the body and the line the body starts on', () => {
    const { block, problems } = splitFrontmatter('---\ntitle: A\n---\n\nText\n', 'f.mdx');
    expect(problems).toEqual([]);
    expect(block).toEqual({ yaml: 'title: A', yamlLine: 2, body: '\nText\n', bodyLine: 4 });
  });

  it('reads CRLF files and a BOM the same way', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText', 'f.mdx').block).toEqual({
      yaml: 'title: A',
      yamlLine: 2,
      body: 'Text',
      bodyLine: 4,
    });
  });

  it('reports an MDX file without frontmatter', () => {
    expect(messages('# Kirjastot\n\nTeksti.', ThemeSchema, same('a theme'), 'content/themes/fi/kirjastot.mdx')).toEqual(
      [
        'content/themes/fi/kirjastot.mdx  the file has no frontmatter.\n' +
          '    expected: the file starts with a line ---, then lines such as title: …, then a line ---\n' +
          '    fix: add the frontmatter at the top of the file, between two lines of ---',
      ],
    );
  });

  it('reports frontmatter that is never closed', () => {
    expect(messages('---\ntitle: A\n\nText', ThemeSchema, same('a theme'), 'f.mdx')[0]).toBe(
      'f.mdx:1:1  the frontmatter has no closing --- line.\n' +
        '    expected: the file starts with a line ---, then lines such as title: …, then a line ---\n' +
        '    fix: add a line --- after the last frontmatter key',
    );
  });

  it('reports a line that starts like the closing --- but goes on, which Astro would split differently', () => {
    expect(
      messages(
        '---\ntitle: A\n---x: "{process.env.HOME}"\nsummary: B\n---\nText',
        ThemeSchema,
        same('a theme'),
        'f.mdx',
      ),
    ).toEqual([
      'f.mdx:3:1  the line "---x: "{process.env.HOME}"" starts like the closing --- line but goes on.\n' +
        '    expected: the frontmatter to end with a line that is exactly ---\n' +
        '    fix: put the closing --- on a line of its own; a value that starts with --- or +++ must be in quotes',
    ]);
  });
});

describe('frontmatter values', () => {
  it('accepts a valid meeting and types its values', () => {
    const result = readFrontmatter(meeting(goodMeeting), MeetingSchema, { file: MEETING, what: same('a meeting') });
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({
      body: 'nuorisovaltuusto',
      date: '2025-10-12',
      start: '18:00',
      end: '19:30',
      place: 'Nuorisotila Kipinä',
      status: 'held',
      agenda: ['Kouluruoka', 'Skeittipaikka'],
    });
    expect(result.positions['body']).toEqual({ file: MEETING, line: 2, column: 1 });
    expect(result.positions['agenda.1']).toEqual({ file: MEETING, line: 10, column: 5 });
    expect(result.bodyLine).toBe(12);
  });

  it('keeps ISO dates, Finnish times with a dot and numbers as the author wrote them', () => {
    const result = readFrontmatter(
      meeting(['body: nuva', 'date: 2025-10-12', 'start: 18.00', 'place: x', 'status: planned']),
      MeetingSchema,
      { file: MEETING, what: same('a meeting') },
    );
    expect(result.data).toMatchObject({ date: '2025-10-12', start: '18:00', agenda: [] });
  });

  it('tells a time written as it is spoken (klo 20, kello 17.30) the time to write', () => {
    const source = meeting([
      'body: nuva',
      'date: 2025-10-12',
      'start: kello 17.30',
      'end: klo 20',
      'place: x',
      'status: planned',
    ]);
    expect(messages(source, MeetingSchema)).toEqual([
      'content/meetings/fi/nuva-2025-10.mdx:4:1  start "kello 17.30" is not a time of day.\n    expected: HH:MM, e.g. 17:30\n    fix: write 17:30',
      'content/meetings/fi/nuva-2025-10.mdx:5:1  end "klo 20" is not a time of day.\n    expected: HH:MM, e.g. 17:30\n    fix: write 20:00',
    ]);
    expect(
      messages(
        meeting(['body: nuva', 'date: 2025-10-12', 'start: iltapäivällä', 'place: x', 'status: planned']),
        MeetingSchema,
      ),
    ).toEqual([
      'content/meetings/fi/nuva-2025-10.mdx:4:1  start "iltapäivällä" is not a time of day.\n    expected: HH:MM, e.g. 17:30\n    fix: write the time as 17:30',
    ]);
  });

  it('reports a key of the wrong type at its line: a word for a number', () => {
    const source = [
      '---',
      'name: Nuorisovaltuusto',
      'kind: youth-council',
      'members: many',
      'cadence: kerran kuussa',
      '---',
      '',
    ].join('\n');
    expect(messages(source, BodySchema, same('a body'), 'content/bodies/fi/nuva.mdx')).toEqual([
      'content/bodies/fi/nuva.mdx:4:1  members "many" is not a whole number.\n' +
        '    expected: a whole number, 1 or more\n' +
        '    fix: write digits only, e.g. 3',
    ]);
  });

  it('reports text where a list is expected', () => {
    const lines = goodMeeting.slice(0, 6).concat('agenda: "just text"');
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:8:1  agenda "just text" is text, not a list.\n` +
        '    expected: a list: each agenda item on its own line starting with "- ", e.g. "- Kouluruoan teemaviikko"\n' +
        '    fix: put each agenda item on its own line under the key, starting with "- "',
    ]);
  });

  it('reports a list where text is expected', () => {
    const source = ['---', 'title:', '  - Kirjastot', 'summary: Lainaus ja tilat.', '---'].join('\n');
    expect(messages(source, ThemeSchema, same('a theme'), 'f.mdx')).toEqual([
      'f.mdx:2:1  title is a list, not text.\n' +
        '    expected: text\n' +
        '    fix: write title as one line of text after the colon, in double quotes if it contains ": "',
    ]);
  });

  it('points at the list item that is wrong', () => {
    const lines = goodMeeting.slice(0, 6).concat('agenda:', '  - Kouluruoka', '  - ""');
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:10:5  agenda item 2 is empty.\n    expected: text\n    fix: fill in the agenda item, or delete the line`,
    ]);
  });

  it('reports a missing required key', () => {
    const lines = goodMeeting.filter((l) => !l.startsWith('place'));
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:1:1  the required key "place" is missing.\n    expected: place: text (Where the meeting is held.)\n    fix: add a line "place: …" to the frontmatter`,
    ]);
  });

  it('reports a bad date with the line of its key', () => {
    const lines = goodMeeting.map((l) => (l.startsWith('date') ? 'date: ensi tiistaina' : l));
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:3:1  date "ensi tiistaina" is not a date.\n    expected: a date as d.m.yyyy (e.g. 3.1.2026) or yyyy-mm-dd\n    fix: write the date as d.m.yyyy, e.g. 3.1.2026`,
    ]);
  });

  it('reports an impossible date with the line of its key', () => {
    const lines = goodMeeting.map((l) => (l.startsWith('date') ? 'date: 31.2.2025' : l));
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:3:1  date "31.2.2025" is not a date that exists (month 2 of 2025 has 28 days).\n    expected: a real calendar date\n    fix: check the day and the month`,
    ]);
  });

  it('reports a meeting that ends before it starts', () => {
    const lines = goodMeeting.map((l) => (l.startsWith('end') ? 'end: "17:00"' : l));
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:5:1  end "17:00" is not after the start time 18:00.\n    expected: a time later than 18:00\n    fix: check the start and end times`,
    ]);
  });

  it('reports a Finnish status word with the English value to write', () => {
    const lines = goodMeeting.map((l) => (l.startsWith('status') ? 'status: pidetty' : l));
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:7:1  status "pidetty" is not a meeting status.\n    expected: planned, held, cancelled\n    fix: write "held" (pidetty = held)`,
    ]);
  });

  it('warns about an unknown key and guesses the intended one', () => {
    const lines = [...goodMeeting, 'pace: Kipinä'];
    expect(messages(meeting(lines), MeetingSchema)).toEqual([
      `${MEETING}:11:1  warning: key "pace" is not a key of a meeting, so it is ignored.\n` +
        '    expected: body, date, start, end, place, status, agenda, online\n' +
        '    fix: did you mean "place"? Rename the key, or delete it',
    ]);
  });

  it('warns about a structural key in a translation', () => {
    const source = ['---', 'date: 12.10.2025', 'place: Ungdomslokalen Kipinä', '---', ''].join('\n');
    const result = readFrontmatter(source, MeetingTranslationSchema, {
      file: 'content/meetings/sv/nuva-2025-10.mdx',
      what: same('a meeting translation'),
      defaultsFrom: { schema: MeetingSchema, file: MEETING, lang: 'fi' },
    });
    expect(result.data).toEqual({ place: 'Ungdomslokalen Kipinä' });
    expect(result.problems.map(formatIn('en'))).toEqual([
      'content/meetings/sv/nuva-2025-10.mdx:2:1  warning: date "12.10.2025" is taken from the fi file, so it is ignored here.\n' +
        '    expected: only the translatable keys here: place, agenda, or the same value as in content/meetings/fi/nuva-2025-10.mdx\n' +
        `    fix: remove it here, or change it in ${MEETING} if the value there is wrong`,
    ]);
  });

  it('reports a translation without its title, which would otherwise show the default title as if translated', () => {
    const source = [
      '---',
      'summary: Lainaus, aukioloajat ja lukupiirit.',
      '---',
      '',
      'Bibliotekens öppettider ändras.',
    ].join('\n');
    const result = readFrontmatter(source, ThemeTranslationSchema, {
      file: 'content/themes/sv/kirjastot.mdx',
      what: same('a theme translation'),
      defaultsFrom: { schema: ThemeSchema, file: 'content/themes/fi/kirjastot.mdx', lang: 'fi' },
    });
    expect(result.data).toBeUndefined();
    expect(result.problems.map(formatIn('en'))).toEqual([
      'content/themes/sv/kirjastot.mdx:1:1  the translation has no "title", so this page would show the fi title as if it were translated.\n' +
        '    expected: title: text (The name of the theme.), in the language of this file\n' +
        '    fix: add a line "title: …" with the translated title (the fi one is in content/themes/fi/kirjastot.mdx); if the page is not translated yet, delete this file and the fi page is shown with a "not translated" note',
    ]);
  });

  it('reports YAML syntax errors at their line in plain words', () => {
    const source = ['---', 'title: Kirjastot: uudet aukioloajat', 'summary: x', '---'].join('\n');
    expect(messages(source, ThemeSchema, same('a theme'), 'f.mdx')).toEqual([
      'f.mdx:2:8  this line is not valid YAML: a value contains ": ".\n' +
        '    expected: key: value lines\n' +
        '    fix: write the line as title: "Kirjastot: uudet aukioloajat"',
    ]);
  });

  it('gives the line as it should be written: a colon without its space, a value with ": "', () => {
    const source = ['---', 'title:Kirjastot', 'summary: Lainaa: kirjoja ja pelejä', '---'].join('\n');
    expect(
      messages(source, ThemeSchema, same('a theme'), 'f.mdx').map((m) =>
        m
          .split('\n')
          .filter((l) => !l.includes('expected'))
          .join(' | '),
      ),
    ).toEqual([
      'f.mdx:2:1  this line is not valid YAML: there is no space after the colon of title. |     fix: write the line as title: Kirjastot',
      'f.mdx:3:10  this line is not valid YAML: a value contains ": ". |     fix: write the line as summary: "Lainaa: kirjoja ja pelejä"',
    ]);
    const quoted = ['---', 'title: Kirjastot', 'summary: Lainaa: kirjoja "ja" pelejä', '---'].join('\n');
    expect(messages(quoted, ThemeSchema, same('a theme'), 'f.mdx')[0]).toContain(
      'fix: write the line as summary: "Lainaa: kirjoja \\"ja\\" pelejä"',
    );
  });

  it('turns a promise written in weeks or days into the days to write', () => {
    const theme = (days: string) =>
      ['---', 'title: Kirjastot', 'summary: x', `answerWithinDays: ${days}`, '---'].join('\n');
    const fixes = ['2 viikkoa', '10 pv', '3 veckor', 'two weeks'].map((d) =>
      messages(theme(d), ThemeSchema, same('a theme'), 'f.mdx').map((m) => m.split('fix: ')[1]),
    );
    expect(fixes).toEqual([
      ['write 14 (2 viikkoa = 14 days)'],
      ['write 10 (10 pv = 10 days)'],
      ['write 21 (3 veckor = 21 days)'],
      ['write digits only, e.g. 3'],
    ]);
  });

  it('warns of a value in typographic quotes, which YAML keeps and the page would show', () => {
    const source = meeting([
      'body: nuva',
      'date: 2025-10-12',
      'place: ”Nuorisotila Kipinä”',
      'status: planned',
      'agenda:',
      '  - “Kouluruoka”',
      '  - ”Kipinä” ja skeittipaikka',
    ]);
    const result = readFrontmatter(source, MeetingSchema, { file: MEETING, what: same('a meeting') });
    expect(result.problems.map(formatIn('en'))).toEqual([
      'content/meetings/fi/nuva-2025-10.mdx:4:1  warning: place is in typographic quotes (”…”), which YAML does not read as quotes: they would show on the page.\n' +
        '    expected: text without quotes, or in straight quotes "…"\n' +
        '    fix: write "Nuorisotila Kipinä" with straight quotes (as the keyboard types them, not copied from a word processor)',
      'content/meetings/fi/nuva-2025-10.mdx:7:5  warning: agenda item 1 is in typographic quotes (“…”), which YAML does not read as quotes: they would show on the page.\n' +
        '    expected: text without quotes, or in straight quotes "…"\n' +
        '    fix: write "Kouluruoka" with straight quotes (as the keyboard types them, not copied from a word processor)',
    ]);
    // A warning: the meeting is read, quotes and all.
    expect(result.data?.place).toBe('”Nuorisotila Kipinä”');
  });

  it('says a tab once, not again for each line it puts out of line', () => {
    const source = meeting([
      'body: nuva',
      'date: 2025-10-12',
      'place: x',
      'status: planned',
      'agenda:',
      '  - Yksi',
      '\t- Kaksi',
      '  - Kolme',
    ]);
    expect(messages(source, MeetingSchema).map((m) => m.split('\n')[0])).toEqual([
      'content/meetings/fi/nuva-2025-10.mdx:8:1  this line is not valid YAML: it is indented with a tab.',
    ]);
  });

  it('reports a key written twice', () => {
    const source = ['---', 'title: A', 'summary: x', 'title: B', '---'].join('\n');
    expect(messages(source, ThemeSchema, same('a theme'), 'f.mdx')).toEqual([
      'f.mdx:4:1  key "title" is written twice.\n    expected: each key once\n    fix: keep one of them and delete the other',
    ]);
  });
});

describe('surveys and votes', () => {
  it('points at a question id that cannot be used in a web address', () => {
    const source = [
      '---',
      'title: Kouluruokakysely',
      'scale: [Huono, Välttävä, Kohtalainen, Hyvä, Erinomainen]',
      'questions:',
      '  maku: Miltä ruoka maistui?',
      '  "riittävä määrä": Saitko tarpeeksi?',
      '---',
    ].join('\n');
    expect(messages(source, SurveySchema, same('a survey'), 'f.mdx')).toEqual([
      'f.mdx:6:3  questions."riittävä määrä" cannot be used as an id.\n' +
        '    expected: letters a–z or A–Z, digits, - and _, starting with a letter or digit\n' +
        '    fix: rename it with letters a–z or A–Z, digits, - and _, starting with a letter or digit, and use the same id in the CSV',
    ]);
  });

  it('requires exactly five scale labels', () => {
    const source = ['---', 'title: Kysely', 'scale: [Huono, Hyvä]', 'questions:', '  maku: Maku?', '---'].join('\n');
    expect(messages(source, SurveySchema, same('a survey'), 'f.mdx')).toEqual([
      'f.mdx:3:1  scale has 2 items.\n    expected: exactly 5 labels\n    fix: add 3 more',
    ]);
  });

  it('reports a vote that closes before it opens', () => {
    const source = ['---', 'title: Teemaviikon ruoka', 'opens: 10.3.2026', 'closes: 1.3.2026', '---'].join('\n');
    expect(messages(source, VoteSchema, same('a vote'), 'f.mdx')).toEqual([
      'f.mdx:4:1  closes "1.3.2026" is before the opening day 10.3.2026.\n    expected: a date on or after 10.3.2026\n    fix: check the opens and closes dates',
    ]);
  });
});

describe('site.yaml', () => {
  const site = (lines: string[]) => {
    const parsed = parseYaml(lines.join('\n'), { file: 'content/site.yaml', firstLine: 1 });
    return validateYaml(SiteSchema, parsed, {
      file: 'content/site.yaml',
      what: same('site.yaml'),
      blockLine: 0,
      where: filePlace('content/site.yaml'),
    });
  };
  const good = [
    'name: { fi: Kuusijärvi kuulee, sv: Kuusijärvi lyssnar }',
    'organisation: Kuusijärven kaupunki',
    'url: https://kuulee.kuusijarvi.example',
    'languages: [fi, sv, en]',
    'contact: palaute@kuusijarvi.example',
    'feedbackUrl: https://kuusijarvi.example/palaute',
    'accessibility:',
    '  status: partial',
    '  assessed: 1.9.2026',
  ];

  it('fills defaults and gives the name in every language', () => {
    const { data, problems } = site(good);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      name: { fi: 'Kuusijärvi kuulee', sv: 'Kuusijärvi lyssnar', en: 'Kuusijärvi kuulee' },
      // One name for every language, like the site's name.
      organisation: { fi: 'Kuusijärven kaupunki', sv: 'Kuusijärven kaupunki', en: 'Kuusijärven kaupunki' },
      url: 'https://kuulee.kuusijarvi.example',
      languages: ['fi', 'sv', 'en'],
      contact: 'palaute@kuusijarvi.example',
      timezone: 'Europe/Helsinki',
      feedbackUrl: 'https://kuusijarvi.example/palaute',
      accessibility: { status: 'partial', assessed: '2026-09-01', method: 'self', issues: [], authority: TRAFICOM },
      license: 'cc-by-4.0',
    });
  });

  it('accepts Finnish time under either name and in any letter case', () => {
    expect(site([...good, 'timezone: europe/mariehamn']).data?.timezone).toBe('Europe/Mariehamn');
  });

  it('reports a time zone other than Finnish time, which the meeting calendars cannot be written in', () => {
    const { problems } = site([...good, 'timezone: Europe/Stockholm']);
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:10:1  timezone "Europe/Stockholm" is not Finnish time: kuultu writes meeting times and calendars in Finnish time only.\n' +
        '    expected: Europe/Helsinki (Finnish time), or Europe/Mariehamn on Åland\n' +
        '    fix: write Europe/Helsinki, or leave the key out',
    ]);
  });

  it('reports a time zone that does not exist', () => {
    const { problems } = site([...good, 'timezone: Helsinki']);
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:10:1  timezone "Helsinki" is not a time zone.\n    expected: Europe/Helsinki (Finnish time), or Europe/Mariehamn on Åland\n    fix: write Europe/Helsinki, or leave the key out',
    ]);
  });

  it('accepts a site address with a path, as a GitHub project site has', () => {
    const { data, problems } = site(
      good.map((l) => (l.startsWith('url:') ? 'url: https://kuusijarvi.github.io/kuulee/' : l)),
    );
    expect(problems).toEqual([]);
    expect(data?.url).toBe('https://kuusijarvi.github.io/kuulee/');
  });

  it('reports a site address with a ? or # part, which names no folder to publish in', () => {
    const { problems } = site(
      good.map((l) => (l.startsWith('url:') ? 'url: https://kuusijarvi.github.io/kuulee/?lang=fi' : l)),
    );
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:3:1  url "https://kuusijarvi.github.io/kuulee/?lang=fi" has a ? or # part, but a site is served from an address without one.\n' +
        "    expected: the address of the site's front folder, e.g. https://kuusijarvi.github.io/kuulee/\n" +
        '    fix: write https://kuusijarvi.github.io/kuulee/',
    ]);
  });

  it('accepts a site address ending in /, and still reports a plain http address once', () => {
    expect(
      site(good.map((l) => (l.startsWith('url:') ? 'url: https://kuulee.kuusijarvi.example/' : l))).problems,
    ).toEqual([]);
    expect(
      site(good.map((l) => (l.startsWith('url:') ? 'url: http://kuulee.kuusijarvi.example' : l))).problems.map(
        (p) => p.message.en,
      ),
    ).toEqual(['url "http://kuulee.kuusijarvi.example" is not a secure (https) address.']);
  });

  it('reports a nested key at its own line', () => {
    const { problems } = site(good.map((l) => (l === '  status: partial' ? '  status: osittain' : l)));
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:8:3  accessibility.status "osittain" is not a compliance status.\n    expected: full, partial, none\n    fix: write "partial" (osittain = partial)',
    ]);
  });

  describe('accessibility.issues', () => {
    const withIssues = (...lines: string[]) => site([...good, '  issues:', ...lines]);

    it('takes a plain text as the default language, and a text per language as written', () => {
      const { data, problems } = withIssues(
        '    - Osa pöytäkirjoista on skannattuja PDF-tiedostoja.',
        '    - fi: Videoista puuttuu tekstitys.',
        '      sv: Videorna saknar textning.',
      );
      expect(problems).toEqual([]);
      expect(data?.accessibility.issues).toEqual([
        { text: { fi: 'Osa pöytäkirjoista on skannattuja PDF-tiedostoja.' }, wcag: [] },
        { text: { fi: 'Videoista puuttuu tekstitys.', sv: 'Videorna saknar textning.' }, wcag: [] },
      ]);
    });

    it('reports an issue without the default language', () => {
      const { problems } = withIssues('    - sv: Videorna saknar textning.', '      en: The videos have no captions.');
      expect(problems.map(formatIn('en'))).toEqual([
        'content/site.yaml:11:7  accessibility.issues item 1 has no text in fi, the default language.\n    expected: the issue written in fi\n    fix: add a line "fi: …" under the issue',
      ]);
    });

    it('reports a language the site does not publish in', () => {
      const { problems } = site([
        ...good.map((l) => (l.startsWith('languages') ? 'languages: [fi, sv]' : l)),
        '  issues:',
        '    - { fi: Videoista puuttuu tekstitys., en: The videos have no captions. }',
      ]);
      expect(problems.map(formatIn('en'))).toEqual([
        "content/site.yaml:11:43  accessibility.issues item 1.en is not one of the site's languages (fi, sv).\n    expected: texts in fi, sv only\n    fix: add en to languages in content/site.yaml, or remove the line",
      ]);
    });

    it('reports a key that is not a language, with the code to write', () => {
      const { problems } = withIssues(
        '    - fi: Videoista puuttuu tekstitys.',
        '      svenska: Videorna saknar textning.',
      );
      expect(problems.map(formatIn('en'))).toEqual([
        'content/site.yaml:12:7  accessibility.issues item 1.svenska "svenska" is not a language.\n    expected: fi, sv, en\n    fix: write sv',
      ]);
    });

    it('reports an issue that is neither text nor texts per language', () => {
      const { problems } = withIssues(
        '    - [PDF-tiedostot, videot]',
        '    - fi: Videoista puuttuu tekstitys.',
        '      sv: [Videorna, textning]',
      );
      expect(problems.map(formatIn('en'))).toEqual([
        'content/site.yaml:11:7  accessibility.issues item 1 is a list, not an issue.\n    expected: one text, or one per language (fi, sv, en)\n    fix: write the issue after "- ", or fi:, sv:, en: lines indented under it',
        'content/site.yaml:13:7  accessibility.issues item 2.sv is a list, not text.\n    expected: one line of text\n    fix: write the text after sv: on one line',
      ]);
    });

    it('reports an empty translation where it is', () => {
      const { problems } = withIssues('    - fi: Videoista puuttuu tekstitys.', '      sv:');
      expect(problems.map(formatIn('en'))).toEqual([
        'content/site.yaml:12:7  accessibility.issues item 1.sv is empty.\n    expected: what is inaccessible and why in this language\n    fix: fill in the issue, or delete the line',
      ]);
    });
  });

  it('reports a name in a language the site does not publish in, as for issues', () => {
    const { problems } = site(good.map((l) => (l.startsWith('languages') ? 'languages: [fi]' : l)));
    expect(problems.map(formatIn('en'))).toEqual([
      "content/site.yaml:1:32  name.sv is not one of the site's languages (fi).\n    expected: texts in fi only\n    fix: add sv to languages in content/site.yaml, or remove the line",
    ]);
  });

  it('reports a language listed twice', () => {
    const { problems } = site(good.map((l) => (l.startsWith('languages') ? 'languages: [fi, sv, fi]' : l)));
    expect(problems.map(formatIn('en'))).toEqual([
      'content/site.yaml:4:21  languages item 3 "fi" is listed twice.\n    expected: each language once\n    fix: remove the second one',
    ]);
  });
});

describe('keyLabel', () => {
  it('names nested keys the way the author sees them', () => {
    expect(
      [keyLabel(['agenda', 2]), keyLabel(['questions', 'maku']), keyLabel(['name', 'de'])].map((l) => l.en),
    ).toEqual(['agenda item 3', 'questions.maku', 'name.de']);
    expect(keyLabel(['agenda', 2]).fi).toBe('agenda kohta 3');
  });
});
