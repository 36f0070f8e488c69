/**
 * The texts the team writes for actions are published: personal data in what residents said is
 * an error, an address or number in the team's own words a warning, a HETU or IBAN an error anywhere.
 */
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { ACTION_TEXTS, checkTeamTexts, UPDATE_TEXTS } from '../../src/validate/team-texts.ts';

const row = (value: Record<string, unknown>, columns: Record<string, number>) => ({
  value,
  file: 'data/actions.csv',
  line: 2,
  row: 2,
  id: 'A-1',
  columns,
});

describe('personal data in the texts the team writes', () => {
  it('is an error in what residents said, in the column and language it was written in', () => {
    const said = row(
      { said: { fi: 'Virtanen (matti.virtanen@example.fi) pyysi penkkejä.', sv: 'Ring 040 123 4567.' } },
      { said_fi: 21, said_sv: 22 },
    );
    expect(checkTeamTexts([said], ACTION_TEXTS, ['fi', 'sv']).map(formatIn('fi'))).toEqual([
      'data/actions.csv:2:21 (rivi 2, sarake U, A-1)  said_fi sisältää sähköpostiosoitteen ("matti.virtanen@example.fi"), ja se julkaistaan toimenpiteen sivulla ja avoimessa datassa.\n' +
        '    kelpaa: julkaistavassa tekstissä ei sähköpostiosoitteita, puhelinnumeroita, henkilötunnuksia eikä tilinumeroita\n' +
        '    korjaus: poista se: kerro, mitä asukkaat sanoivat, ilman heidän yhteystietojaan',
      'data/actions.csv:2:22 (rivi 2, sarake V, A-1)  said_sv sisältää puhelinnumeron ("040 123 4567"), ja se julkaistaan toimenpiteen sivulla ja avoimessa datassa.\n' +
        '    kelpaa: julkaistavassa tekstissä ei sähköpostiosoitteita, puhelinnumeroita, henkilötunnuksia eikä tilinumeroita\n' +
        '    korjaus: poista se: kerro, mitä asukkaat sanoivat, ilman heidän yhteystietojaan',
    ]);
  });

  it("asks whose an address or number in the team's own words is, and refuses a HETU there", () => {
    const action = row(
      { description: { fi: 'Lisätietoja: puistot@kuusijarvi.fi.' }, reason: { fi: 'Hakija 131052-308T.' } },
      { description_fi: 5, reason_fi: 17 },
    );
    const update = row({ note: { en: 'Call 09 123 4567.' } }, { note_en: 7 });
    const problems = [
      ...checkTeamTexts([action], ACTION_TEXTS, ['fi']),
      ...checkTeamTexts([update], UPDATE_TEXTS, ['fi', 'en']),
    ];
    expect(problems.map((p) => [p.severity, p.code, p.column, p.message.en])).toEqual([
      [
        'warning',
        'personal-data.email',
        5,
        'description_fi contains an e-mail address ("puistot@kuusijarvi.fi"), and it is published on the action\'s page and in the open data.',
      ],
      [
        'error',
        'personal-data.hetu',
        17,
        'reason_fi contains a Finnish personal identity code ("131052-308T"), and it is published on the action\'s page and in the open data.',
      ],
      [
        'warning',
        'personal-data.phone',
        7,
        'note_en contains a phone number ("09 123 4567"), and it is published on the action\'s page and in the open data.',
      ],
    ]);
    expect(problems[0]!.fix?.sv).toBe(
      'om den är en invånares, ta bort den; ämbetets egen adress eller nummer kan stå kvar',
    );
  });

  it('passes texts without personal data, and languages the site does not have', () => {
    const clean = row(
      { said: { fi: 'Asukkaat toivoivat penkkejä puistoon.', en: 'mail@example.fi' } },
      { said_fi: 21 },
    );
    expect(checkTeamTexts([clean], ACTION_TEXTS, ['fi'])).toEqual([]);
  });
});
