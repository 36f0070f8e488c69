import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/schemas/project.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { localizeEntry } from '../../src/site/localize.ts';

const fiMeeting: Meeting = {
  body: 'nuorisovaltuusto',
  date: '2026-10-12',
  start: undefined,
  end: undefined,
  online: undefined,
  place: 'Nuorisotila Kipinä',
  status: 'planned',
  agenda: ['Kouluruoka'],
};
const meeting = (sv?: Partial<Meeting>): Entry<Meeting> => ({
  slug: 'nuva-2026-10',
  data: fiMeeting,
  translations: {
    fi: { lang: 'fi', file: 'content/meetings/fi/nuva-2026-10.mdx', data: fiMeeting, hasBody: false },
    ...(sv
      ? { sv: { lang: 'sv' as const, file: 'content/meetings/sv/nuva-2026-10.mdx', data: sv, hasBody: false } }
      : {}),
  },
  positions: {},
});

describe('the language each frontmatter value is shown in', () => {
  it('is the translation’s for the keys it gives and the default language’s for the optional keys it leaves out', () => {
    const shown = localizeEntry(meeting({ place: 'Ungdomslokalen Kipinä' }), 'sv', 'fi');
    expect(shown.data).toMatchObject({ place: 'Ungdomslokalen Kipinä', agenda: ['Kouluruoka'] });
    expect([shown.lang, shown.langOf('place'), shown.langOf('agenda')]).toEqual(['sv', 'sv', 'fi']);
  });

  it('is the default language’s for every key when there is no translation', () => {
    const shown = localizeEntry(meeting(), 'sv', 'fi');
    expect([shown.lang, shown.fallback, shown.langOf('place'), shown.langOf('agenda')]).toEqual([
      'fi',
      true,
      'fi',
      'fi',
    ]);
  });
});
